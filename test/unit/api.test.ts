/**
 * The routes' logic (lib/api), called as Next calls it: a Request in, a Response out, on a store
 * built from articles written for these tests. Every GET answers JSON with an ETag, or a 400 that
 * names the bad parameter. POST /api/documents has its own file: test/unit/uploads.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportEvents,
  getDocument,
  getGraph,
  getStatus,
  getTimeline,
  listActors,
  listDocuments,
  listEvents,
} from '@/lib/api/queries';
import { sweepTemporaryFiles } from '@/lib/api/uploads';
import { publicPath } from '@/lib/api/paths';
import { indexCorpus } from '@/lib/indexer';
import { EXTRACTOR_VERSION, extractDocument } from '@/lib/nlp/pipeline';
import { SqliteStore } from '@/lib/store';
import { awaitedSqlite, type Engine, type EventRecord } from '@/lib/store';
import { putExtraction } from '@/lib/domain';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-api-'));
const saved = { db: process.env.DETENTE_DB, max: process.env.DETENTE_MAX_UPLOAD_BYTES };
afterAll(() => {
  for (const [key, value] of [
    ['DETENTE_DB', saved.db],
    ['DETENTE_MAX_UPLOAD_BYTES', saved.max],
  ] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  rmSync(tmp, { recursive: true, force: true });
});

const FORMULA_TITLE = '=HYPERLINK("http://example.invalid","open me")';
const ARTICLES: Record<string, string> = {
  'talks.txt': [
    '---',
    'published: 2016-11-15',
    'url: https://news.example/talks',
    '---',
    'Leaders plan talks',
    '',
    'Kenya threatened Somalia with sanctions on 21 November 2016.',
    'Japan and China agreed to hold talks on 5 May 2016.',
    'Russia has on numerous occasions accused Ukraine of shelling.',
  ].join('\n'),
  'formula.txt': [
    '---',
    'published: 2016-05-06',
    `title: '${FORMULA_TITLE}'`,
    '---',
    'Chile praised Peru on 5 May 2016.',
  ].join('\n'),
};

let store: SqliteStore;
let eventCount: number;
beforeAll(async () => {
  const dir = path.join(tmp, 'corpus');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(dir, name), text);
  store = new SqliteStore(path.join(tmp, 'read', 'detente.db'));
  await indexCorpus(store, [dir]);
  eventCount = store.stats().events;
});

const GETS = { listEvents, listActors, getGraph, getTimeline, listDocuments, getStatus, exportEvents };
/** A GET of the route with this path and query, as the route file would make it. */
function get(
  handler: keyof typeof GETS,
  url: string,
  s: SqliteStore | Engine = store,
  headers: HeadersInit = {},
): Promise<Response> {
  return GETS[handler](new Request(`http://x${url}`, { headers }), s);
}

async function json(answer: Response | Promise<Response>, status = 200): Promise<Record<string, unknown>> {
  const response = await answer;
  expect(response.status, await response.clone().text()).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

/** A 400 whose body names exactly these params. */
async function refused(response: Response | Promise<Response>, params: string[]): Promise<void> {
  const body = await json(response, 400);
  expect(typeof body.error).toBe('string');
  const errors = body.errors as { param: string; message: string }[];
  expect([...new Set(errors.map((e) => e.param))].sort()).toEqual([...params].sort());
  for (const e of errors) expect(typeof e.message).toBe('string');
}

describe('GET routes', () => {
  it('/api/events: the events, the next cursor and the names of their actors', async () => {
    const body = await json(get('listEvents', '/api/events'));
    const events = body.events as EventRecord[];
    expect(events).toHaveLength(eventCount);
    expect(body.nextCursor).toBeNull();
    const kenya = events.find((e) => e.source.includes('kenya'))!;
    expect(kenya).toMatchObject({
      documentId: 'talks',
      documentTitle: 'Leaders plan talks',
      target: ['somalia'],
      stance: 'hostile',
      date: { value: '2016-11-21' },
    });
    expect(body.actors).toMatchObject({
      kenya: { name: 'Kenya', kind: 'country', country: 'KEN' },
      somalia: { name: 'Somalia' },
    });
  });

  it('/api/events with filters and pages', async () => {
    const hostile = (await json(get('listEvents', '/api/events?stance=hostile'))).events as EventRecord[];
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.every((e) => e.stance === 'hostile')).toBe(true);
    const pair = (await json(get('listEvents', '/api/events?pair=china>japan'))).events as EventRecord[];
    expect(pair.map((e) => [e.source, e.target, e.symmetric])).toEqual([[['japan'], ['china'], true]]);

    const seen: string[] = [];
    let url = '/api/events?limit=1';
    for (let i = 0; i < 50; i++) {
      const body = await json(get('listEvents', url));
      seen.push(...(body.events as EventRecord[]).map((e) => e.id));
      if (!body.nextCursor) break;
      url = `/api/events?limit=1&cursor=${body.nextCursor as string}`;
    }
    expect(seen).toHaveLength(eventCount);
    expect(new Set(seen).size).toBe(eventCount);
  });

  it('/api/actors: actors with their counts; name searches', async () => {
    const body = await json(get('listActors', '/api/actors'));
    const actors = body.actors as { id: string; events: number; asSource: number; asTarget: number }[];
    expect(actors.find((a) => a.id === 'kenya')).toMatchObject({ events: 1, asSource: 1, asTarget: 0 });
    const found = (await json(get('listActors', '/api/actors?name=som'))).actors as { id: string }[];
    expect(found.map((a) => a.id)).toEqual(['somalia']);
    expect((await json(get('listActors', '/api/actors?name=%25'))).actors).toEqual([]);
  });

  it('/api/graph: nodes and directed edges', async () => {
    const body = await json(get('getGraph', '/api/graph'));
    expect(body.truncated).toBe(false);
    const edges = (body.edges as { source: string; target: string; events: number }[]).map(
      (e) => `${e.source}>${e.target}`,
    );
    expect(edges).toEqual(
      expect.arrayContaining(['kenya>somalia', 'japan>china', 'china>japan', 'chile>peru']),
    );
    expect((body.nodes as { id: string }[]).map((n) => n.id)).toEqual(
      expect.arrayContaining(['kenya', 'somalia']),
    );
    const small = await json(get('getGraph', '/api/graph?limit=2'));
    expect(small.nodes).toHaveLength(2);
    expect(small.truncated).toBe(true);
  });

  it('/api/timeline: bins by stance, month by default', async () => {
    const body = await json(get('getTimeline', '/api/timeline'));
    expect(body.bin).toBe('month');
    const bins = body.bins as {
      start: string | null;
      cooperative: number;
      neutral: number;
      hostile: number;
    }[];
    expect(bins.reduce((n, b) => n + b.cooperative + b.neutral + b.hostile, 0)).toBe(eventCount);
    expect(bins.find((b) => b.start === '2016-11-01')!.hostile).toBeGreaterThan(0);
    const years = await json(get('getTimeline', '/api/timeline?bin=year&from=2016&to=2016'));
    expect(years.bins).toEqual([expect.objectContaining({ start: '2016-01-01' })]);
  });

  it('/api/documents: the documents, newest first', async () => {
    const body = await json(get('listDocuments', '/api/documents'));
    expect((body.documents as { id: string }[]).map((d) => d.id)).toEqual(['talks', 'formula']);
    expect(body.nextCursor).toBeNull();
    const page = await json(get('listDocuments', '/api/documents?limit=1'));
    expect(page.documents).toHaveLength(1);
    const next = await json(
      get('listDocuments', `/api/documents?limit=1&cursor=${page.nextCursor as string}`),
    );
    expect((next.documents as { id: string }[]).map((d) => d.id)).toEqual(['formula']);
  });

  it('/api/documents and /api/documents/ID never show an absolute path of the server', async () => {
    const list = (await json(get('listDocuments', '/api/documents'))).documents as { path: string }[];
    const one = await json(getDocument(new Request('http://x/api/documents/talks'), 'talks', store));
    for (const p of [...list.map((d) => d.path), one.path as string]) {
      expect(path.isAbsolute(p)).toBe(false);
      expect(p).toMatch(/\.txt$/);
    }
  });

  it('/api/documents/ID: the text and what to highlight in it', async () => {
    const body = await json(getDocument(new Request('http://x/api/documents/talks'), 'talks', store));
    expect(body).toMatchObject({
      id: 'talks',
      title: 'Leaders plan talks',
      url: 'https://news.example/talks',
    });
    expect(body.text).toContain('Kenya threatened Somalia');
    for (const key of ['mentions', 'timexes', 'events'])
      expect((body[key] as unknown[]).length).toBeGreaterThan(0);
  });

  it('/api/status: what the database holds and the index state', async () => {
    const body = await json(get('getStatus', '/api/status'));
    expect(body).toMatchObject({
      documents: 2,
      events: eventCount,
      index: { running: false, done: 2, extracted: 2 },
    });
  });

  it.each<[keyof typeof GETS, string, string[]]>([
    ['listEvents', '/api/events?stance=foo', ['stance']],
    ['listEvents', '/api/events?quad=x', ['quad']],
    ['listEvents', '/api/events?from=2016-13-01', ['from']],
    ['listEvents', '/api/events?from=2017&to=2016', ['from']],
    ['listEvents', '/api/events?pair=kenya', ['pair']],
    ['listEvents', '/api/events?actor=ke%20nya', ['actor']],
    ['listEvents', `/api/events?q=${'w'.repeat(201)}`, ['q']],
    ['listEvents', '/api/events?limit=0', ['limit']],
    ['listEvents', '/api/events?limit=1001', ['limit']],
    ['listEvents', '/api/events?cursor=not.a.cursor', ['cursor']],
    ['listEvents', '/api/events?q=a&q=b', ['q']],
    ['listEvents', '/api/events?stance=foo&limit=x', ['stance', 'limit']],
    ['listActors', '/api/actors?name=a&name=b', ['name']],
    ['listActors', `/api/actors?name=${'n'.repeat(101)}`, ['name']],
    ['listActors', '/api/actors?limit=2001', ['limit']],
    ['getGraph', '/api/graph?type=Praise!', ['type']],
    ['getTimeline', '/api/timeline?bin=decade', ['bin']],
    ['getTimeline', '/api/timeline?bin=day&bin=week', ['bin']],
    ['listDocuments', '/api/documents?limit=501', ['limit']],
    ['exportEvents', '/api/export?format=xlsx', ['format']],
    ['exportEvents', '/api/export?format=csv&doc=..', ['doc']],
  ])('%s %s is a 400 naming %j', async (handler, url, params) => {
    const response = await get(handler, url);
    expect(response.headers.get('cache-control')).toBe('no-store');
    await refused(response, params);
  });

  it.each([
    'nope',
    '..',
    '../etc/passwd',
    '..%2F..%2Fetc%2Fpasswd',
    '%2F',
    '/',
    'a\u0000b',
    '\u0000',
    '',
    'x'.repeat(301),
  ])('GET /api/documents/%j is a 404 with a JSON body', async (id) => {
    const body = await json(getDocument(new Request('http://x/api/documents/x'), id, store), 404);
    expect(body.error).toMatch(/^no document/);
  });

  it.each<[keyof typeof GETS, string]>([
    ['listEvents', '/api/events?actor=kenya'],
    ['listActors', '/api/actors'],
    ['getGraph', '/api/graph'],
    ['getTimeline', '/api/timeline?bin=week'],
    ['listDocuments', '/api/documents'],
    ['getStatus', '/api/status'],
  ])('%s: a second request with If-None-Match gets 304', async (handler, url) => {
    const first = await get(handler, url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await get(handler, url, store, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get(handler, url, store, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304);
    expect((await get(handler, url, store, { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it('GET /api/documents/ID: a second request with If-None-Match gets 304', async () => {
    const first = await getDocument(new Request('http://x/api/documents/talks'), 'talks', store);
    const etag = first.headers.get('etag')!;
    const again = await getDocument(
      new Request('http://x/api/documents/talks', { headers: { 'If-None-Match': etag } }),
      'talks',
      store,
    );
    expect(again.status).toBe(304);
  });

  it('answers follow the data: a write changes the answer (and the ETag) of the same URL', async () => {
    const s = new SqliteStore(':memory:');
    const put = (id: string, text: string) =>
      putExtraction(s, extractDocument({ id, title: id, text, published: '2016-11-15', path: `${id}.txt` }), {
        origin: 'corpus',
        root: null,
        contentHash: id,
        extractorVersion: EXTRACTOR_VERSION,
      });
    put('one', 'Chile praised Peru on 5 May 2016.');
    const before = await get('listEvents', '/api/events', s);
    expect(((await before.clone().json()) as { events: unknown[] }).events).toHaveLength(1);
    put('two', 'Ghana praised Togo on 2 May 2016.');
    const after = await get('listEvents', '/api/events', s);
    expect(((await after.json()) as { events: unknown[] }).events).toHaveLength(2);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });

  it('two stores asked the same URL each give their own answer', async () => {
    const make = (text: string) => {
      const s = new SqliteStore(':memory:');
      putExtraction(
        s,
        extractDocument({ id: 'd', title: 'd', text, published: '2016-11-15', path: 'd.txt' }),
        {
          origin: 'corpus',
          root: null,
          contentHash: 'd',
          extractorVersion: EXTRACTOR_VERSION,
        },
      );
      return s;
    };
    const one = make('Chile praised Peru on 5 May 2016.');
    const two = make('Ghana condemned Togo on 2 May 2016.');
    const a = (await json(get('listEvents', '/api/events', one))).events as EventRecord[];
    const b = (await json(get('listEvents', '/api/events', two))).events as EventRecord[];
    expect(a.map((e) => e.source)).toEqual([['chile']]);
    expect(b.map((e) => e.source)).toEqual([['ghana']]);
  });
});

describe('GET routes through the awaited interface', () => {
  // the same store seen as an Engine, and a second connection to its file as one: the second has its
  // own data version, so its answers are computed through the engine, not taken from the cache
  let other: SqliteStore;
  beforeAll(() => {
    other = new SqliteStore(store.file);
  });
  afterAll(() => other.close());

  it.each<[keyof typeof GETS, string]>([
    ['listEvents', '/api/events'],
    ['listEvents', '/api/events?stance=hostile&limit=1'],
    ['listActors', '/api/actors?name=som'],
    ['getGraph', '/api/graph'],
    ['getTimeline', '/api/timeline'],
    ['getTimeline', '/api/timeline?bin=year'],
    ['listDocuments', '/api/documents?limit=1'],
    ['getStatus', '/api/status'],
    ['exportEvents', '/api/export?format=csv'],
    ['exportEvents', '/api/export?format=json'],
    ['exportEvents', '/api/export?format=jsonl&stance=hostile'],
    ['listEvents', '/api/events?stance=foo'],
  ])('%s %s: the same answer from an Engine as from the SqliteStore', async (handler, url) => {
    const direct = await get(handler, url);
    const text = await direct.text();
    for (const engine of [awaitedSqlite(store), awaitedSqlite(other)]) {
      const answer = await get(handler, url, engine);
      expect(answer.status).toBe(direct.status);
      expect([...answer.headers.entries()]).toEqual([...direct.headers.entries()]);
      expect(await answer.text()).toBe(text);
    }
  });

  it('/api/documents/ID: the same answer from an Engine', async () => {
    const direct = await getDocument(new Request('http://x/api/documents/talks'), 'talks', store);
    const answer = await getDocument(
      new Request('http://x/api/documents/talks'),
      'talks',
      awaitedSqlite(other),
    );
    expect([...answer.headers.entries()]).toEqual([...direct.headers.entries()]);
    expect(await answer.text()).toBe(await direct.text());
  });
});

/** A minimal CSV reader (quoted cells, doubled quotes), enough to read the export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('GET /api/export', () => {
  it('csv: a header row, one row per event, formulas neutralised, numbers kept', async () => {
    const response = await get('exportEvents', '/api/export?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="detente-events.csv"');
    const rows = parseCsv(await response.text());
    const [header, ...body] = rows;
    expect(header!.slice(0, 4)).toEqual(['id', 'document', 'title', 'url']);
    expect(body).toHaveLength(eventCount);
    for (const r of body) expect(r).toHaveLength(header!.length);
    const col = (name: string) => header!.indexOf(name);
    const formula = body.find((r) => r[col('document')] === 'formula')!;
    expect(formula[col('title')]).toBe(`'${FORMULA_TITLE}`);
    expect(body.every((r) => !/^[=+@-]/.test(r[col('title')]!))).toBe(true);
    const threat = body.find((r) => r[col('source')] === 'kenya')!;
    expect(threat[col('url')]).toBe('https://news.example/talks');
    expect(Number(threat[col('stance_score')])).toBeLessThan(0);
    expect(threat[col('date')]).toBe('2016-11-21');
  });

  it('json parses to one object per event; jsonl to one line per event', async () => {
    const j = await get('exportEvents', '/api/export?format=json');
    expect(j.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const list = JSON.parse(await j.text()) as { id: string; title: string }[];
    expect(list).toHaveLength(eventCount);
    expect(list.find((e) => e.title === FORMULA_TITLE)).toBeDefined();

    const l = await get('exportEvents', '/api/export?format=jsonl');
    expect(l.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await l.text()).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(list.map((e) => e.id));
  });

  it('filters apply; an empty export is a header, [] or nothing', async () => {
    const hostile = JSON.parse(
      await (await get('exportEvents', '/api/export?format=json&stance=hostile')).text(),
    ) as {
      stance: string;
    }[];
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.every((e) => e.stance === 'hostile')).toBe(true);
    expect(
      JSON.parse(await (await get('exportEvents', '/api/export?format=json&actor=nobody')).text()),
    ).toEqual([]);
    expect(parseCsv(await (await get('exportEvents', '/api/export?actor=nobody')).text())).toHaveLength(1);
    expect(await (await get('exportEvents', '/api/export?format=jsonl&actor=nobody')).text()).toBe('');
  });
});

describe('publicPath', () => {
  it.each([
    ['/srv/detente/seeds/a.txt', '/srv/detente', 'seeds/a.txt'],
    ['/srv/detente/data/uploads/b.jsonl#L12', '/srv/detente', 'data/uploads/b.jsonl#L12'],
    ['/home/someone/corpus/c.md', '/srv/detente', 'c.md'],
    ['/srv/detente-old/d.txt', '/srv/detente', 'd.txt'],
    ['seeds/e.txt', '/srv/detente', 'seeds/e.txt'],
    ['', '/srv/detente', ''],
  ])('%s from %s is %s', (file, root, shown) => {
    expect(publicPath(file, root)).toBe(shown);
  });
});

describe('sweepTemporaryFiles', () => {
  it('removes old *.tmp files a cut-short write left, and nothing else', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-sweep-'));
    try {
      writeFileSync(path.join(dir, 'upload-a.txt.1234abcd.tmp'), 'half');
      writeFileSync(path.join(dir, 'upload-b.txt'), 'whole');
      writeFileSync(path.join(dir, 'upload-c.txt.5678abcd.tmp'), 'being written now');
      const old = new Date(Date.now() - 60 * 60_000);
      utimesSync(path.join(dir, 'upload-a.txt.1234abcd.tmp'), old, old);
      expect(await sweepTemporaryFiles(dir)).toEqual(['upload-a.txt.1234abcd.tmp']);
      expect(readdirSync(dir).sort()).toEqual(['upload-b.txt', 'upload-c.txt.5678abcd.tmp']);
      expect(await sweepTemporaryFiles(path.join(dir, 'missing'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
