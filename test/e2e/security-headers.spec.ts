import { expect, test, type Page } from '@playwright/test';
import { WRITE } from './writes';

// The security headers of the server playwright.config.ts starts (proxy.ts, next.config.mjs), and
// the dashboard working under its Content-Security-Policy: not one violation while it loads and
// while the pointer hovers the timeline and the network.

/** The directives of a policy, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Records every CSP violation the page reports, as an event and on the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  // init scripts run through the DevTools protocol: the page's own policy does not stop them
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  return violations;
}

test('GET / carries a nonce policy, nosniff, the referrer policy and frame-ancestors', async ({
  request,
}) => {
  const first = await request.get('/');
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  const csp = directives(headers['content-security-policy']!);
  const script = csp.get('script-src')!;
  const nonce = script.find((s) => s.startsWith("'nonce-"))!;
  expect(nonce, 'script-src has a nonce').toBeTruthy();
  expect(script).toContain("'strict-dynamic'");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);

  // every script of the page carries this response's nonce; no script goes without
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  const value = nonce.slice("'nonce-".length, -1);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${value}"`);

  // and the next response has another nonce
  const again = directives((await request.get('/')).headers()['content-security-policy']!);
  expect(again.get('script-src')).not.toContain(nonce);
});

test('the API answers, errors included, carry nosniff and a policy that allows nothing', async ({
  request,
}) => {
  for (const [url, status] of [
    ['/api/events?limit=2', 200],
    ['/api/status', 200],
    ['/api/events?stances=hostile', 400],
    ['/api/documents/..%2F..%2Fetc%2Fpasswd', 404],
    ['/api/export?format=csv&actor=nobody', 200],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    const headers = response.headers();
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBe('same-origin');
    const csp = directives(headers['content-security-policy'] ?? '');
    expect(csp.get('default-src'), url).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
  }
});

test('the dashboard loads and hovers under its policy with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  // the page's sample, then the whole view the browser fetches (that fetch is under the policy too)
  await expect(page.locator('[data-complete="true"]')).toBeAttached();
  const hit = page.locator('[data-testid="timeline-hit"]').first();
  await expect(hit).toBeAttached();
  // the marks settle once the plot has its width; point at where the mark is now, until it answers
  await expect(async () => {
    await hit.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
    const box = (await hit.boundingBox())!;
    await page.mouse.move(1, 1);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('[data-testid="timeline"] [role="tooltip"]')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  const node = page.locator('[data-testid="network-svg"] [data-actor-id]').first();
  await node.hover();
  await expect(page.locator('[role="tooltip"]').last()).toBeVisible();
  // the colours and positions React sets in style attributes took effect
  const swatch = page.locator('[data-testid="event-table"] tbody tr [style]').first();
  expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  // what the page loads after the first paint (chunks, the status poll) must be allowed too
  await page.waitForTimeout(500);
  expect(violations).toEqual([]);
});

test('the article page renders under its policy with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/documents/000_af00a7cc2cefd3e2');
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test('another page cannot frame the dashboard (frame-ancestors none)', async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.setContent(`<iframe id="f" src="${baseURL}/" width="400" height="300"></iframe>`);
  await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame ? await frame.locator('h1', { hasText: 'Détente' }).count() : 0).toBe(0);
});

test('POST /api/documents past the per-client limit is a 429 with Retry-After', async ({ request }) => {
  // a client of its own (the test server trusts one proxy hop: the limit keys on X-Forwarded-For),
  // so the other tests' uploads go on
  const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const post = () =>
    request.post('/api/documents', {
      data: '<a/>',
      headers: { 'content-type': 'application/xml', 'x-forwarded-for': client, ...WRITE },
    });
  const statuses: number[] = [];
  let limited = null;
  // the default is 30 a minute, in bursts of 30
  for (let i = 0; i < 40 && !limited; i++) {
    const response = await post();
    statuses.push(response.status());
    if (response.status() === 429) limited = response;
  }
  expect(statuses.slice(0, 30).every((s) => s === 415)).toBe(true);
  expect(limited, 'a 429 came').not.toBeNull();
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(((await limited!.json()) as { error: string }).error).toMatch(/too many requests/);
  // another client is not held back
  const other = await request.post('/api/documents', {
    data: '<a/>',
    headers: { 'content-type': 'application/xml', 'x-forwarded-for': '198.51.100.254', ...WRITE },
  });
  expect(other.status()).toBe(415);
});

test('odd ids and methods over HTTP: 404 or 405, never a 500', async ({ request }) => {
  for (const id of [
    '%E0%A4%A',
    '..%2F..%2Fetc%2Fpasswd',
    '%2E%2E',
    '%00',
    'a%00b',
    '..%5C..%5Cwindows',
    'x'.repeat(400),
  ]) {
    const response = await request.get(`/api/documents/${id}`);
    expect([400, 404], id).toContain(response.status());
    expect(await response.text(), id).not.toContain('root:');
  }
  for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
    const response = await request.fetch('/api/events', { method });
    expect(response.status(), method).toBe(405);
  }
  const huge = await request.get(`/api/events?limit=${'9'.repeat(2000)}&q=${'w'.repeat(5000)}`);
  expect(huge.status()).toBe(400);
  const body = (await huge.json()) as { errors: { param: string }[] };
  expect(body.errors.map((e) => e.param).sort()).toEqual(['limit', 'q']);
});
