/**
 * The upload queue in PostgreSQL (migration 3), shared by every instance on the database: a POST
 * received by one instance is queued with its text, and whichever instance's worker comes first
 * extracts it; the status and the quotas read the same rows everywhere.
 *
 * A claim is one statement, `UPDATE … WHERE document_id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1)`,
 * so two workers never take the same upload and neither waits for the other. A worker is named
 * `host:pid` (a pid alone says nothing on another machine) and gives signs of life in
 * `upload_workers`; an upload held by a worker silent for longer than the lease (UPLOAD_LEASE_MS)
 * goes back to the queue.
 *
 * The queue uses the store's connection pool but neither its write lock nor its data version: no
 * cached answer shows the queue (the upload routes answer `no-store`), and a stored document moves
 * the version anyway.
 */
import type pg from 'pg';
import {
  toJob as sqliteJob,
  WORKER_SILENCE_MS,
  type UploadJob,
  type UploadState,
  type WorkerBeat,
} from '../queue';
import {
  pidOf,
  UPLOAD_LEASE_MS,
  workerName,
  type AsyncUploadQueue,
  type NewUpload,
  type UploadContent,
} from '../upload-queue';
import { inTransaction, type PostgresStore } from './index';

type Row = Record<string, unknown>;

/** A row's columns, without the text it carries (read only by `content`). */
const JOB_COLUMNS =
  'document_id, file, content_hash, title, bytes, client, state, received_at, started_at, finished_at, worker, message, problems';

/** SQLite's row reading, with the worker named as `host:pid` and its pid read from that. */
const toJob = (r: Row): UploadJob => {
  const worker = r.worker == null ? null : String(r.worker);
  return { ...sqliteJob(r), workerPid: worker == null ? null : pidOf(worker), worker };
};

const iso = () => new Date().toISOString();
const before = (now: string, ms: number) => new Date(Date.parse(now) - ms).toISOString();

export class PostgresUploadQueue implements AsyncUploadQueue {
  readonly shared = true;
  private readonly pool: pg.Pool;

  /** The queue of an open store (whose opening ran the migrations), on the store's pool. */
  constructor(readonly store: PostgresStore) {
    this.pool = store.pool;
  }

  private transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, fn);
  }

  async job(documentId: string): Promise<UploadJob | null> {
    const r = await this.pool.query(`SELECT ${JOB_COLUMNS} FROM uploads WHERE document_id = $1`, [
      documentId,
    ]);
    return r.rows[0] ? toJob(r.rows[0] as Row) : null;
  }

  async content(documentId: string): Promise<UploadContent | null> {
    const r = (
      await this.pool.query(
        'SELECT title, text, published, source, url FROM uploads WHERE document_id = $1',
        [documentId],
      )
    ).rows[0] as Row | undefined;
    if (r?.text == null) return null;
    const content: UploadContent = { title: String(r.title), text: String(r.text) };
    if (r.published != null) content.published = String(r.published);
    if (r.source != null) content.source = String(r.source);
    if (r.url != null) content.url = String(r.url);
    return content;
  }

  async enqueue(batchId: string, jobs: NewUpload[], members: string[], now = iso()): Promise<void> {
    await this.transaction(async (c) => {
      if (jobs.length)
        await c.query(
          `INSERT INTO uploads (document_id, file, content_hash, title, bytes, client, state, received_at, text, published, source, url)
           SELECT id, file, hash, title, bytes, client, 'queued', $1, text, published, source, url
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
             AS x(id, file, hash, title, bytes, client, text, published, source, url)
           ON CONFLICT (document_id) DO NOTHING`,
          [
            now,
            jobs.map((j) => j.documentId),
            jobs.map((j) => j.file),
            jobs.map((j) => j.contentHash),
            jobs.map((j) => j.title),
            jobs.map((j) => j.bytes),
            jobs.map((j) => j.client),
            jobs.map((j) => j.content?.text ?? null),
            jobs.map((j) => j.content?.published ?? null),
            jobs.map((j) => j.content?.source ?? null),
            jobs.map((j) => j.content?.url ?? null),
          ],
        );
      if (members.length)
        await c.query(
          `INSERT INTO upload_batches (id, position, document_id, created_at)
           SELECT $1, x.i - 1, x.id, $2 FROM unnest($3::text[]) WITH ORDINALITY AS x(id, i)`,
          [batchId, now, members],
        );
    });
  }

  async batch(batchId: string): Promise<{ documentId: string; job: UploadJob | null }[]> {
    const r = await this.pool.query(
      `SELECT b.document_id AS member, ${JOB_COLUMNS.split(', ')
        .map((c) => `u.${c}`)
        .join(', ')}
       FROM upload_batches b LEFT JOIN uploads u ON u.document_id = b.document_id
       WHERE b.id = $1 ORDER BY b.position`,
      [batchId],
    );
    return (r.rows as Row[]).map((x) => ({
      documentId: String(x.member),
      job: x.state == null ? null : toJob(x),
    }));
  }

  async claim(worker = workerName(), now = iso()): Promise<UploadJob | null> {
    await this.requeueOrphans(now);
    // the claim and the worker's beat in one statement: a claimed row is never seen without a
    // recent sign of life of its worker
    const r = await this.pool.query(
      `WITH claimed AS (
         UPDATE uploads SET state = 'extracting', started_at = $1, worker = $2
         WHERE document_id = (
           SELECT document_id FROM uploads WHERE state = 'queued'
           ORDER BY received_at, document_id LIMIT 1 FOR UPDATE SKIP LOCKED
         ) AND state = 'queued'
         RETURNING ${JOB_COLUMNS}
       ), beat AS (
         INSERT INTO upload_workers (worker, beat_at) SELECT $2, $1 FROM claimed
         ON CONFLICT (worker) DO UPDATE SET beat_at = greatest(upload_workers.beat_at, excluded.beat_at)
       )
       SELECT * FROM claimed`,
      [now, worker],
    );
    return r.rows[0] ? toJob(r.rows[0] as Row) : null;
  }

  async requeueOrphans(now = iso()): Promise<number> {
    // rows another claimer is handing back right now are skipped, not waited for
    const r = await this.pool.query(
      `UPDATE uploads SET state = 'queued', started_at = NULL, worker = NULL
       WHERE document_id IN (
         SELECT u.document_id FROM uploads u
         WHERE u.state = 'extracting'
           AND NOT EXISTS (SELECT 1 FROM upload_workers w WHERE w.worker = u.worker AND w.beat_at >= $1)
         FOR UPDATE OF u SKIP LOCKED
       ) AND state = 'extracting'`,
      [before(now, UPLOAD_LEASE_MS)],
    );
    return r.rowCount ?? 0;
  }

  async release(worker = workerName()): Promise<number> {
    const r = await this.pool.query(
      "UPDATE uploads SET state = 'queued', started_at = NULL, worker = NULL WHERE state = 'extracting' AND worker = $1",
      [worker],
    );
    // workers silent for a day are long gone: their beats go too
    await this.pool.query('DELETE FROM upload_workers WHERE beat_at < $1', [before(iso(), 24 * 3600_000)]);
    return r.rowCount ?? 0;
  }

  async finish(done: { documentId: string; problems: UploadJob['problems'] }[], now = iso()): Promise<void> {
    if (!done.length) return;
    await this.pool.query(
      `UPDATE uploads u SET state = 'done', finished_at = $1, worker = NULL, message = NULL, problems = x.problems::jsonb
       FROM unnest($2::text[], $3::text[]) AS x(id, problems) WHERE u.document_id = x.id`,
      [now, done.map((d) => d.documentId), done.map((d) => JSON.stringify(d.problems.slice(0, 50)))],
    );
  }

  async fail(documentId: string, message: string, now = iso()): Promise<void> {
    await this.pool.query(
      "UPDATE uploads SET state = 'failed', finished_at = $1, worker = NULL, message = $2 WHERE document_id = $3",
      [now, message.slice(0, 500), documentId],
    );
  }

  async adopt(
    job: Pick<UploadJob, 'documentId' | 'file' | 'contentHash' | 'title' | 'bytes'>,
    now = iso(),
  ): Promise<void> {
    await this.pool.query(
      `INSERT INTO uploads (document_id, file, content_hash, title, bytes, client, state, received_at, finished_at)
       VALUES ($1, $2, $3, $4, $5, 'unknown', 'done', $6, $6)
       ON CONFLICT (document_id) DO UPDATE SET state = 'done', finished_at = excluded.finished_at, worker = NULL
       WHERE uploads.state != 'done'`,
      [job.documentId, job.file, job.contentHash, job.title, job.bytes, now],
    );
  }

  async drop(documentId: string): Promise<void> {
    await this.pool.query('DELETE FROM uploads WHERE document_id = $1', [documentId]);
  }

  async bytes(options: { client?: string; since?: string } = {}): Promise<number> {
    const where = ["state != 'failed'"];
    const params: string[] = [];
    if (options.client != null) {
      params.push(options.client);
      where.push(`client = $${params.length}`);
    }
    if (options.since != null) {
      params.push(options.since);
      where.push(`received_at >= $${params.length}`);
    }
    const r = await this.pool.query(
      `SELECT coalesce(sum(bytes), 0) AS n FROM uploads WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number((r.rows[0] as Row).n);
  }

  async counts(): Promise<{ queued: number; extracting: number; failed: number }> {
    const rows = (await this.pool.query('SELECT state, count(*) AS n FROM uploads GROUP BY state'))
      .rows as Row[];
    const n = (s: UploadState) => Number(rows.find((r) => r.state === s)?.n ?? 0);
    return { queued: n('queued'), extracting: n('extracting'), failed: n('failed') };
  }

  async beat(worker = workerName(), now = iso()): Promise<void> {
    await this.pool.query(
      `INSERT INTO upload_workers (worker, beat_at) VALUES ($1, $2)
       ON CONFLICT (worker) DO UPDATE SET beat_at = greatest(upload_workers.beat_at, excluded.beat_at)`,
      [worker, now],
    );
  }

  async worker(now = Date.now()): Promise<WorkerBeat | null> {
    const r = (
      await this.pool.query(
        'SELECT worker, beat_at FROM upload_workers WHERE beat_at >= $1 ORDER BY beat_at DESC, worker LIMIT 1',
        [new Date(now - WORKER_SILENCE_MS).toISOString()],
      )
    ).rows[0] as Row | undefined;
    if (!r) return null;
    const name = String(r.worker);
    return {
      pid: pidOf(name),
      host: name.slice(0, Math.max(0, name.lastIndexOf(':'))),
      at: String(r.beat_at),
    };
  }
}
