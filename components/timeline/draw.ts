/**
 * Painting the timeline's marks on a canvas. Marks are grouped by look (stance × hollow × faded) so
 * 10k events take a few dozen fill/stroke calls rather than 10k: a path per group (in chunks), every
 * shape a subpath of it. The grouping does not depend on the zoom, so it is computed once per data
 * and window, not per frame. The focused mark is painted last, larger and outlined.
 */
import { drawnStance, quadShape, STANCE_COLOR, stanceColor } from '@/lib/dashboard/palette';
import type { Stance, TimelineEvent } from '@/lib/dashboard/types';
import {
  BADGE_W,
  badgeText,
  inWindow,
  MARK_R,
  MARK_STEP,
  type LaneGeometry,
  type LaneModel,
  type MarkPositions,
  type PlotLayout,
} from './model';
import { traceShape, type PathSink, type Shape } from './shapes';

export const INK = '#1d232a';
export const STRIPE = '#f1efe9';
export const RULE = '#d9d6cf';
export const MUTED = '#5b6570';
export const PAPER = '#fbfaf7';
/** Marks outside the brushed window stay visible as context, but clearly behind. */
export const FADED_ALPHA = 0.16;
const BAR_ALPHA = 0.5;
/** Shapes per path before it is painted and a new one begun. */
const PATH_CHUNK = 500;

/** Marks of one look, in paint order. */
export interface MarkGroup {
  stance: Stance;
  /** Date taken from the publication date: stroked, not filled. */
  hollow: boolean;
  /** Outside the brushed window. */
  faded: boolean;
  marks: number[];
}

export interface MarkGroups {
  /** Month- and year-wide dates' bars, by stance and fading (hollow is always false). */
  bars: MarkGroup[];
  shapes: MarkGroup[];
}

const STANCES: Stance[] = ['neutral', 'hostile', 'cooperative'];

/**
 * Sort marks into looks, in paint order: faded before in-window (so the window's marks sit on
 * top), and within each, filled before hollow; stances in a fixed order.
 */
export function markGroups(
  model: Pick<LaneModel, 'marks'>,
  events: readonly TimelineEvent[],
  range: [number, number] | null,
): MarkGroups {
  const bars: MarkGroup[] = [];
  const shapes: MarkGroup[] = [];
  const barIndex = new Map<string, MarkGroup>();
  const shapeIndex = new Map<string, MarkGroup>();
  for (const faded of [true, false]) {
    for (const hollow of [false, true]) {
      for (const stance of STANCES) {
        const g = { stance, hollow, faded, marks: [] };
        shapes.push(g);
        shapeIndex.set(`${faded}|${hollow}|${stance}`, g);
      }
    }
    for (const stance of STANCES) {
      const g = { stance, hollow: false, faded, marks: [] };
      bars.push(g);
      barIndex.set(`${faded}|${stance}`, g);
    }
  }
  model.marks.forEach((m, i) => {
    const e = events[m.event]!;
    const faded = !inWindow(m, range);
    shapeIndex.get(`${faded}|${e.basis === 'document'}|${drawnStance(e.stance)}`)!.marks.push(i);
    if (m.bar) barIndex.get(`${faded}|${drawnStance(e.stance)}`)!.marks.push(i);
  });
  return { bars: bars.filter((g) => g.marks.length > 0), shapes: shapes.filter((g) => g.marks.length > 0) };
}

export interface DrawInput {
  ctx: CanvasRenderingContext2D;
  dpr: number;
  layout: PlotLayout;
  geometry: LaneGeometry;
  model: LaneModel;
  events: readonly TimelineEvent[];
  groups: MarkGroups;
  pos: MarkPositions;
  focusedMark: number | null;
  /** x of each axis tick, for faint vertical grid lines across the lanes. */
  gridX: readonly number[];
}

/**
 * The context as a path sink whose closePath is a lineTo back to the subpath's start. Chromium's
 * closePath gets slower the longer the path is (it was most of a frame with 10k marks in one path);
 * a fill closes every subpath anyway, and strokes use round joins so the seam does not show.
 */
function fastSink(ctx: CanvasRenderingContext2D): PathSink {
  let sx = 0;
  let sy = 0;
  return {
    moveTo(x, y) {
      sx = x;
      sy = y;
      ctx.moveTo(x, y);
    },
    lineTo: (x, y) => ctx.lineTo(x, y),
    arc: (x, y, r, a0, a1, ccw) => ctx.arc(x, y, r, a0, a1, ccw),
    closePath: () => ctx.lineTo(sx, sy),
  };
}

export function drawTimeline(input: DrawInput): void {
  const { ctx, dpr, layout, geometry, model, events, groups, pos, focusedMark } = input;
  const sink = fastSink(ctx);
  const r = MARK_R;
  const height = geometry.total;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, layout.width, height);
  const plotW = layout.right - layout.left;

  // Alternate lane stripes, so a mark can be followed to its label across a wide plot.
  ctx.fillStyle = STRIPE;
  for (let lane = 0; lane < model.datedLanes; lane += 2) {
    ctx.fillRect(layout.left, geometry.top[lane]!, plotW, geometry.height[lane]!);
  }

  // Grid lines at the axis ticks: reading a date off a mark far above the axis needs them.
  ctx.strokeStyle = RULE;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const gx of input.gridX) {
    if (gx < layout.left || gx > layout.right) continue;
    const px = Math.round(gx) + 0.5; // crisp one-pixel lines
    ctx.moveTo(px, 0);
    ctx.lineTo(px, height);
  }
  ctx.stroke();

  // Clip to the plot so marks zoomed out of view do not paint over the lane labels.
  ctx.save();
  ctx.beginPath();
  ctx.rect(layout.left - r * 1.5, 0, plotW + r * 3, height);
  ctx.clip();

  // Bars first (month- and year-wide dates), thin, under every shape.
  ctx.lineWidth = 2;
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  for (const g of groups.bars) {
    ctx.beginPath();
    for (const i of g.marks) {
      if (!pos.drawn[i]) continue;
      ctx.moveTo(pos.xa[i]!, pos.y[i]!);
      ctx.lineTo(pos.xb[i]!, pos.y[i]!);
    }
    ctx.globalAlpha = g.faded ? FADED_ALPHA * BAR_ALPHA : BAR_ALPHA;
    ctx.strokeStyle = STANCE_COLOR[g.stance];
    ctx.stroke();
  }

  // Shapes: faded ones under the rest; hollow (publication-date) ones stroked only.
  ctx.lineWidth = 1.4;
  for (const g of groups.shapes) {
    ctx.globalAlpha = g.faded ? FADED_ALPHA : 1;
    ctx.strokeStyle = ctx.fillStyle = STANCE_COLOR[g.stance];
    const paint = () => (g.hollow ? ctx.stroke() : ctx.fill());
    ctx.beginPath();
    let inPath = 0;
    for (const i of g.marks) {
      if (!pos.drawn[i] || i === focusedMark) continue;
      traceShape(sink, quadShape(events[model.marks[i]!.event]!.quad), pos.x[i]!, pos.y[i]!, r);
      // Paint in chunks: very long paths record and rasterise more slowly than a few shorter ones.
      if (++inPath === PATH_CHUNK) {
        paint();
        ctx.beginPath();
        inPath = 0;
      }
    }
    if (inPath > 0) paint();
  }

  // Counts of what found no room at this zoom: "+12" in the lane's last row.
  ctx.globalAlpha = 1;
  ctx.font = '600 10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const b of pos.badges) {
    if (b.x < layout.left - BADGE_W || b.x > layout.right + BADGE_W) continue;
    ctx.fillStyle = '#fff';
    ctx.strokeStyle = RULE;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(b.x - BADGE_W / 2 + 0.5, b.y - MARK_STEP / 2 + 0.5, BADGE_W - 1, MARK_STEP - 1, 3);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.fillText(badgeText(b.marks.length), b.x, b.y + 0.5);
  }

  if (focusedMark !== null && model.marks[focusedMark] && pos.drawn[focusedMark]) {
    const e = events[model.marks[focusedMark]!.event]!;
    drawEmphasis(ctx, quadShape(e.quad), e, pos.x[focusedMark]!, pos.y[focusedMark]!, r * 1.7);
  }
  ctx.restore();
  ctx.globalAlpha = 1;
}

/** A mark drawn larger and outlined, over a paper halo: the focused mark. */
function drawEmphasis(
  ctx: CanvasRenderingContext2D,
  shape: Shape,
  e: Pick<TimelineEvent, 'basis' | 'stance'>,
  x: number,
  y: number,
  big: number,
): void {
  ctx.globalAlpha = 1;
  // A paper-coloured halo first, so the outline reads even on a crowded lane.
  ctx.beginPath();
  traceShape(ctx, shape, x, y, big + 2.5);
  ctx.fillStyle = PAPER;
  ctx.fill();
  ctx.beginPath();
  traceShape(ctx, shape, x, y, big);
  if (e.basis === 'document') {
    // Hollow stays hollow when focused: the stance colour as the stroke, the dark outline around it.
    ctx.lineWidth = 2;
    ctx.strokeStyle = stanceColor(e.stance);
    ctx.stroke();
    ctx.beginPath();
    traceShape(ctx, shape, x, y, big + 2);
  } else {
    ctx.fillStyle = stanceColor(e.stance);
    ctx.fill();
  }
  ctx.lineWidth = 2;
  ctx.strokeStyle = INK;
  ctx.stroke();
}

/**
 * The hover ring, on a canvas of its own over the marks: moving the pointer repaints a few pixels
 * there and never the 10k marks below. `target` is a mark's centre, or a badge's, or null to clear.
 */
export function drawHover(
  ctx: CanvasRenderingContext2D,
  dpr: number,
  size: { width: number; height: number },
  target: { x: number; y: number; badge: boolean } | null,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  if (!target) return;
  ctx.lineWidth = 2;
  ctx.strokeStyle = INK;
  ctx.beginPath();
  if (target.badge) {
    ctx.roundRect(target.x - BADGE_W / 2 - 1, target.y - MARK_STEP / 2 - 1, BADGE_W + 2, MARK_STEP + 2, 4);
  } else {
    ctx.arc(target.x, target.y, MARK_R * 1.9, 0, Math.PI * 2);
  }
  ctx.stroke();
}
