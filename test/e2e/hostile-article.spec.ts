import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { uploaded, WRITE } from './writes';

// An article written to attack the dashboard: markup in its text, title and source, a javascript:
// address as its url. Everything the payload could run sets window.__pwned or opens a dialog; both
// must stay quiet everywhere the article shows (timeline tooltip, table, evidence, article page), and
// the exports must carry it as data.

const SCRIPT = `<script>window.__pwned='text-script'</script>`;
const IMG = `<img src=x onerror="window.__pwned='text-img';alert('xss')">`;
const LINK = `<a href="javascript:window.__pwned='text-link'">here</a>`;
const TITLE = `=HYPERLINK("http://evil.example","Talks") <svg onload="window.__pwned='title'">`;
const SOURCE = `<img src=x onerror="window.__pwned='source'">`;
const URL_PAYLOAD = `javascript:window.__pwned='url';alert('url')`;
const TEXT = [
  `Chile praised Peru on 5 May 2016 ${SCRIPT} in Lima.`,
  `Peru condemned Chile ${IMG} on 6 May 2016.`,
  `Chile accused Peru of lying on 7 May 2016, ${LINK} javascript:alert(1).`,
  '',
].join('\n');

interface ApiEvent {
  id: string;
  text: string;
}

let documentId = '';
let events: ApiEvent[] = [];

/** The front matter quotes each value as JSON, which YAML reads as a double-quoted string. */
const markdown = () =>
  `---\ntitle: ${JSON.stringify(TITLE)}\npublished: 2016-05-08\nsource: ${JSON.stringify(SOURCE)}\n` +
  `url: ${JSON.stringify(URL_PAYLOAD)}\n---\n${TEXT}`;

test.beforeAll(async ({ request }) => {
  // as JSON, the route refuses a javascript: url outright
  const json = await request.post('/api/documents', {
    data: { title: TITLE, text: TEXT, published: '2016-05-08', source: SOURCE, url: URL_PAYLOAD },
    headers: WRITE,
  });
  expect(json.status()).toBe(400);
  expect(((await json.json()) as { errors: { param: string }[] }).errors.map((e) => e.param)).toEqual([
    'url',
  ]);

  // a file keeps its metadata as written, as the corpus does: the dashboard has to keep it inert
  const file = await request.post('/api/documents', {
    multipart: { file: { name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown()) } },
    headers: WRITE,
  });
  expect(file.status(), await file.text()).toBe(202);
  const answer = (await file.json()) as { status: string; documents: { id: string }[] };
  documentId = answer.documents[0]!.id;
  expect((await uploaded(request, answer.status)).state).toBe('done');
  const listed = await request.get(`/api/events?doc=${encodeURIComponent(documentId)}&limit=100`);
  events = ((await listed.json()) as { events: ApiEvent[] }).events;
  // the payload must reach the views for the test to mean anything
  expect(events.some((e) => e.text.includes('<script>'))).toBe(true);
  expect(events.some((e) => e.text.includes('onerror='))).toBe(true);
});

/** Records dialogs and page errors; every check ends by asserting that nothing ran. */
function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    dialogs,
    async expectInert() {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      // no element the payload could have made: no script of its own, no handler attribute, no
      // javascript: link
      const planted = await page.evaluate(() => ({
        // Next.js ships the page's data in its own scripts (self.__next_f.push of a JSON string):
        // the article is in there as an escaped string, which is data; any other script is not
        scripts: [...document.querySelectorAll('script')].filter(
          (s) => s.textContent?.includes('__pwned') && !/^\s*\(?self\.__next_f/.test(s.textContent),
        ).length,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on') && a.value.includes('__pwned')),
        ).length,
        jsLinks: [...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .filter((h) => /^\s*javascript:/i.test(h)),
      }));
      expect(planted).toEqual({ scripts: 0, handlers: 0, jsLinks: [] });
    },
  };
}

test('the dashboard shows the hostile article as text: table, tooltip and evidence run nothing', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto(`/?doc=${encodeURIComponent(documentId)}`);
  const rows = page.locator('[data-testid="event-table"] tbody tr');
  await expect(rows).toHaveCount(events.length);
  // the table shows the title's markup as characters
  await expect(page.getByTestId('event-table')).toContainText(TITLE);

  // the tooltip of the event whose sentence holds the <img onerror>
  const img = events.find((e) => e.text.includes('onerror='))!;
  const hit = page.locator(`[data-testid="timeline-hit"][data-event-id="${img.id}"]`).first();
  const box = (await hit.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tip = page.locator('[data-testid="timeline"] [role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('onerror=');
  await w.expectInert();

  // the evidence panel: the whole article as text, and the javascript: url not a link
  await page.goto(`/?doc=${encodeURIComponent(documentId)}&event=${encodeURIComponent(img.id)}`);
  const panel = page.getByRole('dialog', { name: 'Evidence' });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('evidence-text')).toContainText(SCRIPT);
  await expect(panel.getByTestId('evidence-text')).toContainText(LINK);
  await expect(panel).toContainText(TITLE);
  const hrefs = await panel.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !h.startsWith('/documents/'))).toEqual([]);
  await w.expectInert();
});

test('the article page shows the hostile article as text and offers no javascript: link', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto(`/documents/${encodeURIComponent(documentId)}`);
  await expect(page.locator('body')).toContainText(SCRIPT);
  await expect(page.locator('body')).toContainText(TITLE);
  await w.expectInert();
});

test('the CSV, JSON and SVG exports carry the hostile text as data', async ({ page }) => {
  const w = watch(page);
  await page.goto(`/?doc=${encodeURIComponent(documentId)}`);
  await expect(page.locator('[data-testid="event-table"] tbody tr')).toHaveCount(events.length);

  const menu = page.locator('details', { has: page.locator('summary', { hasText: 'Export' }) });
  await menu.locator('summary').click();
  const saved = async (target: Locator) => {
    const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
    return readFileSync((await download.path())!, 'utf8');
  };
  const exportsOfEvents = menu.locator('li', { hasText: 'Events:' });

  // CSV: every field quoted as needed, a leading = neutralised so no spreadsheet runs it
  const csv = await saved(exportsOfEvents.getByRole('link', { name: 'CSV' }));
  const img = events.find((e) => e.text.includes('onerror='))!;
  expect(csv).toContain(`"${img.text.replace(/"/g, '""')}"`);
  expect(csv).toContain(`"'${TITLE.replace(/"/g, '""')}"`);
  expect(csv).toContain(URL_PAYLOAD);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

  // JSON: the same strings, read back exactly
  const json = JSON.parse(await saved(exportsOfEvents.getByRole('link', { name: 'JSON' }))) as {
    text: string;
    title: string;
    url: string;
  }[];
  const rows = Array.isArray(json) ? json : ((json as { events: typeof json }).events ?? []);
  expect(rows.map((r) => r.text).sort()).toEqual(events.map((e) => e.text).sort());
  expect(new Set(rows.map((r) => r.title))).toEqual(new Set([TITLE]));
  expect(new Set(rows.map((r) => r.url))).toEqual(new Set([URL_PAYLOAD]));

  // the API's own answer is an attachment the browser never renders
  const r = await page.request.get(`/api/export?format=csv&doc=${encodeURIComponent(documentId)}`);
  expect(r.headers()['content-type']).toMatch(/^text\/csv/);
  expect(r.headers()['content-disposition']).toMatch(/^attachment/);
  expect(r.headers()['x-content-type-options']).toBe('nosniff');

  // the timeline as SVG: an SVG opened on its own runs its scripts, so none may come from the text
  const svg = await saved(menu.locator('li', { hasText: 'Timeline:' }).getByRole('button', { name: 'SVG' }));
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      scripts: doc.querySelectorAll('script').length,
      handlers: [...doc.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      foreign: doc.querySelectorAll('foreignObject').length,
    };
  }, svg);
  expect(parsed).toEqual({ error: null, scripts: 0, handlers: 0, foreign: 0 });
  await w.expectInert();
});
