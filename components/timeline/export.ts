/**
 * The timeline as a file: a standalone SVG of the picture the page shows (lanes, axis, marks as SVG
 * shapes, the window's fading) over the same default domain, with what a picture needs once it has
 * left the page: a title, the filters in words, the dates shown (and what lies outside them), the
 * undated events, and the legend. It is as tall as its content. The SVG is built as a string from
 * the pure model, with no DOM, so it can be produced (and tested) anywhere; only the PNG step needs
 * a browser.
 */
import { pathRound, scaleUtc } from 'd3';
import type { ViewInWords } from '@/lib/dashboard/describe';
import {
  QUAD_LABEL,
  QUAD_SHAPE,
  quadShape,
  STANCE_COLOR,
  stanceColor,
  UNCODED_SHAPE,
} from '@/lib/dashboard/palette';
import type { ActorLabel, Quad, Stance, TimelineEvent } from '@/lib/dashboard/types';
import {
  actorsWording,
  axisLabels,
  BADGE_W,
  badgeText,
  buildLanes,
  eventSpan,
  formatUtc,
  labelChars,
  laneCenter,
  layoutMarks,
  MARK_R,
  MARK_STEP,
  outlierWording,
  planLanes,
  plotLayout,
  robustDomain,
  shortLabel,
  timeTicks,
  windowRange,
  type LaneMode,
} from './model';
import { FADED_ALPHA, INK, markGroups, MUTED, RULE, STRIPE } from './draw';
import { traceShape } from './shapes';

/** Escape text for SVG content and attribute values (labels come from articles and lexicons). */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Numbers with at most two decimals: the file stays small and pixel-exact enough. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/** A standalone picture and its size in CSS pixels. */
export interface TimelinePicture {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const AXIS_H = 24;
/** Undated events listed by name at most; the rest are counted. */
const UNDATED_LINES = 12;
const STANCES: Stance[] = ['cooperative', 'neutral', 'hostile'];
const FONT = `system-ui, -apple-system, 'Segoe UI', sans-serif`;

/** "14 Nov 2016 – 15 Nov 2016": the days a domain covers (its padding included). */
function rangeWording(d: [number, number]): string {
  const a = formatUtc(d[0], 'd MMM yyyy');
  const b = formatUtc(Math.max(d[0], d[1] - 1), 'd MMM yyyy');
  return a === b ? a : `${a} – ${b}`;
}

/**
 * The timeline as a standalone SVG over its default domain (the bulk of the dates; see
 * robustDomain), every lane shown (up to the lane limit). From the top: the view's title and its
 * filters in words (`view`, from describeView), the dates shown and what lies beyond them, the
 * lanes and marks (marks outside `window` faded), the axis, the undated events, and the legend.
 * Marks of one look share one <path>, so 10k events make a file of tens of kilobytes per look rather
 * than 10k elements.
 */
export function timelineSvg(
  events: readonly TimelineEvent[],
  actors: Record<string, ActorLabel>,
  lanes: LaneMode,
  window: { from: string | null; to: string | null },
  view: ViewInWords,
  width = 1400,
): TimelinePicture {
  const out: string[] = [];
  let y = PAD;

  // ——— Header: title, filters, dates ———
  const head: string[] = [];
  y += 18;
  head.push(
    `<text x="${PAD}" y="${y}" font-size="18" font-weight="600" fill="${INK}">${esc(view.title)}</text>`,
  );
  const lines = view.lines.length > 0 ? view.lines : ['no filter'];
  for (const line of lines) {
    y += 17;
    head.push(`<text x="${PAD}" y="${y}" font-size="12.5" fill="${MUTED}">${esc(line)}</text>`);
  }
  const spans = events.map((e) => eventSpan(e));
  const rd = robustDomain(spans);
  const dated = spans.filter((s) => s !== null).length;
  const undated = events.length - dated;
  const counts =
    `${events.length} event${events.length === 1 ? '' : 's'}` + (undated > 0 ? `, ${undated} undated` : '');
  y += 19;
  head.push(
    `<text x="${PAD}" y="${y}" font-size="12.5" fill="${INK}">` +
      esc(rd ? `Dates shown: ${rangeWording(rd.domain)} · ${counts}` : `No dated event · ${counts}`) +
      '</text>',
  );
  const beyond = [
    rd?.before ? `${outlierWording(rd.before)} before` : null,
    rd?.after ? `${outlierWording(rd.after)} after` : null,
  ].filter(Boolean);
  if (beyond.length > 0) {
    y += 17;
    head.push(
      `<text x="${PAD}" y="${y}" font-size="12.5" fill="${MUTED}">Outside these dates, not drawn: ${esc(beyond.join('; '))}</text>`,
    );
  }
  out.push(...head);
  y += 14;

  // ——— Lanes, marks, axis ———
  if (rd) {
    const base = buildLanes(events, actors, lanes);
    const longest = Math.max(16, ...base.lanes.map((l) => l.label.length));
    const layout = plotLayout(width, longest);
    const x = scaleUtc().domain(rd.domain).range([layout.left, layout.right]);
    const xOf = (t: number) => x(t);
    const bounds = [layout.left, layout.right] as const;
    const { model, geometry } = planLanes(events, actors, lanes, xOf, { budget: Infinity, base, bounds });
    const pos = layoutMarks(model, geometry, xOf, layout, bounds);
    const plotW = layout.right - layout.left;
    const ticks = timeTicks(rd.domain, plotW);
    const labels = axisLabels(ticks, xOf, layout.left, layout.right);
    const top = y;
    out.push(`<g transform="translate(0,${n(top)})">`);

    const stripes = pathRound(2);
    for (let lane = 0; lane < model.datedLanes; lane += 2) {
      stripes.rect(layout.left, geometry.top[lane]!, plotW, geometry.height[lane]!);
    }
    out.push(`<path d="${stripes}" fill="${STRIPE}"/>`);
    const grid = pathRound(2);
    for (const l of labels) {
      const gx = Math.round(l.x) + 0.5;
      grid.moveTo(gx, 0);
      grid.lineTo(gx, geometry.total);
    }
    out.push(`<path d="${grid}" stroke="${RULE}" fill="none"/>`);

    // Lane labels.
    out.push(`<g font-size="12" text-anchor="end">`);
    for (let i = 0; i < model.datedLanes; i++) {
      const lane = model.lanes[i]!;
      const reserved = lane.kind === 'other';
      const label = shortLabel(lane.label, labelChars(layout));
      out.push(
        `<text x="${n(layout.left - 8)}" y="${n(laneCenter(geometry, i))}" dy="0.35em" fill="${reserved ? MUTED : INK}"` +
          `${reserved ? ' font-style="italic"' : ''}><title>${esc(lane.label)}</title>${esc(label)}</text>`,
      );
    }
    out.push('</g>');

    // Marks, clipped to the plot like the canvas; faded ones first so in-window marks sit on top.
    const r = MARK_R;
    out.push(
      `<clipPath id="plot"><rect x="${n(layout.left - r * 1.5)}" y="0" width="${n(plotW + r * 3)}" height="${n(geometry.total)}"/></clipPath>`,
      `<g clip-path="url(#plot)">`,
    );
    const groups = markGroups(model, events, windowRange(window));
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
        traceShape(shapes, quadShape(events[model.marks[i]!.event]!.quad), pos.x[i]!, pos.y[i]!, r);
      }
      const color = STANCE_COLOR[g.stance];
      const opacity = g.faded ? ` opacity="${FADED_ALPHA}"` : '';
      out.push(
        g.hollow
          ? `<path d="${shapes}" fill="none" stroke="${color}" stroke-width="1.4"${opacity}/>`
          : `<path d="${shapes}" fill="${color}"${opacity}/>`,
      );
    }
    for (const b of pos.badges) {
      out.push(
        `<rect x="${n(b.x - BADGE_W / 2 + 0.5)}" y="${n(b.y - MARK_STEP / 2 + 0.5)}" width="${BADGE_W - 1}" height="${MARK_STEP - 1}" rx="3" fill="#fff" stroke="${RULE}"/>`,
        `<text x="${n(b.x)}" y="${n(b.y)}" dy="0.35em" font-size="10" font-weight="600" text-anchor="middle" fill="${INK}">${badgeText(b.marks.length)}</text>`,
      );
    }
    out.push('</g>');

    // The axis.
    const ay = geometry.total;
    out.push(`<g font-size="10" fill="${INK}">`);
    out.push(`<path d="M${n(layout.left)} ${n(ay + 0.5)}H${n(layout.right)}" stroke="${INK}" fill="none"/>`);
    for (const l of labels) {
      const tx = n(Math.round(l.x) + 0.5);
      out.push(
        `<path d="M${tx} ${n(ay)}v5" stroke="${INK}"/>`,
        `<text x="${tx}" y="${n(ay + 8)}" dy="0.71em" text-anchor="${l.anchor}">${esc(l.text)}</text>`,
      );
    }
    out.push('</g>', '</g>');
    y = top + geometry.total + AXIS_H + 10;
  }

  // ——— Undated events: a list, plainly not on the axis ———
  if (undated > 0) {
    y += 14;
    out.push(
      `<text x="${PAD}" y="${y}" font-size="12.5" font-weight="600" fill="${INK}">Undated (${undated}), not on the time axis</text>`,
    );
    const list = events.filter((_, i) => spans[i] === null);
    for (const e of list.slice(0, UNDATED_LINES)) {
      y += 17;
      const glyph = pathRound(2);
      traceShape(glyph, quadShape(e.quad), PAD + 5, y - 4, MARK_R);
      const color = stanceColor(e.stance);
      out.push(
        e.basis === 'document'
          ? `<path d="${glyph}" fill="none" stroke="${color}" stroke-width="1.4"/>`
          : `<path d="${glyph}" fill="${color}"/>`,
        `<text x="${PAD + 16}" y="${y}" font-size="12" fill="${INK}">${esc(`${actorsWording(e, actors)}: ${e.type}`)}</text>`,
      );
    }
    if (list.length > UNDATED_LINES) {
      y += 17;
      out.push(
        `<text x="${PAD + 16}" y="${y}" font-size="12" fill="${MUTED}">and ${list.length - UNDATED_LINES} more</text>`,
      );
    }
    y += 6;
  }

  // ——— Legend ———
  y += 22;
  const legend: string[] = [];
  let lx = PAD;
  /** A glyph `gw` px wide at lx, then its words. */
  const item = (glyphSvg: string, text: string, gw = 12) => {
    legend.push(
      glyphSvg,
      `<text x="${n(lx + gw + 5)}" y="${y}" font-size="12" fill="${MUTED}">${esc(text)}</text>`,
    );
    lx += gw + 5 + text.length * 6.3 + 16;
  };
  const head2 = (text: string) => {
    legend.push(`<text x="${n(lx)}" y="${y}" font-size="12" font-weight="600" fill="${INK}">${text}</text>`);
    lx += text.length * 7.5 + 8;
  };
  head2('Stance');
  for (const s of STANCES) {
    item(`<rect x="${n(lx + 1)}" y="${y - 9}" width="9" height="9" rx="2" fill="${STANCE_COLOR[s]}"/>`, s);
  }
  if (events.some((e) => e.stance === null)) {
    const plus = pathRound(2);
    traceShape(plus, UNCODED_SHAPE, lx + 5.5, y - 4.5, 4.5);
    item(`<path d="${plus}" fill="${stanceColor(null)}"/>`, 'grey plus: tone not coded');
    // the acts on a line of their own, so that the legend stays inside the picture
    y += 20;
    lx = PAD;
  } else lx += 10;
  head2('Act');
  for (const q of Object.keys(QUAD_SHAPE) as Quad[]) {
    const p = pathRound(2);
    traceShape(p, QUAD_SHAPE[q], lx + 5.5, y - 4.5, 4.5);
    item(`<path d="${p}" fill="${MUTED}"/>`, QUAD_LABEL[q]);
  }
  y += 20;
  lx = PAD;
  head2('Date');
  const ring = pathRound(2);
  traceShape(ring, 'circle', lx + 5.5, y - 4.5, 4.5);
  item(
    `<path d="${ring}" fill="none" stroke="${MUTED}" stroke-width="1.4"/>`,
    'hollow: date from the publication date',
  );
  item(
    `<path d="M${n(lx)} ${y - 4.5}H${n(lx + 22)}" stroke="${MUTED}" stroke-width="2" stroke-opacity="0.6"/>` +
      `<circle cx="${n(lx + 6)}" cy="${y - 4.5}" r="4" fill="${MUTED}"/>`,
    'bar: a month or a year',
    22,
  );
  item(
    `<rect x="${n(lx)}" y="${y - 10}" width="${BADGE_W - 1}" height="${MARK_STEP - 1}" rx="3" fill="#fff" stroke="${RULE}"/>` +
      `<text x="${n(lx + BADGE_W / 2)}" y="${y - 2.5}" font-size="8.5" font-weight="600" text-anchor="middle" fill="${INK}">+N</text>`,
    'more on those days than the lane holds',
    BADGE_W,
  );
  out.push(...legend);
  y += PAD;

  const height = Math.ceil(y);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${height}" ` +
      `viewBox="0 0 ${n(width)} ${height}" font-family="${FONT}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}

/**
 * Rasterise an SVG string to a PNG: load it into an Image from a blob URL, draw that on a canvas of
 * the given size, and encode. Browser only. The SVG must be standalone (no external references),
 * which timelineSvg's is, or the canvas would be tainted and toBlob would throw.
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
