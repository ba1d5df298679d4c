import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { layoutGraph, mulberry32 } from '../../lib/graph/layout';

// The network of relations in the browser: names that never overlap on a dense network, the
// tooltip inside the viewport on a phone, grouping by country, a page that does not scroll sideways
// at 390 px, touch, the keyboard, and the exported picture.
//
// The seed article gives a small network. For a dense one, the browser's fetch of the whole view
// (/api/dashboard, made because playwright.config.ts ships only 5 events with the page) is answered
// with the real view plus 110 actors of made-up names and their relations, placed by the real
// seeded layout: the page draws them as it would draw a corpus of 60–150 actors.

interface Node {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  events: number;
  x: number;
  y: number;
}
interface Edge {
  source: string;
  target: string;
  events: number;
  cooperative: number;
  neutral: number;
  hostile: number;
  meanScore: number;
  firstDate: string | null;
  lastDate: string | null;
  evidence: string[];
}
interface View {
  network: { nodes: Node[]; edges: Edge[]; truncated: boolean };
  actors: Record<string, { id: string; name: string; kind: string; country: string | null }>;
}

const FIRST = ['Northern', 'Eastern', 'National', 'Federal', 'Coastal', 'Highland', 'Central', 'Royal'];
const SECOND = [
  'Ministry of Trade',
  'Port Authority',
  'Farmers Union',
  'Defence Council',
  'Water Board',
  'Press Agency',
];
const PEOPLE = [
  'Amara Okafor',
  'Lena Vukovic',
  'Tomas Ribeiro',
  'Yusuf Demir',
  'Ingrid Halvorsen',
  'Kenji Mori',
];
const KINDS = ['person', 'organization', 'group', 'country', 'media'];
const CODES = ['AAA', 'BBB', 'CCC', 'DDD', null];

/** The real view with `extra` made-up actors, linked to the real ones and among themselves. */
function densify(view: View, extra: number): View {
  const random = mulberry32(17);
  const real = view.network.nodes;
  const added = Array.from({ length: extra }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const name =
      kind === 'person'
        ? `${PEOPLE[i % PEOPLE.length]} ${i}`
        : `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`;
    return {
      id: `made-up-${i}`,
      name: i % 9 === 0 ? `${name} of the Republic of the Southern Isles` : name,
      kind,
      country: CODES[i % CODES.length]!,
      events: 1 + Math.floor(Math.pow(random(), 3) * 40),
    };
  });
  const ids = [...real.map((n) => n.id), ...added.map((n) => n.id)];
  const edges: Edge[] = [...view.network.edges];
  const seen = new Set(edges.map((e) => `${e.source}>${e.target}`));
  while (edges.length < view.network.edges.length + extra * 3) {
    const a = ids[Math.floor(Math.pow(random(), 1.5) * ids.length)]!;
    const b = ids[Math.floor(random() * ids.length)]!;
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    const events = 1 + Math.floor(random() * 6);
    const hostile = Math.floor(random() * (events + 1));
    edges.push({
      source: a,
      target: b,
      events,
      cooperative: events - hostile,
      neutral: 0,
      hostile,
      meanScore: ((events - 2 * hostile) / events) * 3,
      firstDate: '2016-11-01',
      lastDate: '2016-12-01',
      evidence: [],
    });
  }
  const all = [...real, ...added.map((n) => ({ ...n, x: 0, y: 0 }))];
  const positions = layoutGraph(all, edges);
  const nodes = all.map((n) => ({ ...n, ...positions.get(n.id)! }));
  const actors = { ...view.actors };
  for (const n of added) actors[n.id] = { id: n.id, name: n.name, kind: n.kind, country: n.country };
  return { ...view, actors, network: { ...view.network, nodes, edges } };
}

/** Answers the browser's fetch of the whole view with a denser network. */
async function denseView(page: Page, extra = 110) {
  await page.route('**/api/dashboard**', async (route) => {
    const response = await route.fetch();
    const view = (await response.json()) as View;
    await route.fulfill({ response, json: densify(view, extra) });
  });
}

async function openDashboard(page: Page, url = '/') {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.locator('[data-complete="true"]')).toBeAttached();
  await expect(page.locator('[data-testid="network-svg"]')).toBeVisible();
  return errors;
}

/** The network's figure: its drawing, its buttons and its legend. */
const figure = (page: Page) => page.locator('figure:has([data-testid="network-svg"])');

type Rect = { left: number; top: number; right: number; bottom: number; id: string };

/** The names drawn in the network, as boxes on the page. */
const nameBoxes = (page: Page) =>
  page.locator('[data-testid="network-svg"] [data-label-for]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        id: el.getAttribute('data-label-for')!,
      };
    }),
  );

/** The share of pairs of boxes that overlap (touching does not count). */
function overlapShare(boxes: Rect[]): { share: number; pairs: string[] } {
  const pairs: string[] = [];
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      n++;
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        pairs.push(`${a.id}/${b.id}`);
    }
  return { share: n ? pairs.length / n : 0, pairs };
}

/**
 * Stand-in for the page's own fix: app/globals.css gives the dashboard a min-width of 60rem, which
 * alone makes the page 1000 px wide on a phone (and the network as wide). Without it the network
 * gets the phone's width, as it will once the page is fixed.
 */
const PHONE_PAGE = 'main.dashboard-main { min-width: 0 }';

for (const { viewport, minNames } of [
  { viewport: { width: 1440, height: 900 }, minNames: 20 },
  { viewport: { width: 1024, height: 768 }, minNames: 20 },
  { viewport: { width: 390, height: 844 }, minNames: 10 },
]) {
  test(`names do not overlap on a network of 120 actors at ${viewport.width}×${viewport.height}; the most active are named`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await denseView(page);
    if (viewport.width < 600) await page.addInitScript(onLoad, PHONE_PAGE);
    const errors = await openDashboard(page);
    const nodes = page.locator('[data-testid="network-svg"] [data-actor-id]');
    await expect.poll(() => nodes.count()).toBeGreaterThan(100);
    const boxes = await nameBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(minNames);
    const { share, pairs } = overlapShare(boxes);
    // the acceptance allows 5 % of pairs; the placement aims at none
    expect(share, pairs.join(', ')).toBeLessThanOrEqual(0.05);
    expect(pairs).toEqual([]);

    // the actors with most events are named: those above the fourth's count (the top three, ties
    // aside), read from their accessible names ("…, 12 events")
    const ranked = await nodes.evaluateAll((els) =>
      els
        .map((el) => ({
          id: el.getAttribute('data-actor-id')!,
          events: Number(/(\d+) events?$/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? 0),
        }))
        .sort((a, b) => b.events - a.events),
    );
    const fourth = ranked[3]!.events;
    const top = ranked.filter((n) => n.events > fourth);
    expect(top.length).toBeGreaterThan(0);
    const named = new Set(boxes.map((b) => b.id));
    for (const { id } of top) expect(named, id).toContain(id);
    const longest = await page
      .locator('[data-testid="network-svg"] [data-label-for]')
      // a name's lines: its first text, then one tspan a line
      .evaluateAll((els) =>
        els
          .map((el) => [...el.childNodes].map((n) => n.textContent).join(' '))
          .filter((t) => t.includes('Southern')),
      );
    expect(longest.length).toBeGreaterThan(0);
    for (const t of longest) expect(t.replace(/\s+/g, ' ')).toMatch(/of the Republic of the Southern Isles$/);
    expect(errors).toEqual([]);
  });
}

/** Adds a stylesheet to every page as it loads (an init script: before the dashboard draws). */
function onLoad(css: string) {
  document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  });
}

test('an unnamed node shows its full name on hover', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await denseView(page);
  await openDashboard(page);
  await page.locator('[data-testid="network-svg"]').scrollIntoViewIfNeeded();
  const named = new Set((await nameBoxes(page)).map((b) => b.id));
  const svg = (await page.locator('[data-testid="network-svg"]').boundingBox())!;
  const unnamed = await page.locator('[data-testid="network-svg"] [data-actor-id]').evaluateAll(
    (els, [skip, box]) =>
      els
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { id: el.getAttribute('data-actor-id')!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
        })
        .filter((n) => !(skip as string[]).includes(n.id))
        .filter(
          (n) => n.x > (box as DOMRect).x + 10 && n.x < (box as DOMRect).x + (box as DOMRect).width - 10,
        )
        // the node itself under its centre, not a neighbour's glyph
        .filter(
          (n) =>
            document.elementFromPoint(n.x, n.y)?.closest('[data-actor-id]')?.getAttribute('data-actor-id') ===
            n.id,
        ),
    [[...named], svg] as const,
  );
  expect(unnamed.length).toBeGreaterThan(0);
  const target = unnamed[0]!;
  const name = await page.evaluate(
    (id) => document.querySelector(`[data-actor-id="${id}"]`)!.getAttribute('aria-label')!.split(',')[0],
    target.id,
  );
  await page.locator(`[data-testid="network-svg"] [data-actor-id="${target.id}"]`).hover();
  const tip = page.locator('figure [role="tooltip"]');
  await expect(tip).toBeVisible();
  await expect(tip.locator('p').first()).toHaveText(name!);
});

test('the tooltip stays inside the viewport of a 390×844 phone, for nodes and edges near its edges', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await denseView(page);
  await openDashboard(page);
  const svg = page.locator('[data-testid="network-svg"]');
  await svg.scrollIntoViewIfNeeded();
  const marks = await page.locator('[data-testid="network-svg"] [data-actor-id]').evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })
      .filter((p) => p.x > 4 && p.x < innerWidth - 4 && p.y > 4 && p.y < innerHeight - 4),
  );
  // the node nearest each side of the screen
  const picks = [
    marks.reduce((a, b) => (b.x > a.x ? b : a)),
    marks.reduce((a, b) => (b.x < a.x ? b : a)),
    marks.reduce((a, b) => (b.y > a.y ? b : a)),
  ];
  const tip = page.locator('figure [role="tooltip"]');
  for (const p of picks) {
    await page.mouse.move(p.x, p.y);
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  }
  // an edge's tooltip (the widest, with evidence): the edge nearest the right of the screen
  const edges = await page.locator('[data-testid="network-svg"] [data-source]').evaluateAll((els) =>
    // an edge between touching nodes keeps its element with nothing drawn: no point to hover
    els
      .filter((el) => (el.getAttribute('d') ?? '') !== '')
      .map((el) => {
        const path = el as SVGPathElement;
        const length = path.getTotalLength();
        const m = path.getScreenCTM()!;
        const at = path.getPointAtLength(length / 2);
        return { x: at.x * m.a + at.y * m.c + m.e, y: at.x * m.b + at.y * m.d + m.f };
      }),
  );
  // a midpoint under a node would show the node instead: keep the edges clear of them
  const covers = await page
    .locator('[data-testid="network-svg"] [data-actor-id]')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  const clear = (p: { x: number; y: number }) =>
    !covers.some((r) => p.x >= r.left - 2 && p.x <= r.right + 2 && p.y >= r.top - 2 && p.y <= r.bottom + 2);
  const onScreen = edges.filter((p) => p.x > 4 && p.x < 386 && p.y > 4 && p.y < 840 && clear(p));
  const edge = onScreen.reduce((a, b) => (b.x > a.x ? b : a));
  await page.mouse.move(edge.x, edge.y);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('→');
  const box = (await tip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
});

test('grouping by country merges a country’s actors, a click expands one, and ungrouping restores them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openDashboard(page);
  const svg = page.locator('[data-testid="network-svg"]');
  const actorsBefore = await svg
    .locator('[data-actor-id]')
    .evaluateAll((els) =>
      els
        .map(
          (e) => `${e.getAttribute('data-actor-id')}@${e.getAttribute('data-x')},${e.getAttribute('data-y')}`,
        )
        .sort(),
    );
  // the seed names Vladimir Putin, the Kremlin and Russia: one country, several actors
  await expect(svg.locator('[data-actor-id="vladimir-putin"]')).toBeVisible();
  await page.getByTestId('network-group').check();
  const russia = svg.locator('[data-group="RUS"]');
  await expect(russia).toBeVisible();
  await expect(svg.locator('[data-actor-id="vladimir-putin"]')).toHaveCount(0);
  await expect(russia).toHaveAttribute('aria-label', /actors grouped/);
  await expect(page.locator('[data-label-for="group:RUS"]')).toContainText('(');
  // a relation from the group carries the summed events of its actors' relations
  const fromRussia = await svg.locator('[data-source="group:RUS"]').count();
  expect(fromRussia).toBeGreaterThan(0);

  await russia.click();
  await expect(svg.locator('[data-group="RUS"]')).toHaveCount(0);
  await expect(svg.locator('[data-actor-id="vladimir-putin"]')).toBeVisible();
  const regroup = page.getByRole('button', { name: /Group .* again/ });
  await expect(regroup).toBeVisible();
  await regroup.click();
  await expect(svg.locator('[data-group="RUS"]')).toBeVisible();

  await page.getByTestId('network-group').uncheck();
  await expect(svg.locator('[data-group]')).toHaveCount(0);
  const actorsAfter = await svg
    .locator('[data-actor-id]')
    .evaluateAll((els) =>
      els
        .map(
          (e) => `${e.getAttribute('data-actor-id')}@${e.getAttribute('data-x')},${e.getAttribute('data-y')}`,
        )
        .sort(),
    );
  expect(actorsAfter).toEqual(actorsBefore);
});

test('the grouping is kept in the URL: group=country, expand=…; Back undoes it, a reload keeps it', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByTestId('network-group').check();
  await expect(page).toHaveURL(/[?&]group=country(&|$)/);
  await page.locator('[data-testid="network-svg"] [data-group="RUS"]').click();
  await expect(page).toHaveURL(/[?&]expand=RUS(&|$)/);
  await page.reload();
  await expect(page.getByTestId('network-group')).toBeChecked();
  await expect(page.locator('[data-testid="network-svg"] [data-actor-id="vladimir-putin"]')).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/expand=/);
  await expect(page.locator('[data-testid="network-svg"] [data-group="RUS"]')).toBeVisible();
});

test('at 390 px the network fits its column: nothing of it is wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await denseView(page);
  await page.addInitScript(onLoad, PHONE_PAGE);
  await openDashboard(page);
  const widths = await figure(page).evaluate((f) => {
    // the page's boxes: the figure's HTML, and the svg itself (which clips what it draws); the
    // tooltip is fixed to the viewport and placed inside it (tested above)
    const boxes = [f, ...f.querySelectorAll('*')].filter(
      (el) => !el.closest('[role="tooltip"]') && !el.parentElement?.closest('svg'),
    );
    return {
      rightmost: Math.max(...boxes.map((el) => el.getBoundingClientRect().right)),
      scroll: f.scrollWidth,
      client: f.clientWidth,
    };
  });
  expect(widths.rightmost).toBeLessThanOrEqual(390);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  // the buttons wrap within the column and stay large enough for a finger
  for (const name of ['Zoom in', 'Zoom out', 'Reset zoom']) {
    const b = (await figure(page).getByRole('button', { name }).boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(390);
    expect(b.height).toBeGreaterThanOrEqual(30);
  }
});

test('the whole page does not scroll sideways at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('with touch', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  const transformOf = (page: Page) =>
    page.locator('[data-testid="network-svg"] > g').first().getAttribute('transform');

  test('the buttons zoom, a finger pans, two fingers pinch, a tap shows a node’s tooltip and a second filters', async ({
    page,
  }) => {
    await openDashboard(page);
    const svg = page.locator('[data-testid="network-svg"]');
    await svg.scrollIntoViewIfNeeded();
    const start = await transformOf(page);
    await figure(page).getByRole('button', { name: 'Zoom in' }).tap();
    await expect.poll(() => transformOf(page)).not.toBe(start);
    await figure(page).getByRole('button', { name: 'Reset zoom' }).tap();
    await expect.poll(() => transformOf(page)).toBe(start);

    // a one-finger drag on the background, then a pinch, through the browser's touch input
    const box = (await svg.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: i })),
      });
    // inside the part of the drawing on screen (the page may be scrolled sideways to the buttons)
    const left = Math.max(box.x, 0);
    const right = Math.min(box.x + box.width, 390);
    const x = left + 12;
    const y = Math.max(box.y, 0) + 12;
    await touch('touchStart', [{ x, y }]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: x + i * 12, y: y + i * 8 }]);
    await touch('touchEnd', []);
    const panned = await transformOf(page);
    expect(panned).not.toBe(start);
    expect(panned).toMatch(/^translate\(60,40\)$/);

    const cx = (left + right) / 2;
    const cy = box.y + box.height / 2;
    await touch('touchStart', [
      { x: cx - 20, y: cy },
      { x: cx + 20, y: cy },
    ]);
    for (let i = 1; i <= 5; i++)
      await touch('touchMove', [
        { x: cx - 20 - i * 12, y: cy },
        { x: cx + 20 + i * 12, y: cy },
      ]);
    await touch('touchEnd', []);
    await expect.poll(() => transformOf(page)).toMatch(/scale\(|translate\((?!60,40\))/);

    await figure(page).getByRole('button', { name: 'Reset zoom' }).tap();
    // a finger has no hover: the first tap shows the tooltip and says what a second does
    const node = page.locator('[data-testid="network-svg"] [data-actor-id="vladimir-putin"]');
    await node.tap();
    const tip = page.locator('[role="tooltip"]').filter({ hasText: 'Tap it again' });
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Vladimir Putin');
    // with the code the actor dictionaries gave him at the article's date, and where it came from
    await expect(tip.getByTestId('actor-code')).toContainText(
      /CAMEO RUSGOV: from the Phoenix countries list/,
    );
    expect(page.url()).not.toMatch(/[?&]actor=/);
    // a tap on the background closes it; two taps filter
    await page.touchscreen.tap(x, y);
    await expect(tip).toBeHidden();
    await node.tap();
    await expect(tip).toBeVisible();
    await node.tap();
    await expect(page).toHaveURL(/[?&]actor=vladimir-putin(&|$)/);
  });
});

test('the keyboard goes from node to node, and Enter filters by one', async ({ page }) => {
  await openDashboard(page);
  const first = page.locator('[data-testid="network-svg"] [data-actor-id]').first();
  await first.focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('[data-testid="network-svg"] [data-actor-id]:focus');
  await expect(focused).toHaveCount(1);
  const id = await focused.getAttribute('data-actor-id');
  // a focused node shows its tooltip too
  await expect(page.locator('figure [role="tooltip"]')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${id}(&|$)`));
});

test('the exported network carries a title, the filters in words, the dates and the legend', async ({
  page,
}) => {
  await openDashboard(page, '/?stance=cooperative');
  await page.locator('summary', { hasText: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('li', { hasText: 'Network:' }).getByRole('button', { name: 'SVG' }).click(),
  ]);
  const svg = await readFile((await download.path())!, 'utf8');
  expect(svg).toContain('>Relations: All events</text>');
  expect(svg).toContain('>stance: cooperative</text>');
  expect(svg).toMatch(/>relations dated \d{1,2} \w{3} \d{4}( to \d{1,2} \w{3} \d{4})?<\/text>/);
  for (const text of [
    'cooperative (mean score ≥ 1)',
    'neutral',
    'hostile (mean score ≤ −1)',
    'person, other',
    'country',
  ])
    expect(svg).toContain(`>${text}</text>`);
  expect(svg).toContain('data-actor-id="vladimir-putin"');
});
