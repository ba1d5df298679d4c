/**
 * The upload worker: extracts what POST /api/documents queued, in the indexer's process (never the
 * web server's, whose requests must not wait behind a long text). It takes one queued upload at a
 * time, reads it (from its file in the uploads folder; from its queue row when the queue is shared in
 * PostgreSQL, so an upload another instance received is extracted here too), extracts and stores it
 * (lib/indexer ingestDocument, the same path as the corpus folder), settles identity once a batch is
 * stored, and marks the uploads done. Started, it first scans the uploads folder, so an upload whose
 * queue row was lost (a crash between the file and the row, a rebuilt database) is stored all the same.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { parseDocumentFile } from '@/lib/corpus';
import { contentHash } from '@/lib/corpus/hash';
import type { Problem } from '@/lib/model';
import { extractDocument } from '@/lib/nlp/pipeline';
import { extractionVersion } from '@/lib/nlp/dictionaries';
import { SqliteStore } from '@/lib/store/sqlite';
import type { UploadJob } from '@/lib/store/queue';
import { sqliteUploadQueue, uploadLine, type AsyncUploadQueue } from '@/lib/store/upload-queue';
import { indexCorpus } from './index';
import { putExtraction, settleCorpus } from '@/lib/domain';
import type { Engine } from '@/lib/store/engine';

/** A queue, or a SQLite store whose queue is meant. */
export type UploadQueueOf = SqliteStore | AsyncUploadQueue;

const queueOf = (q: UploadQueueOf): AsyncUploadQueue => (q instanceof SqliteStore ? sqliteUploadQueue(q) : q);

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
  /** Where the documents go; default the queue's own database. */
  target?: SqliteStore | Engine;
}

/** The store uploads are written to. */
const targetOf = (queue: AsyncUploadQueue, options: UploadWorkerOptions) => options.target ?? queue.store;

/** Extracts one claimed upload. Returns what extraction noted, or throws with the reason it failed. */
async function extractJob(
  queue: AsyncUploadQueue,
  job: UploadJob,
  options: UploadWorkerOptions,
): Promise<Problem[]> {
  const file = path.join(options.folder, job.file);
  let bytes: Uint8Array;
  // the shared queue carries the text: the instance that received it may be another machine
  const content = queue.shared ? await queue.content(job.documentId) : null;
  if (content) bytes = new TextEncoder().encode(uploadLine(job.documentId, content));
  else {
    try {
      bytes = await fsp.readFile(file);
    } catch {
      throw new Error('its file is gone from the uploads folder');
    }
  }
  // the file is the server's own record: no size limit of the corpus reader applies to it
  const parsed = parseDocumentFile(job.file, bytes, { maxBytes: Number.MAX_SAFE_INTEGER });
  const doc = parsed.documents.find((d) => d.id === job.documentId);
  if (!doc) throw new Error(`its file does not hold it (${parsed.problems[0]?.message ?? 'no document'})`);
  const target = targetOf(queue, options);
  const had = await target.documentState(doc.id);
  if (had && had.contentHash === contentHash(doc) && had.extractorVersion === extractionVersion()) return [];
  const x = extractDocument({ ...doc, path: file }, { referenceDate: options.referenceDate });
  await putExtraction(target, x, {
    origin: 'upload',
    root: path.resolve(options.folder),
    contentHash: contentHash(x.document),
    extractorVersion: extractionVersion(),
  });
  return x.problems.map((p) => ({ ...p, path: job.title }));
}

/**
 * Extracts every queued upload, settling after each batch. Returns how many were stored. Yields to
 * the event loop between uploads, so the process's other work (its child server, signals) goes on.
 */
export async function drainUploads(store: UploadQueueOf, options: UploadWorkerOptions): Promise<number> {
  const queue = queueOf(store);
  const batch = options.batch ?? 25;
  let stored = 0;
  let pending: { documentId: string; problems: Problem[] }[] = [];
  const flush = async () => {
    if (!pending.length) return;
    await settleCorpus(targetOf(queue, options));
    await queue.finish(pending);
    stored += pending.length;
    pending = [];
  };
  for (;;) {
    if (options.signal?.aborted) break;
    const job = await queue.claim();
    if (!job) break;
    try {
      const problems = await extractJob(queue, job, options);
      pending.push({ documentId: job.documentId, problems });
      options.log?.(`upload ${job.documentId}: stored`);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      await queue.fail(job.documentId, message);
      options.log?.(`upload ${job.documentId}: failed: ${message}`);
    }
    if (pending.length >= batch) await flush();
    await queue.beat();
    await new Promise((r) => setImmediate(r));
  }
  await flush();
  return stored;
}

/**
 * The start-up scan: stores whatever the uploads folder holds that the database lacks (the corpus
 * indexer on that folder), records a queue row for each upload found without one, and removes
 * uploads whose file is gone (not with a shared queue: the folder is then this instance's copy of
 * what it received, and the database holds every instance's uploads).
 */
export async function recoverUploads(store: UploadQueueOf, options: UploadWorkerOptions) {
  const queue = queueOf(store);
  await queue.requeueOrphans();
  const target = targetOf(queue, options);
  const result = await indexCorpus(target, [options.folder], {
    origin: 'upload',
    referenceDate: options.referenceDate,
    signal: options.signal,
    // the server's own records: the corpus reader's size limit is for files people drop in
    maxBytes: Number.MAX_SAFE_INTEGER,
    keepMissing: queue.shared,
  });
  const root = path.resolve(options.folder);
  for (const id of await target.documentsUnder(root, 'upload')) {
    const job = await queue.job(id);
    if (job?.state === 'done') continue;
    const state = await target.documentState(id);
    const detail = await target.getDocument(id);
    if (!state || !detail) continue;
    // a queued row whose document the scan just stored is done; one with no row is adopted
    if (job && job.contentHash !== state.contentHash) continue;
    await queue.adopt({
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
 * life every few seconds, which GET /api/uploads reports (and by which, in the shared queue, other
 * instances know this worker still holds what it claimed).
 */
export async function runUploadWorker(store: UploadQueueOf, options: UploadWorkerOptions): Promise<void> {
  const queue = queueOf(store);
  const poll = options.pollMs ?? 500;
  // what a worker of this name held before this process started is not being extracted
  if (queue.shared) await queue.release();
  await queue.beat();
  if (options.scan !== false) await recoverUploads(queue, options);
  // the shared queue also hears from this worker while it waits on the database (a long settle)
  const beats = queue.shared
    ? setInterval(() => void queue.beat().catch(() => undefined), 2000).unref()
    : undefined;
  try {
    let lastBeat = 0;
    while (!options.signal?.aborted) {
      if (Date.now() - lastBeat > 2000) {
        await queue.beat();
        lastBeat = Date.now();
      }
      const n = await drainUploads(queue, options);
      if (n === 0) await sleep(poll, options.signal);
    }
  } finally {
    clearInterval(beats);
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
