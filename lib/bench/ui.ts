/**
 * For `npm run bench -- --only ui`: the dashboard in Debian's Chromium, against a production server
 * on a database of about 10k synthetic events. Measures, inside the page, from the input event's own
 * timestamp (the moment the browser received it):
 *   - hover → tooltip: a pointer move over a timeline mark (its pointerrawupdate or pointermove,
 *     whichever comes first) until the tooltip is in the DOM, and until the next animation frame
 *     after that (when it can be painted);
 *   - brush → redraw: the pointerup that ends a brush gesture until the last change the brush causes
 *     in the network and the table (the views it filters), and the next frame after that;
 *   - first load JS: the scripts the HTML of `/` loads, gzipped (level 9, as a server would send them).
 * No figure here is a test: nothing fails on a slow machine.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

export interface UiFigures {
  events: number;
  marks: string;
  hover: Stats & { toFrame: Stats; misses: number };
  brush: Stats & { toFrame: Stats; edgesBefore: number; edgesAfter: number[] };
  firstLoad: { scripts: number; rawKB: number; gzipKB: number };
  pageLoadMs: number;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : NaN);
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The scripts the page's HTML loads before anything else happens, and their gzipped size. */
export async function firstLoadJs(base: string): Promise<UiFigures['firstLoad']> {
  const html = await (await fetch(`${base}/`)).text();
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) srcs.add(m[1]!);
  for (const m of html.matchAll(
    /<link[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*href="([^"]+)"/g,
  ))
    srcs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*as="script"/g)) srcs.add(m[1]!);
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, '&'), base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: srcs.size, rawKB: raw / 1024, gzipKB: gz / 1024 };
}

/** Installs the in-page probes: input timestamps and mutation times. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Probe = {
      move: number;
      up: number;
      hover: number[];
      hoverFrame: number[];
      shown: boolean;
      lastChange: number;
      lastFrame: number;
    };
    const w = window as unknown as { __probe: Probe };
    const probe: Probe = {
      move: 0,
      up: 0,
      hover: [],
      hoverFrame: [],
      shown: false,
      lastChange: 0,
      lastFrame: 0,
    };
    w.__probe = probe;
    // The input's own timestamp, from whichever pointer event reaches the page first: a page may
    // react to pointerrawupdate, which Chromium dispatches as the input arrives, before the
    // pointermove it holds back until its next frame (both carry the same timestamp).
    addEventListener('pointermove', (e) => (probe.move = e.timeStamp), { capture: true });
    addEventListener('pointerrawupdate', (e) => (probe.move = e.timeStamp), { capture: true });
    addEventListener('pointerup', (e) => (probe.up = e.timeStamp), { capture: true });
    const timeline = document.querySelector('[data-testid="timeline"]')!;
    new MutationObserver(() => {
      const tip = timeline.querySelector('[role="tooltip"]');
      if (tip && !probe.shown) {
        probe.shown = true;
        const start = probe.move;
        probe.hover.push(performance.now() - start);
        requestAnimationFrame(() => probe.hoverFrame.push(performance.now() - start));
      } else if (!tip) probe.shown = false;
    }).observe(timeline, { childList: true, subtree: true, characterData: true });
    // what a brush filters: the network and the table (not, say, React re-setting the filter
    // inputs' attributes when the URL catches up)
    const watched = [
      document.querySelector('[data-testid="network-svg"]'),
      document.querySelector('[data-testid="event-table"]')?.closest('section'),
    ];
    const seen = new MutationObserver(() => {
      probe.lastChange = performance.now();
      requestAnimationFrame(() => (probe.lastFrame = performance.now()));
    });
    for (const el of watched)
      if (el) seen.observe(el, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureUi(
  base: string,
  opts: { executablePath: string; hovers: number; brushes: number },
): Promise<Omit<UiFigures, 'firstLoad'>> {
  const browser = await chromium.launch({ executablePath: opts.executablePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const t0 = Date.now();
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.locator('[data-complete="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.locator('[data-testid="timeline-hit"]').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="network-svg"]').waitFor({ timeout: 60_000 });
    const pageLoadMs = Date.now() - t0;
    const label =
      (await page.locator('[data-testid="timeline"] [role="application"]').getAttribute('aria-label')) ?? '';
    const events = Number(/Timeline of (\d+) events/.exec(label)?.[1] ?? NaN);
    const marks = `${await page.locator('[data-testid="timeline-hit"]').count()} hit targets`;
    await installProbes(page);

    // ——— hover: from a spot off the timeline onto a mark, many marks ———
    const targets = await page.locator('[data-testid="timeline-hit"]').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    );
    const step = Math.max(1, Math.floor(targets.length / opts.hovers));
    let tries = 0;
    for (let i = 0; i < targets.length && tries < opts.hovers; i += step, tries++) {
      await page.mouse.move(4, 4);
      await pause(40);
      await page.mouse.move(targets[i]!.x, targets[i]!.y);
      await pause(60);
    }
    await pause(100);
    const hover = await page.evaluate(() => {
      const p = (window as unknown as { __probe: { hover: number[]; hoverFrame: number[] } }).__probe;
      return { hover: [...p.hover], frame: [...p.hoverFrame] };
    });

    // ——— brush: drag a window, clear it, drag another ———
    const edges = () => page.locator('[data-testid="network-svg"] [data-source]').count();
    await page.mouse.move(4, 4);
    const edgesBefore = await edges();
    // the brush's own overlay (the strip's left part holds the lane labels' margin)
    const brush = (await page.locator('[data-testid="timeline-brush"] rect.overlay').boundingBox())!;
    const brushTimes: number[] = [];
    const brushFrames: number[] = [];
    const edgesAfter: number[] = [];
    for (let i = 0; i < opts.brushes; i++) {
      const a = 0.05 + ((i * 0.37) % 0.6);
      const b = a + 0.1 + ((i * 0.13) % 0.25);
      const y = brush.y + brush.height / 2;
      await page.mouse.move(brush.x + brush.width * a, y);
      await page.mouse.down();
      await page.mouse.move(brush.x + brush.width * ((a + b) / 2), y, { steps: 3 });
      await page.mouse.move(brush.x + brush.width * b, y, { steps: 3 });
      await page.mouse.up();
      // wait for quiet: nothing changed for 300 ms
      const times = await page.evaluate(async () => {
        const p = (window as unknown as { __probe: { up: number; lastChange: number; lastFrame: number } })
          .__probe;
        const start = p.up;
        let last = p.lastChange;
        for (;;) {
          await new Promise((r) => setTimeout(r, 300));
          if (p.lastChange === last) break;
          last = p.lastChange;
        }
        // the last change, and the frame after it (when it can be painted)
        return { settled: p.lastChange - start, frame: p.lastFrame - start };
      });
      // a brush that changed nothing (the same events as before) has no redraw to time
      if (times.settled >= 0) {
        brushTimes.push(times.settled);
        brushFrames.push(times.frame);
      }
      edgesAfter.push(await edges());
      const clear = page.getByRole('button', { name: 'Clear the window' });
      if (await clear.count()) {
        await clear.first().click();
        await pause(400);
      }
    }
    return {
      events,
      marks,
      pageLoadMs,
      hover: { ...stats(hover.hover), toFrame: stats(hover.frame), misses: tries - hover.hover.length },
      brush: { ...stats(brushTimes), toFrame: stats(brushFrames), edgesBefore, edgesAfter },
    };
  } finally {
    await browser.close();
  }
}
