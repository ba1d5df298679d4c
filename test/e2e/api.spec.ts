import { expect, test, type APIResponse } from '@playwright/test';
import { uploaded, WRITE } from './writes';

// The HTTP API of the server playwright.config.ts starts, on a database indexed from seeds/.

interface ApiEvent {
  id: string;
  documentId: string;
  trigger: string;
  type: string;
  source: string[];
  target: string[];
  stance: string;
  date: { value: string } | null;
}

async function ok(response: APIResponse): Promise<Record<string, unknown>> {
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

test('GET /api/status: the seed is indexed and the index is done', async ({ request }) => {
  const body = await ok(await request.get('/api/status'));
  expect(body.documents).toBeGreaterThanOrEqual(1);
  expect(body.events).toBeGreaterThan(0);
  expect(body.actors).toBeGreaterThan(0);
  expect(body.index).toMatchObject({ running: false });
});

test('GET /api/events?actor=vladimir-putin has the congratulation Putin → Trump of 2016-11-14', async ({
  request,
}) => {
  const body = await ok(await request.get('/api/events?actor=vladimir-putin'));
  const events = body.events as ApiEvent[];
  expect(events.length).toBeGreaterThan(0);
  for (const e of events) expect([...e.source, ...e.target]).toContain('vladimir-putin');
  const congratulation = events.find(
    (e) => e.trigger === 'congratulated' && e.source.includes('vladimir-putin'),
  );
  expect(congratulation).toMatchObject({
    documentId: '000_af00a7cc2cefd3e2',
    type: 'praise',
    source: ['vladimir-putin'],
    target: ['donald-trump'],
    stance: 'cooperative',
    date: { value: '2016-11-14' },
  });
  expect(body.actors).toMatchObject({
    'vladimir-putin': { name: 'Vladimir Putin', kind: 'person' },
    'donald-trump': { name: 'Donald Trump' },
  });
});

test('GET /api/graph has an edge vladimir-putin → donald-trump', async ({ request }) => {
  const body = await ok(await request.get('/api/graph'));
  const edges = body.edges as { source: string; target: string; events: number; cooperative: number }[];
  const edge = edges.find((e) => e.source === 'vladimir-putin' && e.target === 'donald-trump');
  expect(edge).toBeDefined();
  expect(edge!.cooperative).toBeGreaterThan(0);
  expect((body.nodes as { id: string }[]).map((n) => n.id)).toEqual(
    expect.arrayContaining(['vladimir-putin', 'donald-trump']),
  );
});

test('a bad parameter is a 400 with JSON naming it', async ({ request }) => {
  for (const [url, param] of [
    ['/api/events?stance=foo', 'stance'],
    ['/api/events?from=2016-13-01', 'from'],
    ['/api/graph?pair=vladimir-putin', 'pair'],
    ['/api/timeline?bin=decade', 'bin'],
    ['/api/export?format=xlsx', 'format'],
  ]) {
    const response = await request.get(url!);
    expect(response.status(), url).toBe(400);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: string; errors: { param: string; message: string }[] };
    expect(typeof body.error).toBe('string');
    expect(body.errors.map((e) => e.param)).toEqual([param]);
  }
});

test('GET /api/documents/..%2F..%2Fetc%2Fpasswd and other odd ids are 404', async ({ request }) => {
  for (const id of ['..%2F..%2Fetc%2Fpasswd', '%2E%2E', '%00', 'no-such-document']) {
    const response = await request.get(`/api/documents/${id}`);
    expect(response.status(), id).toBe(404);
    expect(await response.text()).not.toContain('root:');
  }
});

test('the seed document is served with its text', async ({ request }) => {
  const body = await ok(await request.get('/api/documents/000_af00a7cc2cefd3e2'));
  expect(body).toMatchObject({
    title: 'Putin, Trump aim for cooperation, Kremlin says',
    published: '2016-11-15',
  });
  expect(body.text).toContain('Vladimir Putin');
});

test('POST a JSON article, then GET its document', async ({ request }) => {
  const article = {
    title: 'Norway and Sweden sign a pact',
    text: 'Norway and Sweden signed a fisheries agreement on 2 June 2015. Norway praised Sweden warmly.',
    // older than the seed, so the page still opens on the seed
    published: '2015-06-03',
  };
  const posted = await request.post('/api/documents', { data: article, headers: WRITE });
  expect(posted.status(), await posted.text()).toBe(202);
  const body = (await posted.json()) as { status: string; documents: { id: string; title: string }[] };
  expect(posted.headers()['location']).toBe(body.status);
  expect(body.documents).toHaveLength(1);
  const [doc] = body.documents;
  expect(doc!.title).toBe(article.title);
  const done = await uploaded(request, body.status);
  expect(done.state).toBe('done');
  expect(done.documents[0]!.events).toBeGreaterThan(0);

  const stored = await ok(await request.get(`/api/documents/${encodeURIComponent(doc!.id)}`));
  expect(stored).toMatchObject({ id: doc!.id, title: article.title, text: article.text, origin: 'upload' });
  const events = await ok(await request.get(`/api/events?doc=${encodeURIComponent(doc!.id)}`));
  expect((events.events as ApiEvent[]).length).toBe(done.documents[0]!.events);

  // posted again: the same document, and nothing to do
  const again = await request.post('/api/documents', { data: article, headers: WRITE });
  expect(again.status()).toBe(200);
  expect(((await again.json()) as typeof body).documents[0]!.id).toBe(doc!.id);
  // the same id with another text: a conflict naming it
  const clash = await request.post('/api/documents', {
    data: { id: doc!.id, text: 'Norway attacked Sweden.' },
    headers: WRITE,
  });
  expect(clash.status()).toBe(409);
  expect(((await clash.json()) as { error: string }).error).toContain(doc!.id);

  const wrong = await request.post('/api/documents', {
    data: '<article/>',
    headers: { 'content-type': 'application/xml', ...WRITE },
  });
  expect(wrong.status()).toBe(415);
  const unknown = await request.post('/api/documents', {
    data: { text: 'Norway praised Sweden.', author: 'x' },
    headers: WRITE,
  });
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { errors: { param: string }[] }).errors.map((e) => e.param)).toEqual([
    'author',
  ]);
});

test('ETag: a second request with If-None-Match gets 304', async ({ request }) => {
  for (const url of [
    '/api/events?actor=vladimir-putin',
    '/api/graph',
    '/api/documents/000_af00a7cc2cefd3e2',
  ]) {
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag, url).toBeTruthy();
    const second = await request.get(url, { headers: { 'If-None-Match': etag! } });
    expect(second.status(), url).toBe(304);
  }
});

test('GET /api/export?format=csv: a header row and the events', async ({ request }) => {
  const response = await request.get('/api/export?format=csv&actor=vladimir-putin');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await response.text()).trimEnd().split('\n');
  expect(lines[0]).toMatch(/^id,document,title,url,/);
  expect(lines.length).toBeGreaterThan(1);
});

test('writes: no token is a 401, a wrong one too, and a page of another site is a 403; the seed is untouched', async ({
  request,
}) => {
  const seed = await ok(await request.get('/api/documents/000_af00a7cc2cefd3e2'));
  const text = { data: { id: '000_af00a7cc2cefd3e2', text: '.' } };
  expect((await request.post('/api/documents', text)).status()).toBe(401);
  expect(
    (await request.post('/api/documents', { ...text, headers: { authorization: 'Bearer nope' } })).status(),
  ).toBe(401);
  const foreign = await request.post('/api/documents', {
    data: 'Fabricated.',
    headers: { ...WRITE, 'content-type': 'text/plain', origin: 'https://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  // with the token, the id goes under upload: and the seed stays as it was
  const namespaced = await request.post('/api/documents', { ...text, headers: WRITE });
  expect(((await namespaced.json()) as { documents: { id: string }[] }).documents[0]!.id).toBe(
    'upload:000_af00a7cc2cefd3e2',
  );
  expect(await ok(await request.get('/api/documents/000_af00a7cc2cefd3e2'))).toEqual(seed);
  const policy = (await (await request.get('/api/uploads')).json()) as {
    writes: string;
    worker: { running: boolean };
  };
  expect(policy).toMatchObject({ writes: 'token', worker: { running: true } });
});

test('every /api answer is JSON: an unknown path, a wrong method, a made-up cursor, a 100 KB query', async ({
  request,
}) => {
  for (const [url, status] of [
    ['/api/documents/a/b/c', 404],
    ['/api/nothing-here', 404],
    ['/api/events?cursor=abc', 400],
    [`/api/events?q=${'w'.repeat(100_000)}`, 431],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url.slice(0, 40)).toBe(status);
    expect(response.headers()['content-type'], url.slice(0, 40)).toMatch(/^application\/json/);
    expect(typeof ((await response.json()) as { error: string }).error).toBe('string');
  }
  const put = await request.fetch('/api/graph', { method: 'DELETE' });
  expect(put.status()).toBe(405);
  expect(((await put.json()) as { error: string }).error).toMatch(/GET/);
});
