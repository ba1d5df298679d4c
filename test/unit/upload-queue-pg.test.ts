/**
 * The upload queue behind its awaited interface (lib/store/upload-queue.ts): the same steps give the
 * same answers on an instance's SQLite file and on PostgreSQL's shared queue; on PostgreSQL, workers
 * claiming at once from several pools take each upload once, and an upload whose worker fell silent
 * past the lease is handed out again and extracted. A real PostgreSQL server the suite starts
 * (lib/store/postgres/local.ts); no mock of either engine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFileName, uploadRecord } from '@/lib/api/uploads';
import { EMPTY_FILTERS } from '@/lib/filters';
import { drainUploads, recoverUploads, runUploadWorker } from '@/lib/indexer/uploads';
import { PostgresStore } from '@/lib/store/postgres';
import { createDatabase, startLocalPostgres, type LocalPostgres } from '@/lib/store/postgres/local';
import { PostgresUploadQueue } from '@/lib/store/postgres/queue';
import { SqliteStore } from '@/lib/store/sqlite';
import {
  sqliteUploadQueue,
  UPLOAD_LEASE_MS,
  workerName,
  type AsyncUploadQueue,
  type NewUpload,
  type UploadJob,
} from '@/lib/store/upload-queue';

let pg: LocalPostgres | null = null;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-upload-queue-'));
const opened: { close(): Promise<void> | void }[] = [];

beforeAll(async () => {
  pg = await startLocalPostgres();
}, 120_000);

afterAll(async () => {
  for (const s of opened) await s.close();
  await pg?.stop();
  rmSync(tmp, { recursive: true, force: true });
}, 60_000);

/** A new database on the server (the one every instance of a deployment would share). */
const database = (name: string) => createDatabase(pg!.url, name);

/** An instance's connection to the database: a pool of its own, as another process would have. */
async function instance(url: string): Promise<PostgresUploadQueue> {
  const store = await PostgresStore.open(url);
  opened.push(store);
  return new PostgresUploadQueue(store);
}

const at = (ms: number) => new Date(Date.parse('2024-03-01T00:00:00.000Z') + ms).toISOString();

const upload = (id: string, client: string, text: string, title = `Title of ${id}`): NewUpload => ({
  documentId: `upload:${id}`,
  file: uploadFileName(`upload:${id}`),
  contentHash: `hash-${id}`,
  title,
  bytes: Buffer.byteLength(text, 'utf8'),
  client,
  content: { title, text, published: '2016-05-03', source: 'A test wire' },
});

/** A job as both engines give it (the shared queue also names its worker as host:pid). */
const same = (job: UploadJob | null) => {
  if (!job) return job;
  const { worker: _worker, ...rest } = job;
  return rest;
};

/**
 * Every step of the queue's life, checked as it goes; returns what the queue answered, so that the
 * two engines' answers can be compared whole.
 */
async function exercise(q: AsyncUploadQueue) {
  const me = workerName();
  const seen: Record<string, unknown> = {};
  // two uploads, then a third and the first again under another title (its row is kept)
  await q.enqueue(
    'batch-one',
    [upload('c', 'A', 'x'.repeat(100)), upload('a', 'B', 'y'.repeat(50))],
    ['upload:c', 'upload:a', 'upload:stored'],
    at(0),
  );
  await q.enqueue(
    'batch-two',
    [upload('b', 'A', 'z'.repeat(30)), upload('a', 'A', 'w'.repeat(7), 'Another title')],
    ['upload:b', 'upload:a'],
    at(1000),
  );
  const one = await q.batch('batch-one');
  expect(one.map((m) => m.documentId)).toEqual(['upload:c', 'upload:a', 'upload:stored']);
  expect(one[2]!.job).toBeNull();
  expect((await q.batch('batch-two')).map((m) => m.documentId)).toEqual(['upload:b', 'upload:a']);
  expect(await q.batch('no-such-batch')).toEqual([]);
  expect(await q.job('upload:a')).toMatchObject({ title: 'Title of a', client: 'B', bytes: 50 });
  seen.batches = [one, await q.batch('batch-two')].map((b) => b.map((m) => ({ ...m, job: same(m.job) })));
  seen.queued = await q.counts();
  expect(seen.queued).toEqual({ queued: 3, extracting: 0, failed: 0 });
  seen.bytes = [
    await q.bytes(),
    await q.bytes({ client: 'A' }),
    await q.bytes({ client: 'A', since: at(1000) }),
  ];
  expect(seen.bytes).toEqual([180, 130, 30]);

  // oldest first (then by id): a and c came together, b after them
  const claimed: (UploadJob | null)[] = [];
  for (let i = 0; i < 4; i++) claimed.push(await q.claim(me, at(2000 + i)));
  expect(claimed.map((j) => j?.documentId ?? null)).toEqual(['upload:a', 'upload:c', 'upload:b', null]);
  expect(claimed[0]).toMatchObject({ state: 'extracting', startedAt: at(2000), workerPid: process.pid });
  seen.claimed = claimed.map(same);
  seen.extracting = await q.counts();
  expect(seen.extracting).toEqual({ queued: 0, extracting: 3, failed: 0 });

  await q.finish(
    [{ documentId: 'upload:a', problems: [{ path: 'Title of a', message: 'no date' }] }],
    at(3000),
  );
  await q.fail('upload:c', 'too long '.repeat(100), at(3000));
  const a = await q.job('upload:a');
  expect(a).toMatchObject({ state: 'done', finishedAt: at(3000), workerPid: null, message: null });
  expect(a!.problems).toEqual([{ path: 'Title of a', message: 'no date' }]);
  const c = await q.job('upload:c');
  expect(c).toMatchObject({ state: 'failed', workerPid: null });
  expect(c!.message).toHaveLength(500);
  seen.finished = [a, c].map(same);
  seen.afterwards = await q.counts();
  expect(seen.afterwards).toEqual({ queued: 0, extracting: 1, failed: 1 });
  // a failed upload no longer counts against its client
  seen.kept = [await q.bytes(), await q.bytes({ client: 'A' }), await q.bytes({ client: 'B' })];
  expect(seen.kept).toEqual([80, 30, 50]);

  // the start-up scan adopts what it stored with no row, and what a worker was extracting
  const found = { file: 'found.jsonl', contentHash: 'hash-found', title: 'Found', bytes: 10 };
  await q.adopt({ documentId: 'upload:stored', ...found }, at(4000));
  await q.adopt({ documentId: 'upload:b', ...found }, at(4000));
  await q.adopt({ documentId: 'upload:a', ...found }, at(4000));
  expect(await q.job('upload:stored')).toMatchObject({
    state: 'done',
    client: 'unknown',
    finishedAt: at(4000),
  });
  expect(await q.job('upload:b')).toMatchObject({ state: 'done', title: 'Title of b', workerPid: null });
  // one already done is left as it was
  expect(await q.job('upload:a')).toMatchObject({ finishedAt: at(3000), title: 'Title of a' });
  seen.adopted = (await q.batch('batch-one')).map((m) => ({ ...m, job: same(m.job) }));
  await q.drop('upload:stored');
  expect(await q.job('upload:stored')).toBeNull();
  seen.dropped = (await q.batch('batch-one')).map((m) => m.job?.state ?? null);
  expect(seen.dropped).toEqual(['failed', 'done', null]);
  seen.final = [await q.counts(), await q.bytes()];

  // a worker's sign of life shows while recent
  const now = Date.now();
  await q.beat(me, new Date(now).toISOString());
  const beat = await q.worker(now + 1000);
  expect(beat).toMatchObject({ pid: process.pid, at: new Date(now).toISOString() });
  expect(await q.worker(now + 60_000)).toBeNull();
  seen.worker = beat!.pid;
  return seen;
}

describe('the upload queue, alike on SQLite and on PostgreSQL', () => {
  it('enqueue, batch order, claim order, finish, fail, counts, bytes per client, adopt and drop', async () => {
    const sqlite = new SqliteStore(path.join(tmp, 'queue.db'));
    opened.push(sqlite);
    const shared = await instance(await database('alike'));
    const onSqlite = await exercise(sqliteUploadQueue(sqlite));
    const onPostgres = await exercise(shared);
    expect(onPostgres).toEqual(onSqlite);
    // only the shared queue keeps the text: any instance's worker reads it there
    expect(await sqliteUploadQueue(sqlite).content('upload:b')).toBeNull();
    expect(await shared.content('upload:b')).toEqual({
      title: 'Title of b',
      text: 'z'.repeat(30),
      published: '2016-05-03',
      source: 'A test wire',
    });
  }, 60_000);
});

describe('the shared queue on PostgreSQL', () => {
  it('four workers on two instances claiming at once take each of 20 uploads exactly once', async () => {
    const url = await database('claims');
    const [a, b] = [await instance(url), await instance(url)];
    const ids = Array.from({ length: 20 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    await a.enqueue(
      'twenty',
      ids.map((id) => upload(id, 'A', `text of ${id}`)),
      ids.map((id) => `upload:${id}`),
    );
    const take = async (q: AsyncUploadQueue, worker: string) => {
      const got: string[] = [];
      for (;;) {
        const job = await q.claim(worker);
        if (!job) return got;
        expect(job.worker).toBe(worker);
        got.push(job.documentId);
      }
    };
    const workers: [AsyncUploadQueue, string][] = [
      [a, 'host-a:101'],
      [a, 'host-a:102'],
      [b, 'host-b:201'],
      [b, 'host-b:202'],
    ];
    const taken = await Promise.all(workers.map(([q, name]) => take(q, name)));
    const all = taken.flat();
    expect(all).toHaveLength(20);
    expect(new Set(all).size).toBe(20);
    // each row names the one worker that took it
    for (const [i, got] of taken.entries())
      for (const id of got) expect((await b.job(id))?.worker).toBe(workers[i]![1]);
    expect(await a.counts()).toEqual({ queued: 0, extracting: 20, failed: 0 });
  }, 60_000);

  it('an upload whose worker fell silent past the lease is handed out again and extracted', async () => {
    const url = await database('orphans');
    const [a, b] = [await instance(url), await instance(url)];
    const text = 'Chile praised Peru for its help on Monday. Peru thanked Chile.';
    await a.enqueue(
      'two',
      [upload('held', 'A', text), upload('orphan', 'A', text)],
      ['upload:held', 'upload:orphan'],
    );
    // two workers on other machines claim one each; one goes on beating, the other dies
    const t0 = Date.now() - UPLOAD_LEASE_MS - 60_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    expect((await a.claim('live-host:8', iso(t0)))?.documentId).toBe('upload:held');
    expect((await a.claim('dead-host:7', iso(t0)))?.documentId).toBe('upload:orphan');
    await a.beat('live-host:8', iso(t0 + UPLOAD_LEASE_MS));
    // within the lease, nothing moves
    expect(await b.requeueOrphans(iso(t0 + UPLOAD_LEASE_MS - 1000))).toBe(0);
    expect(await b.requeueOrphans(iso(t0 + UPLOAD_LEASE_MS + 1000))).toBe(1);
    expect(await b.job('upload:orphan')).toMatchObject({ state: 'queued', worker: null, startedAt: null });
    expect(await b.job('upload:held')).toMatchObject({ state: 'extracting', worker: 'live-host:8' });

    // another instance's worker, whose uploads folder never saw the file, takes it and extracts it
    const folder = path.join(tmp, 'orphans-instance-b', 'uploads');
    expect(await drainUploads(b, { folder })).toBe(1);
    expect(await b.job('upload:orphan')).toMatchObject({ state: 'done', worker: null });
    expect(await b.job('upload:held')).toMatchObject({ state: 'extracting', worker: 'live-host:8' });
    const stored = b.store as PostgresStore;
    expect(await stored.documentState('upload:orphan')).toMatchObject({ origin: 'upload' });
    const events = await stored.events(
      { ...EMPTY_FILTERS, document: 'upload:orphan' },
      { limit: 10, cursor: null },
    );
    expect(events.items.length).toBeGreaterThan(0);

    // once its worker too falls silent past the lease, the other upload is handed out again
    expect(await b.requeueOrphans(iso(t0 + 2 * UPLOAD_LEASE_MS + 1000))).toBe(1);
    expect(await b.job('upload:held')).toMatchObject({ state: 'queued' });
  }, 60_000);

  it("the start-up scan stores and adopts a file with no row, and keeps uploads other instances' folders hold", async () => {
    const q = await instance(await database('scan'));
    const folder = path.join(tmp, 'scan-instance', 'uploads');
    // received by another instance: queued with its text, extracted here; no file in this folder
    await q.enqueue(
      'elsewhere',
      [upload('elsewhere', 'A', 'Chile praised Peru on Monday.')],
      ['upload:elsewhere'],
    );
    expect(await drainUploads(q, { folder })).toBe(1);
    // a file this instance wrote before a crash took its row
    const doc = {
      id: 'upload:found',
      title: 'Found',
      text: 'Kenya threatened Somalia on Friday.',
      published: '2016-11-18',
      path: '',
    };
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, uploadFileName(doc.id)), uploadRecord(doc));
    const scanned = await recoverUploads(q, { folder });
    expect(scanned).toMatchObject({ extracted: 1, removed: 0 });
    const stored = q.store as PostgresStore;
    expect(await stored.getDocument('upload:found')).toMatchObject({ text: doc.text, origin: 'upload' });
    expect(await q.job('upload:found')).toMatchObject({ state: 'done', client: 'unknown' });
    expect(await stored.documentState('upload:elsewhere')).toMatchObject({ origin: 'upload' });
    expect(await q.job('upload:elsewhere')).toMatchObject({ state: 'done', client: 'A' });
  }, 60_000);

  it('a worker starting again under its name releases what its former life held, then extracts it', async () => {
    const url = await database('restart');
    const q = await instance(url);
    await q.enqueue(
      'again',
      [upload('again', 'A', 'Norway praised Sweden on 1 May 2016.')],
      ['upload:again'],
    );
    // the former life: same host, same pid (a container's), killed while extracting
    expect((await q.claim(workerName()))?.documentId).toBe('upload:again');
    const stop = new AbortController();
    const folder = path.join(tmp, 'restart-instance', 'uploads');
    const running = runUploadWorker(q, { folder, signal: stop.signal, scan: false, pollMs: 20 });
    try {
      for (let i = 0; i < 500 && (await q.job('upload:again'))?.state !== 'done'; i++)
        await new Promise((r) => setTimeout(r, 20));
    } finally {
      stop.abort();
      await running;
    }
    expect(await q.job('upload:again')).toMatchObject({ state: 'done' });
    expect(await q.worker()).toMatchObject({ pid: process.pid, host: os.hostname() });
  }, 60_000);
});
