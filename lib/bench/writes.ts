/**
 * For `npm run bench -- --only writes` (issue 10): extraction time against text size (it must grow
 * linearly), how much the database grows per uploaded megabyte, and how the server answers reads
 * while the worker extracts a 5 MB upload. Figures only; nothing here is a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { queueUploads } from '@/lib/api/uploads';
import { drainUploads } from '@/lib/indexer/uploads';
import { extractDocument } from '@/lib/nlp/pipeline';
import { SqliteStore } from '@/lib/store/sqlite';
import { synthArticles } from '@/lib/synth';

/** Synthetic news, joined into one text of at least `bytes`. */
export function longText(bytes: number, seed = 21): string {
  const parts: string[] = [];
  let size = 0;
  let n = 200;
  for (;;) {
    for (const a of synthArticles(n, seed)) {
      parts.push(a.text);
      size += Buffer.byteLength(a.text) + 2;
      if (size >= bytes) return parts.join('\n\n');
    }
    seed++;
    n *= 2;
  }
}

export interface LinearRow {
  mb: number;
  seconds: number;
  timexes: number;
  events: number;
  mentions: number;
}

/** Extraction time of one document at each size (MB of synthetic news), one core. */
export function benchLinear(sizes: number[] = [0.1, 0.5, 1, 2, 4]): { rows: LinearRow[]; ratio: number } {
  const all = longText(Math.max(...sizes) * 1e6 + 1000);
  // warm up the JIT and the lexicons on a small piece first
  extractDocument({ id: 'w', path: 'w', title: 'w', text: all.slice(0, 50_000), published: '2016-11-15' });
  const rows: LinearRow[] = [];
  for (const mb of sizes) {
    const text = all.slice(0, Math.round(mb * 1e6));
    const t0 = performance.now();
    const x = extractDocument({ id: 'x', path: 'x', title: 'x', text, published: '2016-11-15' });
    rows.push({
      mb,
      seconds: (performance.now() - t0) / 1000,
      timexes: x.timexes.length,
      events: x.events.length,
      mentions: x.mentions.length,
    });
  }
  const at = (mb: number) => rows.find((r) => r.mb === mb)?.seconds ?? NaN;
  return { rows, ratio: at(4) / at(1) };
}

const folderBytes = (dir: string) =>
  readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);

/** Uploads `mb` of synthetic articles (queue, then the worker) into a fresh database; its growth per MB. */
export async function benchGrowth(
  mb = 5,
): Promise<{ uploadedMB: number; documents: number; dbMB: number; filesMB: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-growth-'));
  const saved = process.env.DETENTE_DB;
  process.env.DETENTE_DB = path.join(dir, 'detente.db');
  try {
    const store = new SqliteStore(process.env.DETENTE_DB);
    const empty = statSync(process.env.DETENTE_DB).size;
    let bytes = 0;
    let documents = 0;
    for (const a of synthArticles(100_000, 31)) {
      if (bytes >= mb * 1e6) break;
      const line = JSON.stringify({ title: a.title, text: a.text, published: a.published, source: a.source });
      const r = await queueUploads(
        [{ name: 'a.jsonl', bytes: new TextEncoder().encode(`${line}\n`) }],
        '127.0.0.1',
        store,
        {
          total: 0,
          perClientPerDay: 0,
        },
      );
      if (!(r instanceof Response)) documents += r.documents.length;
      bytes += Buffer.byteLength(a.text);
    }
    await drainUploads(store, { folder: path.join(dir, 'uploads'), batch: 200 });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const db = statSync(process.env.DETENTE_DB).size - empty;
    store.close();
    return {
      uploadedMB: bytes / 1e6,
      documents,
      dbMB: db / 1e6,
      filesMB: folderBytes(path.join(dir, 'uploads')) / 1e6,
    };
  } finally {
    if (saved === undefined) delete process.env.DETENTE_DB;
    else process.env.DETENTE_DB = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

export interface ReadsWhileExtracting {
  uploadMB: number;
  extractSeconds: number;
  status: { n: number; p50: number; p99: number; max: number };
  events: { n: number; p50: number; p99: number; max: number };
}

/**
 * `npm start` (scripts/serve.ts: the web server and the worker) on the seed in a fresh database;
 * POSTs a 5 MB text, then asks GET /api/status and GET /api/events (10 requests a second each, one
 * at a time) until the upload is stored. Needs a build.
 */
export async function benchReadsWhileExtracting(port = 3291, mb = 5): Promise<ReadsWhileExtracting> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-writes-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--index-first'], {
    env: {
      ...process.env,
      DETENTE_DB: path.join(dir, 'detente.db'),
      DETENTE_CORPUS: 'seeds',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // gone already
    }
  };
  process.on('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${base}/api/status`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const text = longText(mb * 1e6, 41).slice(0, mb * 1e6);
    const posted = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'A long upload', text, published: '2016-11-15' }),
    });
    if (posted.status !== 202)
      throw new Error(`the upload answered ${posted.status}: ${await posted.text()}`);
    const t0 = performance.now();
    const statusUrl = ((await posted.json()) as { status: string }).status;
    const lat = { status: [] as number[], events: [] as number[] };
    let done = false;
    const ask = async (kind: 'status' | 'events', url: string) => {
      while (!done) {
        const s = performance.now();
        await (await fetch(url)).arrayBuffer();
        lat[kind].push(performance.now() - s);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const watch = (async () => {
      while (!done) {
        const j = (await (await fetch(`${base}${statusUrl}`)).json()) as { state: string };
        if (j.state !== 'working') done = true;
        else await new Promise((r) => setTimeout(r, 250));
      }
    })();
    await Promise.all([
      ask('status', `${base}/api/status`),
      ask('events', `${base}/api/events?limit=100`),
      watch,
    ]);
    const extractSeconds = (performance.now() - t0) / 1000;
    const stats = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? 0 };
    };
    return {
      uploadMB: Buffer.byteLength(text) / 1e6,
      extractSeconds,
      status: stats(lat.status),
      events: stats(lat.events),
    };
  } finally {
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
