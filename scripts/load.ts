/**
 * npm run load -- [--docs N] [--connections N] [--seconds N] [--port N] [--db PATH] [--no-write]
 *                  [--engine sqlite|postgres] [--instances N]
 *
 * The server under load, on loopback: indexes about 100k synthetic events (6000 articles), starts a
 * production server (`next start`, so `npm run build` first), then keeps 50 connections busy for 30 s
 * on each of `/`, `/api/events` and `/api/graph`. Prints p50/p99, requests/s and errors, and writes
 * them with the command and the machine to docs/RELIABILITY.md (section `reliability:load`). Not a
 * test: no figure fails the run. `--db PATH` keeps the database there, or loads it when it exists.
 * `--engine postgres` indexes into a PostgreSQL server started for the run (lib/store/postgres/local)
 * and serves from it; `--instances N` starts N servers on that one database (each with its own port
 * and SQLite file for its upload queue), the connections shared out among them (section `load-postgres`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { describeMachine, machine, table } from '@/lib/bench/report';
import { load, startServer, type LoadResult, type Server } from '@/lib/bench/server';
import { indexCorpus } from '@/lib/indexer';
import { SqliteStore } from '@/lib/store/sqlite';
import { PostgresStore } from '@/lib/store/postgres';
import { startLocalPostgres, type LocalPostgres } from '@/lib/store/postgres/local';
import { writeSynthCorpus } from '@/lib/synth';

const DOC = 'docs/RELIABILITY.md';
const PATHS = ['/', '/api/events', '/api/graph'];

function args() {
  const argv = process.argv.slice(2);
  const get = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    if (i < 0) return fallback;
    const v = Number(argv[i + 1]);
    if (!Number.isInteger(v) || v <= 0) {
      process.stderr.write(`load: ${flag} must be a positive whole number\n`);
      process.exit(2);
    }
    return v;
  };
  const dbAt = argv.indexOf('--db');
  const engineAt = argv.indexOf('--engine');
  const engine = engineAt >= 0 ? argv[engineAt + 1] : 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres') {
    process.stderr.write(`load: --engine is sqlite or postgres, not "${engine}"\n`);
    process.exit(2);
  }
  if (engine === 'postgres' && dbAt >= 0) {
    process.stderr.write('load: --db is for SQLite; PostgreSQL is started fresh for each run\n');
    process.exit(2);
  }
  return {
    engine: engine as 'sqlite' | 'postgres',
    instances: get('--instances', 1),
    docs: get('--docs', 6000),
    connections: get('--connections', 50),
    seconds: get('--seconds', 30),
    port: get('--port', 3246),
    db: dbAt >= 0 ? argv[dbAt + 1] : undefined,
    write: !argv.includes('--no-write'),
  };
}

/** Replaces (or appends) the part of the file between `<!-- reliability:NAME -->` markers. */
function writeSection(file: string, name: string, body: string): void {
  const start = `<!-- reliability:${name} -->`;
  const end = `<!-- /reliability:${name} -->`;
  const block = `${start}\n\n${body.trim()}\n\n${end}`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Reliability and security\n';
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) doc = doc.slice(0, i) + block + doc.slice(j + end.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc.endsWith('\n') ? doc : `${doc}\n`);
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Stops the server and waits for it to be gone (SIGKILL after 10 s). */
async function stopped(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((r) => server.child.once('exit', r));
  server.stop();
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}

async function main() {
  const o = args();
  const m = machine();
  process.stderr.write(`load: ${describeMachine(m)}\n`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-load-'));
  let pg: LocalPostgres | null = null;
  try {
    // --db PATH: reuse that database when it exists, else index into it and keep it
    const dbFile = o.db ?? path.join(dir, 'load.db');
    const reused = o.db !== undefined && existsSync(o.db);
    if (o.engine === 'postgres') pg = await startLocalPostgres();
    const open = async () => (pg ? await PostgresStore.open(pg.url) : new SqliteStore(dbFile));
    let indexSeconds = NaN;
    if (!reused) {
      const corpus = path.join(dir, 'corpus');
      writeSynthCorpus({ docs: o.docs, out: corpus, seed: 3, format: 'txt' });
      const store = await open();
      const t0 = performance.now();
      let last = 0;
      await indexCorpus(store, [corpus], {
        onProgress(s) {
          if (Date.now() - last < 5000) return;
          last = Date.now();
          process.stderr.write(`load: indexed ${s.done}/${s.total} documents\n`);
        },
      });
      indexSeconds = (performance.now() - t0) / 1000;
      await store.close();
    }
    const store = await open();
    const stats = await store.stats();
    await store.close();
    process.stderr.write(
      `load: ${stats.documents} documents, ${stats.events} events, ${stats.actors} actors` +
        (reused ? ` (from ${o.db})\n` : ` indexed in ${fmt(indexSeconds)} s\n`),
    );
    // each instance its own SQLite file (its upload queue); the events are in PostgreSQL when chosen
    const envOf = (k: number): Record<string, string> =>
      pg
        ? { DETENTE_DATABASE_URL: pg.url, DETENTE_DB: path.join(dir, `instance-${k}.db`) }
        : { DETENTE_DB: dbFile };

    // a fresh server for each path: a path that overloads the server leaves work queued behind the
    // requests autocannon gave up on, which must not slow the next path down
    const runs: { path: string; single: number; bytes: number; r: LoadResult; rss: number | null }[] = [];
    for (const [i, p] of PATHS.entries()) {
      const servers: Server[] = [];
      for (let k = 0; k < o.instances; k++)
        servers.push(await startServer(envOf(k), o.port + i * o.instances + k));
      try {
        // one request alone first (to each instance): its time and size, and a warm cache for the first answer
        let single = 0;
        let bytes = 0;
        for (const server of servers) {
          const t0 = performance.now();
          const first = await fetch(server.url + p);
          bytes = (await first.arrayBuffer()).byteLength;
          single = Math.max(single, performance.now() - t0);
          if (!first.ok) throw new Error(`GET ${p} answered ${first.status}`);
        }
        const r = await load(
          servers.map((server) => server.url),
          [p],
          o.connections,
          o.seconds,
        );
        process.stderr.write(
          `load: GET ${p}: alone ${fmt(single)} ms (${fmt(bytes / 1e6, 2)} MB); under load p50 ${fmt(r.p50)} ms, ` +
            `p99 ${fmt(r.p99)} ms, ${r.rps} req/s, ${r.requests} requests, ${r.errors} errors, ${r.non2xx} non-2xx\n`,
        );
        const rss = servers.map((server) => server.rssMiB() ?? 0);
        runs.push({ path: p, single, bytes, r, rss: Math.max(...rss) });
      } finally {
        for (const server of servers) await stopped(server);
      }
    }

    const flags = [
      ...(o.docs !== 6000 ? [`--docs ${o.docs}`] : []),
      ...(pg ? ['--engine postgres'] : []),
      ...(o.instances !== 1 ? [`--instances ${o.instances}`] : []),
    ];
    const command = `npm run build && npm run load${flags.length ? ` -- ${flags.join(' ')}` : ''}`;
    const served =
      o.instances > 1
        ? `${o.instances} production servers (\`next start\`, each its own process on its own port) serve it,
fresh ones for each path, the connections shared out evenly among them (the figures are of all
answers together; "alone" is the slowest first answer of the instances, RSS the largest server's).`
        : 'A production server (`next start`) serves it, a fresh server for each path.';
    const body = `## Load${pg ? `, on PostgreSQL${o.instances > 1 ? ` with ${o.instances} instances` : ''}` : ''}

Command: \`${command}\` · run ${new Date().toISOString().slice(0, 10)} · ${describeMachine(m)} · loopback

${stats.documents} synthetic articles (\`lib/synth\`, seed 3) indexed into a fresh ${pg ? 'PostgreSQL 15 database (a server started for the run on this machine, fsync off)' : 'database'}: ${stats.events}
events, ${stats.actors} actors${reused ? '' : ` (indexed in ${fmt(indexSeconds)} s)`}. ${served} "alone" is one request with nothing else running (after start, so
the answer is not cached yet), then autocannon keeps ${o.connections} connections busy for ${o.seconds} s on
that path, every latency kept (exact percentiles of the answers that came back). "errors" are
connection errors and timeouts (autocannon gives up on a request after 10 s); "non-2xx" are answers
other than 2xx.

${table(
  [
    'request',
    'alone (ms)',
    'answer (MB)',
    'p50 (ms)',
    'p99 (ms)',
    'max (ms)',
    'requests/s',
    'requests',
    'errors',
    'non-2xx',
    'server RSS after (MiB)',
  ],
  runs.map(({ path: p, single, bytes, r, rss }) => [
    `GET ${p}`,
    fmt(single),
    fmt(bytes / 1e6, 2),
    // no answer came back: there is no latency to give
    r.requests ? fmt(r.p50) : '—',
    r.requests ? fmt(r.p99) : '—',
    r.requests ? fmt(r.max) : '—',
    r.rps,
    r.requests,
    r.errors,
    r.non2xx,
    fmt(rss ?? 0, 0),
  ]),
)}
${runs
  .filter(({ r }) => r.errors > 0)
  .map(
    ({ path: p, single, r }) =>
      `\nGET ${p}: ${r.errors} errors. The first answer alone took ${fmt(single, 0)} ms of the server's one ` +
      `JavaScript thread (later ones reuse the cached view but still render and send its data); ` +
      `${o.connections} requests at once render side by side, sharing that thread, so few or none ` +
      `finish within the 10 s autocannon waits, and the server goes on with the requests given up on.`,
  )
  .join('\n')}
`;
    process.stdout.write(`${body}\n`);
    if (o.write) {
      writeSection(DOC, pg ? 'load-postgres' : 'load', body);
      // the file is checked by Prettier (npm run lint): write it as Prettier would
      const options = (await prettier.resolveConfig(DOC)) ?? {};
      writeFileSync(DOC, await prettier.format(readFileSync(DOC, 'utf8'), { ...options, filepath: DOC }));
      process.stderr.write(`load: wrote ${DOC}\n`);
    }
    const failed = runs.filter(({ r }) => r.errors > 0 || r.non2xx > 0);
    if (failed.length)
      process.stderr.write(
        `load: errors on ${failed.map((f) => f.path).join(', ')}: the section written says why\n`,
      );
  } finally {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`load: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
