/**
 * The network's marks in screen pixels: node glyphs of equal area for equal counts whatever their
 * shape, where a ray from a node's centre leaves its outline (so an arrowhead stops at the border of
 * a square or a hexagon as well as a circle), the curve and the filled shape of a directed edge,
 * and how far the pointer is from one.
 */
import { KIND_SHAPE } from '@/lib/dashboard/palette';

export type Shape = 'circle' | 'square' | 'hexagon' | 'triangle';

/** The glyph of an actor kind; unknown kinds are circles. */
export function shapeOf(kind: string): Shape {
  return KIND_SHAPE[kind] ?? 'circle';
}

type Vec = [number, number];

/**
 * The outline of each angular shape for a circle of radius 1 of the same area, centred on (0, 0):
 * a count reads as area, and a country (square) of 10 events is as big as a person (circle) of 10.
 */
const UNIT: Record<Exclude<Shape, 'circle'>, Vec[]> = {
  square: regular(4, Math.SQRT2 * (Math.sqrt(Math.PI) / 2), -135),
  // pointy top, circumradius from area πr² = (3√3/2)R²
  hexagon: regular(6, Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3))), -90),
  // pointing up, centred on its centroid; area πr² = (3√3/4)R²
  triangle: regular(3, Math.sqrt((4 * Math.PI) / (3 * Math.sqrt(3))), -90),
};

function regular(sides: number, circumradius: number, startDeg: number): Vec[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = ((startDeg + (360 / sides) * i) * Math.PI) / 180;
    return [circumradius * Math.cos(a), circumradius * Math.sin(a)];
  });
}

const fmt = (v: number) => (Math.round(v * 100) / 100).toString();

/** The SVG path of an angular glyph of "radius" r, centred on (0, 0); null for a circle. */
export function glyphPath(shape: Shape, r: number): string | null {
  if (shape === 'circle') return null;
  return `M${UNIT[shape].map(([x, y]) => `${fmt(x * r)},${fmt(y * r)}`).join('L')}Z`;
}

/**
 * Distance from the centre to the outline along the unit vector (ux, uy). For a polygon, the ray
 * meets exactly one side (the centre is inside a convex shape); solved with 2-D cross products.
 */
export function borderDistance(shape: Shape, r: number, ux: number, uy: number): number {
  if (shape === 'circle') return r;
  const pts = UNIT[shape];
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[(i + 1) % pts.length]!;
    const ex = bx - ax;
    const ey = by - ay;
    const denom = ux * ey - uy * ex;
    if (Math.abs(denom) < 1e-12) continue;
    const t = (ax * ey - ay * ex) / denom; // along the ray
    const s = (ax * uy - ay * ux) / denom; // along the side
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9 && t < best) best = t;
  }
  return Number.isFinite(best) ? best * r : r;
}

/** A node's place and outline, in screen pixels. */
export interface Placed {
  /** Centre, px. */
  x: number;
  y: number;
  /** Radius of the circle of equal area, px. */
  r: number;
  /** Its outline. */
  shape: Shape;
}

/** Length of the arrowhead along the edge, px (edgeShape draws it this long). */
export const ARROW_LENGTH = 9;
/** Its width across the line's end, px: wider than the widest line (8 px), so the head reads as one. */
export const ARROW_WIDTH = 11;

/** An edge's curve in screen px: a quadratic from (x1, y1) through control (cx, cy) to (x2, y2). */
export interface EdgeGeometry {
  x1: number;
  y1: number;
  /** The control point; the midpoint of the ends for a straight edge. */
  cx: number;
  cy: number;
  x2: number;
  y2: number;
  /** False for a straight line. */
  curved: boolean;
}

/**
 * The curve of an edge from the source's outline to just before the target's, leaving room for the
 * arrowhead (drawn by the marker beyond the path's end, so its tip touches the target's outline
 * and a thick line never pokes out past it). `bend` > 0 curves the edge to the right of its
 * direction of travel by about that many pixels at its middle: a→b and b→a, travelling opposite
 * ways, bend to opposite sides and both stay visible. Null when the two outlines touch or overlap
 * (zoomed far out): nothing sensible to draw between them.
 */
export function edgeGeometry(s: Placed, t: Placed, bend: number): EdgeGeometry | null {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return null;
  // control point: off the midpoint, along the right-hand normal (screen y points down)
  const nx = -dy / length;
  const ny = dx / length;
  const offset = bend > 0 ? Math.min(bend, length * 0.25) * 2 : 0; // a quadratic's apex is half its control's offset
  const cx = (s.x + t.x) / 2 + nx * offset;
  const cy = (s.y + t.y) / 2 + ny * offset;
  // leave each node along the tangent at that end (towards the control point)
  const sdx = cx - s.x;
  const sdy = cy - s.y;
  const sl = Math.hypot(sdx, sdy);
  const tdx = cx - t.x;
  const tdy = cy - t.y;
  const tl = Math.hypot(tdx, tdy);
  const startGap = borderDistance(s.shape, s.r, sdx / sl, sdy / sl) + 1.5;
  const endGap = borderDistance(t.shape, t.r, tdx / tl, tdy / tl) + 1.5 + ARROW_LENGTH;
  if (startGap + endGap + 2 >= length) return null;
  const x1 = s.x + (sdx / sl) * startGap;
  const y1 = s.y + (sdy / sl) * startGap;
  const x2 = t.x + (tdx / tl) * endGap;
  const y2 = t.y + (tdy / tl) * endGap;
  return offset === 0
    ? { x1, y1, cx: (x1 + x2) / 2, cy: (y1 + y2) / 2, x2, y2, curved: false }
    : { x1, y1, cx, cy, x2, y2, curved: true };
}

/**
 * An edge as one filled shape: a band `width` px wide along its curve, and the arrowhead beyond
 * its end, tip on the target's outline. One filled path and no SVG marker: a marker makes every
 * edge a client of a shared resource, and adding, removing or changing a few hundred of them (a
 * brush does) cost several times as much. A curved band's sides are the curve offset by half
 * the width each way, as quadratics whose control points are where the offset control legs meet
 * (Tiller and Hanson's construction: close for curves as gentle as these).
 */
export function edgeShape(g: EdgeGeometry, width: number): string {
  const h = Math.max(0.25, width / 2);
  const H = ARROW_WIDTH / 2;
  // direction and left-hand normal at each end
  const unit = (x: number, y: number): Vec => {
    const l = Math.hypot(x, y) || 1;
    return [x / l, y / l];
  };
  const [u0x, u0y] = g.curved ? unit(g.cx - g.x1, g.cy - g.y1) : unit(g.x2 - g.x1, g.y2 - g.y1);
  const [u1x, u1y] = g.curved ? unit(g.x2 - g.cx, g.y2 - g.cy) : [u0x, u0y];
  const [n0x, n0y] = [-u0y, u0x];
  const [n1x, n1y] = [-u1y, u1x];
  const tipX = g.x2 + u1x * ARROW_LENGTH;
  const tipY = g.y2 + u1y * ARROW_LENGTH;
  const side = (d: number) => {
    const ax = g.x1 + n0x * d;
    const ay = g.y1 + n0y * d;
    const bx = g.x2 + n1x * d;
    const by = g.y2 + n1y * d;
    if (!g.curved) return { ax, ay, bx, by, c: null };
    // where the start's offset leg (a + s·u0) meets the end's (b − t·u1)
    const det = u0x * -u1y - u0y * -u1x;
    if (Math.abs(det) < 1e-9)
      return { ax, ay, bx, by, c: [g.cx + ((n0x + n1x) / 2) * d, g.cy + ((n0y + n1y) / 2) * d] };
    const s = ((bx - ax) * -u1y - (by - ay) * -u1x) / det;
    return { ax, ay, bx, by, c: [ax + u0x * s, ay + u0y * s] };
  };
  const left = side(h);
  const right = side(-h);
  const p = (x: number, y: number) => `${fmt(x)},${fmt(y)}`;
  const to = (c: number[] | null, x: number, y: number) =>
    c ? `Q${p(c[0]!, c[1]!)} ${p(x, y)}` : `L${p(x, y)}`;
  return (
    `M${p(left.ax, left.ay)}${to(left.c, left.bx, left.by)}` +
    `L${p(g.x2 + n1x * H, g.y2 + n1y * H)}L${p(tipX, tipY)}L${p(g.x2 - n1x * H, g.y2 - n1y * H)}` +
    `L${p(right.bx, right.by)}${to(right.c, right.ax, right.ay)}Z`
  );
}

/**
 * An edge as straight pieces, arrowhead included (a curve in `pieces` chords): what the names
 * keep clear of where they can (lib/graph/labels.ts).
 */
export function edgeSegments(
  g: EdgeGeometry,
  pieces = 4,
): { x1: number; y1: number; x2: number; y2: number }[] {
  const ex = g.x2 - g.cx;
  const ey = g.y2 - g.cy;
  const el = Math.hypot(ex, ey) || 1;
  const head = {
    x1: g.x2,
    y1: g.y2,
    x2: g.x2 + (ex / el) * ARROW_LENGTH,
    y2: g.y2 + (ey / el) * ARROW_LENGTH,
  };
  if (!g.curved) return [{ x1: g.x1, y1: g.y1, x2: g.x2, y2: g.y2 }, head];
  const out = [];
  let ax = g.x1;
  let ay = g.y1;
  for (let i = 1; i <= pieces; i++) {
    const t = i / pieces;
    const u = 1 - t;
    const bx = u * u * g.x1 + 2 * u * t * g.cx + t * t * g.x2;
    const by = u * u * g.y1 + 2 * u * t * g.cy + t * t * g.y2;
    out.push({ x1: ax, y1: ay, x2: bx, y2: by });
    ax = bx;
    ay = by;
  }
  out.push(head);
  return out;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Distance from a point to an edge's curve (a curved one followed as 8 straight pieces, close
 * enough for pointing at it), px. The arrowhead beyond the curve's end counts as part of it.
 */
export function distanceToEdge(g: EdgeGeometry, px: number, py: number): number {
  // the arrowhead: the curve's end carried on by ARROW_LENGTH along its last direction
  const ex = g.x2 - g.cx;
  const ey = g.y2 - g.cy;
  const el = Math.hypot(ex, ey) || 1;
  const hx = g.x2 + (ex / el) * ARROW_LENGTH;
  const hy = g.y2 + (ey / el) * ARROW_LENGTH;
  let best = segmentDistance(px, py, g.x2, g.y2, hx, hy);
  if (!g.curved) return Math.min(best, segmentDistance(px, py, g.x1, g.y1, g.x2, g.y2));
  let ax = g.x1;
  let ay = g.y1;
  for (let i = 1; i <= 8; i++) {
    const t = i / 8;
    const u = 1 - t;
    const bx = u * u * g.x1 + 2 * u * t * g.cx + t * t * g.x2;
    const by = u * u * g.y1 + 2 * u * t * g.cy + t * t * g.y2;
    best = Math.min(best, segmentDistance(px, py, ax, ay, bx, by));
    ax = bx;
    ay = by;
  }
  return best;
}

/**
 * The glyph's reach from its centre (half its width, up, down), px: the box a name must stay
 * clear of.
 */
export function glyphExtent(shape: Shape, r: number): { halfWidth: number; top: number; bottom: number } {
  if (shape === 'circle') return { halfWidth: r, top: r, bottom: r };
  const pts = UNIT[shape];
  return {
    halfWidth: r * Math.max(...pts.map(([x]) => Math.abs(x))),
    top: -r * Math.min(...pts.map(([, y]) => y)),
    bottom: r * Math.max(...pts.map(([, y]) => y)),
  };
}
