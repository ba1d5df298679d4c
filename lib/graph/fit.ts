/**
 * Fitting the seeded layout (./layout.ts) to the panel it is drawn in. The layout comes in its own
 * units and proportions (landscape, denser in the middle than at the rim); the panel may be a wide
 * desktop column or a phone in portrait. Drawn with one uniform scale, the picture filled only the
 * middle of the panel and its core stayed a hairball. Here, instead:
 *
 * - a layout whose orientation differs from the panel's is turned a quarter (a rotation keeps every
 *   distance and angle, so the picture is the same, only turned);
 * - each axis is partly re-spaced by rank (`spread`): positions keep their order along both axes,
 *   but a crowded core gets more room and the empty rim less, which is where the names go;
 * - each axis then gets its own scale, so the nodes reach the margins on all four sides, within a
 *   limited stretch (`maxStretch`) and a largest scale (`maxScale`: two nodes are not pulled to
 *   the corners).
 *
 * Pure and deterministic: the same positions and the same panel give the same result on every
 * machine (no random draws; ties are broken by id).
 */
import type { Point } from './layout';

/** Room kept free between the outermost node centres and the panel's edges, px. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  /** Free room on each side, px (a glyph and a name beside it must still fit). */
  margin: Margins;
  /**
   * Share of each axis (0 … 1) given to rank order instead of distance: 0 keeps the layout's
   * spacing, 1 spaces nodes evenly along each axis. Default 0.45.
   */
  spread?: number;
  /** The most one axis is stretched relative to the other (≥ 1). Default 2.5. */
  maxStretch?: number;
  /** The most px per layout unit on either axis: a tiny graph stays small and centred. Default 4. */
  maxScale?: number;
  /** Turn the layout a quarter when its orientation differs from the panel's. Default true. */
  rotate?: boolean;
}

/** The panel's size, px. */
export interface Panel {
  width: number;
  height: number;
}

/** What the fit did, besides the positions (for the tests and for debugging a picture). */
export interface Fit {
  /** Panel px per layout unit along the panel's x and y (after the turn, if any). */
  scaleX: number;
  scaleY: number;
  /** True when the layout was turned a quarter (clockwise on screen). */
  rotated: boolean;
  /** Each node's centre in panel px, (0, 0) at the panel's top left. */
  positions: Map<string, Point>;
}

/** A node's id and its layout position. */
export interface Located {
  id: string;
  x: number;
  y: number;
}

/**
 * Each value's rank among `values`, scaled to 0 … 1 (ties share their mean rank); all 0.5 when
 * there is only one distinct value.
 */
export function normalisedRanks(values: number[]): number[] {
  const n = values.length;
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<number>(n).fill(0.5);
  if (n < 2) return out;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && order[j + 1]![0] === order[i]![0]) j++;
    const mean = (i + j) / 2 / (n - 1);
    for (let k = i; k <= j; k++) out[order[k]![1]] = mean;
    i = j + 1;
  }
  return out;
}

/**
 * Values re-spaced along their axis: a blend of their place between the extremes and their rank.
 * Order is kept (both parts grow with the value) and so are the extremes, so the span is the same.
 */
function respace(values: number[], spread: number): number[] {
  if (spread <= 0 || values.length < 3) return values;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  if (span <= 0) return values;
  const ranks = normalisedRanks(values);
  return values.map((v, i) => min + span * ((1 - spread) * ((v - min) / span) + spread * ranks[i]!));
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The layout placed in the panel: see the file's comment. */
export function fitToPanel(nodes: Located[], panel: Panel, options: FitOptions): Fit {
  const { margin } = options;
  const spread = clamp01(options.spread ?? 0.45);
  const maxStretch = Math.max(1, options.maxStretch ?? 2.5);
  const maxScale = Math.max(1e-6, options.maxScale ?? 4);
  // the room for centres; never negative, so a panel smaller than its margins still gets a picture
  const roomX = Math.max(1, panel.width - margin.left - margin.right);
  const roomY = Math.max(1, panel.height - margin.top - margin.bottom);
  const positions = new Map<string, Point>();
  if (!nodes.length) return { scaleX: 1, scaleY: 1, rotated: false, positions };

  // id order, so that rank ties and the result do not depend on the input's order
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let xs = sorted.map((n) => n.x);
  let ys = sorted.map((n) => n.y);
  const spanOf = (vs: number[]) => Math.max(...vs) - Math.min(...vs);
  const layoutLandscape = spanOf(xs) >= spanOf(ys);
  const panelLandscape = roomX >= roomY;
  const rotated = (options.rotate ?? true) && layoutLandscape !== panelLandscape && sorted.length > 1;
  if (rotated) {
    // a quarter turn clockwise on screen (y points down): (x, y) → (−y, x)
    const turnedX = ys.map((y) => -y);
    ys = xs;
    xs = turnedX;
  }
  xs = respace(xs, spread);
  ys = respace(ys, spread);

  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  let scaleX = maxX > minX ? Math.min(maxScale, roomX / (maxX - minX)) : maxScale;
  let scaleY = maxY > minY ? Math.min(maxScale, roomY / (maxY - minY)) : maxScale;
  // a degenerate axis (all nodes on a line) takes the other axis's scale, not the largest one
  if (maxX <= minX) scaleX = scaleY;
  if (maxY <= minY) scaleY = scaleX;
  if (scaleX > scaleY * maxStretch) scaleX = scaleY * maxStretch;
  if (scaleY > scaleX * maxStretch) scaleY = scaleX * maxStretch;

  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  const centreX = margin.left + roomX / 2;
  const centreY = margin.top + roomY / 2;
  sorted.forEach((n, i) => {
    positions.set(n.id, {
      x: Math.round((centreX + (xs[i]! - midX) * scaleX) * 100) / 100,
      y: Math.round((centreY + (ys[i]! - midY) * scaleY) * 100) / 100,
    });
  });
  return { scaleX, scaleY, rotated, positions };
}
