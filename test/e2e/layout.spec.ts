/**
 * The page on every screen (issue 11): no horizontal page scroll from a 360 px phone up, the
 * filters in a drawer there, "Add articles" at the top, the evidence opening with who, stance and
 * when in view, controls that answer at once, and counts that agree with the table.
 */
import { expect, test, type Page } from '@playwright/test';
import { WRITE_TOKEN } from './writes';

async function open(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.locator('[data-complete="true"]')).toBeVisible({ timeout: 20_000 });
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [width, height] of [
  [360, 740],
  [390, 844],
  [1024, 768],
  [1440, 900],
] as const) {
  test(`no horizontal page scroll at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (width < 700) {
      // the filters are a drawer on a phone: closed, then open, and still no sideways scroll
      const toggle = page.getByRole('button', { name: /^Filters/ });
      await expect(toggle).toBeVisible();
      await expect(page.getByRole('search', { name: 'Filters' })).toBeHidden();
      await toggle.click();
      await expect(page.getByRole('search', { name: 'Filters' })).toBeVisible();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    } else {
      await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
      await expect(page.getByRole('search', { name: 'Filters' })).toBeVisible();
    }
  });
}

test('"Add articles" is at the top of the page and opens a dialog; the header names the corpus', async ({
  page,
}) => {
  await open(page);
  const button = page.getByTestId('add-toggle');
  const box = await button.boundingBox();
  expect(box!.y).toBeLessThan(120);
  await expect(page.getByTestId('corpus')).toContainText('seeds');
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a pasted article’s date line is read as its publication date', async ({ page }) => {
  await open(page);
  await page.getByTestId('add-toggle').click();
  await page.getByTestId('write-token').fill(WRITE_TOKEN);
  await page
    .getByTestId('paste-text')
    .fill(
      'Lake treaty signed\nVIENNA, 4 March 2019 — Austria and Slovenia signed a treaty on Tuesday.\nSlovenia praised Austria.',
    );
  await page.getByRole('button', { name: 'Add the text' }).click();
  await expect(page.getByTestId('upload-status')).toContainText('published 2019-03-04', { timeout: 20_000 });
  await expect(page.getByTestId('upload-status')).toContainText('Lake treaty signed');
});

test('the evidence opens with who, stance and when in view, also on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const rows = page.locator('[data-testid="event-table"] tbody tr');
  await rows.last().click();
  const panel = page.getByRole('dialog', { name: 'Evidence' });
  await expect(panel).toBeVisible();
  for (const term of ['Who', 'Stance', 'When']) {
    const dt = panel.locator('dt', { hasText: term });
    await expect(dt).toBeInViewport();
  }
  // and the sentence itself is scrolled into its box
  await expect(panel.locator('mark[data-current]').first()).toBeInViewport();
});

test('a stance box answers at once, before the server does; the summary and the table agree', async ({
  page,
}) => {
  await open(page);
  const box = page.getByRole('checkbox', { name: 'hostile' });
  // hold the navigation's answer back: the box must tick without it
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\?.*stance=hostile/, async (route) => {
    await held;
    await route.continue();
  });
  await box.click();
  await expect(box).toBeChecked({ timeout: 500 });
  release();
  await expect(page).toHaveURL(/stance=hostile/);
  await expect(page.locator('[data-complete="true"]')).toBeVisible();
  await expect(page.locator('[aria-busy="false"][data-complete="true"]')).toBeVisible();
  const caption = await page.locator('[data-testid="event-table"] caption').innerText();
  const n = Number(/^(\d+)/.exec(caption)![1]);
  await expect(page.getByRole('status').filter({ hasText: 'the filters' }).first()).toContainText(
    `${n} event${n === 1 ? '' : 's'} ${n === 1 ? 'matches' : 'match'} the filters`,
  );
});

test('in a window with nothing in it, the summary and the table say the same', async ({ page }) => {
  await open(page, '/?from=1990-01-01&to=1990-12-31');
  await expect(page.getByText('0 events in the window 1 Jan 1990 to 31 Dec 1990')).toBeVisible();
  await expect(page.getByTestId('event-table-empty')).toBeVisible();
});

test('the table is one Tab stop; arrows move between its rows', async ({ page }) => {
  await open(page);
  const rows = page.locator('[data-testid="event-table"] tbody tr');
  expect(await rows.count()).toBeGreaterThan(3);
  expect(await page.locator('[data-testid="event-table"] tbody tr[tabindex="0"]').count()).toBe(1);
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  expect(await page.locator('[data-testid="event-table"] tbody tr[tabindex="0"]').count()).toBe(1);
});

test('the Said to be filter hides what has not happened, in the URL and the table alike', async ({
  page,
  request,
}) => {
  await open(page);
  await page.getByRole('checkbox', { name: 'stated' }).click();
  await page.getByRole('checkbox', { name: 'alleged' }).click();
  await expect(page).toHaveURL(/modality=alleged%2Casserted|modality=alleged,asserted/);
  await expect(page.locator('[aria-busy="false"][data-complete="true"]')).toBeVisible();
  const caption = await page.locator('[data-testid="event-table"] caption').innerText();
  const shown = Number(/^(\d+)/.exec(caption)![1]);
  // the same view from the API: every event it gives is stated or alleged, and as many as the table
  const r = await request.get('/api/events?modality=asserted,alleged&limit=500');
  const body = (await r.json()) as { events: { modality: string }[] };
  expect(body.events.every((e) => e.modality === 'asserted' || e.modality === 'alleged')).toBe(true);
  expect(shown).toBe(body.events.length);
});
