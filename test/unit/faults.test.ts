/**
 * Faults, with real processes: the indexer and an upload server (test/fixtures/upload-server.ts, the
 * same handler as POST /api/documents) are killed with SIGKILL mid-work, and uploads race an indexer
 * on one database. Afterwards the database must pass PRAGMA integrity_check, hold every upload that
 * was acknowledged, and the next index run must finish the rest. A damaged or missing database file
 * is moved aside with a message and rebuilt from the corpus and the uploads folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { indexCorpus } from '@/lib/indexer';
import { getStore, SqliteStore } from '@/lib/store';
import { DamagedDatabaseError, moveAside, openOrRebuild } from '@/lib/store/recover';
import { synthArticle, writeSynthCorpus } from '@/lib/synth';
import { runIndex } from '@/scripts/index';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-faults-'));
const children: ChildProcess[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A fresh folder for one test: `corpus/` (synthetic articles) and `data/detente.db`. */
function workspace(docs: number, seed = 11) {
  const dir = path.join(tmp, `w${++n}`);
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus, { recursive: true });
  if (docs > 0) writeSynthCorpus({ docs, out: corpus, seed, format: 'txt' });
  return {
    dir,
    corpus,
    db: path.join(dir, 'data', 'detente.db'),
    uploads: path.join(dir, 'data', 'uploads'),
  };
}

/** A TypeScript entry point of this project in a child process, with its output kept. */
function tsx(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, out, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Documents in the database as another connection sees them (0 while the file is not there yet). */
function countDocuments(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const c = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return Number((c.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n);
    } finally {
      c.close();
    }
  } catch {
    return 0; // the schema is being created
  }
}

async function until(what: string, test: () => boolean, ms = 45_000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(25);
  }
}

/** integrity_check, foreign keys, and every document's event count matching its stored events. */
function expectConsistent(store: SqliteStore) {
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(store.db.pragma('foreign_key_check')).toEqual([]);
  expect(
    store.db
      .prepare(
        'SELECT id FROM documents d WHERE event_count != (SELECT count(*) FROM events e WHERE e.document_id = d.id)',
      )
      .all(),
  ).toEqual([]);
}

const eventIds = (store: SqliteStore) =>
  (store.db.prepare('SELECT id FROM events ORDER BY id').all() as { id: string }[]).map((r) => r.id);

async function startUploadServer(env: Record<string, string>) {
  const server = tsx('test/fixtures/upload-server.ts', [], env);
  await until('the upload server to listen', () => /listening \d+/.test(server.out.stdout));
  const port = Number(/listening (\d+)/.exec(server.out.stdout)![1]);
  return { ...server, url: `http://127.0.0.1:${port}/api/documents` };
}

interface Ack {
  status: number;
  /** The text that was sent. */
  text: string;
  body: { documents?: { id: string }[]; error?: string };
}

/**
 * POSTs article i as JSON, from one of several clients (a trusted proxy's X-Forwarded-For, with the
 * write token); a connection cut by a kill is `null` (not acknowledged).
 */
async function upload(url: string, i: number, client = '127.0.0.1'): Promise<Ack | null> {
  const a = synthArticle(1000 + i, 5);
  try {
    const r = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        authorization: `Bearer ${TOKEN}`,
        'x-forwarded-for': client,
      },
      body: JSON.stringify({ title: a.title, text: a.text, published: a.published, source: a.source }),
    });
    return { status: r.status, text: a.text, body: (await r.json()) as Ack['body'] };
  } catch {
    return null;
  }
}

/** The settings of the upload server: writes with a token, clients told apart by one trusted proxy. */
const TOKEN = 'fault-tests-write-token';
const WRITES = { DETENTE_WRITE_TOKEN: TOKEN, DETENTE_TRUST_PROXY: '1' };

describe('kill -9', () => {
  it('during indexing: the database stays whole, and the next run resumes and ends where a clean run does', async () => {
    const w = workspace(120);
    const env = { DETENTE_DB: w.db, DETENTE_CORPUS: w.corpus };
    const run = tsx('scripts/index.ts', [], env);
    await until('the indexer to store 10 documents', () => countDocuments(w.db) >= 10);
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');

    const crashed = new SqliteStore(w.db);
    const before = crashed.stats().documents;
    expect(before, 'the kill must land mid-run for this test to mean anything').toBeLessThan(120);
    expectConsistent(crashed);
    // the state says the run stopped without finishing (its process is gone), not that it goes on
    expect(crashed.indexState()).toMatchObject({ running: false, interrupted: true });
    crashed.close();

    const again = tsx('scripts/index.ts', [], env);
    expect((await again.exited).code, again.out.stderr).toBe(0);
    expect(again.out.stderr).toContain(`${120 - before} extracted, ${before} unchanged`);

    const resumed = new SqliteStore(w.db);
    expectConsistent(resumed);
    expect(resumed.indexState()).toMatchObject({ running: false, done: 120 });
    // the same database as one uninterrupted run
    const clean = new SqliteStore(':memory:');
    await indexCorpus(clean, [w.corpus]);
    expect(resumed.stats()).toEqual(clean.stats());
    expect(eventIds(resumed)).toEqual(eventIds(clean));
    resumed.close();
    clean.close();
  }, 60_000);

  it('during uploads: every acknowledged upload is there after a restart, and the database is whole', async () => {
    const w = workspace(0);
    const env = { DETENTE_DB: w.db, DETENTE_CORPUS: w.corpus, ...WRITES };
    const server = await startUploadServer(env);
    const acks: Ack[] = [];
    let next = 0;
    let killed = false;
    // four clients upload one article after another until the server dies under them
    const client = async () => {
      while (!killed) {
        const ack = await upload(server.url, next++);
        if (ack) acks.push(ack);
        if (acks.length >= 12 && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    expect((await server.exited).signal).toBe('SIGKILL');
    expect(acks.every((a) => a.status === 202)).toBe(true);
    const acknowledged = acks.flatMap((a) => a.body.documents!.map((d) => ({ id: d.id, text: a.text })));
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);

    const crashed = new SqliteStore(w.db);
    expectConsistent(crashed);
    crashed.close();

    // the restart: `npm run serve` and `npm run index` index the corpus and the uploads folder
    const restart = tsx('scripts/index.ts', [], env);
    expect((await restart.exited).code, restart.out.stderr).toBe(0);
    const store = new SqliteStore(w.db);
    expectConsistent(store);
    for (const d of acknowledged) {
      const doc = store.getDocument(d.id);
      expect(doc, `acknowledged upload ${d.id}`).not.toBeNull();
      expect(doc!.text).toBe(d.text);
      expect(store.uploads.job(d.id)?.state).toBe('done');
    }
    store.close();
  }, 60_000);
});

describe('concurrent writers', () => {
  it('50 concurrent uploads from 5 clients while an indexer process writes, then kill -9 and a restart: every one stored, no SQLITE_BUSY', async () => {
    const w = workspace(150);
    const env = { DETENTE_DB: w.db, DETENTE_CORPUS: w.corpus, ...WRITES };
    const server = await startUploadServer(env);
    const indexer = tsx('scripts/index.ts', [], env);
    await until('the indexer to start writing', () => countDocuments(w.db) >= 3);
    const clients = ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4', '198.51.100.5'];
    const acks = await Promise.all(
      Array.from({ length: 50 }, (_, i) => upload(server.url, i, clients[i % 5])),
    );
    server.child.kill('SIGKILL');
    const indexed = await indexer.exited;

    const failed = acks.filter((a) => a?.status !== 202);
    expect(failed, JSON.stringify(failed.slice(0, 3))).toEqual([]);
    expect(indexed.code, indexer.out.stderr).toBe(0);
    // a write the indexer could not make would be a problem "not indexed: database is locked"
    expect(indexer.out.stderr).not.toMatch(/locked|SQLITE_BUSY|not indexed/i);

    // the restart extracts whatever was queued after the first run drained the queue
    const restart = tsx('scripts/index.ts', [], env);
    expect((await restart.exited).code, restart.out.stderr).toBe(0);
    const store = new SqliteStore(w.db);
    expectConsistent(store);
    const docs = acks.flatMap((a) => a!.body.documents!.map((d) => ({ id: d.id, text: a!.text })));
    expect(new Set(docs.map((d) => d.id)).size).toBe(50);
    for (const d of docs) expect(store.getDocument(d.id)?.text, d.id).toBe(d.text);
    expect(store.stats().documents).toBe(200);
    // each client's uploads are counted against its own address
    for (const c of clients) expect(store.uploads.bytes({ client: c })).toBeGreaterThan(0);
    store.close();
  }, 90_000);
});

describe('a damaged or missing database', () => {
  function indexIn(w: ReturnType<typeof workspace>) {
    vi.stubEnv('DETENTE_DB', w.db);
    vi.stubEnv('DETENTE_CORPUS', w.corpus);
    const log: string[] = [];
    return { log, run: () => runIndex([], (l) => log.push(l)) };
  }

  it('a missing file is created and filled from the corpus, with a message', async () => {
    const w = workspace(4);
    const { log, run } = indexIn(w);
    await run();
    expect(log.join('\n')).toMatch(/no database at .*detente\.db: creating it/);
    const store = new SqliteStore(w.db);
    expect(store.stats().documents).toBe(4);
    store.close();
  }, 30_000);

  it('a file that is not a database is moved aside and rebuilt from the corpus and the uploads folder', async () => {
    const w = workspace(4);
    // an upload acknowledged earlier lives on in the uploads folder
    mkdirSync(w.uploads, { recursive: true });
    writeFileSync(path.join(w.uploads, 'upload-0123456789ab-note.txt'), 'Chile praised Peru on Monday.\n');
    const garbage = Buffer.from('this is not a database\n'.repeat(500));
    writeFileSync(w.db, garbage);

    // the server's side: a clear error naming the file and the way out, not SQLite's terse one
    expect(() => new SqliteStore(w.db)).toThrow(DamagedDatabaseError);
    expect(() => new SqliteStore(w.db)).toThrow(
      /detente\.db cannot be read \(file is not a database\).*npm run index/,
    );

    const { log, run } = indexIn(w);
    await run();
    const text = log.join('\n');
    expect(text).toMatch(
      /detente\.db is damaged \(file is not a database\); moved it to .*detente\.db\.damaged-/,
    );
    expect(text).toMatch(/rebuilding it from the corpus and the uploads folder/);
    const aside = readdirSync(path.dirname(w.db)).filter((f) => f.startsWith('detente.db.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(path.dirname(w.db), aside[0]!))).toEqual(garbage);

    const store = new SqliteStore(w.db);
    expectConsistent(store);
    expect(store.stats().documents).toBe(5);
    // a file of an older version: its id is put under the upload namespace
    expect(store.getDocument('upload:upload-0123456789ab-note')).not.toBeNull();
    store.close();
  }, 30_000);

  it('a database whose pages are overwritten is found by quick_check, moved aside and rebuilt', async () => {
    const w = workspace(6);
    const first = new SqliteStore(w.db);
    await indexCorpus(first, [w.corpus]);
    const stats = first.stats();
    first.close();
    // a disk or a copy gone wrong: every page after the first two overwritten
    const bytes = readFileSync(w.db);
    bytes.fill(0xa5, 8192);
    writeFileSync(w.db, bytes);

    const opened = openOrRebuild(w.db);
    expect(opened.rebuilt?.reason).toMatch(/quick_check|malformed|corrupt/i);
    expect(existsSync(opened.rebuilt!.movedTo)).toBe(true);
    expect(opened.store.stats().documents).toBe(0);
    await indexCorpus(opened.store, [w.corpus]);
    expectConsistent(opened.store);
    expect(opened.store.stats()).toEqual(stats);
    opened.store.close();
  }, 30_000);

  it('the server reopens the database when the indexer has replaced the file', async () => {
    const w = workspace(2);
    vi.stubEnv('DETENTE_DB', w.db);
    const a = getStore();
    await indexCorpus(a, [w.corpus]);
    expect(getStore()).toBe(a);
    // the indexer moves a damaged file aside and creates a new one (as openOrRebuild does)
    moveAside(w.db);
    const b = new SqliteStore(w.db);
    b.close();
    const reopened = getStore();
    expect(reopened).not.toBe(a);
    expect(reopened.stats().documents).toBe(0);
  });
});
