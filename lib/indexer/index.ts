/**
 * Keeps the store in step with the corpus: reads every document, extracts only what is new or
 * changed (content hash + extractor version), removes what left the folder, then settles actor
 * identity across the corpus. One document per transaction: a crash (kill -9) leaves a whole
 * database, and the next run resumes by skipping what is already there.
 */
import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { readCorpus, type CorpusOptions } from '@/lib/corpus';
import { contentHash } from '@/lib/corpus/hash';
import type { Problem, SourceDocument } from '@/lib/model';
import { extractDocument, type DocumentExtraction } from '@/lib/nlp/pipeline';
import { dictionaryProblems, extractionVersion } from '@/lib/nlp/dictionaries';
import { UPLOAD_PREFIX } from '@/lib/corpus/ids';
import { ExtractionPool } from './pool';
import type { SqliteStore } from '@/lib/store/sqlite';
import type { Engine } from '@/lib/store/engine';
import type { IndexState } from '@/lib/store/types';
import { putExtraction, removeStored, settleCorpus } from '@/lib/domain';

export { contentHash };

export interface IndexOptions extends CorpusOptions {
  /** Publication date for documents that give none. */
  referenceDate?: string | null;
  /** Called with the state at the start, after every document (so a caller may abort after any), and at the end. */
  onProgress?: (state: IndexState) => void;
  /** Stops between documents when aborted; what is done stays done. */
  signal?: AbortSignal;
  /** `upload` for the folder of uploaded files (kept apart from the corpus). Default `corpus`. */
  origin?: 'corpus' | 'upload';
  /** Threads that extract (lib/indexer/pool.ts); default 1: this thread. */
  workers?: number;
  /** A pool to use (and leave open) instead of one made for this run. */
  pool?: ExtractionPool;
  /**
   * Keeps stored documents whose file is not in the folders (default false: they are removed). For
   * the uploads folder when the queue is shared: another instance's folder has the file, and the
   * database the document.
   */
  keepMissing?: boolean;
}

/** How many documents the paths hold, to show progress against (a .jsonl counts its lines). */
async function countDocuments(paths: string[]): Promise<number> {
  let n = 0;
  const visit = async (p: string): Promise<void> => {
    let st;
    try {
      st = await fsp.stat(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      const names = await fsp.readdir(p).catch(() => [] as string[]);
      for (const name of names)
        if (!name.startsWith('.') && name !== 'node_modules') await visit(path.join(p, name));
    } else if (/\.(txt|md)$/i.test(p)) n++;
    else if (/\.jsonl$/i.test(p)) {
      const buf = await fsp.readFile(p).catch(() => Buffer.alloc(0));
      let lines = 0;
      for (let i = 0; i < buf.length; i++) if (buf[i] === 10) lines++;
      n += lines + (buf.length && buf[buf.length - 1] !== 10 ? 1 : 0);
    }
  };
  for (const p of paths) await visit(p);
  return n;
}

/** The root (as given, resolved) a document was read under. */
function rootOf(docPath: string, roots: string[]): string | null {
  const abs = path.resolve(docPath.replace(/#L\d+$/, ''));
  for (const r of roots) if (abs === r || abs.startsWith(r + path.sep)) return r;
  return null;
}

export interface IngestOptions {
  origin: 'corpus' | 'upload';
  /** The folder (or file) it was read under, for the indexer to find what left it. */
  root: string | null;
  referenceDate?: string | null;
}

/**
 * The one path from a read document to the store, for the corpus folder and uploads alike:
 * extract (bounded output), then store in one transaction. Settling identity across the corpus is
 * the caller's, once after a batch.
 */
export function ingestDocument(
  store: SqliteStore,
  doc: SourceDocument,
  options: IngestOptions,
): DocumentExtraction {
  return storeExtraction(store, extractDocument(doc, { referenceDate: options.referenceDate }), options);
}

/** The second half of ingestDocument: stores an extraction made elsewhere (a worker thread). */
export function storeExtraction(
  store: SqliteStore,
  x: DocumentExtraction,
  options: Omit<IngestOptions, 'referenceDate'>,
): DocumentExtraction {
  putExtraction(store, x, {
    origin: options.origin,
    root: options.root,
    contentHash: contentHash(x.document),
    extractorVersion: extractionVersion(),
  });
  return x;
}

/**
 * Indexes the corpus at `paths` into `store`: the SQLite store, or any engine behind the awaited
 * interfaces (PostgreSQL, lib/store/postgres). Every store call is awaited, so both run the same way.
 */
export async function indexCorpus(
  store: SqliteStore | Engine,
  paths: string[],
  options: IndexOptions = {},
): Promise<IndexState & { problemList: Problem[] }> {
  const roots = paths.map((p) => path.resolve(p));
  const now = () => new Date().toISOString();
  const state: IndexState = {
    running: true,
    done: 0,
    total: await countDocuments(roots),
    extracted: 0,
    unchanged: 0,
    removed: 0,
    problems: 0,
    startedAt: now(),
    updatedAt: now(),
    finishedAt: null,
    pid: process.pid,
  };
  // what the user's dictionaries could not give comes first (the run goes on without those lines)
  const problemList: Problem[] = dictionaryProblems();
  state.problems = problemList.length;
  // this run, as other indexers on the same database see it
  const worker = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const claim = 'claimDocument' in store ? store.claimDocument?.bind(store) : undefined;
  let last = 0;
  const report = async (force = false, at = now()) => {
    state.updatedAt = at;
    // the database hears of it now and then (a write per document would double the transactions);
    // the caller after every document, so that it may stop the run after any
    const t = Date.now();
    if (force || t - last >= 250) {
      last = t;
      await store.setIndexState(state);
    }
    options.onProgress?.({ ...state });
  };
  await report(true);

  // extraction runs on worker threads (lib/indexer/pool.ts); the results are stored here, one
  // document per transaction, in the order the documents were read
  const pool = options.pool ?? new ExtractionPool(options.workers ?? 1);
  const inflight: { doc: SourceDocument; x: Promise<DocumentExtraction> }[] = [];
  const storeNext = async () => {
    const { doc, x } = inflight.shift()!;
    try {
      const done = await x;
      await putExtraction(store, done, {
        origin: options.origin ?? 'corpus',
        root: rootOf(doc.path, roots),
        contentHash: contentHash(done.document),
        extractorVersion: extractionVersion(),
      });
      problemList.push(...done.problems);
      state.problems += done.problems.length;
      state.extracted++;
    } catch (e) {
      // one document that cannot be extracted or stored costs only itself
      state.problems++;
      problemList.push({
        path: doc.path,
        message: `not indexed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    await report();
  };

  const seen = new Set<string>();
  for await (const item of readCorpus(roots, options)) {
    if (options.signal?.aborted) break;
    if (item.kind === 'problem') {
      state.problems++;
      problemList.push(item.problem);
      continue;
    }
    const doc = item.document;
    // the uploads folder is the server's, but files written before ids were namespaced (or put
    // there by hand) may name any id: an upload never takes a corpus document's id
    if (options.origin === 'upload' && !doc.id.startsWith(UPLOAD_PREFIX)) doc.id = UPLOAD_PREFIX + doc.id;
    seen.add(doc.id);
    state.done++;
    const hash = contentHash(doc);
    const had = await store.documentState(doc.id);
    if (had && had.contentHash === hash && had.extractorVersion === extractionVersion()) {
      state.unchanged++;
      await report();
    } else if (claim && !(await claim(doc.id, hash, extractionVersion(), worker))) {
      // another indexer on the same database (PostgreSQL) extracts this one
      state.elsewhere = (state.elsewhere ?? 0) + 1;
      await report();
    } else {
      inflight.push({ doc, x: pool.extract(doc, { referenceDate: options.referenceDate }) });
      while (inflight.length >= pool.depth) await storeNext();
    }
    // let other work of this process (a server's requests) run between documents
    if (state.done % 20 === 0) await new Promise((r) => setImmediate(r));
  }
  while (inflight.length) await storeNext();
  if (!options.pool) await pool.close();
  if (!options.signal?.aborted && !options.keepMissing) {
    for (const root of roots) {
      for (const id of await store.documentsUnder(root, options.origin ?? 'corpus')) {
        // an upload stored while this run read the folder is not in `seen`, but its file is there
        const file = (await store.documentState(id))?.path;
        const stillThere =
          options.origin === 'upload' && file != null && existsSync(file.replace(/#L\d+$/, ''));
        if (!seen.has(id) && !stillThere) {
          await removeStored(store, id);
          state.removed++;
        }
      }
    }
  }
  await settleCorpus(store);
  state.running = false;
  // one instant: the run finished when its state was last updated
  state.finishedAt = now();
  await report(true, state.finishedAt);
  return { ...state, problemList };
}
