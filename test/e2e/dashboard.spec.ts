import { expect, test, type Page } from '@playwright/test';
import { WRITE_TOKEN } from './writes';

// The dashboard on the seed article. Event ids come from the API at run time, never from here.

interface ApiEvent {
  id: string;
  text: string;
  trigger: string;
  source: string[];
  target: string[];
  stance: string;
  date: { value: string } | null;
}

async function eventsFrom(page: Page, query: string): Promise<ApiEvent[]> {
  const r = await page.request.get(`/api/events?${query}&limit=500`);
  expect(r.ok()).toBe(true);
  return ((await r.json()) as { events: ApiEvent[] }).events;
}

/** The event ids the table lists (all of them: the seed has fewer than a page). */
const tableIds = (page: Page) =>
  page
    .locator('[data-testid="event-table"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')!).sort());

/** The relations the network draws, as "source>target". */
const drawnEdges = (page: Page) =>
  page
    .locator('[data-testid="network-svg"] [data-source]')
    .evaluateAll((els) =>
      [
        ...new Set(els.map((e) => `${e.getAttribute('data-source')}>${e.getAttribute('data-target')}`)),
      ].sort(),
    );

const nodePositions = (page: Page) =>
  page
    .locator('[data-testid="network-svg"] [data-actor-id]')
    .evaluateAll((els) =>
      els
        .map(
          (e) => `${e.getAttribute('data-actor-id')}@${e.getAttribute('data-x')},${e.getAttribute('data-y')}`,
        )
        .sort(),
    );

async function openDashboard(page: Page, url = '/') {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  // the page's sample first, then the whole view fetched by the browser
  await expect(page.locator('[data-complete="true"]')).toBeAttached();
  await expect(page.locator('[data-testid="timeline-hit"]').first()).toBeAttached();
  return errors;
}

test('the page ships a sample of the events and the browser fetches the whole view', async ({ page }) => {
  // playwright.config.ts sets DETENTE_FIRST_PAINT_EVENTS=5; the seed has more
  const all = await eventsFrom(page, '');
  expect(all.length).toBeGreaterThan(5);
  const html = await (await page.request.get('/')).text();
  expect(html).toContain(`Loading all ${all.length} events (5 shown)`);
  await openDashboard(page);
  await expect(page.getByText(`${all.length} events match the filters`)).toBeVisible();
  await expect.poll(async () => (await tableIds(page)).length).toBe(all.length);
});

test('hovering the seed’s “Putin congratulated Trump” event shows its tooltip', async ({ page }) => {
  const errors = await openDashboard(page);
  const congratulated = (await eventsFrom(page, 'q=congratulated')).find(
    (e) => e.trigger === 'congratulated' && e.source.includes('vladimir-putin'),
  );
  expect(congratulated, 'the seed yields the event').toBeTruthy();
  const hit = page.locator(`[data-testid="timeline-hit"][data-event-id="${congratulated!.id}"]`).first();
  const box = (await hit.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tip = page.locator('[data-testid="timeline"] [role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(congratulated!.text);
  await expect(tip.locator('strong')).toHaveText('congratulated');
  await expect(tip).toContainText(/Vladimir Putin\s*→\s*Donald Trump/);
  await expect(tip).toContainText('cooperative');
  await expect(tip).toContainText('2016-11-14');
  await expect(tip).toContainText('Putin, Trump aim for cooperation, Kremlin says');
  expect(errors).toEqual([]);
});

test('brushing a range puts from/to in the URL and the network keeps only relations inside it', async ({
  page,
}) => {
  await openDashboard(page);
  const before = await drawnEdges(page);
  const brush = (await page.locator('[data-testid="timeline-brush"]').boundingBox())!;
  // from a fifth of the strip to four fifths: the seed's dated events lie in the middle
  await page.mouse.move(brush.x + brush.width * 0.2, brush.y + brush.height / 2);
  await page.mouse.down();
  await page.mouse.move(brush.x + brush.width * 0.5, brush.y + brush.height / 2, { steps: 5 });
  await page.mouse.move(brush.x + brush.width * 0.8, brush.y + brush.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  const from = url.searchParams.get('from')!;
  const to = url.searchParams.get('to')!;
  expect(from <= to).toBe(true);

  // what the server says lies inside the window is what is drawn
  const graph = (await (await page.request.get(`/api/graph?from=${from}&to=${to}`)).json()) as {
    edges: { source: string; target: string }[];
  };
  const inside = [...new Set(graph.edges.map((e) => `${e.source}>${e.target}`))].sort();
  await expect.poll(() => drawnEdges(page)).toEqual(inside);
  // undated relations meet no window: fewer relations than before
  expect(inside.length).toBeLessThan(before.length);
  // the table follows the window too
  const windowed = (await eventsFrom(page, `from=${from}&to=${to}`)).map((e) => e.id).sort();
  await expect.poll(() => tableIds(page)).toEqual(windowed);

  // Back: no window again, every relation drawn; Forward: the window again
  await page.goBack();
  await expect(page).not.toHaveURL(/from=/);
  await expect.poll(() => drawnEdges(page)).toEqual(before);
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`from=${from}`));
  await expect.poll(() => drawnEdges(page)).toEqual(inside);
});

test('clicking an actor node filters the URL, the timeline and the table; Back undoes it', async ({
  page,
}) => {
  await openDashboard(page);
  const all = await tableIds(page);
  await page.locator('[data-testid="network-svg"] [data-actor-id="vladimir-putin"]').click();
  await expect(page).toHaveURL(/[?&]actor=vladimir-putin(&|$)/);
  const his = (await eventsFrom(page, 'actor=vladimir-putin')).map((e) => e.id).sort();
  expect(his.length).toBeGreaterThan(0);
  expect(his.length).toBeLessThan(all.length);
  await expect.poll(() => tableIds(page)).toEqual(his);
  // the timeline's hit targets follow its marks in a deferred render: wait for them to settle
  const hits = () =>
    page
      .locator('[data-testid="timeline-hit"]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-event-id')!))].sort());
  await expect.poll(hits).toEqual(his);

  await page.goBack();
  await expect(page).not.toHaveURL(/actor=/);
  await expect.poll(() => tableIds(page)).toEqual(all);
});

test('a copied URL opened in a new browser context shows the same events and node positions', async ({
  page,
  browser,
}) => {
  await openDashboard(page, '/?actor=donald-trump&stance=cooperative');
  const events = await tableIds(page);
  const nodes = await nodePositions(page);
  expect(events.length).toBeGreaterThan(0);
  expect(nodes.length).toBeGreaterThan(1);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share').click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const other = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const fresh = await other.newPage();
  await openDashboard(fresh, copied);
  expect(await tableIds(fresh)).toEqual(events);
  expect(await nodePositions(fresh)).toEqual(nodes);
  await other.close();
});

test('an uploaded article’s events appear without a reload, once the server’s write token is given', async ({
  page,
}) => {
  await openDashboard(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByTestId('add-toggle').click();
  // the server wants its token: the form says so, and the buttons wait for it
  const token = page.getByTestId('write-token');
  await expect(token).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add the text' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Upload/ })).toBeDisabled();
  await token.fill(WRITE_TOKEN);
  await page.getByLabel('Title').fill('Harbour accord in the Baltic');
  await page.getByLabel('Published').fill('2019-03-05');
  await page
    .getByTestId('paste-text')
    .fill(
      'Finland and Estonia signed an agreement on Tuesday to build a tunnel under the Gulf of Finland. ' +
        'The Estonian prime minister praised Finland for its patience.',
    );
  await page.getByRole('button', { name: 'Add the text' }).click();
  await expect(page.getByTestId('upload-status')).toContainText('1 of 1 document added', { timeout: 20_000 });
  await expect(
    page.locator('[data-testid="event-table"] tbody tr', { hasText: 'Harbour accord in the Baltic' }).first(),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('the keyboard reaches an event in the timeline and opens its evidence', async ({ page }) => {
  await openDashboard(page);
  const plot = page.locator('[data-testid="timeline"] [role="application"]');
  for (let i = 0; i < 60 && !(await plot.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(plot).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Evidence' });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/[?&]event=ev-/);
  const id = new URL(page.url()).searchParams.get('event')!;
  const [event] = (await eventsFrom(page, '')).filter((e) => e.id === id);
  expect(event).toBeTruthy();
  await expect(panel.locator('mark[data-current]').first()).toBeVisible();
  const marked = await panel.locator('mark[data-current]').allTextContents();
  expect(marked.join('')).toBe(event!.text);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('a link with filters that cannot be read says which, and offers everything instead', async ({
  page,
}) => {
  await page.goto('/?stance=friendly');
  const alert = page.getByRole('alert').filter({ hasText: 'cannot be read' });
  await expect(alert).toContainText('stance');
  await expect(alert).toContainText('friendly');
  await page.getByRole('link', { name: 'Show everything instead' }).click();
  await expect(page.locator('[data-testid="event-table"]')).toBeVisible();
});

test('a wrong write token is refused in words, and the form asks again', async ({ page }) => {
  await openDashboard(page);
  await page.getByTestId('add-toggle').click();
  await page.getByTestId('write-token').fill('not-the-token');
  await page.getByTestId('paste-text').fill('Chile praised Peru on Monday.');
  await page.getByRole('button', { name: 'Add the text' }).click();
  await expect(page.getByTestId('upload-status')).toContainText(
    'Nothing added: the write token is not right',
  );
  await expect(page.getByTestId('write-token')).toBeVisible();
});
