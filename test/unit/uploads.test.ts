/**
 * Writes that cannot destroy (issue 10): POST /api/documents as the project's server hands it to
 * the route, on a database with a corpus document in it. An upload gets the server's id and never
 * replaces what it did not create; writes need a credential, or loopback, and a page of this
 * origin; quotas hold; the request only queues, and the worker (another process in production)
 * extracts.
 */
import { createHash } from 'node:crypto';
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
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientAddress, isLoopback, originProblem, writePolicy } from '@/lib/api/access';
import { getDocument, listEvents } from '@/lib/api/queries';
import { rateLimited, TokenBuckets } from '@/lib/api/rateLimit';
import { addDocuments, uploadFileName, uploadPolicy, uploadsFolder, uploadStatus } from '@/lib/api/uploads';
import { contentHash } from '@/lib/corpus/hash';
import { documentIdProblem, uploadDocumentId } from '@/lib/corpus/ids';
import { indexCorpus } from '@/lib/indexer';
import { recoverUploads } from '@/lib/indexer/uploads';
import { boundOutput, extractDocument } from '@/lib/nlp/pipeline';
import { SqliteStore } from '@/lib/store';
import { actAsServer, drain, uploadRequest, type PostOptions } from '../fixtures/uploads';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-uploads-'));
const KEYS = [
  'DETENTE_DB',
  'DETENTE_WRITE_TOKEN',
  'DETENTE_TRUST_PROXY',
  'DETENTE_ALLOWED_ORIGINS',
  'DETENTE_UPLOAD_QUOTA_BYTES',
  'DETENTE_UPLOAD_CLIENT_QUOTA_BYTES',
  'DETENTE_MAX_UPLOAD_BYTES',
] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
afterAll(() => {
  for (const k of KEYS)
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  actAsServer(false);
  rmSync(tmp, { recursive: true, force: true });
});

const CORPUS_TEXT = [
  '---',
  'published: 2016-11-15',
  '---',
  'Leaders plan talks',
  '',
  'Kenya threatened Somalia with sanctions on 21 November 2016.',
].join('\n');

let db: string;
let store: SqliteStore;
let corpusHash: string;
let n = 0;
beforeEach(async () => {
  for (const k of KEYS) delete process.env[k];
  actAsServer(true);
  const dir = path.join(tmp, `case-${++n}`);
  mkdirSync(path.join(dir, 'corpus'), { recursive: true });
  writeFileSync(path.join(dir, 'corpus', 'talks.txt'), CORPUS_TEXT);
  db = path.join(dir, 'data', 'detente.db');
  process.env.DETENTE_DB = db;
  store = new SqliteStore(db);
  await indexCorpus(store, [path.join(dir, 'corpus')]);
  corpusHash = store.documentState('talks')!.contentHash;
});
afterEach(() => store.close());

const post = (body: BodyInit, options: PostOptions = {}) => addDocuments(uploadRequest(body, options), store);
const postJson = (article: unknown, options: PostOptions = {}) =>
  post(JSON.stringify(article), { type: 'application/json', ...options });
const files = () => (existsSync(uploadsFolder()) ? readdirSync(uploadsFolder()) : []);

interface Answer {
  upload: string | null;
  status?: string;
  documents: { id: string; title: string; state: string; added: boolean }[];
  conflicts: { id: string; message: string }[];
  problems: { path: string; message: string }[];
  error?: string;
}
async function answer(response: Response, status: number): Promise<Answer> {
  expect(response.status, await response.clone().text()).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Answer;
}

/** The corpus document is exactly as the corpus file made it. */
function corpusIntact() {
  const doc = store.getDocument('talks')!;
  expect(doc.origin).toBe('corpus');
  expect(store.documentState('talks')!.contentHash).toBe(corpusHash);
  expect(doc.text).toContain('Kenya threatened Somalia');
}

const ARTICLE = {
  title: 'Ghana and Togo',
  text: 'Ghana praised Togo on 2 May 2016. Togo thanked Ghana warmly.',
  published: '2016-05-03',
  source: 'A test wire',
  url: 'https://news.example/ghana',
};

describe('POST /api/documents queues; the worker extracts', () => {
  it('a JSON article is a 202 with a status URL; nothing is extracted until the worker runs', async () => {
    const a = await answer(await postJson(ARTICLE), 202);
    expect(a.status).toBe(`/api/uploads/${a.upload}`);
    const [doc] = a.documents;
    expect(doc).toMatchObject({ title: 'Ghana and Togo', state: 'queued', added: true });
    expect(doc!.id).toMatch(/^upload:[0-9a-f]{16}$/);
    expect(store.getDocument(doc!.id)).toBeNull();
    expect(files()).toHaveLength(1);

    const before = (await (await uploadStatus(new Request('http://x'), a.upload!, store)).json()) as {
      state: string;
    };
    expect(before.state).toBe('working');
    expect(await drain(store)).toBe(1);
    const after = (await (await uploadStatus(new Request('http://x'), a.upload!, store)).json()) as {
      state: string;
      documents: { state: string; events: number; actors: number; published: string }[];
    };
    expect(after.state).toBe('done');
    expect(after.documents[0]).toMatchObject({ state: 'done', published: '2016-05-03' });
    expect(after.documents[0]!.events).toBeGreaterThan(0);
    const stored = (await (await getDocument(new Request('http://x'), doc!.id, store)).json()) as Record<
      string,
      unknown
    >;
    expect(stored).toMatchObject({
      title: 'Ghana and Togo',
      text: ARTICLE.text,
      origin: 'upload',
      url: ARTICLE.url,
    });
    const events = (await (
      await listEvents(new Request(`http://x/api/events?doc=${encodeURIComponent(doc!.id)}`), store)
    ).json()) as { events: unknown[] };
    expect(events.events.length).toBe(after.documents[0]!.events);
  });

  it('the same article again is the same document: a 200, nothing written', async () => {
    const first = await answer(await postJson(ARTICLE), 202);
    await drain(store);
    const again = await answer(await postJson(ARTICLE), 200);
    expect(again.documents).toEqual([{ ...first.documents[0], state: 'done', added: false }]);
    expect(files()).toHaveLength(1);
    expect(store.stats().documents).toBe(2);
  });

  it('text/plain and text/markdown: the first line is the title; problems speak of "the pasted text"', async () => {
    const t = await answer(
      await post('Chile and Peru\n\nChile praised Peru on 5 May 2016.', { type: 'text/plain' }),
      202,
    );
    expect(t.documents[0]).toMatchObject({ title: 'Chile and Peru' });
    await answer(
      await post('# Egypt\n\nEgypt condemned Israel on 3 March 2016.', { type: 'text/markdown' }),
      202,
    );
    const bad = await answer(await post('   \n ', { type: 'text/plain' }), 400);
    expect(bad.problems[0]!.path).toBe('the pasted text');
    expect(await drain(store)).toBe(2);
  });

  it('multipart: a .txt is queued, a .png is named in problems', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob(['Norway and Sweden\n\nNorway praised Sweden on 1 May 2016.']),
      'nordic.txt',
    );
    form.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])]), 'picture.png');
    const a = await answer(await post(form), 202);
    expect(a.documents.map((d) => d.title)).toEqual(['Norway and Sweden']);
    expect(a.problems.map((p) => p.path)).toContain('picture.png');
  });

  it('an upload keeps its id after a restart, and a lost database is rebuilt from the folder', async () => {
    const a = await answer(await postJson(ARTICLE), 202);
    await drain(store);
    const r = await recoverUploads(store, { folder: uploadsFolder() });
    expect(r).toMatchObject({ extracted: 0, unchanged: 1, removed: 0 });
    const fresh = new SqliteStore(path.join(path.dirname(db), 'rebuilt.db'));
    await recoverUploads(fresh, { folder: uploadsFolder() });
    expect(fresh.getDocument(a.documents[0]!.id)?.text).toBe(ARTICLE.text);
    expect(fresh.uploads.job(a.documents[0]!.id)).toMatchObject({ state: 'done', client: 'unknown' });
    fresh.close();
  });
});

describe('the worker', () => {
  it('an upload claimed by a process that died is queued again and stored', async () => {
    const a = await answer(await postJson(ARTICLE), 202);
    // a worker that was killed mid-extraction: its pid is no process of this machine
    const claimed = store.uploads.claim(2 ** 22 + 12345);
    expect(claimed?.documentId).toBe(a.documents[0]!.id);
    expect(store.uploads.counts()).toMatchObject({ queued: 0, extracting: 1 });
    expect(await drain(store)).toBe(1);
    expect(store.uploads.job(a.documents[0]!.id)?.state).toBe('done');
  });

  it('an upload whose file is gone fails with a message the status shows', async () => {
    const a = await answer(await postJson(ARTICLE), 202);
    rmSync(path.join(uploadsFolder(), uploadFileName(a.documents[0]!.id)));
    expect(await drain(store)).toBe(0);
    const status = (await (await uploadStatus(new Request('http://x'), a.upload!, store)).json()) as {
      state: string;
      documents: { state: string; message: string }[];
    };
    expect(status.state).toBe('failed');
    expect(status.documents[0]).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/file is gone/),
    });
  });

  it('the start-up scan stores a file that has no queue row, under the upload namespace', async () => {
    mkdirSync(uploadsFolder(), { recursive: true });
    // a file of an older version: its name was its id, and it had a front matter id of its own
    writeFileSync(
      path.join(uploadsFolder(), 'upload-0123456789ab-note.txt'),
      '---\nid: talks\n---\nChile praised Peru on Monday.\n',
    );
    await recoverUploads(store, { folder: uploadsFolder() });
    corpusIntact();
    expect(store.getDocument('upload:talks')?.text).toBe('Chile praised Peru on Monday.\n');
    expect(store.uploads.job('upload:talks')).toMatchObject({ state: 'done' });
    // its file removed, the next scan removes it
    rmSync(path.join(uploadsFolder(), 'upload-0123456789ab-note.txt'));
    await recoverUploads(store, { folder: uploadsFolder() });
    expect(store.getDocument('upload:talks')).toBeNull();
  });
});

describe('an upload never replaces what it did not create', () => {
  it.each<[string, () => Promise<Response>]>([
    ['a JSON id', () => postJson({ id: 'talks', text: '.' })],
    [
      'a .jsonl id',
      () => {
        const form = new FormData();
        form.append(
          'file',
          new Blob(['{"id":"talks","text":"Fabricated: Kenya praised Somalia."}\n']),
          'x.jsonl',
        );
        return post(form);
      },
    ],
    [
      'front matter',
      () => post('---\nid: talks\n---\nFabricated: Kenya praised Somalia.', { type: 'text/markdown' }),
    ],
  ])('%s naming a corpus document goes under upload: and the corpus document stays', async (_, send) => {
    const a = await answer(await send(), 202);
    expect(a.documents[0]!.id).toBe('upload:talks');
    await drain(store);
    corpusIntact();
    expect(store.getDocument('upload:talks')?.origin).toBe('upload');
  });

  it('another text under an id that exists is a 409 naming the id; the stored one is unchanged', async () => {
    await answer(await postJson({ id: 'mine', text: 'Chile praised Peru.' }), 202);
    await drain(store);
    const c = await answer(await postJson({ id: 'mine', text: 'Chile attacked Peru.' }), 409);
    expect(c.error).toContain('upload:mine');
    expect(c.conflicts).toEqual([expect.objectContaining({ id: 'upload:mine' })]);
    expect(store.getDocument('upload:mine')?.text).toBe('Chile praised Peru.');
    // also while the first is still queued, and with the namespace written out
    await answer(await postJson({ id: 'queued', text: 'Chile praised Peru.' }), 202);
    await answer(await postJson({ id: 'upload:queued', text: 'Chile praised Bolivia.' }), 409);
    await answer(await postJson({ id: 'upload:queued', text: 'Chile praised Peru.' }), 200);
  });

  it('a file with one conflicting line: the others are taken, the conflict named', async () => {
    await answer(await postJson({ id: 'a', text: 'Chile praised Peru.' }), 202);
    const form = new FormData();
    form.append(
      'file',
      new Blob(['{"id":"a","text":"Other."}\n{"id":"b","text":"Peru praised Chile."}\n']),
      'two.jsonl',
    );
    const r = await answer(await post(form), 202);
    expect(r.documents.map((d) => d.id)).toEqual(['upload:b']);
    expect(r.conflicts.map((c) => c.id)).toEqual(['upload:a']);
  });

  it.each([
    ['5,000 characters', 'x'.repeat(5000)],
    ['a NUL', 'a\u0000b'],
    ['a line break', 'a\nb'],
    ['a ".." segment', '../talks'],
    ['a lone surrogate', 'a\uD800b'],
    ['an empty string', ''],
  ])('a client id with %s is refused at upload, naming the rule', async (_, id) => {
    const r = await answer(await postJson({ id, text: 'Chile praised Peru.' }), 400);
    expect(r.problems[0]!.message).toMatch(/\bid\b/);
    expect(files()).toEqual([]);
  });

  it('1,000 hostile uploads and a restart: the corpus document and every acknowledged upload are intact', async () => {
    const acked = new Map<string, string>();
    const rnd = (i: number) => createHash('sha256').update(String(i)).digest('hex');
    for (let i = 0; i < 1000; i++) {
      const r = rnd(i);
      const kind = i % 6;
      let response: Response;
      if (kind === 0)
        response = await postJson({ id: 'talks', text: r[0] === 'a' ? '.' : `Fabricated ${r}.` });
      else if (kind === 1)
        response = await postJson({ id: `upload:${r.slice(0, 2)}`, text: `Chile praised Peru ${r}.` });
      else if (kind === 2)
        response = await post(`---\nid: ${r.slice(0, 1)}\n---\nText ${r}.`, { type: 'text/markdown' });
      else if (kind === 3)
        response = await post(`---\nid: talks\npublished: 1999-01-01\n---\n.`, { type: 'text/markdown' });
      else if (kind === 4) {
        const form = new FormData();
        const lines = [
          `{"id":"talks","text":"${r}"}`,
          `{"id":"${r.slice(0, 3)}","text":"Peru ${r.slice(0, 1)}."}`,
          '{"text":',
        ];
        form.append('file', new Blob([lines.join('\n')]), 'flood.jsonl');
        response = await post(form);
      } else response = await postJson({ text: `Chile praised Peru on day ${i % 50}.` });
      expect([200, 202, 400, 409]).toContain(response.status);
      const body = (await response.json()) as Answer;
      for (const d of body.documents)
        if (d.added) acked.set(d.id, readFileSync(path.join(uploadsFolder(), uploadFileName(d.id)), 'utf8'));
    }
    await drain(store);
    store.close();
    // the restart: a new connection, the start-up scan, the queue
    store = new SqliteStore(db);
    await recoverUploads(store, { folder: uploadsFolder() });
    await drain(store);
    corpusIntact();
    expect(acked.size).toBeGreaterThan(100);
    for (const [id, record] of acked) {
      const doc = store.getDocument(id);
      expect(doc, id).not.toBeNull();
      expect(doc!.text).toBe((JSON.parse(record) as { text: string }).text);
    }
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 180_000);
});

describe('who may write', () => {
  it('with no token: loopback may, another machine may not (403), and nothing is written', async () => {
    await answer(await postJson(ARTICLE), 202);
    const r = await answer(await postJson({ text: 'Chile praised Peru.' }, { peer: '203.0.113.5' }), 403);
    expect(r.error).toMatch(/only from its own machine/);
    expect(files()).toHaveLength(1);
  });

  it.each<[string, PostOptions]>([
    [
      'a proxy in between (X-Forwarded-For kept aside by the server)',
      { headers: { 'x-detente-forwarded-for': '198.51.100.7' } },
    ],
    ['a Forwarded header', { headers: { forwarded: 'for=198.51.100.7' } }],
    ['another name for this machine (DNS rebinding)', { headers: { host: 'evil.example:3000' } }],
    ['no address from the server (a bare next start)', { peer: null }],
  ])('with no token, loopback is not enough with %s', async (_, options) => {
    await answer(await postJson(ARTICLE, options), 403);
    expect(files()).toEqual([]);
  });

  it('the peer header is believed only inside the project server', async () => {
    actAsServer(false);
    await answer(await postJson(ARTICLE), 403);
  });

  it('with DETENTE_WRITE_TOKEN: none or a wrong one is a 401; the right one writes from anywhere', async () => {
    process.env.DETENTE_WRITE_TOKEN = 's3cret-token-for-tests';
    const none = await postJson(ARTICLE);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await answer(none, 401);
    await answer(await postJson(ARTICLE, { headers: { authorization: 'Bearer wrong' } }), 401);
    await answer(await postJson(ARTICLE, { headers: { authorization: 'Basic czNjcmV0' } }), 401);
    expect(files()).toEqual([]);
    const ok = { peer: '203.0.113.5', headers: { authorization: 'Bearer s3cret-token-for-tests' } };
    await answer(await postJson(ARTICLE, ok), 202);
  });

  it.each<[string, Record<string, string>]>([
    ['another origin', { origin: 'https://evil.example' }],
    ['origin null', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site with no Origin', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site (a sibling host)', { 'sec-fetch-site': 'same-site' }],
  ])('a page of %s may not write, token or not: 403', async (_, headers) => {
    process.env.DETENTE_WRITE_TOKEN = 's3cret-token-for-tests';
    const r = await post('Chile attacked Peru.', {
      type: 'text/plain',
      headers: { ...headers, authorization: 'Bearer s3cret-token-for-tests' },
    });
    await answer(r, 403);
    expect(files()).toEqual([]);
  });

  it("this server's own pages may write, and origins listed in DETENTE_ALLOWED_ORIGINS", async () => {
    await answer(
      await postJson(ARTICLE, {
        headers: { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      }),
      202,
    );
    process.env.DETENTE_ALLOWED_ORIGINS = 'https://desk.example, not-an-origin';
    await answer(
      await postJson(
        { text: 'Chile praised Peru.' },
        { headers: { origin: 'https://desk.example', 'sec-fetch-site': 'cross-site' } },
      ),
      202,
    );
  });

  it('GET /api/uploads tells the dashboard how this client may write', async () => {
    const policy = async (headers: Record<string, string>) =>
      (await uploadPolicy(
        new Request('http://localhost:3000/api/uploads', { headers }),
        store,
      ).json()) as Record<string, unknown>;
    expect(await policy({ 'x-detente-peer': '127.0.0.1' })).toMatchObject({
      writes: 'open',
      client: '127.0.0.1',
    });
    expect(await policy({ 'x-detente-peer': '203.0.113.5' })).toMatchObject({ writes: 'closed' });
    process.env.DETENTE_WRITE_TOKEN = 'tok';
    expect(await policy({ 'x-detente-peer': '127.0.0.1' })).toMatchObject({ writes: 'token' });
    expect(await policy({ 'x-detente-peer': '203.0.113.5', authorization: 'Bearer tok' })).toMatchObject({
      writes: 'open',
      worker: { running: false },
    });
  });
});

describe('quotas', () => {
  it('over the instance quota is a 507 and nothing is written; the same content again costs nothing', async () => {
    process.env.DETENTE_UPLOAD_QUOTA_BYTES = '100';
    await answer(await postJson({ text: 'a'.repeat(60) }), 202);
    await answer(await postJson({ text: 'a'.repeat(60) }), 200);
    const r = await answer(await postJson({ text: 'b'.repeat(60) }), 507);
    expect(r.error).toMatch(/DETENTE_UPLOAD_QUOTA_BYTES/);
    expect(files()).toHaveLength(1);
  });

  it('over the per-client daily quota is a 429 for that client only', async () => {
    process.env.DETENTE_WRITE_TOKEN = 'tok';
    process.env.DETENTE_UPLOAD_CLIENT_QUOTA_BYTES = '100';
    const from = (peer: string) => ({ peer, headers: { authorization: 'Bearer tok' } });
    await answer(await postJson({ text: 'a'.repeat(80) }, from('198.51.100.1')), 202);
    const r = await postJson({ text: 'b'.repeat(80) }, from('198.51.100.1'));
    expect(r.headers.get('retry-after')).toBe('3600');
    expect((await answer(r, 429)).error).toMatch(/DETENTE_UPLOAD_CLIENT_QUOTA_BYTES/);
    await answer(await postJson({ text: 'b'.repeat(80) }, from('198.51.100.2')), 202);
  });
});

describe('the client address', () => {
  const req = (peer: string | null, xff?: string) =>
    new Request('http://localhost/', {
      headers: {
        ...(peer ? { 'x-detente-peer': peer } : {}),
        ...(xff != null ? { 'x-detente-forwarded-for': xff } : {}),
      },
    });

  it('is the socket address; X-Forwarded-For counts only with DETENTE_TRUST_PROXY', () => {
    expect(clientAddress(req('192.0.2.1', '203.0.113.9'))).toBe('192.0.2.1');
    expect(clientAddress(req('192.0.2.1', '10.0.0.1, 203.0.113.9'), { DETENTE_TRUST_PROXY: '1' })).toBe(
      '203.0.113.9',
    );
    expect(clientAddress(req('192.0.2.1', '10.0.0.1, 203.0.113.9'), { DETENTE_TRUST_PROXY: '2' })).toBe(
      '10.0.0.1',
    );
  });

  it.each([[','], [''], ['not-an-ip'], ['203.0.113.9:5555'], ['203.0.113.9,,10.0.0.1'], ['1.2.3.4']])(
    'a malformed or short X-Forwarded-For (%j) falls back to the socket',
    (xff) => {
      expect(clientAddress(req('192.0.2.1', xff), { DETENTE_TRUST_PROXY: '2' })).toBe('192.0.2.1');
    },
  );

  it('is unknown outside the project server unless a proxy is trusted', () => {
    actAsServer(false);
    const plain = new Request('http://localhost/', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(clientAddress(plain)).toBe('unknown');
    expect(clientAddress(plain, { DETENTE_TRUST_PROXY: '1' })).toBe('203.0.113.9');
  });

  it('a client varying X-Forwarded-For is still limited by its socket address', () => {
    const buckets = new TokenBuckets(() => 0);
    const settings = { perMinute: 1, burst: 1 };
    expect(rateLimited(req('192.0.2.1', '198.51.100.1'), buckets, settings)).toBeNull();
    expect(rateLimited(req('192.0.2.1', '198.51.100.2'), buckets, settings)?.status).toBe(429);
    expect(rateLimited(req('192.0.2.1', ','), buckets, settings)?.status).toBe(429);
    expect(rateLimited(req('192.0.2.2'), buckets, settings)).toBeNull();
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['unknown', false],
  ])('isLoopback(%s) is %s', (a, yes) => expect(isLoopback(a)).toBe(yes));

  it('originProblem: programs (no Origin, no Sec-Fetch-Site) and same-origin pages pass', () => {
    const at = (headers: Record<string, string>) =>
      new Request('http://localhost:3000/api/documents', { headers });
    expect(originProblem(at({}))).toBeNull();
    expect(originProblem(at({ 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(originProblem(at({ origin: 'http://localhost:3000' }))).toBeNull();
    expect(originProblem(at({ origin: 'http://localhost:3001' }))).toMatch(/may not add articles/);
    expect(writePolicy(at({ 'x-detente-peer': '::1' }))).toMatchObject({ writes: 'open' });
  });
});

describe('ids and output bounds', () => {
  it('upload ids: the client id under upload:, or a hash of the content', () => {
    expect(uploadDocumentId('x', 'f'.repeat(64))).toBe('upload:x');
    expect(uploadDocumentId('upload:x', 'f'.repeat(64))).toBe('upload:x');
    expect(uploadDocumentId(null, contentHash({ title: 't', text: 'x', published: null }))).toMatch(
      /^upload:[0-9a-f]{16}$/,
    );
    expect(documentIdProblem('2016/a b%c')).toBeNull();
    expect(documentIdProblem(' a')).toMatch(/white space/);
  });

  it('a text made to flood the store is cut at the bounds, with a problem saying so', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${(i % 28) + 1} May ${1990 + (i % 30)}`).join(', ');
    const x = boundOutput(
      extractDocument({ id: 'f', path: 'f.txt', title: 'f', text, published: '2016-01-01' }),
    );
    expect(x.timexes.length).toBe(1000);
    expect(x.problems.map((p) => p.message).join()).toMatch(
      /time expressions found; only the first 1000 are kept/,
    );
    const small = extractDocument({
      id: 's',
      path: 's.txt',
      title: 's',
      text: 'Chile praised Peru on 5 May 2016.',
      published: null,
    });
    expect(boundOutput(small)).toEqual(small);
  });
});
