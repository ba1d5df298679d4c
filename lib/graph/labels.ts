/**
 * Names beside the network's nodes that never overlap: each name is tried at a few places around
 * its node (below, above, right, left, then the corners), most important node first, and kept at
 * the first place clear of the names already kept, of every other node's glyph and of the panel's
 * edges. A name that finds no place is left out (the tooltip, and zooming in, show it). Names are
 * wrapped at word breaks, never cut.
 *
 * Pure and deterministic: the caller measures the text (a canvas in the browser, a fixed advance in
 * the tests) and orders the nodes.
 */

/** An axis-aligned box, px; x0 ≤ x1, y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** A box grown by `d` on every side. */
export function inflate(b: Box, d: number): Box {
  return { x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d };
}

/**
 * The share of pairs of boxes that overlap: 0 when no two do, 1 when all do; 0 for fewer than two.
 * The figure the acceptance check of the network's names uses.
 */
export function overlapShare(boxes: Box[]): number {
  const n = boxes.length;
  if (n < 2) return 0;
  let hits = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (overlaps(boxes[i]!, boxes[j]!)) hits++;
  return hits / ((n * (n - 1)) / 2);
}

/**
 * A name in at most `maxLines` lines of about `maxChars` characters, broken at spaces so that the
 * longest line is as short as it can be. Never cuts: a word longer than a line keeps its own line,
 * and the lines joined with spaces give the name back (runs of spaces aside).
 */
export function wrapName(name: string, maxChars = 20, maxLines = 3): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [name];
  const length = (from: number, to: number) =>
    words.slice(from, to).reduce((s, w) => s + [...w].length, 0) + (to - from - 1);
  if (length(0, words.length) <= maxChars || words.length === 1) return [words.join(' ')];
  const lines = Math.min(maxLines, words.length, Math.ceil(length(0, words.length) / maxChars));
  // best[k][i]: the smallest longest line when words[i…] go on k lines (k ≥ 1)
  const n = words.length;
  const best: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(n));
  for (let i = 0; i < n; i++) best[1]![i] = length(i, n);
  for (let k = 2; k <= lines; k++)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const worst = Math.max(length(i, j), best[k - 1]![j]!);
        // ties go to the earlier break: a short first line reads better than a short last one
        if (worst < best[k]![i]!) {
          best[k]![i] = worst;
          cut[k]![i] = j;
        }
      }
  const out: string[] = [];
  let i = 0;
  for (let k = lines; k >= 1 && i < n; k--) {
    const j = k === 1 ? n : cut[k]![i]!;
    out.push(words.slice(i, j).join(' '));
    i = j;
  }
  return out;
}

/** The vertical metrics of the names' font, px. */
export interface LineMetrics {
  /** From one line's baseline to the next. */
  lineHeight: number;
  /** From a line's top to its baseline. */
  ascent: number;
  /** From the baseline to the line's bottom. */
  descent: number;
}

/** A node that would like its name shown. */
export interface LabelRequest {
  id: string;
  /** The glyph's centre, px. */
  x: number;
  y: number;
  /** The glyph's reach from its centre, px: to either side, upwards and downwards. */
  halfWidth: number;
  top: number;
  bottom: number;
  /** The name's lines (see wrapName) and the width of each, px. */
  lines: string[];
  widths: number[];
}

/** Where a name goes relative to its node. */
export type Side =
  'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';

/** A name that found a place. */
export interface PlacedLabel {
  id: string;
  lines: string[];
  side: Side;
  /** Where the text is anchored: x of its `anchor` end, y of its first baseline, px. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The text's box, px. */
  box: Box;
}

export interface PlaceOptions {
  /** The names must lie inside this box (the visible panel), px. */
  bounds: Box;
  metrics: LineMetrics;
  /** Room between a glyph and its name, px. Default 2. */
  gap?: number;
  /** Room kept between two names, px. Default 1.5. */
  pad?: number;
  /**
   * Room kept between a name and another node's glyph, px: more than between names, so that a name
   * is plainly nearer its own node than any other. Default 3.
   */
  glyphPad?: number;
  /**
   * The first this many requests are labelled even where their name must cover other glyphs (as few
   * as can be; names still never overlap): the strongest actors keep their names in a crowd.
   * Default 0.
   */
  insist?: number;
  /** Further boxes no name may cover (e.g. buttons over the drawing), px. */
  obstacles?: Box[];
  /**
   * The drawn edges as straight pieces, px: among the free places, a name takes the one crossing
   * the fewest (a name over a line reads worse, and looks as if it belonged to the line).
   */
  segments?: Segment[];
}

/** A straight piece of an edge, px. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a segment crosses or lies in a box (Liang–Barsky clipping). */
export function segmentHitsBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - b.x0],
    [dx, b.x1 - s.x1],
    [-dy, s.y1 - b.y0],
    [dy, b.y1 - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** The order the places are tried in: the usual one (under the mark) first. */
const SIDES: Side[] = [
  'below',
  'above',
  'right',
  'left',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
];
/**
 * Each side close to the glyph first, then a little farther out (still plainly its node's): a
 * crowded node gets a second chance before its name is left out.
 */
const FARTHER = 7;
const PLACES: { side: Side; extra: number }[] = [
  ...SIDES.map((side) => ({ side, extra: 0 })),
  ...SIDES.map((side) => ({ side, extra: FARTHER })),
];

/** A box's place for one side of a node, with the text's anchor point. */
function candidate(r: LabelRequest, side: Side, w: number, h: number, m: LineMetrics, gap: number) {
  // corners sit where the glyph's outline about ends, not at its bounding box's far corner
  const cx = r.halfWidth * 0.7 + gap;
  let x0: number;
  let y0: number;
  switch (side) {
    case 'below':
      x0 = r.x - w / 2;
      y0 = r.y + r.bottom + gap;
      break;
    case 'above':
      x0 = r.x - w / 2;
      y0 = r.y - r.top - gap - h;
      break;
    case 'right':
      x0 = r.x + r.halfWidth + gap;
      y0 = r.y - h / 2;
      break;
    case 'left':
      x0 = r.x - r.halfWidth - gap - w;
      y0 = r.y - h / 2;
      break;
    case 'below-right':
      x0 = r.x + cx;
      y0 = r.y + r.bottom * 0.7 + gap;
      break;
    case 'below-left':
      x0 = r.x - cx - w;
      y0 = r.y + r.bottom * 0.7 + gap;
      break;
    case 'above-right':
      x0 = r.x + cx;
      y0 = r.y - r.top * 0.7 - gap - h;
      break;
    case 'above-left':
      x0 = r.x - cx - w;
      y0 = r.y - r.top * 0.7 - gap - h;
      break;
  }
  const anchor: PlacedLabel['anchor'] =
    side === 'below' || side === 'above' ? 'middle' : side.endsWith('left') ? 'end' : 'start';
  const x = anchor === 'middle' ? x0 + w / 2 : anchor === 'end' ? x0 + w : x0;
  return { box: { x0, y0, x1: x0 + w, y1: y0 + h }, x, y: y0 + m.ascent, anchor };
}

/** A uniform grid of boxes, for "does this box overlap any kept one?" without a scan of all. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly size: number) {}
  /** Calls `visit` with each cell's list under `b` until it answers true; plain loops, no iterator. */
  private some(b: Box, visit: (list: Box[]) => boolean, create = false): boolean {
    const s = this.size;
    const i1 = Math.floor(b.x1 / s);
    const j1 = Math.floor(b.y1 / s);
    for (let i = Math.floor(b.x0 / s); i <= i1; i++)
      for (let j = Math.floor(b.y0 / s); j <= j1; j++) {
        const k = i * 100_003 + j;
        let list = this.cells.get(k);
        if (!list) {
          if (!create) continue;
          this.cells.set(k, (list = []));
        }
        if (visit(list)) return true;
      }
    return false;
  }
  add(b: Box): void {
    this.some(b, (list) => (list.push(b), false), true);
  }
  hits(b: Box, except?: Box): boolean {
    return this.some(b, (list) => list.some((other) => other !== except && overlaps(b, other)));
  }
  /** How many boxes `b` overlaps (each once). */
  count(b: Box, except?: Box): number {
    const seen = new Set<Box>();
    this.some(b, (list) => {
      for (const other of list) if (other !== except && overlaps(b, other)) seen.add(other);
      return false;
    });
    return seen.size;
  }
}

/**
 * Edge pieces filed by grid cell, for "how much line crosses this box?" (pieces of at most a cell's
 * size: a long edge over a box counts about once per cell it crosses). Pieces are numbers in
 * typed arrays and a query stamps the pieces it has looked at: no allocation per query, which
 * matters because every free place of every name asks.
 */
class SegmentGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly coords: Float64Array;
  private readonly stamps: Uint32Array;
  private stamp = 0;
  constructor(
    segments: Segment[],
    private readonly size: number,
  ) {
    // long pieces cut to the cell size: a long diagonal's box would cover many cells it misses
    const short: number[] = [];
    for (const sg of segments) {
      const n = Math.max(1, Math.ceil(Math.hypot(sg.x2 - sg.x1, sg.y2 - sg.y1) / size));
      const dx = (sg.x2 - sg.x1) / n;
      const dy = (sg.y2 - sg.y1) / n;
      for (let i = 0; i < n; i++)
        short.push(sg.x1 + dx * i, sg.y1 + dy * i, sg.x1 + dx * (i + 1), sg.y1 + dy * (i + 1));
    }
    this.coords = Float64Array.from(short);
    this.stamps = new Uint32Array(short.length / 4);
    const c = this.coords;
    for (let p = 0; p < this.stamps.length; p++) {
      const i1 = Math.floor(Math.max(c[p * 4]!, c[p * 4 + 2]!) / size);
      const j1 = Math.floor(Math.max(c[p * 4 + 1]!, c[p * 4 + 3]!) / size);
      for (let i = Math.floor(Math.min(c[p * 4]!, c[p * 4 + 2]!) / size); i <= i1; i++)
        for (let j = Math.floor(Math.min(c[p * 4 + 1]!, c[p * 4 + 3]!) / size); j <= j1; j++) {
          const k = i * 100_003 + j;
          const list = this.cells.get(k);
          if (list) list.push(p);
          else this.cells.set(k, [p]);
        }
    }
  }
  /** How many pieces cross `b`, counting no further than `limit`. */
  count(b: Box, limit = Infinity): number {
    if (!this.stamps.length) return 0;
    const stamp = ++this.stamp;
    const c = this.coords;
    const s = this.size;
    let n = 0;
    const i1 = Math.floor(b.x1 / s);
    const j1 = Math.floor(b.y1 / s);
    for (let i = Math.floor(b.x0 / s); i <= i1; i++)
      for (let j = Math.floor(b.y0 / s); j <= j1; j++) {
        const list = this.cells.get(i * 100_003 + j);
        if (!list) continue;
        for (const p of list) {
          if (this.stamps[p] === stamp) continue;
          this.stamps[p] = stamp;
          const piece = { x1: c[p * 4]!, y1: c[p * 4 + 1]!, x2: c[p * 4 + 2]!, y2: c[p * 4 + 3]! };
          if (segmentHitsBox(piece, b) && ++n >= limit) return n;
        }
      }
    return n;
  }
}

/**
 * Names for the requests, tried in the order given (most important first); see the file's
 * comment. Returns the names placed, in the same order.
 */
export function placeLabels(requests: LabelRequest[], options: PlaceOptions): PlacedLabel[] {
  const gap = options.gap ?? 2;
  const pad = options.pad ?? 1.5;
  const glyphPad = options.glyphPad ?? 3;
  const insist = options.insist ?? 0;
  const m = options.metrics;
  const { bounds } = options;

  const glyphs = new BoxGrid(48);
  const glyphOf = new Map<string, Box>();
  for (const r of requests) {
    const b = { x0: r.x - r.halfWidth, y0: r.y - r.top, x1: r.x + r.halfWidth, y1: r.y + r.bottom };
    glyphOf.set(r.id, b);
    glyphs.add(b);
  }
  for (const o of options.obstacles ?? []) glyphs.add(o);
  const names = new BoxGrid(48);
  const lines = new SegmentGrid(options.segments ?? [], 32);
  const crossings = (b: Box, limit: number) => lines.count(b, limit);

  const inside = (b: Box) => b.x0 >= bounds.x0 && b.y0 >= bounds.y0 && b.x1 <= bounds.x1 && b.y1 <= bounds.y1;
  const out: PlacedLabel[] = [];
  requests.forEach((r, index) => {
    if (!r.lines.length) return;
    const w = Math.max(0, ...r.widths);
    const h = m.ascent + m.descent + (r.lines.length - 1) * m.lineHeight;
    // a node off the panel has no visible name to place
    if (r.x < bounds.x0 || r.x > bounds.x1 || r.y < bounds.y0 || r.y > bounds.y1) return;
    const own = glyphOf.get(r.id);
    // the place covering the fewest glyphs, for a name that must be shown
    let fallback: { c: ReturnType<typeof candidate>; side: Side; covered: number } | null = null;
    // the free place crossing the fewest edges, near the glyph if any is free there (the places
    // farther out are tried only when none is)
    let best: { c: ReturnType<typeof candidate>; side: Side; score: number } | null = null;
    for (const { side, extra } of PLACES) {
      if (extra && best) break;
      const c = candidate(r, side, w, h, m, gap + extra);
      if (!inside(c.box) || names.hits(inflate(c.box, pad))) continue;
      if (glyphs.hits(inflate(c.box, glyphPad), own)) {
        if (index < insist) {
          const covered = glyphs.count(c.box, own);
          if (!fallback || covered < fallback.covered) fallback = { c, side, covered };
        }
        continue;
      }
      const score = crossings(c.box, best ? best.score : Infinity);
      if (!best || score < best.score) best = { c, side, score };
      if (score === 0) break;
    }
    if (best) {
      const { c, side } = best;
      names.add(c.box);
      out.push({ id: r.id, lines: r.lines, side, x: c.x, y: c.y, anchor: c.anchor, box: c.box });
      return;
    }
    if (fallback) {
      const { c, side } = fallback;
      names.add(c.box);
      out.push({ id: r.id, lines: r.lines, side, x: c.x, y: c.y, anchor: c.anchor, box: c.box });
    }
  });
  return out;
}
