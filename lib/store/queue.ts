/**
 * The upload queue, in the database beside what it feeds: one row per uploaded document (who sent
 * it, how large, where its file is, how its extraction goes) and the batches a POST answered with.
 * The web server only adds rows; the indexer's worker (another process) claims them one at a time,
 * extracts and stores the document, and marks the row done. Claims are made inside an IMMEDIATE
 * transaction, so two workers never take the same row; a row claimed by a process that has died is
 * handed out again.
 */
import type Database from 'better-sqlite3';

/** Where an upload is: waiting, being extracted, stored with its events, or failed (with a message). */
export type UploadState = 'queued' | 'extracting' | 'done' | 'failed';

/** One uploaded document in the queue. */
export interface UploadJob {
  /** The document id the server gave it (always in the upload namespace, `upload:…`). */
  documentId: string;
  /** Its file's name in the uploads folder. */
  file: string;
  /** The indexer's content hash of its title, text, date, source and url. */
  contentHash: string;
  title: string;
  /** Its text's size in UTF-8 bytes: what quotas count. */
  bytes: number;
  /** The client address that sent it (`unknown` when the server could not tell). */
  client: string;
  state: UploadState;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The process extracting it, while `extracting`. */
  workerPid: number | null;
  /** The worker extracting it as `host:pid`, in the queue every instance shares (PostgreSQL). */
  worker?: string | null;
  /** Why it failed. */
  message: string | null;
  /** What extraction noted about it (an unresolved date, a bound that cut its output). */
  problems: { path: string; message: string }[];
}

/** A worker's sign of life, written every few seconds while it runs. */
export interface WorkerBeat {
  pid: number;
  /** The machine it runs on, in the queue every instance shares (PostgreSQL). */
  host?: string;
  /** ISO time of the last beat. */
  at: string;
}

type Row = Record<string, unknown>;

/** A queue row as the job it is (SQLite's row; PostgreSQL's queue adds its worker's name). */
export const toJob = (r: Row): UploadJob => ({
  documentId: String(r.document_id),
  file: String(r.file),
  contentHash: String(r.content_hash),
  title: String(r.title),
  bytes: Number(r.bytes),
  client: String(r.client),
  state: r.state as UploadState,
  receivedAt: String(r.received_at),
  startedAt: (r.started_at as string | null) ?? null,
  finishedAt: (r.finished_at as string | null) ?? null,
  workerPid: r.worker_pid == null ? null : Number(r.worker_pid),
  message: (r.message as string | null) ?? null,
  // text in SQLite, parsed JSON from PostgreSQL's jsonb
  problems: (typeof r.problems === 'string'
    ? JSON.parse(r.problems)
    : (r.problems ?? [])) as UploadJob['problems'],
});

/** Whether a process of this machine is alive (signal 0 only checks; EPERM means it is, but not ours). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a worker may stay silent before the status says none is running. */
export const WORKER_SILENCE_MS = 15_000;

export class UploadQueue {
  constructor(
    private readonly db: Database.Database,
    /** Called after each write, so the store's data version moves. */
    private readonly wrote: () => void = () => undefined,
  ) {}

  /** The queue row of a document, if it was uploaded. */
  job(documentId: string): UploadJob | null {
    const r = this.db.prepare('SELECT * FROM uploads WHERE document_id = ?').get(documentId) as
      Row | undefined;
    return r ? toJob(r) : null;
  }

  /**
   * Adds documents to the queue and records the batch the answer names, in one transaction. A
   * document already in the queue keeps its row (its state goes on); it still joins the batch.
   */
  enqueue(
    batchId: string,
    jobs: Pick<UploadJob, 'documentId' | 'file' | 'contentHash' | 'title' | 'bytes' | 'client'>[],
    members: string[],
    now = new Date().toISOString(),
  ): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO uploads (document_id, file, content_hash, title, bytes, client, state, received_at)
       VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)`,
    );
    const member = this.db.prepare(
      'INSERT INTO upload_batches (id, position, document_id, created_at) VALUES (?, ?, ?, ?)',
    );
    this.db
      .transaction(() => {
        for (const j of jobs)
          insert.run(j.documentId, j.file, j.contentHash, j.title, j.bytes, j.client, now);
        members.forEach((id, i) => member.run(batchId, i, id, now));
      })
      .immediate();
    this.wrote();
  }

  /** The documents of a batch, in the order the upload gave them, with their queue rows. */
  batch(batchId: string): { documentId: string; job: UploadJob | null }[] {
    const rows = this.db
      .prepare(
        `SELECT b.document_id AS member, u.* FROM upload_batches b LEFT JOIN uploads u ON u.document_id = b.document_id
         WHERE b.id = ? ORDER BY b.position`,
      )
      .all(batchId) as Row[];
    return rows.map((r) => ({ documentId: String(r.member), job: r.state == null ? null : toJob(r) }));
  }

  /**
   * Takes the oldest queued upload for this worker, or null when none waits. Rows left
   * `extracting` by a process that is gone are queued again first.
   */
  claim(pid = process.pid, now = new Date().toISOString()): UploadJob | null {
    const job = this.db
      .transaction(() => {
        this.requeueOrphans();
        const r = this.db
          .prepare(
            `UPDATE uploads SET state = 'extracting', started_at = ?, worker_pid = ?
             WHERE document_id = (SELECT document_id FROM uploads WHERE state = 'queued' ORDER BY received_at, document_id LIMIT 1)
             RETURNING *`,
          )
          .get(now, pid) as Row | undefined;
        return r ? toJob(r) : null;
      })
      .immediate();
    if (job) this.wrote();
    return job;
  }

  /** Rows claimed by a process that is no longer alive go back to the queue. Returns how many. */
  requeueOrphans(): number {
    const stuck = this.db
      .prepare("SELECT document_id, worker_pid FROM uploads WHERE state = 'extracting'")
      .all() as Row[];
    const requeue = this.db.prepare(
      "UPDATE uploads SET state = 'queued', started_at = NULL, worker_pid = NULL WHERE document_id = ?",
    );
    let n = 0;
    for (const r of stuck) {
      if (r.worker_pid != null && processAlive(Number(r.worker_pid))) continue;
      requeue.run(r.document_id);
      n++;
    }
    return n;
  }

  /** Marks uploads done (their documents are stored), with what extraction noted about each. */
  finish(
    done: { documentId: string; problems: UploadJob['problems'] }[],
    now = new Date().toISOString(),
  ): void {
    const update = this.db.prepare(
      "UPDATE uploads SET state = 'done', finished_at = ?, worker_pid = NULL, message = NULL, problems = ? WHERE document_id = ?",
    );
    this.db
      .transaction(() => {
        for (const d of done) update.run(now, JSON.stringify(d.problems.slice(0, 50)), d.documentId);
      })
      .immediate();
    this.wrote();
  }

  /** Marks an upload failed, with the reason. */
  fail(documentId: string, message: string, now = new Date().toISOString()): void {
    this.db
      .prepare(
        "UPDATE uploads SET state = 'failed', finished_at = ?, worker_pid = NULL, message = ? WHERE document_id = ?",
      )
      .run(now, message.slice(0, 500), documentId);
    this.wrote();
  }

  /**
   * Records an upload found in the uploads folder with no row (written before a crash took the
   * row, or a database rebuilt from the folder): done, from an unknown client.
   */
  adopt(
    job: Pick<UploadJob, 'documentId' | 'file' | 'contentHash' | 'title' | 'bytes'>,
    now = new Date().toISOString(),
  ): void {
    this.db
      .prepare(
        `INSERT INTO uploads (document_id, file, content_hash, title, bytes, client, state, received_at, finished_at)
         VALUES (?, ?, ?, ?, ?, 'unknown', 'done', ?, ?)
         ON CONFLICT(document_id) DO UPDATE SET state = 'done', finished_at = excluded.finished_at, worker_pid = NULL
         WHERE uploads.state != 'done'`,
      )
      .run(job.documentId, job.file, job.contentHash, job.title, job.bytes, now, now);
    this.wrote();
  }

  /** Forgets the row of an upload whose file left the uploads folder. */
  drop(documentId: string): void {
    this.db.prepare('DELETE FROM uploads WHERE document_id = ?').run(documentId);
    this.wrote();
  }

  /** Bytes of uploads kept: in all, or from one client since a time (ISO). */
  bytes(options: { client?: string; since?: string } = {}): number {
    const where: string[] = ["state != 'failed'"];
    const params: string[] = [];
    if (options.client != null) {
      where.push('client = ?');
      params.push(options.client);
    }
    if (options.since != null) {
      where.push('received_at >= ?');
      params.push(options.since);
    }
    const r = this.db
      .prepare(`SELECT coalesce(sum(bytes), 0) AS n FROM uploads WHERE ${where.join(' AND ')}`)
      .get(...params) as Row;
    return Number(r.n);
  }

  /** How many uploads wait and how many are being extracted. */
  counts(): { queued: number; extracting: number; failed: number } {
    const rows = this.db.prepare('SELECT state, count(*) AS n FROM uploads GROUP BY state').all() as Row[];
    const n = (s: UploadState) => Number(rows.find((r) => r.state === s)?.n ?? 0);
    return { queued: n('queued'), extracting: n('extracting'), failed: n('failed') };
  }

  /** A worker's sign of life. */
  beat(pid = process.pid, now = new Date().toISOString()): void {
    this.db
      .prepare(
        "INSERT INTO meta (key, value) VALUES ('upload_worker', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify({ pid, at: now } satisfies WorkerBeat));
  }

  /** The last worker's beat, when it is recent and its process alive; null when no worker runs. */
  worker(now = Date.now()): WorkerBeat | null {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = 'upload_worker'").get() as Row | undefined;
    if (!r) return null;
    const beat = JSON.parse(String(r.value)) as WorkerBeat;
    if (now - Date.parse(beat.at) > WORKER_SILENCE_MS || !processAlive(beat.pid)) return null;
    return beat;
  }
}
