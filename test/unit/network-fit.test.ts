/**
 * The layout fitted to its panel (lib/graph/fit.ts): the nodes reach the margins on all four
 * sides whatever the panel's shape, order along each axis is kept, small graphs stay small, and
 * the same input always gives the same positions.
 */
import { describe, expect, it } from 'vitest';
import { fitToPanel, normalisedRanks, type Located } from '@/lib/graph/fit';
import { mulberry32 } from '@/lib/graph/layout';
import { denseGraph, laidOut } from './network-fixtures';

const MARGIN = { top: 26, right: 30, bottom: 26, left: 30 };

function extent(points: Iterable<{ x: number; y: number }>) {
  const list = [...points];
  return {
    minX: Math.min(...list.map((p) => p.x)),
    maxX: Math.max(...list.map((p) => p.x)),
    minY: Math.min(...list.map((p) => p.y)),
    maxY: Math.max(...list.map((p) => p.y)),
  };
}

describe('fitToPanel', () => {
  const nodes = laidOut(denseGraph(100, 3));

  it.each([
    { width: 1400, height: 460, name: 'a wide single column' },
    { width: 830, height: 460, name: 'the two-column desktop' },
    { width: 1024, height: 768, name: '4:3' },
    { width: 600, height: 600, name: 'square' },
    { width: 350, height: 460, name: 'a phone in portrait' },
    { width: 330, height: 640, name: 'a tall narrow panel' },
  ])('fills $name ($width × $height) to its margins on all four sides', (panel) => {
    const { positions } = fitToPanel(nodes, panel, { margin: MARGIN });
    const e = extent(positions.values());
    expect(e.minX).toBeCloseTo(MARGIN.left, 0);
    expect(e.maxX).toBeCloseTo(panel.width - MARGIN.right, 0);
    expect(e.minY).toBeCloseTo(MARGIN.top, 0);
    expect(e.maxY).toBeCloseTo(panel.height - MARGIN.bottom, 0);
  });

  it('turns a landscape layout a quarter for a portrait panel, and not for a landscape one', () => {
    const e = extent(nodes);
    expect(e.maxX - e.minX).toBeGreaterThan(e.maxY - e.minY); // the layout is landscape
    expect(fitToPanel(nodes, { width: 350, height: 460 }, { margin: MARGIN }).rotated).toBe(true);
    expect(fitToPanel(nodes, { width: 830, height: 460 }, { margin: MARGIN }).rotated).toBe(false);
    expect(fitToPanel(nodes, { width: 350, height: 460 }, { margin: MARGIN, rotate: false }).rotated).toBe(
      false,
    );
  });

  it('keeps the order of the nodes along each axis (respacing moves none past another)', () => {
    const { positions } = fitToPanel(nodes, { width: 830, height: 460 }, { margin: MARGIN, spread: 0.8 });
    for (const a of nodes)
      for (const b of nodes) {
        const pa = positions.get(a.id)!;
        const pb = positions.get(b.id)!;
        if (a.x < b.x) expect(pa.x).toBeLessThanOrEqual(pb.x);
        if (a.y < b.y) expect(pa.y).toBeLessThanOrEqual(pb.y);
      }
  });

  it('spreads a crowded core: the median gap to the nearest node grows with `spread`', () => {
    const nearest = (spread: number) => {
      const pts = [
        ...fitToPanel(nodes, { width: 830, height: 460 }, { margin: MARGIN, spread }).positions.values(),
      ];
      const gaps = pts
        .map((p, i) =>
          Math.min(...pts.filter((_, j) => j !== i).map((q) => Math.hypot(p.x - q.x, p.y - q.y))),
        )
        .sort((a, b) => a - b);
      return gaps[Math.floor(gaps.length / 2)]!;
    };
    expect(nearest(0.45)).toBeGreaterThan(nearest(0));
  });

  it('limits the stretch of one axis against the other', () => {
    // a layout four times wider than tall, into a square panel: at most 2.5× stretched
    const flat: Located[] = Array.from({ length: 20 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 5) * 100,
      y: Math.floor(i / 5) * 25,
    }));
    const fit = fitToPanel(flat, { width: 600, height: 600 }, { margin: MARGIN, spread: 0, rotate: false });
    expect(Math.max(fit.scaleX / fit.scaleY, fit.scaleY / fit.scaleX)).toBeLessThanOrEqual(2.5 + 1e-9);
    // so the short axis does not reach its margins, and is centred
    const e = extent(fit.positions.values());
    expect(e.minY - MARGIN.top).toBeCloseTo(600 - MARGIN.bottom - e.maxY, 6);
    expect(e.minY).toBeGreaterThan(MARGIN.top);
  });

  it('does not blow up a tiny graph: two nodes stay near the middle at the largest scale', () => {
    const two = [
      { id: 'a', x: -20, y: 0 },
      { id: 'b', x: 20, y: 0 },
    ];
    const { positions, scaleX } = fitToPanel(
      two,
      { width: 800, height: 400 },
      { margin: MARGIN, maxScale: 3 },
    );
    expect(scaleX).toBe(3);
    expect(positions.get('a')).toEqual({ x: 400 - 60, y: 200 });
    expect(positions.get('b')).toEqual({ x: 400 + 60, y: 200 });
  });

  it('puts a single node in the middle, and answers nothing for no node', () => {
    expect(
      fitToPanel([{ id: 'a', x: 7, y: -3 }], { width: 300, height: 200 }, { margin: MARGIN }).positions.get(
        'a',
      ),
    ).toEqual({
      x: 150,
      y: 100,
    });
    expect(fitToPanel([], { width: 300, height: 200 }, { margin: MARGIN }).positions.size).toBe(0);
  });

  it('gives the same positions for the same input, in any order', () => {
    const panel = { width: 830, height: 460 };
    const first = fitToPanel(nodes, panel, { margin: MARGIN });
    const random = mulberry32(9);
    const shuffled = [...nodes].sort(() => random() - 0.5);
    const again = fitToPanel(shuffled, panel, { margin: MARGIN });
    expect(Object.fromEntries(again.positions)).toEqual(Object.fromEntries(first.positions));
  });

  it('keeps a panel smaller than its margins drawable (finite positions)', () => {
    const { positions } = fitToPanel(nodes, { width: 40, height: 30 }, { margin: MARGIN });
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

describe('normalisedRanks', () => {
  it.each([
    [[5], [0.5]],
    [
      [3, 1, 2],
      [1, 0, 0.5],
    ],
    [
      [1, 1, 2],
      [0.25, 0.25, 1],
    ],
    [
      [4, 4, 4],
      [0.5, 0.5, 0.5],
    ],
  ])('normalisedRanks(%j) is %j', (values, ranks) => {
    expect(normalisedRanks(values)).toEqual(ranks);
  });
});
