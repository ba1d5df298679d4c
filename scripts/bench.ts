/**
 * npm run bench -- [--docs N] [--only NAME] [--no-write]
 *
 * Prints figures and writes them to docs/BENCHMARKS.md with the command and the machine. Nothing
 * here is a test: no figure fails the run.
 *
 * Benchmarks:
 *   nlp      sentence splitting + time tagging on synthetic news, one core, and memory as the corpus grows
 *   extract  the whole `extract` path on files: read, then every stage of lib/nlp/pipeline.ts
 *   api      index a synthetic corpus of about 100k events, then load /api/events and /api/graph
 *            on `next start` with 10 connections (needs `npm run build` first); with
 *            `--engine postgres`, into a PostgreSQL server started for the run (1 and 2 threads)
 *   ui       the dashboard in Chromium on about 10k synthetic events: hover → tooltip, brush →
 *            redraw, first load JS (needs `npm run build` first; CHROMIUM_PATH or /usr/bin/chromium)
 *   writes   extraction time against text size (linear?), database growth per uploaded MB, and
 *            reads answered while the worker extracts a 5 MB upload (needs `npm run build` first)
 *   syntax   the tagger and parser alone: tokens/s on one core, model load time and memory
 *   index    the indexer on 1 and on 2 extraction threads: documents/s
 *   actors-dict  the actor dictionaries alone: load time, and matching speed over tokens (MB/s)
 *   dictionaries a user's dictionaries (PETRARCH2's validation files when ../shared is there): load time
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeMachine, machine, table, writeSection } from '@/lib/bench/report';
import { extractEach } from '@/lib/extract';
import { parseIsoDay, tagTimexes } from '@/lib/nlp/dates';
import { splitSentences } from '@/lib/nlp/sentences';
import { synthArticleFile, synthArticles, writeSynthCorpus } from '@/lib/synth';
import { EMPTY_FILTERS } from '@/lib/filters';
import { indexCorpus } from '@/lib/indexer';
import { SqliteStore } from '@/lib/store/sqlite';
import { PostgresStore } from '@/lib/store/postgres';
import { createDatabase, startLocalPostgres } from '@/lib/store/postgres/local';
import { load, startServer, type LoadResult } from '@/lib/bench/server';
import { firstLoadJs, measureUi, type Stats } from '@/lib/bench/ui';
import { benchGrowth, benchLinear, benchReadsWhileExtracting } from '@/lib/bench/writes';
import { benchSyntax } from '@/lib/bench/syntax';
import { writeCopies } from '@/lib/bench/scale';
import { benchActorDict } from '@/lib/bench/actors-dict';
import { benchDictionaries } from '@/lib/bench/dictionaries';

const BENCH_FILE = 'docs/BENCHMARKS.md';

function args() {
  const argv = process.argv.slice(2);
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const docs = Number(get('--docs') ?? 20_000);
  if (!Number.isInteger(docs) || docs <= 0) {
    process.stderr.write('bench: --docs must be a positive whole number\n');
    process.exit(2);
  }
  const apiDocs = Number(get('--api-docs') ?? 6000);
  const uiDocs = Number(get('--ui-docs') ?? 600);
  return {
    docs,
    apiDocs,
    uiDocs,
    apiDb: get('--api-db'),
    engine: engineOf(get('--engine')),
    apiEvents: get('--api-events') ? Number(get('--api-events')) : undefined,
    only: get('--only'),
    write: !argv.includes('--no-write'),
  };
}

/** `--engine sqlite|postgres` (the API bench's store; default sqlite). */
function engineOf(v: string | undefined): 'sqlite' | 'postgres' {
  if (v == null || v === 'sqlite') return 'sqlite';
  if (v === 'postgres') return 'postgres';
  process.stderr.write(`bench: --engine is sqlite or postgres, not "${v}"\n`);
  process.exit(2);
}

const mb = (bytes: number) => bytes / 1e6;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** Sentence splitting + tagging over `docs` synthetic articles made on the fly (none kept). */
function benchNlp(docs: number) {
  // warm up the regular expressions and the JIT on a few articles first
  for (const a of synthArticles(200, 7))
    tagTimexes(a.text, splitSentences(a.text), { ref: parseIsoDay(a.published) });

  const samples: { docs: number; mbDone: number; heapMB: number; rssMB: number }[] = [];
  let bytes = 0;
  let timexes = 0;
  let sentences = 0;
  let busy = 0; // time spent in the NLP itself, excluding making the articles
  let i = 0;
  const every = Math.max(1, Math.floor(docs / 10));
  for (const a of synthArticles(docs, 1)) {
    const t0 = performance.now();
    const s = splitSentences(a.text);
    const t = tagTimexes(a.text, s, { ref: parseIsoDay(a.published) });
    busy += performance.now() - t0;
    bytes += Buffer.byteLength(a.text);
    sentences += s.length;
    timexes += t.length;
    if (++i % every === 0) {
      const m = process.memoryUsage();
      samples.push({ docs: i, mbDone: mb(bytes), heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 });
    }
  }
  const rate = mb(bytes) / (busy / 1000);
  return { docs, mb: mb(bytes), seconds: busy / 1000, rate, sentences, timexes, samples };
}

/** The extract path from files: synthetic articles written to a temp folder, then read and extracted. */
async function benchExtract(docs: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-bench-'));
  try {
    writeCorpus(dir, docs, 2);
    let bytes = 0;
    let count = 0;
    const t0 = performance.now();
    for await (const item of extractEach([dir])) {
      if (item.kind === 'document') {
        bytes += Buffer.byteLength(item.extraction.document.text);
        count++;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    return { docs: count, mb: mb(bytes), seconds, rate: mb(bytes) / seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Synthetic articles written as files, in folders of 1000. */
function writeCorpus(dir: string, docs: number, seed: number): void {
  let i = 0;
  for (const a of synthArticles(docs, seed)) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `${a.id}.txt`), synthArticleFile(a));
    i++;
  }
}

/**
 * A synthetic corpus indexed into a PostgreSQL server started for the run: once with one extraction
 * thread and once with two, each into a database of its own; the second one is served.
 */
async function indexIntoPostgres(corpus: string, url: string) {
  const runs: { workers: number; docs: number; events: number; seconds: number }[] = [];
  let served = '';
  for (const workers of [1, 2]) {
    const name = `bench_w${workers}`;
    const dbUrl = await createDatabase(url, name);
    const store = await PostgresStore.open(dbUrl);
    const t0 = performance.now();
    const indexed = await indexCorpus(store, [corpus], { workers });
    const seconds = (performance.now() - t0) / 1000;
    const stats = await store.stats();
    await store.close();
    runs.push({ workers, docs: indexed.extracted, events: stats.events, seconds });
    process.stderr.write(
      `bench: PostgreSQL, ${workers} extraction thread(s): ${indexed.extracted} documents, ${stats.events} events in ${fmt(seconds, 1)} s\n`,
    );
    served = dbUrl;
  }
  return { runs, served };
}

/** Index a synthetic corpus, then load the API of a production server on it. */
async function benchApi(
  docs: number,
  reuse?: string,
  engine: 'sqlite' | 'postgres' = 'sqlite',
  scaleEvents?: number,
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-api-'));
  const localPg = engine === 'postgres' ? await startLocalPostgres() : null;
  try {
    const corpus = path.join(dir, 'corpus');
    // --api-db PATH loads a database indexed before (for quick reruns of the load alone)
    const dbFile = reuse ?? path.join(dir, 'bench.db');
    if ((!reuse || localPg) && !scaleEvents) writeCorpus(corpus, docs, 3);
    let indexed: { extracted: number };
    let indexSeconds: number;
    let stats: { documents: number; events: number; actors: number };
    let actors: string[];
    let serverEnv: Record<string, string>;
    let postgresRuns: { workers: number; docs: number; events: number; seconds: number }[] = [];
    if (localPg) {
      const p = scaleEvents
        ? await writeCopies(localPg.url, scaleEvents).then((w) => ({ served: w.served, runs: [w.run] }))
        : await indexIntoPostgres(corpus, localPg.url);
      postgresRuns = p.runs;
      const last = p.runs[p.runs.length - 1]!;
      indexed = { extracted: last.docs };
      indexSeconds = last.seconds;
      const store = await PostgresStore.open(p.served);
      stats = await store.stats();
      actors = (await store.actors(EMPTY_FILTERS, { limit: 40 })).map((a) => a.id);
      await store.close();
      serverEnv = { DETENTE_DATABASE_URL: p.served, DETENTE_DB: dbFile };
    } else {
      const store = new SqliteStore(dbFile);
      const t0 = performance.now();
      indexed = reuse ? { extracted: store.stats().documents } : await indexCorpus(store, [corpus]);
      indexSeconds = reuse ? NaN : (performance.now() - t0) / 1000;
      stats = store.stats();
      actors = store.actors(EMPTY_FILTERS, { limit: 40 }).map((a) => a.id);
      store.close();
      serverEnv = { DETENTE_DB: dbFile };
    }
    process.stderr.write(
      `bench: indexed ${indexed.extracted} documents, ${stats.events} events in ${fmt(indexSeconds, 1)} s\n`,
    );

    const server = await startServer(serverEnv, Number(process.env.BENCH_PORT ?? 3290));
    try {
      const rssStart = server.rssMiB();
      const distinct = [
        ...actors.map((a) => `/api/events?actor=${a}`),
        ...actors.map((a) => `/api/graph?actor=${a}`),
        ...['cooperative', 'neutral', 'hostile'].map((s) => `/api/graph?stance=${s}`),
        '/api/events?from=2010&to=2015',
        '/api/graph?from=2010&to=2015',
      ];
      // the first answer to each distinct question: nothing cached yet
      const cold: Record<string, number[]> = { events: [], graph: [] };
      for (const p of distinct) {
        const t = performance.now();
        const r = await fetch(server.url + p);
        await r.arrayBuffer();
        cold[p.startsWith('/api/events') ? 'events' : 'graph']!.push(performance.now() - t);
      }
      const runs: [string, string[], LoadResult][] = [];
      for (const [name, paths] of [
        ['GET /api/events (no filter)', ['/api/events']],
        ['GET /api/events (40 actor filters, round robin)', actors.map((a) => `/api/events?actor=${a}`)],
        ['GET /api/graph (no filter)', ['/api/graph']],
        ['GET /api/graph (40 actor filters, round robin)', actors.map((a) => `/api/graph?actor=${a}`)],
      ] as [string, string[]][]) {
        const r = await load(server.url, paths, 10, 10);
        process.stderr.write(
          `bench: ${name}: p95 ${fmt(r.p95, 1)} ms, ${r.rps} req/s, ${r.errors} errors, ${r.non2xx} non-2xx\n`,
        );
        runs.push([name, paths, r]);
      }
      const rssEnd = server.rssMiB();
      const pct = (xs: number[], p: number) => {
        const s = [...xs].sort((a, b) => a - b);
        return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : 0;
      };
      return {
        docs: indexed.extracted,
        stats,
        indexSeconds,
        postgresRuns,
        runs,
        rssStart,
        rssEnd,
        cold: Object.fromEntries(
          Object.entries(cold).map(([k, v]) => [
            k,
            { n: v.length, p50: pct(v, 50), p95: pct(v, 95), max: pct(v, 100) },
          ]),
        ),
      };
    } finally {
      server.stop();
    }
  } finally {
    await localPg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The dashboard in a browser, on a corpus of `docs` synthetic articles (about 17 events each). */
async function benchUi(docs: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-ui-'));
  try {
    const corpus = path.join(dir, 'corpus');
    const dbFile = path.join(dir, 'ui.db');
    writeCorpus(corpus, docs, 4);
    const store = new SqliteStore(dbFile);
    await indexCorpus(store, [corpus]);
    const stats = store.stats();
    store.close();
    process.stderr.write(`bench: indexed ${stats.documents} documents, ${stats.events} events\n`);
    const server = await startServer({ DETENTE_DB: dbFile }, Number(process.env.BENCH_PORT ?? 3292));
    try {
      const firstLoad = await firstLoadJs(server.url);
      const ui = await measureUi(server.url, {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        hovers: 60,
        brushes: 40,
      });
      return { stats, firstLoad, ...ui };
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { docs, apiDocs, uiDocs, apiDb, engine, apiEvents, only, write } = args();
  const m = machine();
  const command = `npm run bench -- --docs ${docs}${only ? ` --only ${only}` : ''}`;
  const when = new Date().toISOString().slice(0, 10);
  process.stderr.write(`bench: ${describeMachine(m)}\n`);

  if (!only || only === 'nlp') {
    const r = benchNlp(docs);
    const first = r.samples[0];
    const last = r.samples[r.samples.length - 1];
    const lines = [
      `sentence splitting + time tagging: ${fmt(r.mb)} MB in ${fmt(r.seconds)} s on one core = ${fmt(r.rate)} MB/s`,
      `  ${r.docs} documents, ${r.sentences} sentences, ${r.timexes} time expressions`,
      `  heap after ${first?.docs} docs ${fmt(first?.heapMB ?? 0, 1)} MiB, after ${last?.docs} docs ${fmt(last?.heapMB ?? 0, 1)} MiB`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (write) {
      writeSection(
        BENCH_FILE,
        'nlp',
        `## Sentence splitting and time tagging (issue: foundation)

Command: \`${command}\` · run ${when} · ${describeMachine(m)}

Synthetic news articles (\`lib/synth\`, seed 1) are made one at a time and passed through
\`splitSentences\` and \`tagTimexes\` (reference date: each article's publication date). Only the time
inside those two calls counts; making the articles does not. MB are megabytes of UTF-8 text.

${table(['documents', 'text (MB)', 'seconds', 'MB/s (one core)', 'sentences', 'time expressions'], [[r.docs, fmt(r.mb), fmt(r.seconds), fmt(r.rate), r.sentences, r.timexes]])}

Memory while the corpus grows (nothing is kept between documents, so the heap should stay flat):

${table(
  ['documents done', 'text done (MB)', 'heap used (MiB)', 'RSS (MiB)'],
  r.samples.map((s) => [s.docs, fmt(s.mbDone, 1), fmt(s.heapMB, 1), fmt(s.rssMB, 1)]),
)}
`,
      );
    }
  }

  if (!only || only === 'extract') {
    const n = Math.min(docs, 5000);
    const r = await benchExtract(n);
    process.stdout.write(
      `extract from files (read + the whole pipeline): ${fmt(r.mb)} MB, ${r.docs} documents in ${fmt(r.seconds)} s = ${fmt(r.rate)} MB/s\n`,
    );
    if (write) {
      writeSection(
        BENCH_FILE,
        'extract',
        `## The whole extraction from files

Command: \`${command}\` · run ${when} · ${describeMachine(m)}

${n} synthetic articles written as \`.txt\` files with front matter in folders of 1000, then read
by \`lib/corpus\` and run through the whole pipeline (\`extractEach\`: sentences, the syntax stage
(UD tokens, tags, lemmas, dependency trees), time expressions, tokens and parts of speech, actors,
interactions, stance, dates), one core.

${table(['documents', 'text (MB)', 'seconds', 'MB/s'], [[r.docs, fmt(r.mb), fmt(r.seconds), fmt(r.rate)]])}
`,
      );
    }
  }
  if (only === 'api' && engine === 'postgres') {
    const r = await benchApi(apiDocs, undefined, 'postgres', apiEvents);
    const apiCommand = apiEvents
      ? `npm run build && npm run bench -- --only api --engine postgres --api-events ${apiEvents}`
      : `npm run build && npm run bench -- --only api --engine postgres --api-docs ${apiDocs}`;
    const lines = [
      ...r.postgresRuns.map(
        (x) =>
          `${x.workers ? `indexer, ${x.workers} extraction thread(s)` : 'written directly (no extraction)'}: ${x.docs} documents, ${x.events} events in ${fmt(x.seconds, 1)} s = ${fmt(x.docs / x.seconds, 1)} documents/s`,
      ),
      ...r.runs.map(
        ([name, , l]) =>
          `${name}: p50 ${fmt(l.p50, 1)} ms, p95 ${fmt(l.p95, 1)} ms, p99 ${fmt(l.p99, 1)} ms, ${l.rps} req/s, errors ${l.errors}`,
      ),
      `cold (first answer to each distinct question): events p95 ${fmt(r.cold.events!.p95, 1)} ms, graph p95 ${fmt(r.cold.graph!.p95, 1)} ms`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (write) {
      writeSection(
        BENCH_FILE,
        apiEvents ? 'api-postgres-scale' : 'api-postgres',
        `## The store and the API under load, on PostgreSQL${apiEvents ? `, ${r.stats.events} events` : ''} (issue 16)

Command: \`${apiCommand}\` · run ${when} · ${describeMachine(m)}

${
  apiEvents
    ? `200 synthetic articles (\`lib/synth\`, seed 3) extracted once, then written again and again under
new ids straight into a PostgreSQL 15 server started for the run (\`lib/store/postgres/local.ts\`: a
temporary folder, fsync off, on this machine), each copy's events on a day of their own, until
${r.stats.events} events are stored, and settled once; then served by \`next start\` with
\`DETENTE_DATABASE_URL\` and loaded as the SQLite one is.`
    : `The same ${r.docs} synthetic articles as the SQLite figures above (\`lib/synth\`, seed 3), indexed into
a PostgreSQL 15 server started for the run (\`lib/store/postgres/local.ts\`: a temporary folder, fsync
off, on this machine), once with one extraction thread and once with two; the second database is then
served by \`next start\` with \`DETENTE_DATABASE_URL\` and loaded as the SQLite one is.`
}

${table(
  ['extraction threads', 'documents', 'events', 'seconds', 'documents/s'],
  r.postgresRuns.map((x) => [
    x.workers || 'none (written directly)',
    x.docs,
    x.events,
    fmt(x.seconds, 1),
    fmt(x.docs / x.seconds, 1),
  ]),
)}

${table(
  ['request', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'requests/s', 'errors', 'non-2xx'],
  r.runs.map(([name, , l]) => [name, fmt(l.p50, 1), fmt(l.p95, 1), fmt(l.p99, 1), l.rps, l.errors, l.non2xx]),
)}

${table(
  ['cold questions', 'count', 'p50 (ms)', 'p95 (ms)', 'max (ms)'],
  Object.entries(r.cold).map(([k, v]) => [k, v.n, fmt(v.p50, 1), fmt(v.p95, 1), fmt(v.max, 1)]),
)}
`,
      );
    }
  } else if (only === 'api') {
    const r = await benchApi(apiDocs, apiDb);
    const apiCommand = `npm run build && npm run bench -- --only api --api-docs ${apiDocs}`;
    const lines = [
      `indexer: ${r.docs} documents, ${r.stats.events} events in ${fmt(r.indexSeconds, 1)} s = ${fmt(r.docs / r.indexSeconds, 1)} documents/s, ${fmt(r.stats.events / r.indexSeconds, 0)} events/s`,
      ...r.runs.map(
        ([name, , l]) =>
          `${name}: p50 ${fmt(l.p50, 1)} ms, p95 ${fmt(l.p95, 1)} ms, p99 ${fmt(l.p99, 1)} ms, ${l.rps} req/s, errors ${l.errors}`,
      ),
      `cold (first answer to each distinct question): events p95 ${fmt(r.cold.events!.p95, 1)} ms, graph p95 ${fmt(r.cold.graph!.p95, 1)} ms`,
      `server memory (RSS): ${fmt(r.rssStart ?? 0, 0)} MiB after start, ${fmt(r.rssEnd ?? 0, 0)} MiB after the load`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (write) {
      writeSection(
        BENCH_FILE,
        'api',
        `## The store and the API under load (issue: store and routes)

Command: \`${apiCommand}\` · run ${when} · ${describeMachine(m)}

${r.docs} synthetic articles (\`lib/synth\`, seed 3) are indexed into a fresh SQLite database, which a
production server (\`next start\`) then serves on loopback. autocannon keeps 10 connections busy for
10 s per line; every latency is kept, so the percentiles are exact. The server caches recent answers
by (data version, URL), so a repeated question is cheap; "cold" is the first answer to each of
${r.cold.events!.n + r.cold.graph!.n} distinct questions, asked one at a time before the load.

Indexer: ${r.docs} documents, ${r.stats.events} events, ${r.stats.actors} actors in ${fmt(r.indexSeconds, 1)} s
(${fmt(r.docs / r.indexSeconds, 1)} documents/s, ${fmt(r.stats.events / r.indexSeconds, 0)} events/s).

${table(
  ['request', 'p50 (ms)', 'p95 (ms)', 'p99 (ms)', 'requests/s', 'errors', 'non-2xx'],
  r.runs.map(([name, , l]) => [name, fmt(l.p50, 1), fmt(l.p95, 1), fmt(l.p99, 1), l.rps, l.errors, l.non2xx]),
)}

${table(
  ['cold questions', 'count', 'p50 (ms)', 'p95 (ms)', 'max (ms)'],
  Object.entries(r.cold).map(([k, v]) => [k, v.n, fmt(v.p50, 1), fmt(v.p95, 1), fmt(v.max, 1)]),
)}

Server memory (RSS of \`next start\`): ${fmt(r.rssStart ?? 0, 0)} MiB after start, ${fmt(r.rssEnd ?? 0, 0)} MiB after the load.
`,
      );
    }
  }
  if (only === 'ui') {
    const r = await benchUi(uiDocs);
    const uiCommand = `npm run build && npm run bench -- --only ui --ui-docs ${uiDocs}`;
    const ms = (s: Stats) =>
      `p50 ${fmt(s.p50, 1)} ms, p95 ${fmt(s.p95, 1)} ms, max ${fmt(s.max, 1)} ms (n=${s.n})`;
    const lines = [
      `dashboard on ${r.stats.events} events (${r.events} on the timeline), page ready in ${r.pageLoadMs} ms`,
      `hover → tooltip in the DOM: ${ms(r.hover)}; to the next frame: ${ms(r.hover.toFrame)}; misses ${r.hover.misses}`,
      `brush → network and table redrawn: ${ms(r.brush)}; to the next frame: ${ms(r.brush.toFrame)}`,
      `first load JS: ${r.firstLoad.scripts} scripts, ${fmt(r.firstLoad.rawKB, 0)} kB raw, ${fmt(r.firstLoad.gzipKB, 1)} kB gzip`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (write) {
      const row = (name: string, s: Stats, goal: string) => [
        name,
        s.n,
        fmt(s.p50, 1),
        fmt(s.p95, 1),
        fmt(s.max, 1),
        goal,
      ];
      writeSection(
        BENCH_FILE,
        'ui',
        `## The dashboard in a browser (issue: dashboard)

Command: \`${uiCommand}\` · run ${when} · ${describeMachine(m)} · Debian Chromium, headless, no GPU

${r.stats.documents} synthetic articles (\`lib/synth\`, seed 4) are indexed into a fresh database:
${r.stats.events} events, ${r.stats.actors} actors. A production server (\`next start\`) serves \`/\`; the
timeline shows ${r.events} events (${r.marks}). Playwright drives Chromium (1440×1000) and the page
times itself, from the input event's own timestamp:

- hover: the pointer leaves the timeline, then moves onto one of ${r.hover.n + r.hover.misses} marks spread over it;
  time until the tooltip is in the DOM, and until the next animation frame after it (when it can
  be painted; headless Chromium runs frames at 60 Hz, so this adds up to one frame of waiting);
- brush: drag a window on the brush strip (a different one each time, cleared between), time from
  the pointerup until the last change it causes in the network and the table, and the frame after;
  the network had ${r.brush.edgesBefore} edges before, and ${r.brush.edgesAfter.join(', ')} after the brushes;
- first load JS: every script the HTML of \`/\` loads, gzipped at level 9.

${table(
  ['measure', 'samples', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'goal'],
  [
    row('hover → tooltip in the DOM', r.hover, '< 16 ms'),
    row('hover → next frame', r.hover.toFrame, ''),
    row('brush → network and table redrawn', r.brush, '< 50 ms'),
    row('brush → next frame', r.brush.toFrame, ''),
  ],
)}

First load JS: ${r.firstLoad.scripts} scripts, ${fmt(r.firstLoad.rawKB, 0)} kB raw, **${fmt(r.firstLoad.gzipKB, 1)} kB gzip** (goal < 250 kB).
Page ready (HTML, scripts, first timeline and network drawn) in ${r.pageLoadMs} ms.
`,
      );
    }
  }
  if (only === 'syntax') {
    const r = await benchSyntax();
    process.stdout.write(`${JSON.stringify(r.figures)}\n`);
    if (write) writeSection(BENCH_FILE, 'syntax', r.markdown);
  }
  if (only === 'dictionaries') {
    const r = benchDictionaries();
    process.stdout.write(`${r.markdown}\n`);
    if (write) writeSection(BENCH_FILE, 'dictionaries', r.markdown);
  }
  if (only === 'actors-dict') {
    const r = await benchActorDict();
    process.stdout.write(`${JSON.stringify(r.figures)}\n`);
    if (write) writeSection(BENCH_FILE, 'actors-dict', r.markdown);
  }
  if (only === 'index') {
    const n = Math.min(docs, 1000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-bench-index-'));
    try {
      const corpus = path.join(dir, 'corpus');
      writeSynthCorpus({ docs: n, out: corpus, seed: 13, format: 'txt' });
      const rows: (string | number)[][] = [];
      for (const workers of [1, 2]) {
        const store = new SqliteStore(path.join(dir, `w${workers}.db`));
        const t0 = performance.now();
        const r = await indexCorpus(store, [corpus], { workers });
        const seconds = (performance.now() - t0) / 1000;
        store.close();
        process.stdout.write(
          `index ${r.extracted} documents on ${workers} thread(s): ${fmt(seconds, 1)} s = ${fmt(r.extracted / seconds, 1)} documents/s\n`,
        );
        rows.push([workers, r.extracted, fmt(seconds, 1), fmt(r.extracted / seconds, 1)]);
      }
      if (write)
        writeSection(
          BENCH_FILE,
          'index',
          `## The indexer on one and two extraction threads

Command: \`npm run bench -- --only index --docs ${n}\` · run ${when} · ${describeMachine(m)}

${n} synthetic articles (\`lib/synth\`, seed 13) as files, indexed into a fresh database by
\`indexCorpus\` with extraction on worker threads (lib/indexer/pool.ts); the main thread reads and
writes. The database is the same either way.

${table(['extraction threads', 'documents', 'seconds', 'documents/s'], rows)}
`,
        );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only === 'writes') {
    const writesCommand = 'npm run build && npm run bench -- --only writes';
    const lin = benchLinear();
    for (const r of lin.rows)
      process.stdout.write(`extract ${r.mb} MB: ${fmt(r.seconds)} s (${fmt(r.seconds / r.mb)} s/MB)\n`);
    process.stdout.write(`time of 4 MB / time of 1 MB: ${fmt(lin.ratio)}\n`);
    const g = await benchGrowth(5);
    process.stdout.write(
      `uploads: ${fmt(g.uploadedMB)} MB of text in ${g.documents} documents: database +${fmt(g.dbMB)} MB (${fmt(g.dbMB / g.uploadedMB)} MB per MB), uploads folder ${fmt(g.filesMB)} MB\n`,
    );
    const rw = await benchReadsWhileExtracting();
    const line = (name: string, s: typeof rw.status) =>
      `${name}: ${s.n} requests, p50 ${fmt(s.p50, 1)} ms, p99 ${fmt(s.p99, 1)} ms, max ${fmt(s.max, 1)} ms`;
    process.stdout.write(
      `a ${fmt(rw.uploadMB)} MB upload extracted in ${fmt(rw.extractSeconds, 1)} s; meanwhile ${line('GET /api/status', rw.status)}; ${line('GET /api/events', rw.events)}\n`,
    );
    if (write) {
      const body = `## Writes: linear extraction, growth per uploaded MB, reads during a long upload (issue 10)

Command: \`${writesCommand}\` · run ${when} · ${describeMachine(m)}

**Extraction time against text size.** One document made of synthetic news (\`lib/synth\`) cut at
each size, run through the whole pipeline on one core. Time per MB must stay flat.

${table(
  ['text (MB)', 'seconds', 's/MB', 'time expressions', 'events', 'mentions'],
  lin.rows.map((r) => [r.mb, fmt(r.seconds), fmt(r.seconds / r.mb), r.timexes, r.events, r.mentions]),
)}

Time of 4 MB / time of 1 MB: **${fmt(lin.ratio)}** (goal ≤ 4.5; 4.0 is linear).

**Growth per uploaded MB.** ${fmt(g.uploadedMB)} MB of text in ${g.documents} synthetic articles, queued
one by one and extracted by the worker into a fresh database: the database grew by ${fmt(g.dbMB)} MB
(**${fmt(g.dbMB / g.uploadedMB)} MB per uploaded MB**, after a WAL checkpoint), the uploads folder holds
${fmt(g.filesMB)} MB.

**Reads while a long upload is extracted.** \`npm start\` (the web server and the worker, two
processes) on the seed; a ${fmt(rw.uploadMB)} MB text is posted, then \`GET /api/status\` and
\`GET /api/events?limit=100\` are asked 10 times a second each, one request at a time, until the
upload is stored (${fmt(rw.extractSeconds, 1)} s).

${table(
  ['request', 'requests', 'p50 (ms)', 'p99 (ms)', 'max (ms)', 'goal'],
  [
    [
      'GET /api/status',
      rw.status.n,
      fmt(rw.status.p50, 1),
      fmt(rw.status.p99, 1),
      fmt(rw.status.max, 1),
      'p99 ≤ 300 ms',
    ],
    [
      'GET /api/events',
      rw.events.n,
      fmt(rw.events.p50, 1),
      fmt(rw.events.p99, 1),
      fmt(rw.events.max, 1),
      'p99 ≤ 300 ms',
    ],
  ],
)}
`;
      writeSection(BENCH_FILE, 'writes', body);
      writeSection('docs/RELIABILITY.md', 'writes', body.replace(/^## /, '### '));
    }
  }
  if (write) process.stderr.write(`bench: wrote ${BENCH_FILE}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
