import { expect, test, type Page } from '@playwright/test';
import { uploaded, WRITE } from './writes';

// The timeline on the seed article: each event reachable by hover, tooltips inside the viewport, an
// axis that says its year, a message for an empty view, and no horizontal overflow on a phone.
// Event ids and texts come from the API at run time; mark positions from the page's own hit divs
// (invisible markers the timeline puts where it draws each mark, for tests that cannot see a canvas).

interface ApiEvent {
  id: string;
  text: string;
  date: { value: string } | null;
}

/**
 * The seed article's events (other spec files may have added articles to the same server: the seed
 * is found by its origin, as the one corpus document).
 */
async function allEvents(page: Page): Promise<ApiEvent[]> {
  const docs = await page.request.get('/api/documents?limit=100');
  expect(docs.ok()).toBe(true);
  const seed = ((await docs.json()) as { documents: { id: string; origin: string }[] }).documents.filter(
    (d) => d.origin === 'corpus',
  );
  expect(seed).toHaveLength(1);
  const r = await page.request.get(`/api/events?doc=${encodeURIComponent(seed[0]!.id)}&limit=500`);
  expect(r.ok()).toBe(true);
  return ((await r.json()) as { events: ApiEvent[] }).events;
}

/** Every event of the view (the dashboard's own, with no filter). */
async function viewEvents(page: Page): Promise<ApiEvent[]> {
  const r = await page.request.get('/api/events?limit=500');
  expect(r.ok()).toBe(true);
  return ((await r.json()) as { events: ApiEvent[] }).events;
}

/**
 * The page's layout (app/globals.css, not the timeline's) gives the main column a desktop
 * min-width; lifted here so that the timeline is held to a phone's width whatever that rule says.
 */
const PHONE_LAYOUT = 'main.dashboard-main { min-width: 0 !important; }';

async function openDashboard(page: Page, url = '/', phone = false) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  if (phone) await page.addStyleTag({ content: PHONE_LAYOUT });
  await expect(page.locator('[data-complete="true"]')).toBeAttached();
  return errors;
}

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}
const streamText = async (stream: NodeJS.ReadableStream) => (await streamBytes(stream)).toString('utf8');

interface Hit {
  id: string;
  lane: string;
  x: number;
  y: number;
}

const hits = (page: Page): Promise<Hit[]> =>
  page.locator('[data-testid="timeline-hit"]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-event-id')!,
        lane: el.getAttribute('data-lane') ?? '',
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
      };
    }),
  );

const tooltip = (page: Page) => page.locator('[data-testid="timeline"] [role="tooltip"]');

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`every seed event can be hovered for its tooltip at ${viewport.width}×${viewport.height}, inside the viewport`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const errors = await openDashboard(page, '/', viewport.width < 600);
    const events = await allEvents(page);
    expect(events.length).toBeGreaterThan(10);
    // an event has a mark in each of its lanes: at least one each (once the whole view is drawn)
    const wanted = new Set(events.map((e) => e.id));
    await expect
      .poll(async () => new Set((await hits(page)).map((h) => h.id).filter((id) => wanted.has(id))).size)
      .toBe(events.length);
    const all = await hits(page);
    for (const e of events)
      expect(
        all.some((h) => h.id === e.id),
        `a mark for ${e.id}`,
      ).toBe(true);

    // No two marks of a lane overlap by half their size (10 px) or more.
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const [a, b] = [all[i]!, all[j]!];
        if (a.lane !== b.lane) continue;
        const apart = Math.abs(a.x - b.x) >= 5 || Math.abs(a.y - b.y) >= 5;
        expect(apart, `${a.id} and ${b.id} in ${a.lane}`).toBe(true);
      }
    }

    for (const e of events) {
      const h = all.find((x) => x.id === e.id)!;
      // scroll the mark into the viewport first (the phone's page is long), then point at it
      await page
        .locator(`[data-testid="timeline-hit"][data-event-id="${e.id}"]`)
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
      const [now] = (await hits(page)).filter((x) => x.id === e.id && x.lane === h.lane);
      await page.mouse.move(now!.x, now!.y);
      const tip = tooltip(page);
      await expect(tip).toBeVisible();
      await expect(tip).toContainText(e.text);
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.mouse.move(1, 1);
      await expect(tip).toBeHidden();
    }
    expect(errors).toEqual([]);
  });
}

test('the axis says the year, its labels inside the plot', async ({ page }) => {
  await openDashboard(page);
  const axis = page.getByTestId('timeline-axis');
  await expect(axis.locator('text').first()).toBeAttached();
  const texts = await axis.locator('text').allTextContents();
  expect(texts.some((t) => /\b(19|20)\d\d$/.test(t))).toBe(true);
  const box = (await axis.boundingBox())!;
  const labels = await axis.locator('text').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }),
  );
  expect(labels.length).toBeGreaterThanOrEqual(2);
  for (const l of labels) {
    expect(l.left).toBeGreaterThanOrEqual(box.x);
    expect(l.right).toBeLessThanOrEqual(box.x + box.width);
  }
});

test('undated events are listed apart from the time axis, and hover and open like marks', async ({
  page,
}) => {
  await openDashboard(page);
  const undated = (await allEvents(page)).filter((e) => e.date === null);
  expect(undated.length).toBeGreaterThan(0);
  const list = page.getByTestId('timeline-undated');
  await expect(list).toContainText('Undated');
  const item = list.locator(`[data-event-id="${undated[0]!.id}"]`);
  await item.hover();
  await expect(tooltip(page)).toContainText(undated[0]!.text);
  await item.click();
  await expect(page.getByRole('dialog', { name: 'Evidence' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${encodeURIComponent(undated[0]!.id)}`));
});

test('an empty selection shows a message, not an axis', async ({ page }) => {
  await openDashboard(page, '/?q=zzqxjv-nothing-says-this');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByTestId('timeline-empty')).toContainText('No events match');
  await expect(timeline.getByTestId('timeline-axis')).toHaveCount(0);
  await expect(timeline.getByTestId('timeline-canvas')).toHaveCount(0);
});

test('at 390 px the timeline fits the page: nothing of it reaches past the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page, '/', true);
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator('[data-testid="timeline-hit"]').first()).toBeAttached();
  const overflow = await timeline.evaluate((root) => {
    const vw = document.documentElement.clientWidth;
    const past = [...root.querySelectorAll('*')]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5))
      .map(
        ({ el, r }) =>
          `${el.tagName}.${el.getAttribute('class') ?? ''} ${Math.round(r.left)}–${Math.round(r.right)}`,
      );
    return {
      past,
      scroll: root.scrollWidth - root.clientWidth,
      right: root.getBoundingClientRect().right,
      vw,
    };
  });
  expect(overflow.past).toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(0);
  expect(overflow.right).toBeLessThanOrEqual(overflow.vw);
});

test('the keyboard walks every seed event in date order, dated ones first', async ({ page }) => {
  await openDashboard(page);
  const events = await viewEvents(page);
  const plot = page.locator('[data-testid="timeline"] [role="application"]');
  await plot.focus();
  const timeline = page.getByTestId('timeline');
  const order: string[] = [];
  for (let i = 0; i < events.length; i++) {
    const before = await timeline.getAttribute('data-focused-event');
    await page.keyboard.press('ArrowRight');
    await expect(timeline).not.toHaveAttribute('data-focused-event', before ?? '');
    order.push((await timeline.getAttribute('data-focused-event'))!);
  }
  expect(new Set(order).size).toBe(events.length);
  // date order: the API lists events by date, undated last; same-day ones in any order
  const dateOf = new Map(events.map((e) => [e.id, e.date?.value ?? '9999']));
  const dates = order.map((id) => dateOf.get(id)!);
  expect(dates).toEqual([...dates].sort());
});

test('the timeline exports say what they show, and the PNG is as tall as its content', async ({ page }) => {
  await openDashboard(page, '/?actor=vladimir-putin&stance=cooperative');
  await expect(page.locator('[data-testid="timeline-hit"]').first()).toBeAttached();
  await page.getByText('Export', { exact: true }).click();
  const timelineItem = page.locator('li', { hasText: 'Timeline:' });

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    timelineItem.getByRole('button', { name: 'SVG' }).click(),
  ]);
  const svg = await streamText(await svgDownload.createReadStream());
  expect(svg).toContain('>Events of Vladimir Putin</text>');
  expect(svg).toContain('>stance: cooperative</text>');
  expect(svg).toMatch(/Dates shown: \d+ \w+ 2016/);
  expect(svg).toContain('>hostile</text>');
  expect(svg).toContain('>material conflict</text>');
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    timelineItem.getByRole('button', { name: 'PNG' }).click(),
  ]);
  const png = await streamBytes(await pngDownload.createReadStream());
  // the PNG's own size, from its header: twice the SVG's, so its height is the content's
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2 * 1400);
  expect(png.readUInt32BE(20)).toBe(2 * height);
});

// Last in this file: it adds an article to the server's database.
test('an old date is set aside at the plot’s edge, and a click brings it into view', async ({ page }) => {
  const r = await page.request.post('/api/documents', {
    headers: WRITE,
    data: {
      title: 'Moscow and Washington trade blame over a treaty',
      published: '2016-11-16',
      text:
        'Russia accused the United States on Tuesday of violating the arms control treaty. ' +
        'In December 1987 the Soviet Union signed the treaty with the United States in Washington.',
    },
  });
  expect(r.status()).toBe(202);
  await uploaded(page.request, ((await r.json()) as { status: string }).status);
  const old = (await viewEvents(page)).filter((e) => e.date?.value.startsWith('1987'));
  expect(old, 'the article yields an event of 1987').toHaveLength(1);

  await openDashboard(page);
  const timeline = page.getByTestId('timeline');
  const marker = timeline.getByTestId('timeline-outliers-before');
  await expect(marker).toHaveText('◂ 1 event in 1987');
  // set aside: no mark of it on the plot, and the axis does not reach back to the 1980s
  await expect(timeline.locator(`[data-testid="timeline-hit"][data-event-id="${old[0]!.id}"]`)).toHaveCount(
    0,
  );
  await expect(timeline.getByTestId('timeline-axis')).not.toContainText(/198\d|199\d/);

  await marker.click();
  const hit = timeline.locator(`[data-testid="timeline-hit"][data-event-id="${old[0]!.id}"]`).first();
  await expect(hit).toBeAttached();
  await expect(timeline.getByTestId('timeline-axis')).toContainText(/19[89]\d/);
  const box = (await hit.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(tooltip(page)).toContainText('1987');

  // and back to the bulk
  await timeline.getByTestId('timeline-outliers-before').click();
  await expect(timeline.locator(`[data-testid="timeline-hit"][data-event-id="${old[0]!.id}"]`)).toHaveCount(
    0,
  );

  // the keyboard reaches it too: Home goes to the first event in date order, and shows it
  await timeline.locator('[role="application"]').focus();
  await page.keyboard.press('Home');
  await expect(timeline).toHaveAttribute('data-focused-event', old[0]!.id);
  await expect(hit).toBeAttached();
});
