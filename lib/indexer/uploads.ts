/**
 * The upload worker: extracts what POST /api/documents queued, in the indexer's process (never the
 * web server's, whose requests must not wait behind a long text). It takes one queued upload at a
 * time, reads its file from the uploads folder, extracts and stores it (lib/indexer
 * ingestDocument, the same path as the corpus folder), settles identity once a batch is stored,
 * and marks the uploads done. Started, it first scans the uploads folder, so an upload whose queue
 * row was lost (a crash between the file and the row, a rebuilt database) is stored all the same.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { parseDocumentFile } from '@/lib/corpus';
import { contentHash } from '@/lib/corpus/hash';
import type { Problem } from '@/lib/model';
import { EXTRACTOR_VERSION, extractDocument } from '@/lib/nlp/pipeline';
import type { SqliteStore } from '@/lib/store/sqlite';
import type { UploadJob } from '@/lib/store/queue';
import { indexCorpus } from './index';
import { putExtraction, settleCorpus } from '@/lib/domain';
import type { Engine } from '@/lib/store/engine';

export interface UploadWorkerOptions {
  /** The uploads folder (lib/api/uploads uploadsFolder()). */
  folder: string;
  referenceDate?: string | null;
  /** Stops between uploads when aborted. */
  signal?: AbortSignal;
  /** Told of each upload stored or failed. */
  log?: (line: string) => void;
  /** How long to wait when the queue is empty before looking again (default 500 ms). */
  pollMs?: number;
  /** Settle after at most this many uploads in a row (default 25), so a long queue shows as it goes. */
  batch?: number;
  /** Whether runUploadWorker scans the folder first (default true; `npm start` has the indexer do it). */
  scan?: boolean;
  /**
   * Where the documents go: the PostgreSQL store when `DETENTE_DATABASE_URL` is set (the queue stays
   * in this instance's SQLite file, beside the uploaded files); default the queue's own store.
   */
  target?: SqliteStore | Engine;
}

/** The store uploads are written to. */
const targetOf = (store: SqliteStore, options: UploadWorkerOptions) => options.target ?? store;

/** Extracts one claimed upload. Returns what extraction noted, or throws with the reason it failed. */
async function extractJob(
  store: SqliteStore,
  job: UploadJob,
  options: UploadWorkerOptions,
): Promise<Problem[]> {
  const file = path.join(options.folder, job.file);
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(file);
  } catch {
    throw new Error('its file is gone from the uploads folder');
  }
  // the file is the server's own record: no size limit of the corpus reader applies to it
  const parsed = parseDocumentFile(job.file, bytes, { maxBytes: Number.MAX_SAFE_INTEGER });
  const doc = parsed.documents.find((d) => d.id === job.documentId);
  if (!doc) throw new Error(`its file does not hold it (${parsed.problems[0]?.message ?? 'no document'})`);
  const target = targetOf(store, options);
  const had = await target.documentState(doc.id);
  if (had && had.contentHash === contentHash(doc) && had.extractorVersion === EXTRACTOR_VERSION) return [];
  const x = extractDocument({ ...doc, path: file }, { referenceDate: options.referenceDate });
  await putExtraction(target, x, {
    origin: 'upload',
    root: path.resolve(options.folder),
    contentHash: contentHash(x.document),
    extractorVersion: EXTRACTOR_VERSION,
  });
  return x.problems.map((p) => ({ ...p, path: job.title }));
}

/**
 * Extracts every queued upload, settling after each batch. Returns how many were stored. Yields to
 * the event loop between uploads, so the process's other work (its child server, signals) goes on.
 */
export async function drainUploads(store: SqliteStore, options: UploadWorkerOptions): Promise<number> {
  const batch = options.batch ?? 25;
  let stored = 0;
  let pending: { documentId: string; problems: Problem[] }[] = [];
  const flush = async () => {
    if (!pending.length) return;
    await settleCorpus(targetOf(store, options));
    store.uploads.finish(pending);
    stored += pending.length;
    pending = [];
  };
  for (;;) {
    if (options.signal?.aborted) break;
    const job = store.uploads.claim();
    if (!job) break;
    try {
      const problems = await extractJob(store, job, options);
      pending.push({ documentId: job.documentId, problems });
      options.log?.(`upload ${job.documentId}: stored`);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      store.uploads.fail(job.documentId, message);
      options.log?.(`upload ${job.documentId}: failed: ${message}`);
    }
    if (pending.length >= batch) await flush();
    store.uploads.beat();
    await new Promise((r) => setImmediate(r));
  }
  await flush();
  return stored;
}

/**
 * The start-up scan: stores whatever the uploads folder holds that the database lacks (the corpus
 * indexer on that folder), records a queue row for each upload found without one, and forgets rows
 * whose file is gone.
 */
export async function recoverUploads(store: SqliteStore, options: UploadWorkerOptions) {
  store.uploads.requeueOrphans();
  const target = targetOf(store, options);
  const result = await indexCorpus(target, [options.folder], {
    origin: 'upload',
    referenceDate: options.referenceDate,
    signal: options.signal,
    // the server's own records: the corpus reader's size limit is for files people drop in
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  const root = path.resolve(options.folder);
  for (const id of await target.documentsUnder(root, 'upload')) {
    const job = store.uploads.job(id);
    if (job?.state === 'done') continue;
    const state = await target.documentState(id);
    const detail = await target.getDocument(id);
    if (!state || !detail) continue;
    // a queued row whose document the scan just stored is done; one with no row is adopted
    if (job && job.contentHash !== state.contentHash) continue;
    store.uploads.adopt({
      documentId: id,
      file: path.basename(state.path.replace(/#L\d+$/, '')),
      contentHash: state.contentHash,
      title: detail.title,
      bytes: Buffer.byteLength(detail.text, 'utf8'),
    });
  }
  return result;
}

/**
 * Runs until aborted: the start-up scan, then the queue, looked at every `pollMs`. Writes a sign of
 * life every few seconds, which GET /api/uploads reports.
 */
export async function runUploadWorker(store: SqliteStore, options: UploadWorkerOptions): Promise<void> {
  const poll = options.pollMs ?? 500;
  store.uploads.beat();
  if (options.scan !== false) await recoverUploads(store, options);
  let lastBeat = 0;
  while (!options.signal?.aborted) {
    if (Date.now() - lastBeat > 2000) {
      store.uploads.beat();
      lastBeat = Date.now();
    }
    const n = await drainUploads(store, options);
    if (n === 0) await sleep(poll, options.signal);
  }
}

/** Waits `ms`, or less when the signal aborts (the listener is removed either way). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
