/**
 * Hardening of the routes (issue 6): a matrix of bad input for every route and parameter, random
 * queries and bodies that must never give a 500, document ids that must never reach the disk, the
 * body limits, the per-client limit on POST, and the security headers (proxy.ts, next.config.mjs).
 * Route files (app/api) are called the way Next.js calls them, on a database of this file's own.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { NextConfig } from 'next';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as actorsRoute from '@/app/api/actors/route';
import * as documentRoute from '@/app/api/documents/[id]/route';
import * as documentsRoute from '@/app/api/documents/route';
import * as eventsRoute from '@/app/api/events/route';
import * as exportRoute from '@/app/api/export/route';
import * as graphRoute from '@/app/api/graph/route';
import * as statusRoute from '@/app/api/status/route';
import * as timelineRoute from '@/app/api/timeline/route';
import * as dashboardRoute from '@/app/api/dashboard/route';
import { rateSettings, TokenBuckets } from '@/lib/api/rateLimit';
import { actAsServer } from '../fixtures/uploads';
import { API_CSP, frameAncestors, pageCsp, STATIC_HEADERS } from '@/lib/api/security';
import { indexCorpus } from '@/lib/indexer';
import { SqliteStore } from '@/lib/store';
import { config as proxyConfig, proxy } from '@/proxy';

const ENV_KEYS = [
  'DETENTE_DB',
  'DETENTE_MAX_UPLOAD_BYTES',
  'DETENTE_POST_RATE',
  'DETENTE_POST_BURST',
  'DETENTE_FRAME_ANCESTORS',
] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
const opened = globalThis as unknown as { __detenteStore?: SqliteStore };
const savedStore = opened.__detenteStore;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-hardening-'));
const dataDir = path.join(tmp, 'data');
/** A file outside the data folder that no id may ever reach. */
const SECRET = 'TOP-SECRET-MARKER-7f3a';
let store: SqliteStore;

beforeAll(async () => {
  const corpus = path.join(tmp, 'corpus');
  mkdirSync(corpus, { recursive: true });
  writeFileSync(
    path.join(corpus, 'talks.txt'),
    '---\npublished: 2016-11-15\n---\nTalks\n\nKenya threatened Somalia with sanctions on 21 November 2016.\nJapan and China agreed to hold talks on 5 May 2016.\n',
  );
  writeFileSync(path.join(tmp, 'secret.txt'), `${SECRET}\n`);
  writeFileSync(path.join(tmp, 'secret'), `${SECRET}\n`);
  process.env.DETENTE_DB = path.join(dataDir, 'detente.db');
  delete process.env.DETENTE_MAX_UPLOAD_BYTES;
  delete opened.__detenteStore;
  store = new SqliteStore(process.env.DETENTE_DB);
  await indexCorpus(store, [corpus]);
  // the routes' getStore() opens this same database
  opened.__detenteStore = store;
});

afterAll(() => {
  for (const k of ENV_KEYS)
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  opened.__detenteStore = savedStore;
  store.db.close();
  rmSync(tmp, { recursive: true, force: true });
});

type Get = (request: Request) => Promise<Response>;
const FILTERS = ['actor', 'pair', 'stance', 'quad', 'type', 'from', 'to', 'q', 'doc'];
/** Every GET route, with the parameters it takes. */
const ROUTES: Record<string, { handler: Get; params: string[] }> = {
  '/api/events': { handler: eventsRoute.GET, params: [...FILTERS, 'limit', 'cursor'] },
  '/api/actors': { handler: actorsRoute.GET, params: [...FILTERS, 'name', 'limit'] },
  '/api/graph': { handler: graphRoute.GET, params: [...FILTERS, 'limit', 'edges'] },
  '/api/timeline': { handler: timelineRoute.GET, params: [...FILTERS, 'bin'] },
  '/api/export': { handler: exportRoute.GET, params: [...FILTERS, 'format'] },
  '/api/documents': { handler: documentsRoute.GET, params: ['limit', 'cursor'] },
  '/api/status': { handler: statusRoute.GET, params: [] },
  '/api/dashboard': { handler: dashboardRoute.GET, params: [...FILTERS, 'lanes'] },
};

const HUGE = 'x'.repeat(100_000);
const MANY = (v: string) => Array.from({ length: 60 }, () => v).join(',');
/**
 * Bad values of each parameter, by kind. Lists (actor, stance, quad, type) take repeats by design;
 * every other parameter may be given once.
 */
const BAD: Record<string, { wrongType: string[]; unknown: string[]; huge: string[]; list?: boolean }> = {
  actor: {
    wrongType: ['{}', '-kenya', 'ke nya'],
    unknown: ['a"b', 'a;b'],
    huge: [HUGE, MANY('kenya')],
    list: true,
  },
  pair: {
    wrongType: ['kenya', '~', '>'],
    unknown: ['kenya~kenya', 'kenya-somalia'],
    huge: [`${HUGE}~kenya`],
  },
  stance: { wrongType: ['1', 'true'], unknown: ['friendly', 'HOSTILE'], huge: [HUGE], list: true },
  lanes: { wrongType: ['1', '[]'], unknown: ['both', 'ACTOR'], huge: [HUGE] },
  quad: { wrongType: ['0', '[]'], unknown: ['verbal', 'material'], huge: [HUGE], list: true },
  type: { wrongType: ['1', 'Praise!'], unknown: ['<script>'], huge: [HUGE, MANY('praise')], list: true },
  from: {
    wrongType: ['yesterday', '2016/11/01', '1e3'],
    unknown: ['2016-13-01', '2015-02-29'],
    huge: ['9'.repeat(400)],
  },
  to: { wrongType: ['tomorrow', '16-11-01'], unknown: ['2016-11-31', '2016-00'], huge: ['9'.repeat(400)] },
  q: { wrongType: ['a\u0000b'], unknown: ['\u0007'], huge: [HUGE] },
  doc: { wrongType: ['..', '../etc/passwd'], unknown: ['a\u0007b', 'x/./y'], huge: [HUGE] },
  limit: {
    wrongType: ['abc', '1.5', '-1', '1e3', '0x10', '+5'],
    unknown: ['0'],
    huge: ['99999999', '1'.repeat(400)],
  },
  cursor: { wrongType: ['not.a.cursor', '!!'], unknown: ['a b', 'abc', 'AAAA'], huge: [HUGE] },
  name: { wrongType: [], unknown: [], huge: [HUGE] },
  edges: { wrongType: ['many', '2.5', '-3'], unknown: ['0'], huge: ['5001', '9'.repeat(400)] },
  bin: { wrongType: ['1', 'true'], unknown: ['decade', 'DAY'], huge: [HUGE] },
  format: { wrongType: ['1'], unknown: ['xlsx', 'CSV', 'xml'], huge: [HUGE] },
};
/** A value each parameter accepts, to repeat it. */
const GOOD: Record<string, string> = {
  actor: 'kenya',
  pair: 'kenya~somalia',
  stance: 'hostile',
  quad: 'verbal_conflict',
  type: 'threaten',
  from: '2016',
  to: '2017',
  q: 'talks',
  doc: 'talks',
  limit: '5',
  // what the server gives as nextCursor: a date and an id, joined by NUL, in base64url
  cursor: Buffer.from('2016-11-21\u0000x').toString('base64url'),
  name: 'ken',
  lanes: 'pair',
  edges: '10',
  bin: 'month',
  format: 'json',
};

const call = (route: string, query: string, headers: HeadersInit = {}) =>
  ROUTES[route]!.handler(new Request(`http://localhost${route}${query}`, { headers }));

interface Problem {
  error: string;
  errors?: { param: string; message: string }[];
}

/** A 400 in JSON whose errors name `param` (and only it), each with a message. */
async function expectRefused(response: Response, param: string, what: string) {
  const text = await response.text();
  expect(response.status, `${what}: ${text.slice(0, 300)}`).toBe(400);
  expect(response.headers.get('content-type'), what).toMatch(/^application\/json/);
  const body = JSON.parse(text) as Problem;
  expect(body.error, what).toContain(param);
  expect(body.errors?.length, what).toBeGreaterThan(0);
  expect([...new Set(body.errors!.map((e) => e.param))], what).toEqual([param]);
  for (const e of body.errors!) expect(e.message.length, what).toBeGreaterThan(0);
}

describe('GET routes: every parameter, every kind of bad value, is a 400 naming it', () => {
  const cases: [string, string, string, string][] = [];
  for (const [route, { params }] of Object.entries(ROUTES)) {
    for (const param of params) {
      const bad = BAD[param]!;
      for (const [kind, values] of [
        ['wrong type', bad.wrongType],
        ['unknown value', bad.unknown],
        ['huge value', bad.huge],
      ] as const)
        for (const v of values) cases.push([route, param, kind, `?${param}=${encodeURIComponent(v)}`]);
      if (!bad.list)
        cases.push([route, param, 'repeated key', `?${param}=${GOOD[param]}&${param}=${GOOD[param]}`]);
      else
        cases.push([
          route,
          param,
          'repeated key, too many times',
          `?${Array.from({ length: 60 }, () => `${param}=${GOOD[param]}`).join('&')}`,
        ]);
    }
    cases.push([route, 'stances', 'unknown parameter', '?stances=hostile']);
    cases.push([route, 'Limit', 'unknown parameter (case)', '?Limit=5']);
    cases.push([route, '', 'unknown parameter (empty key)', '?=5']);
  }

  it.each(cases)('%s ?%s (%s)', async (route, param, kind, query) => {
    await expectRefused(await call(route, query), param, `${route}${query.slice(0, 80)} (${kind})`);
  });

  it('the good values of the matrix are accepted, so each 400 above is the bad value’s doing', async () => {
    for (const [route, { params }] of Object.entries(ROUTES))
      for (const param of params) {
        const response = await call(route, `?${param}=${encodeURIComponent(GOOD[param]!)}`);
        expect(response.status, `${route}?${param}=${GOOD[param]}: ${await response.clone().text()}`).toBe(
          200,
        );
        await response.text();
      }
  });

  it('a list parameter may repeat (up to 50 values), as documented', async () => {
    for (const route of ['/api/events', '/api/graph'])
      expect(
        (await call(route, '?stance=hostile&stance=cooperative,neutral&actor=kenya&actor=somalia')).status,
      ).toBe(200);
  });

  it('a 400 with many bad values stays small: at most 20 errors listed', async () => {
    const query = `?${Array.from({ length: 45 }, (_, i) => `stance=bad${i}`).join('&')}`;
    const response = await call('/api/events', query);
    const body = (await response.json()) as Problem;
    expect(response.status).toBe(400);
    expect(body.errors!.length).toBeLessThanOrEqual(20);
    expect(body.error.length).toBeLessThan(4000);
  });
});

/** Random query strings: known and unknown keys, any text, repeated keys. */
const queryArb = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...Object.keys(BAD), 'foo', ''), fc.string({ maxLength: 8 })),
      fc.oneof(
        fc.constantFrom(...Object.values(GOOD), '', ',', '~', '>', '%', '..', '\u0000'),
        fc.string({ maxLength: 30, unit: 'binary' }),
        fc.stringMatching(/^\d{1,12}$/),
        fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      ),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => {
    const p = new URLSearchParams();
    for (const [k, v] of pairs) p.append(k, v);
    return p;
  });

describe('no query yields a 500', () => {
  it.each(Object.keys(ROUTES))(
    '%s: random queries answer 200 or a 400 naming a parameter that was sent',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(queryArb, async (params) => {
          const response = await call(route, `?${params.toString()}`);
          const text = await response.text();
          expect([200, 400], `${route}?${params.toString()}: ${text.slice(0, 200)}`).toContain(
            response.status,
          );
          if (response.status === 400) {
            const body = JSON.parse(text) as Problem;
            const sent = new Set(params.keys());
            for (const e of body.errors ?? [])
              expect(sent.has(e.param), `${e.param} in ${params.toString()}`).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});

describe('GET /api/documents/ID never reads outside the data folder', () => {
  const getDoc = (id: string, query = '') =>
    documentRoute.GET(new Request(`http://localhost/api/documents/x${query}`), {
      params: Promise.resolve({ id }),
    });
  const secretPath = path.join(tmp, 'secret');
  const ATTEMPTS = [
    '..',
    '../secret',
    '../../secret',
    '..%2Fsecret',
    '..%2F..%2Fsecret',
    '%2E%2E%2Fsecret',
    '..\\secret',
    secretPath,
    `${secretPath}.txt`,
    `file://${secretPath}`,
    'talks/../../secret',
    'talks\u0000',
    '\u0000../secret',
    'a\u0000b',
    '%00',
    '',
    'x'.repeat(301),
    'data/detente.db',
    '../data/detente.db',
    `${dataDir}/detente.db`,
  ];

  it.each(ATTEMPTS)('%j is a 404 in JSON, with nothing of the file', async (id) => {
    const response = await getDoc(id);
    const text = await response.text();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('SQLite format');
    expect((JSON.parse(text) as Problem).error).toMatch(/^no document/);
  });

  it('a known id is a 200 (the 404s above are about the ids)', async () => {
    expect((await getDoc('talks')).status).toBe(200);
  });

  it('an unknown query parameter is a 400 naming it', async () => {
    await expectRefused(await getDoc('talks', '?raw=1'), 'raw', 'documents/talks?raw=1');
  });

  it('any id: 200 only for a stored document, else 404; never the secret, never a 500', async () => {
    const known = new Set(store.listDocuments({ limit: 100, cursor: null }).items.map((d) => d.id));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 400, unit: 'binary' }),
          fc
            .array(fc.constantFrom('..', '/', '%2F', '\\', '\u0000', 'secret', 'talks', '.txt'), {
              maxLength: 8,
            })
            .map((a) => a.join('')),
        ),
        async (id) => {
          const response = await getDoc(id);
          const text = await response.text();
          expect(response.status).toBe(known.has(id) ? 200 : 404);
          expect(text).not.toContain(SECRET);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('POST /api/documents: types, sizes and fields', () => {
  let n = 0;
  beforeEach(() => {
    // each test its own data folder, so uploads of one never meet another's
    const db = path.join(tmp, `post-${++n}`, 'detente.db');
    process.env.DETENTE_DB = db;
    process.env.DETENTE_POST_RATE = '0';
    delete process.env.DETENTE_MAX_UPLOAD_BYTES;
    opened.__detenteStore = new SqliteStore(db);
    // a client on this machine, as the project's server hands its requests to the route
    actAsServer(true);
  });
  afterAll(() => {
    process.env.DETENTE_DB = path.join(dataDir, 'detente.db');
    opened.__detenteStore = store;
    actAsServer(false);
  });

  const post = (body: BodyInit | null, type?: string, headers: Record<string, string> = {}) =>
    documentsRoute.POST(
      new Request('http://localhost/api/documents', {
        method: 'POST',
        body,
        headers: { ...(type ? { 'content-type': type } : {}), 'x-detente-peer': '127.0.0.1', ...headers },
      }),
    );
  const status = async (r: Promise<Response>) => (await r).status;

  it.each([
    'application/xml',
    'text/html',
    'text/csv',
    'application/x-www-form-urlencoded',
    'multipart/mixed; boundary=x',
    'application/json5',
    'application/octet-stream',
    'image/png',
    'json',
    '',
  ])('content type %j is a 415 in JSON naming the accepted types', async (type) => {
    const response = await post(
      new TextEncoder().encode('{"text":"Chile praised Peru."}'),
      type || undefined,
    );
    expect(response.status).toBe(415);
    expect(((await response.json()) as Problem).error).toMatch(/application\/json, text\/plain/);
  });

  it('content types are read without regard to case or parameters', async () => {
    const body = JSON.stringify({ text: 'Chile praised Peru on 5 May 2016.' });
    expect(await status(post(body, 'Application/JSON; charset=UTF-8'))).toBe(202);
  });

  it('a body over DETENTE_MAX_UPLOAD_BYTES is a 413: JSON, text, multipart, declared or not', async () => {
    process.env.DETENTE_MAX_UPLOAD_BYTES = '1000';
    const text = 'Chile praised Peru. '.repeat(60);
    expect(await status(post(JSON.stringify({ text }), 'application/json'))).toBe(413);
    expect(await status(post(text, 'text/plain'))).toBe(413);
    expect(await status(post(text, 'text/plain', { 'content-length': '5000000000' }))).toBe(413);
    const form = new FormData();
    form.append('file', new Blob([text]), 'big.txt');
    const response = await post(form);
    expect(response.status).toBe(413);
    expect(((await response.json()) as Problem).error).toContain('1000 bytes');
    // just under the limit is taken
    expect(await status(post('Chile praised Peru on 5 May 2016.', 'text/plain'))).toBe(202);
  });

  const text = 'Chile praised Peru on 5 May 2016.';
  it.each<[string, unknown, string]>([
    ['text: a number', { text: 5 }, 'text'],
    ['text: an array', { text: [text] }, 'text'],
    ['text: an object', { text: { value: text } }, 'text'],
    ['text: null', { text: null }, 'text'],
    ['title: a number', { text, title: 1 }, 'title'],
    ['title: huge', { text, title: HUGE }, 'title'],
    ['published: a number', { text, published: 20160505 }, 'published'],
    ['published: not a date', { text, published: 'yesterday' }, 'published'],
    ['published: no such day', { text, published: '2016-02-30' }, 'published'],
    ['source: an object', { text, source: {} }, 'source'],
    ['source: huge', { text, source: HUGE }, 'source'],
    ['url: a number', { text, url: 7 }, 'url'],
    ['url: javascript:', { text, url: 'javascript:alert(1)' }, 'url'],
    ['url: data:', { text, url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
    ['url: not a URL', { text, url: 'not a url' }, 'url'],
    ['url: huge', { text, url: `https://x.example/${HUGE}` }, 'url'],
    ['an unknown field', { text, author: '../../etc/passwd' }, 'author'],
  ])('JSON with %s is a 400 naming %s', async (_, article, param) => {
    await expectRefused(
      await post(JSON.stringify(article), 'application/json'),
      param,
      JSON.stringify(article).slice(0, 80),
    );
  });

  it('the good fields are taken (so each 400 above is the bad field’s doing)', async () => {
    const article = {
      text,
      title: 'Chile',
      published: '2016-05-06',
      source: 'Wire',
      url: 'https://news.example/a?b=1',
    };
    expect(await status(post(JSON.stringify(article), 'application/json'))).toBe(202);
  });

  it('a multipart file name with a path never names a file: uploads are kept under a hash of their id', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob(['Chile and Peru\n\nChile praised Peru on 5 May 2016.']),
      '../../../escape.txt',
    );
    const response = await post(form);
    expect(response.status).toBe(202);
    expect(readdirSync(path.join(tmp, `post-${n}`, 'uploads'))).toEqual([
      expect.stringMatching(/^[0-9a-f]{32}\.jsonl$/),
    ]);
    expect(existsIn(tmp, /^escape\.txt$/)).toBe(false);
  });

  it('random bodies under every accepted type answer 202, 200, 400 or 413, never a 500', async () => {
    process.env.DETENTE_MAX_UPLOAD_BYTES = '400';
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'application/json',
          'text/plain',
          'text/markdown',
          'multipart/form-data; boundary=XyZ',
          'multipart/form-data',
        ),
        fc.oneof(
          fc.uint8Array({ maxLength: 500 }),
          fc.json({ maxDepth: 3 }).map((s) => new TextEncoder().encode(s)),
          fc
            .record(
              {
                text: fc.oneof(fc.string({ maxLength: 60 }), fc.constant(text)),
                published: fc.string({ maxLength: 12 }),
                url: fc.webUrl(),
              },
              { requiredKeys: [] },
            )
            .map((o) => new TextEncoder().encode(JSON.stringify(o))),
          fc
            .string({ maxLength: 200 })
            .map((s) =>
              new TextEncoder().encode(
                `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n${s}\r\n--XyZ--\r\n`,
              ),
            ),
        ),
        async (type, bytes) => {
          const response = await post(bytes, type);
          const body = await response.text();
          expect([200, 202, 400, 413], `${type} ${body.slice(0, 200)}`).toContain(response.status);
          expect(response.headers.get('content-type')).toMatch(/^application\/json/);
          if (response.status >= 400) expect(typeof (JSON.parse(body) as Problem).error).toBe('string');
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});

function existsIn(dir: string, name: RegExp): boolean {
  try {
    return readdirSync(dir).some((f) => name.test(f));
  } catch {
    return false;
  }
}

describe('a token bucket per client on POST', () => {
  const SETTINGS = { perMinute: 6, burst: 3 };

  it('a client may send `burst` at once, then waits 60/perMinute s per request', () => {
    let now = 0;
    const buckets = new TokenBuckets(() => now);
    expect([1, 2, 3].map(() => buckets.take('a', SETTINGS))).toEqual([0, 0, 0]);
    expect(buckets.take('a', SETTINGS)).toBe(10);
    expect(buckets.take('b', SETTINGS)).toBe(0);
    now += 9_000;
    expect(buckets.take('a', SETTINGS)).toBe(1);
    now += 1_000;
    expect(buckets.take('a', SETTINGS)).toBe(0);
    now += 10 * 60_000;
    expect([1, 2, 3, 4].map(() => buckets.take('a', SETTINGS))).toEqual([0, 0, 0, 10]);
  });

  it('a rate of 0 turns the limit off', () => {
    const buckets = new TokenBuckets(() => 0);
    for (let i = 0; i < 100; i++) expect(buckets.take('a', { perMinute: 0, burst: 1 })).toBe(0);
  });

  it('the number of clients kept is bounded', () => {
    const buckets = new TokenBuckets(() => 0, 100);
    for (let i = 0; i < 1000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`, SETTINGS);
    expect(buckets.size).toBe(100);
  });

  it('property: over any stretch of time a client gets at most burst + perMinute × minutes requests', () => {
    fc.assert(
      fc.property(
        fc.record({ perMinute: fc.integer({ min: 1, max: 120 }), burst: fc.integer({ min: 1, max: 20 }) }),
        fc.array(fc.tuple(fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 5_000 })), { maxLength: 300 }),
        (settings, steps) => {
          let now = 0;
          const buckets = new TokenBuckets(() => now);
          const allowed: Record<string, number[]> = { a: [], b: [] };
          for (const [client, dt] of steps) {
            now += dt;
            const wait = buckets.take(client, settings);
            if (wait === 0) allowed[client]!.push(now);
            else expect(wait).toBeGreaterThanOrEqual(1);
          }
          for (const times of Object.values(allowed))
            for (let i = 0; i < times.length; i++)
              for (let j = i; j < times.length; j++) {
                const minutes = (times[j]! - times[i]!) / 60_000;
                expect(j - i + 1).toBeLessThanOrEqual(settings.burst + settings.perMinute * minutes + 1e-9);
              }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('settings come from DETENTE_POST_RATE and DETENTE_POST_BURST; nonsense keeps the defaults', () => {
    expect(rateSettings({})).toEqual({ perMinute: 30, burst: 30 });
    expect(rateSettings({ DETENTE_POST_RATE: '12' })).toEqual({ perMinute: 12, burst: 12 });
    expect(rateSettings({ DETENTE_POST_RATE: '12', DETENTE_POST_BURST: '4' })).toEqual({
      perMinute: 12,
      burst: 4,
    });
    expect(rateSettings({ DETENTE_POST_RATE: '0' })).toEqual({ perMinute: 0, burst: 1 });
    expect(rateSettings({ DETENTE_POST_RATE: '-5', DETENTE_POST_BURST: 'x' })).toEqual({
      perMinute: 30,
      burst: 30,
    });
  });

  it('POST /api/documents: past the burst a 429 in JSON with Retry-After; other clients go on', async () => {
    process.env.DETENTE_POST_RATE = '2';
    process.env.DETENTE_POST_BURST = '2';
    actAsServer(true);
    const post = (client: string) =>
      documentsRoute.POST(
        new Request('http://localhost/api/documents', {
          method: 'POST',
          body: '<a/>',
          // the socket's address, as the project's server gives it; a made-up X-Forwarded-For changes nothing
          headers: {
            'content-type': 'application/xml',
            'x-detente-peer': client,
            'x-forwarded-for': `10.1.1.${Math.floor(Math.random() * 250)}`,
          },
        }),
      );
    // loopback addresses (127.0.0.0/8), so that the write itself is allowed and reaches the type check
    const client = `127.0.2.${Math.floor(Math.random() * 250)}`;
    // the bucket is taken before anything else is looked at: a refused type costs a token too
    expect((await post(client)).status).toBe(415);
    expect((await post(client)).status).toBe(415);
    const limited = await post(client);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(30);
    expect(limited.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await limited.json()) as Problem).error).toMatch(
      /too many requests.*2 a minute.*try again in 30 s/,
    );
    expect((await post(client.replace('127.0.2.', '127.0.3.'))).status).toBe(415);
    // the GET routes are not limited
    for (let i = 0; i < 5; i++)
      expect((await documentsRoute.GET(new Request('http://localhost/api/documents'))).status).toBe(200);
  });
});

describe('security headers', () => {
  it('the policy of a page: scripts only with its nonce, no inline script, frames as configured', () => {
    const csp = pageCsp({ nonce: 'abc123abc123abc123==', dev: false, frameAncestors: "'none'" });
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual([
      "'self'",
      "'nonce-abc123abc123abc123=='",
      "'strict-dynamic'",
    ]);
    // deliberate: inline CSS (style attributes, the network's hover rule) cannot run code
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    const dev = pageCsp({ nonce: 'abc123abc123abc123==', dev: true, frameAncestors: "'self'" });
    expect(dev).toMatch(/script-src [^;]*'unsafe-eval'/);
    // a nonce that could carry a quote or a ';' into the policy is refused
    expect(() => pageCsp({ nonce: "x' 'unsafe-inline", dev: false, frameAncestors: "'none'" })).toThrow(
      /nonce/,
    );
  });

  it.each<[string | undefined, string, string[]]>([
    [undefined, "'none'", []],
    ['', "'none'", []],
    ['https://intranet.example', 'https://intranet.example', []],
    [
      'self https://a.example:8443, https://*.b.example',
      "'self' https://a.example:8443 https://*.b.example",
      [],
    ],
    [
      "https://a.example; script-src 'unsafe-inline'",
      "'none'",
      ['https://a.example;', 'script-src', "'unsafe-inline'"],
    ],
    ['https://a.example/path *', "'none'", ['https://a.example/path', '*']],
  ])('DETENTE_FRAME_ANCESTORS=%j gives frame-ancestors %s', (raw, value, ignored) => {
    const got = frameAncestors(raw);
    expect(got.value).toBe(value);
    if (ignored.length) expect(got.ignored).toEqual(expect.arrayContaining(ignored));
  });

  it('property: no setting can add a directive or a keyword to the policy', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (raw) => {
        const { value } = frameAncestors(raw);
        expect(value).not.toMatch(/[;,\n\r]/);
        for (const source of value.split(' '))
          expect(source).toMatch(/^(?:'none'|'self'|https?:\/\/[^\s'";,]+)$/);
      }),
      { numRuns: 500 },
    );
  });

  it('proxy.ts: each page request gets a fresh nonce, on the response and on the request Next.js renders', () => {
    delete process.env.DETENTE_FRAME_ANCESTORS;
    const one = proxy(new NextRequest('http://localhost/'));
    const two = proxy(new NextRequest('http://localhost/'));
    const csp = one.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(nonce.length).toBeGreaterThanOrEqual(20);
    expect(two.headers.get('content-security-policy')).not.toContain(nonce);
    // NextResponse.next({ request }) hands the request headers to the render this way
    expect(one.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(one.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(csp).toContain("frame-ancestors 'none'");
    process.env.DETENTE_FRAME_ANCESTORS = 'https://intranet.example';
    expect(proxy(new NextRequest('http://localhost/')).headers.get('content-security-policy')).toContain(
      'frame-ancestors https://intranet.example',
    );
    delete process.env.DETENTE_FRAME_ANCESTORS;
  });

  it('proxy.ts runs on pages, not on the API or static chunks', () => {
    const page = proxyConfig.matcher[0] as { source: string };
    const source = new RegExp(`^${page.source}$`);
    for (const p of ['/', '/documents/talks', '/anything']) expect(p, p).toMatch(source);
    for (const p of ['/api/events', '/_next/static/chunks/a.js', '/icon.svg'])
      expect(p, p).not.toMatch(source);
  });

  it('next.config.mjs sets nosniff and the referrer policy everywhere, and the API policy on /api', async () => {
    // a plain JavaScript file: loaded by path, typed by hand
    const file = path.join(process.cwd(), 'next.config.mjs');
    const { default: nextConfig } = (await import(/* @vite-ignore */ file)) as { default: NextConfig };
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === '/:path*')!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key, h.value]))).toEqual(STATIC_HEADERS);
    const api = rules.find((r) => r.source === '/api/:path*')!;
    expect(api.headers).toEqual([{ key: 'Content-Security-Policy', value: API_CSP }]);
  });
});
