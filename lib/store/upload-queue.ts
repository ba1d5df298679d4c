/**
 * The upload queue behind one awaited interface, whichever database holds it: this instance's
 * SQLite file (`sqliteUploadQueue`, over the synchronous UploadQueue of lib/store/queue.ts), or
 * PostgreSQL (`PostgresUploadQueue`, lib/store/postgres/queue.ts), which every instance sharing the
 * database reads and whose rows carry the uploaded text, so any instance's worker can extract them.
 * POST /api/documents and the status routes (lib/api/uploads.ts) and the worker
 * (lib/indexer/uploads.ts) ask through it.
 */
import os from 'node:os';
import type { Engine } from './engine';
import type { UploadJob, WorkerBeat } from './queue';
import type { SqliteStore } from './sqlite';

export type { UploadJob, UploadState, WorkerBeat } from './queue';

/**
 * How long a worker of the shared queue may give no sign of life (a beat, a claim) before the
 * uploads it holds are handed to another. Long, because a worker extracting one large text is busy
 * for that long without beating (extraction is synchronous); a worker that comes back after it finds
 * its uploads extracted again, which replaces the same document by the same.
 */
export const UPLOAD_LEASE_MS = 5 * 60_000;

/** What an upload's file holds: the document as `.jsonl` keeps it (lib/api/uploads uploadRecord). */
export interface UploadContent {
  title: string;
  text: string;
  /** Absent when the date is read from the text's own date line. */
  published?: string;
  source?: string;
  url?: string;
}

/** One upload to queue; `content` is what the shared queue keeps of it (SQLite keeps the file only). */
export type NewUpload = Pick<
  UploadJob,
  'documentId' | 'file' | 'contentHash' | 'title' | 'bytes' | 'client'
> & {
  content?: UploadContent;
};

/** The `.jsonl` line of an uploaded document: the file's content, and what a worker reads back. */
export function uploadLine(documentId: string, content: UploadContent): string {
  const record: Record<string, string> = { id: documentId, title: content.title, text: content.text };
  if (content.published) record.published = content.published;
  if (content.source) record.source = content.source;
  if (content.url) record.url = content.url;
  return `${JSON.stringify(record)}\n`;
}

/** This process as a worker: `host:pid`, so that instances on several machines are told apart. */
export function workerName(): string {
  return `${os.hostname()}:${process.pid}`;
}

/** The pid of a worker name (`host:pid`, or a bare pid). */
export function pidOf(worker: string): number {
  return Number(worker.slice(worker.lastIndexOf(':') + 1));
}

export interface AsyncUploadQueue {
  /** The database the queue is in; its uploads are stored there unless the worker is told otherwise. */
  readonly store: SqliteStore | Engine;
  /**
   * Whether every instance sharing the database sees this queue, its rows carrying the uploaded
   * text (PostgreSQL); false for an instance's own SQLite file, whose rows name a file of its folder.
   */
  readonly shared: boolean;
  /** The queue row of a document, if it was uploaded. */
  job(documentId: string): Promise<UploadJob | null>;
  /** The uploaded document as the queue keeps it, or null when only its file has it. */
  content(documentId: string): Promise<UploadContent | null>;
  /**
   * Adds uploads and records the batch the answer names, in one transaction. A document already in
   * the queue keeps its row; it still joins the batch.
   */
  enqueue(batchId: string, jobs: NewUpload[], members: string[], now?: string): Promise<void>;
  /** The documents of a batch, in the order the upload gave them, with their queue rows. */
  batch(batchId: string): Promise<{ documentId: string; job: UploadJob | null }[]>;
  /** Takes the oldest queued upload for this worker (`host:pid`), or null when none waits. */
  claim(worker?: string, now?: string): Promise<UploadJob | null>;
  /** Uploads held by a worker that is gone go back to the queue. Returns how many. */
  requeueOrphans(now?: string): Promise<number>;
  /**
   * Uploads held under this worker's name go back to the queue: a worker starting again under the
   * name of one that died (a container's process keeps its pid and host name). Returns how many.
   */
  release(worker?: string): Promise<number>;
  /** Marks uploads done (their documents are stored), with what extraction noted about each. */
  finish(done: { documentId: string; problems: UploadJob['problems'] }[], now?: string): Promise<void>;
  /** Marks an upload failed, with the reason. */
  fail(documentId: string, message: string, now?: string): Promise<void>;
  /** Records an upload found stored with no row (the start-up scan of the uploads folder): done. */
  adopt(
    job: Pick<UploadJob, 'documentId' | 'file' | 'contentHash' | 'title' | 'bytes'>,
    now?: string,
  ): Promise<void>;
  /** Forgets an upload's row. */
  drop(documentId: string): Promise<void>;
  /** Bytes of uploads kept (failed ones do not count): in all, or from one client since a time (ISO). */
  bytes(options?: { client?: string; since?: string }): Promise<number>;
  /** How many uploads wait, are being extracted, and failed. */
  counts(): Promise<{ queued: number; extracting: number; failed: number }>;
  /** A worker's sign of life. */
  beat(worker?: string, now?: string): Promise<void>;
  /** The latest sign of life of a worker still running, or null when none runs. */
  worker(now?: number): Promise<WorkerBeat | null>;
}

/** The SQLite queue of a store seen through the awaited interface (the same rows underneath). */
export function sqliteUploadQueue(store: SqliteStore): AsyncUploadQueue {
  const q = () => store.uploads;
  return {
    store,
    shared: false,
    job: async (id) => q().job(id),
    // the uploads folder holds the document: the worker reads its file
    content: async () => null,
    enqueue: async (batchId, jobs, members, now) =>
      q().enqueue(
        batchId,
        jobs.map(({ content: _content, ...job }) => job),
        members,
        now,
      ),
    batch: async (batchId) => q().batch(batchId),
    claim: async (worker = workerName(), now) => q().claim(pidOf(worker), now),
    requeueOrphans: async () => q().requeueOrphans(),
    // a process of this machine is known dead by its pid, when its claims are looked at
    release: async () => 0,
    finish: async (done, now) => q().finish(done, now),
    fail: async (id, message, now) => q().fail(id, message, now),
    adopt: async (job, now) => q().adopt(job, now),
    drop: async (id) => q().drop(id),
    bytes: async (options) => q().bytes(options),
    counts: async () => q().counts(),
    beat: async (worker = workerName(), now) => q().beat(pidOf(worker), now),
    worker: async (now) => q().worker(now),
  };
}
