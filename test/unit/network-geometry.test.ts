/**
 * The network's edge shapes (components/network/geometry.ts): a band as wide as asked along the
 * curve with its arrowhead's tip on the target's outline, and the distance the pointer is from an
 * edge (thin edges are found by distance, not by an invisible wide stroke).
 */
import { describe, expect, it } from 'vitest';
import {
  ARROW_LENGTH,
  ARROW_WIDTH,
  distanceToEdge,
  edgeGeometry,
  edgeShape,
  glyphExtent,
  type Placed,
} from '@/components/network/geometry';

/** The points of a path, in order (control points of Q included). */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const s: Placed = { x: 0, y: 0, r: 10, shape: 'circle' };
const t: Placed = { x: 200, y: 0, r: 10, shape: 'circle' };

describe('edgeShape', () => {
  it('draws a straight edge as a band of the width asked, then a head whose tip touches the target', () => {
    const g = edgeGeometry(s, t, 0)!;
    const d = edgeShape(g, 6);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const pts = points(d);
    // start of the band: 3 px either side of the line, just off the source's outline
    expect(pts[0]).toEqual([11.5, 3]);
    expect(pts[pts.length - 1]).toEqual([11.5, -3]);
    // the head: its base ARROW_WIDTH wide, its tip 1.5 px off the target's outline
    const tip = pts.reduce((a, b) => (b[0] > a[0] ? b : a));
    expect(tip[0]).toBeCloseTo(200 - 10 - 1.5, 6);
    expect(tip[1]).toBeCloseTo(0, 6);
    const base = pts.filter((p) => Math.abs(p[0] - (tip[0] - ARROW_LENGTH)) < 1e-6);
    expect(base.map((p) => Math.abs(p[1])).sort()).toContain(ARROW_WIDTH / 2);
  });

  it('bends a reciprocal edge to its right, band and head included', () => {
    const g = edgeGeometry(s, t, 16)!;
    expect(g.curved).toBe(true);
    const pts = points(edgeShape(g, 4));
    // travelling rightwards on screen (y down), the right-hand side is +y
    expect(Math.max(...pts.map((p) => p[1]))).toBeGreaterThan(10);
    expect(Math.min(...pts.map((p) => p[1]))).toBeGreaterThan(-4);
    // each side starts half the width from the curve's start
    const [first] = pts;
    expect(Math.hypot(first![0] - g.x1, first![1] - g.y1)).toBeCloseTo(2, 2); // to the path's 0.01 px
  });

  it('keeps a band of width 0 drawable (at least half a pixel wide)', () => {
    const pts = points(edgeShape(edgeGeometry(s, t, 0)!, 0));
    expect(pts[0]![1] - pts[pts.length - 1]![1]).toBeCloseTo(0.5, 6);
  });

  it('has nothing to draw between nodes that touch', () => {
    expect(edgeGeometry(s, { ...t, x: 25 }, 0)).toBeNull();
  });
});

describe('distanceToEdge', () => {
  const straight = edgeGeometry(s, t, 0)!;
  const curved = edgeGeometry(s, t, 16)!;

  it.each([
    ['on the line', 100, 0, 0],
    ['above it', 100, -5, 5],
    ['off its start', -20, 0, 31.5],
  ])('a point %s (%d, %d) is %d px from a straight edge', (_, x, y, d) => {
    expect(distanceToEdge(straight, x, y)).toBeCloseTo(d, 1);
  });

  it('counts the arrowhead as the edge', () => {
    expect(distanceToEdge(straight, 200 - 10 - 1.5 - 1, 0)).toBeLessThan(0.01);
  });

  it('follows a curve: its apex is near, the straight chord is not', () => {
    // the apex of a quadratic is half its control point's offset from the chord
    const apex = {
      x: 0.25 * curved.x1 + 0.5 * curved.cx + 0.25 * curved.x2,
      y: 0.25 * curved.y1 + 0.5 * curved.cy + 0.25 * curved.y2,
    };
    expect(distanceToEdge(curved, apex.x, apex.y)).toBeLessThan(0.5);
    expect(distanceToEdge(curved, 100, 0)).toBeGreaterThan(10);
  });
});

describe('glyphExtent', () => {
  it.each([
    ['circle', 10, { halfWidth: 10, top: 10, bottom: 10 }],
    [
      'square',
      10,
      {
        halfWidth: 10 * (Math.sqrt(Math.PI) / 2),
        top: 10 * (Math.sqrt(Math.PI) / 2),
        bottom: 10 * (Math.sqrt(Math.PI) / 2),
      },
    ],
  ] as const)('glyphExtent(%s, %d)', (shape, r, e) => {
    const got = glyphExtent(shape, r);
    expect(got.halfWidth).toBeCloseTo(e.halfWidth, 6);
    expect(got.top).toBeCloseTo(e.top, 6);
    expect(got.bottom).toBeCloseTo(e.bottom, 6);
  });

  it('a triangle reaches further up than down (it points up, centred on its centroid)', () => {
    const e = glyphExtent('triangle', 10);
    expect(e.top).toBeCloseTo(2 * e.bottom, 6);
  });
});
