/**
 * The timeline as a file: a standalone SVG of the same picture the canvas shows (lanes, axis, marks
 * as SVG shapes, the window's fading), and a PNG made from it. The SVG is built as a string from
 * the pure model, with no DOM, so it can be produced (and tested) anywhere; only the PNG step needs
 * a browser.
 */
import { pathRound, scaleUtc } from 'd3';
import { QUAD_SHAPE, STANCE_COLOR } from '@/lib/dashboard/palette';
import type { ActorLabel, TimelineEvent } from '@/lib/dashboard/types';
import {
  buildLanes,
  formatUtc,
  labelChars,
  layoutMarks,
  markRadius,
  paddedDomain,
  plotLayout,
  shortLabel,
  timeTicks,
  windowRange,
  type LaneMode,
} from './model';
import { FADED_ALPHA, INK, markGroups, RULE, STRIPE } from './draw';
import { traceShape } from './shapes';

const MUTED = '#5b6570';

/** Escape text for SVG content and attribute values (labels come from articles and lexicons). */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Numbers with at most two decimals: the file stays small and pixel-exact enough. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * A standalone SVG of the timeline over the full date extent (unzoomed): lane stripes and labels,
 * grid lines and the x axis, the undated row, bars for month- and year-wide dates, and the marks
 * (stance colour, quad shape, hollow for publication dates), marks outside `window` faded.
 * Marks of one look share one <path>, so 10k events make a file of tens of kilobytes per look
 * rather than 10k elements.
 */
export function timelineSvgString(
  events: readonly TimelineEvent[],
  actors: Record<string, ActorLabel>,
  lanes: LaneMode,
  width: number,
  height: number,
  window: { from: string | null; to: string | null },
): string {
  const model = buildLanes(events, actors, lanes);
  const hasUndated = model.undatedCount > 0;
  const longest = Math.max(0, ...model.lanes.map((l) => l.label.length));
  const layout = plotLayout(width, height, model.datedLanes, hasUndated, longest);
  const domain = paddedDomain(model.extent);
  const x = scaleUtc().domain(domain).range([layout.left, layout.right]);
  const plotW = layout.right - layout.left;
  const laneCenter = (lane: number) =>
    lane < model.datedLanes ? layout.top + (lane + 0.5) * layout.rowH : layout.undatedY;
  const r = markRadius(layout.rowH);
  const pos = layoutMarks(model, (t) => x(t), laneCenter, layout, r);
  const range = windowRange(window);
  const ticks = timeTicks(domain, plotW);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" ` +
      `viewBox="0 0 ${n(width)} ${n(height)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
  );

  // Lane stripes, like the canvas: every other lane, and the undated row.
  const stripes = pathRound(2);
  for (let lane = 0; lane < model.datedLanes; lane += 2) {
    stripes.rect(layout.left, laneCenter(lane) - layout.rowH / 2, plotW, layout.rowH);
  }
  if (hasUndated) stripes.rect(layout.left, layout.undatedTop, plotW, layout.rowH);
  out.push(`<path d="${stripes}" fill="${STRIPE}"/>`);

  // Grid lines and the axis.
  const grid = pathRound(2);
  for (const t of ticks.ticks) {
    const gx = Math.round(x(t)) + 0.5;
    grid.moveTo(gx, layout.top);
    grid.lineTo(gx, layout.datedBottom);
  }
  out.push(`<path d="${grid}" stroke="${RULE}" fill="none"/>`);
  out.push(`<g font-size="10" fill="${INK}" text-anchor="middle">`);
  out.push(
    `<path d="M${n(layout.left)} ${n(layout.axisY + 0.5)}H${n(layout.right)}" stroke="${INK}" fill="none"/>`,
  );
  for (const t of ticks.ticks) {
    const tx = n(Math.round(x(t)) + 0.5);
    out.push(
      `<path d="M${tx} ${n(layout.axisY)}v6" stroke="${INK}"/>`,
      `<text x="${tx}" y="${n(layout.axisY + 9)}" dy="0.71em">${esc(formatUtc(t, ticks.format))}</text>`,
    );
  }
  out.push('</g>');

  // Lane labels.
  const fontSize = Math.max(8, Math.min(12, layout.rowH * 0.85));
  out.push(`<g font-size="${n(fontSize)}" text-anchor="end">`);
  model.lanes.forEach((lane, i) => {
    const reserved = lane.kind === 'other' || lane.kind === 'undated';
    const label = shortLabel(lane.label, labelChars(layout));
    out.push(
      `<text x="${n(layout.left - 8)}" y="${n(laneCenter(i))}" dy="0.35em" fill="${reserved ? MUTED : INK}"` +
        `${reserved ? ' font-style="italic"' : ''}><title>${esc(lane.label)}</title>${esc(label)}</text>`,
    );
  });
  out.push('</g>');

  // Marks, clipped to the plot like the canvas; faded ones first so in-window marks sit on top.
  out.push(
    `<clipPath id="plot"><rect x="${n(layout.left - r * 1.5)}" y="0" width="${n(plotW + r * 3)}" height="${n(height)}"/></clipPath>`,
    `<g clip-path="url(#plot)">`,
  );
  const groups = markGroups(model, events, range);
  for (const g of groups.bars) {
    const bars = pathRound(2);
    for (const i of g.marks) {
      if (!pos.drawn[i]) continue;
      bars.moveTo(pos.xa[i]!, pos.y[i]!);
      bars.lineTo(pos.xb[i]!, pos.y[i]!);
    }
    out.push(
      `<path d="${bars}" stroke="${STANCE_COLOR[g.stance]}" stroke-width="2" stroke-opacity="${n((g.faded ? FADED_ALPHA : 1) * 0.5)}" fill="none"/>`,
    );
  }
  for (const g of groups.shapes) {
    const shapes = pathRound(2);
    for (const i of g.marks) {
      if (!pos.drawn[i]) continue;
      traceShape(shapes, QUAD_SHAPE[events[model.marks[i]!.event]!.quad], pos.x[i]!, pos.y[i]!, r);
    }
    const color = STANCE_COLOR[g.stance];
    const opacity = g.faded ? ` opacity="${FADED_ALPHA}"` : '';
    out.push(
      g.hollow
        ? `<path d="${shapes}" fill="none" stroke="${color}" stroke-width="1.4"${opacity}/>`
        : `<path d="${shapes}" fill="${color}"${opacity}/>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}

/**
 * Rasterise an SVG string to a PNG: load it into an Image from a blob URL, draw that on a canvas of
 * the given size, and encode. Browser only. The SVG must be standalone (no external references),
 * which timelineSvgString's is, or the canvas would be tainted and toBlob would throw.
 */
export async function svgToPngBlob(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width));
    canvas.height = Math.max(1, Math.round(height));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
