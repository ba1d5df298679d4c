/**
 * The timeline's pure model: which lanes there are and which marks go in them, where a date falls
 * on the x axis, whether a date is a point or a bar, the words of the tooltip and the live region,
 * and keyboard navigation between marks. Nothing here touches the DOM, so the canvas view, the SVG
 * export and the unit tests all share one account of the picture.
 */
import { format } from 'date-fns';
import { quadtree, utcDay, utcMonth, utcYear, type Quadtree } from 'd3';
import type { ActorLabel, TimelineEvent } from '@/lib/dashboard/types';

export type LaneMode = 'actor' | 'pair';

export const DAY = 86_400_000;
/** At most this many lanes of dated events; the rest share an "other" lane. */
export const MAX_LANES = 40;

export interface Lane {
  /** An actor id, "a|b" (ids sorted) for a pair, or the reserved keys below. */
  key: string;
  label: string;
  /** Marks in the lane (each event at most once). */
  count: number;
  kind: 'actor' | 'pair' | 'other' | 'undated';
}

export const OTHER_KEY = '\u0000other';
export const UNDATED_KEY = '\u0000undated';

/** One mark: an event drawn in one lane. An event with two actors has a mark in each actor lane. */
export interface Mark {
  /** Index into the events array. */
  event: number;
  lane: number;
  /** First instant and exclusive end of the date (UTC ms); NaN for undated marks. */
  t0: number;
  t1: number;
  /** Month- or year-wide (any date that covers more than one day): drawn as a bar. */
  bar: boolean;
  /** Position in the undated row (0-based), −1 for dated marks. */
  undated: number;
  /** Marks of the same lane and the same date are stacked vertically so none hides another. */
  stackIndex: number;
  stackSize: number;
}

export interface LaneModel {
  /** Dated lanes first (most marks first, "other" last among them), then "undated" if any. */
  lanes: Lane[];
  /** How many of `lanes` hold dated marks (the undated row, when present, is lanes[datedLanes]). */
  datedLanes: number;
  marks: Mark[];
  /** Mark indices of each event (one per lane it appears in). */
  marksByEvent: number[][];
  /** Mark indices of each lane, in date order. */
  marksByLane: number[][];
  /** Event indices in date order: by first day, then last day, then input order; undated last. */
  order: number[];
  /** Inverse of `order`: the position of each event in it. */
  orderPos: Int32Array;
  undatedCount: number;
  /** [first instant, exclusive end] of all dated marks, unpadded; null when nothing is dated. */
  extent: [number, number] | null;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD day as UTC midnight in ms, or NaN when the text is not such a day. */
export function dayMs(day: string | null | undefined): number {
  if (!day) return NaN;
  const m = DAY_RE.exec(day);
  if (!m) return NaN;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getTime();
}

/** The UTC day of an instant, as YYYY-MM-DD. */
export function dayString(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const yy = y < 0 ? `-${String(-y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${yy}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * The time an event covers on the x axis: [start of its first day, end of its last day), or null when
 * undated (or its days do not parse, which is treated the same: never a made-up date).
 */
export function eventSpan(e: Pick<TimelineEvent, 'start' | 'end'>): [number, number] | null {
  const t0 = dayMs(e.start);
  if (Number.isNaN(t0)) return null;
  let t1 = dayMs(e.end ?? e.start);
  if (Number.isNaN(t1) || t1 < t0) t1 = t0;
  return [t0, t1 + DAY];
}

/** A date is drawn as a bar when it spans more than one day (a month, a year, a week…). */
export function isBar(e: Pick<TimelineEvent, 'start' | 'end'>): boolean {
  const s = eventSpan(e);
  return s !== null && s[1] - s[0] > DAY;
}

/**
 * Where the shape of a date sits: the middle of its span. For a day that is noon, so the mark lies
 * inside the day's tick interval rather than on the boundary with the day before.
 */
export function markTime(span: [number, number]): number {
  return (span[0] + span[1]) / 2;
}

/** The precision of an event's date, from the days it covers. */
export function datePrecision(
  e: Pick<TimelineEvent, 'start' | 'end'>,
): 'day' | 'month' | 'year' | 'range' | 'none' {
  const s = eventSpan(e);
  if (!s) return 'none';
  if (s[1] - s[0] === DAY) return 'day';
  const a = new Date(s[0]);
  const last = new Date(s[1] - DAY);
  const firstOfMonth = a.getUTCDate() === 1;
  const endsMonth = new Date(s[1]).getUTCDate() === 1;
  if (firstOfMonth && endsMonth && a.getUTCFullYear() === last.getUTCFullYear()) {
    if (a.getUTCMonth() === last.getUTCMonth()) return 'month';
    if (a.getUTCMonth() === 0 && last.getUTCMonth() === 11) return 'year';
  }
  return 'range';
}

/** Labels in reading order, numbers by value ("Actor 2" before "Actor 10"). */
const collator = new Intl.Collator('en', { numeric: true });
const byLabel = (a: string, b: string) => collator.compare(a, b);

/**
 * A lane label cut to `max` characters with an ellipsis. A pair label is cut on each side, so
 * "A very long name – Another long name" stays tellable from "A very long name – Someone else".
 */
export function shortLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, Math.max(1, n - 1))}…`);
  const sep = label.indexOf(' – ');
  if (sep < 0) return cut(label, max);
  const a = label.slice(0, sep);
  const b = label.slice(sep + 3);
  // Shorten the longer side first, so a short name is never cut to make room for a long one.
  let na = a.length;
  let nb = b.length;
  for (let excess = na + nb + 3 - max; excess > 0; excess--) {
    if (na >= nb) na--;
    else nb--;
  }
  return `${cut(a, na)} – ${cut(b, nb)}`;
}

function actorName(actors: Record<string, ActorLabel>, id: string): string {
  return actors[id]?.name ?? id;
}

/** The lanes one event belongs to under a mode, as keys (deduplicated, in a stable order). */
export function laneKeysOf(e: Pick<TimelineEvent, 'source' | 'target'>, mode: LaneMode): string[] {
  const actors = [...new Set([...e.source, ...e.target])];
  if (mode === 'actor') return actors;
  const pairs = new Set<string>();
  for (const s of e.source) {
    for (const t of e.target) {
      if (s === t) continue;
      pairs.add(s < t ? `${s}|${t}` : `${t}|${s}`);
    }
  }
  // An event without a pair (no target, or only itself) goes to the lane of each of its actors.
  return pairs.size > 0 ? [...pairs] : actors;
}

/** The label of a lane key: an actor's name, or "A – B" for a pair (names in alphabetical order). */
export function laneLabel(key: string, actors: Record<string, ActorLabel>): string {
  if (key === OTHER_KEY) return 'other';
  if (key === UNDATED_KEY) return 'undated';
  const bar = key.indexOf('|');
  if (bar < 0) return actorName(actors, key);
  const names = [actorName(actors, key.slice(0, bar)), actorName(actors, key.slice(bar + 1))];
  names.sort(byLabel);
  return `${names[0]} – ${names[1]}`;
}

/**
 * Lanes and marks for a list of events. Dated events get a mark in each of their lanes; undated
 * events get one mark each in the "undated" row, placed by their position in the list (never at a
 * made-up date). Lanes are ordered by marks, most first, ties by label; past `maxLanes` the rest
 * fold into one "other" lane, in which an event appears once however many folded lanes it had.
 */
export function buildLanes(
  events: readonly TimelineEvent[],
  actors: Record<string, ActorLabel>,
  mode: LaneMode,
  maxLanes = MAX_LANES,
): LaneModel {
  const spans = events.map((e) => eventSpan(e));

  // Count the dated events of each candidate lane.
  const keysOf: string[][] = events.map((e, i) => (spans[i] ? laneKeysOf(e, mode) : []));
  const counts = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .map(([key, count]) => ({ key, count, label: laneLabel(key, actors) }))
    .sort((a, b) => b.count - a.count || byLabel(a.label, b.label) || (a.key < b.key ? -1 : 1));

  // Dated events with no actor at all still need somewhere to be drawn: "other".
  const orphaned = keysOf.some((keys, i) => spans[i] !== null && keys.length === 0);
  const fold = ranked.length > maxLanes || orphaned;
  const kept = ranked.length > maxLanes ? ranked.slice(0, Math.max(0, maxLanes - 1)) : ranked;
  const laneIndex = new Map<string, number>();
  const lanes: Lane[] = kept.map((l, i) => {
    laneIndex.set(l.key, i);
    return { key: l.key, label: l.label, count: 0, kind: mode };
  });
  let otherLane = -1;
  if (fold) {
    otherLane = lanes.length;
    lanes.push({ key: OTHER_KEY, label: 'other', count: 0, kind: 'other' });
  }
  const datedLanes = lanes.length;
  const undatedCount = spans.filter((s) => s === null).length;
  let undatedLane = -1;
  if (undatedCount > 0) {
    undatedLane = lanes.length;
    lanes.push({ key: UNDATED_KEY, label: 'undated', count: 0, kind: 'undated' });
  }

  const marks: Mark[] = [];
  const marksByEvent: number[][] = events.map(() => []);
  let undatedSeen = 0;
  let lo = Infinity;
  let hi = -Infinity;
  events.forEach((e, i) => {
    const span = spans[i] ?? null;
    if (!span) {
      marksByEvent[i]!.push(marks.length);
      marks.push({
        event: i,
        lane: undatedLane,
        t0: NaN,
        t1: NaN,
        bar: false,
        undated: undatedSeen++,
        stackIndex: 0,
        stackSize: 1,
      });
      return;
    }
    lo = Math.min(lo, span[0]);
    hi = Math.max(hi, span[1]);
    const laneSet = new Set<number>();
    for (const k of keysOf[i]!) laneSet.add(laneIndex.get(k) ?? otherLane);
    if (laneSet.size === 0) laneSet.add(otherLane);
    const bar = span[1] - span[0] > DAY;
    for (const lane of [...laneSet].sort((a, b) => a - b)) {
      marksByEvent[i]!.push(marks.length);
      marks.push({ event: i, lane, t0: span[0], t1: span[1], bar, undated: -1, stackIndex: 0, stackSize: 1 });
    }
  });

  // Event date order, used for Left/Right and for the order of marks within a lane.
  const order = events.map((_, i) => i);
  order.sort((a, b) => {
    const sa = spans[a] ?? null;
    const sb = spans[b] ?? null;
    if (!sa || !sb) return sa ? -1 : sb ? 1 : a - b;
    return sa[0] - sb[0] || sa[1] - sb[1] || a - b;
  });
  const orderPos = new Int32Array(events.length);
  order.forEach((ev, pos) => (orderPos[ev] = pos));

  const marksByLane: number[][] = lanes.map(() => []);
  for (const ev of order) for (const m of marksByEvent[ev]!) marksByLane[marks[m]!.lane]!.push(m);
  marksByLane.forEach((ms, lane) => (lanes[lane]!.count = ms.length));

  // Stack marks that share a lane and the same date (same day, or the same month bar).
  for (const ms of marksByLane) {
    let runStart = 0;
    for (let j = 1; j <= ms.length; j++) {
      const prev = marks[ms[j - 1]!]!;
      const cur = j < ms.length ? marks[ms[j]!]! : null;
      const same = cur !== null && prev.undated < 0 && cur.t0 === prev.t0 && cur.t1 === prev.t1;
      if (same) continue;
      const size = j - runStart;
      for (let k = runStart; k < j; k++) {
        const m = marks[ms[k]!]!;
        if (m.undated >= 0) continue;
        m.stackIndex = k - runStart;
        m.stackSize = size;
      }
      runStart = j;
    }
  }

  return {
    lanes,
    datedLanes,
    marks,
    marksByEvent,
    marksByLane,
    order,
    orderPos,
    undatedCount,
    extent: lo <= hi ? [lo, hi] : null,
  };
}

/**
 * The x domain: the extent of the dated marks padded by 3 % each side (at least a day), so the
 * first and last marks do not sit on the plot's edge. A fixed year when nothing is dated.
 */
export function paddedDomain(extent: [number, number] | null): [number, number] {
  if (!extent) return [dayMs('2000-01-01'), dayMs('2001-01-01')];
  const pad = Math.max(DAY, (extent[1] - extent[0]) * 0.03);
  return [extent[0] - pad, extent[1] + pad];
}

/**
 * Format an instant's UTC calendar fields with date-fns. date-fns formats in the local time zone,
 * so the UTC fields are copied into a local Date first: a UTC midnight then never shows as the
 * previous day west of Greenwich.
 */
export function formatUtc(ms: number, pattern: string): string {
  const u = new Date(ms);
  const local = new Date(0);
  local.setFullYear(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
  local.setHours(u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds(), 0);
  return format(local, pattern);
}

export type TickUnit = 'year' | 'month' | 'day';

/** Tick positions (ms) and their date-fns format for a visible span and a plot width in pixels. */
export function timeTicks(
  domain: [number, number],
  width: number,
): { unit: TickUnit; format: string; ticks: number[] } {
  const [d0, d1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const span = d1 - d0;
  // About one label per 90 px: "MMM yyyy" needs ~60 px and the gap keeps them apart.
  const room = Math.max(2, Math.floor(width / 90));
  // A span of u units holds up to ceil(u / step) + 1 ticks (both ends may fall on one).
  const pick = (steps: number[], units: number) =>
    steps.find((s) => Math.ceil(units / s) + 1 <= room) ?? steps.at(-1)!;
  const start = new Date(d0);
  const stop = new Date(d1 + 1);
  // Years only past three years: a two-year span labelled "2016", "2017" says too little.
  if (span > 3 * 365 * DAY) {
    const step = pick([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], span / (365.25 * DAY));
    const ticks = (utcYear.every(step) ?? utcYear).range(start, stop).map((d) => d.getTime());
    return { unit: 'year', format: 'yyyy', ticks };
  }
  if (span > 62 * DAY) {
    const step = pick([1, 2, 3, 6, 12], span / (30.44 * DAY));
    const ticks = (utcMonth.every(step) ?? utcMonth).range(start, stop).map((d) => d.getTime());
    return { unit: 'month', format: 'MMM yyyy', ticks };
  }
  const step = pick([1, 2, 5, 10, 15], span / DAY);
  const ticks = (utcDay.every(step) ?? utcDay).range(start, stop).map((d) => d.getTime());
  return { unit: 'day', format: 'd MMM', ticks };
}

export interface TimeWindow {
  from: string | null;
  to: string | null;
}

/** A window of days as [start of `from`, end of `to`) in ms; open sides are ±Infinity; null if unset. */
export function windowRange(win: TimeWindow): [number, number] | null {
  if (!win.from && !win.to) return null;
  const a = dayMs(win.from);
  const b = dayMs(win.to);
  return [Number.isNaN(a) ? -Infinity : a, Number.isNaN(b) ? Infinity : b + DAY];
}

/**
 * The days a brushed interval [t0, t1) covers: the day of t0 through the day of the last instant
 * before t1. A selection narrower than a day still names the one day it lies in.
 */
export function rangeToWindow(t0: number, t1: number): { from: string; to: string } {
  const a = Math.min(t0, t1);
  const b = Math.max(t0, t1);
  const from = dayString(a);
  const to = dayString(Math.max(a, b - 1));
  return { from, to };
}

/**
 * Whether a mark is inside a window: its date meets the window (as the API's from/to filter reads
 * it). Undated marks are outside any set window, as the API leaves them out too.
 */
export function inWindow(mark: Pick<Mark, 't0' | 't1'>, range: [number, number] | null): boolean {
  if (!range) return true;
  if (Number.isNaN(mark.t0)) return false;
  return mark.t0 < range[1] && mark.t1 > range[0];
}

// ——— Words ———

/** The sentence cut around the trigger: [before, trigger, after]. Offsets outside are clamped. */
export function triggerParts(e: Pick<TimelineEvent, 'sentence' | 'trigger'>): [string, string, string] {
  const n = e.sentence.length;
  const s = Math.max(0, Math.min(n, e.trigger.start));
  const t = Math.max(s, Math.min(n, e.trigger.end));
  return [e.sentence.slice(0, s), e.sentence.slice(s, t), e.sentence.slice(t)];
}

/** "Source → Target", "A ↔ B" when symmetric, just the source when there is no target. */
export function actorsWording(
  e: Pick<TimelineEvent, 'source' | 'target' | 'symmetric'>,
  actors: Record<string, ActorLabel>,
): string {
  const names = (ids: string[]) => ids.map((id) => actorName(actors, id)).join(', ');
  const src = names(e.source) || 'unknown';
  if (e.target.length === 0) return src;
  return `${src} ${e.symmetric ? '↔' : '→'} ${names(e.target)}`;
}

/** "reported by The Guardian", or null. */
export function reportedWording(
  e: Pick<TimelineEvent, 'reportedBy'>,
  actors: Record<string, ActorLabel>,
): string | null {
  return e.reportedBy ? `reported by ${actorName(actors, e.reportedBy)}` : null;
}

/** A score with its sign and one decimal: "+3.4", "−2.0", "0.0". */
export function signedScore(score: number): string {
  const s = Math.abs(score).toFixed(1);
  if (s === '0.0') return '0.0';
  return `${score > 0 ? '+' : '−'}${s}`;
}

/** "cooperative +3.4 · cues: directly". */
export function stanceWording(e: Pick<TimelineEvent, 'stance' | 'stanceScore' | 'stanceCues'>): string {
  const base = `${e.stance} ${signedScore(e.stanceScore)}`;
  return e.stanceCues.length > 0 ? `${base} · cues: ${e.stanceCues.join(', ')}` : base;
}

/** "negated · alleged", or null when neither. */
export function flagsWording(e: Pick<TimelineEvent, 'negated' | 'alleged'>): string | null {
  const flags = [e.negated ? 'negated' : null, e.alleged ? 'alleged' : null].filter(Boolean);
  return flags.length > 0 ? flags.join(' · ') : null;
}

/**
 * The date and how it was found:
 * "2016-11-14 — from “Monday”, relative to 2016-11-15", "2016-11-14 — from “14 November 2016”",
 * "2016-11-15 — the publication date", "undated".
 */
export function dateWording(
  e: Pick<TimelineEvent, 'start' | 'end' | 'value' | 'basis' | 'dateText' | 'reference'>,
): string {
  const span = eventSpan(e);
  if (!span) return 'undated';
  const when = e.value ?? (e.start === e.end || !e.end ? e.start : `${e.start} – ${e.end}`);
  switch (e.basis) {
    case 'document':
      return `${when} — the publication date`;
    case 'relative': {
      const from = e.dateText ? ` — from “${e.dateText}”` : '';
      return `${when}${from}${e.reference ? `${from ? ',' : ' —'} relative to ${e.reference}` : ''}`;
    }
    case 'explicit':
      return e.dateText ? `${when} — from “${e.dateText}”` : String(when);
    default:
      return String(when);
  }
}

/** A short human date: "14 Nov 2016", "Jan 2017", "2016", "1 Mar 2016 – 15 Apr 2016", "undated". */
export function shortDate(e: Pick<TimelineEvent, 'start' | 'end'>): string {
  const span = eventSpan(e);
  if (!span) return 'undated';
  switch (datePrecision(e)) {
    case 'day':
      return formatUtc(span[0], 'd MMM yyyy');
    case 'month':
      return formatUtc(span[0], 'MMM yyyy');
    case 'year':
      return formatUtc(span[0], 'yyyy');
    default:
      return `${formatUtc(span[0], 'd MMM yyyy')} – ${formatUtc(span[1] - DAY, 'd MMM yyyy')}`;
  }
}

/** What the live region says of the focused event: "Vladimir Putin → Donald Trump, praise, cooperative, 14 Nov 2016". */
export function announcement(e: TimelineEvent, actors: Record<string, ActorLabel>): string {
  const flags = flagsWording(e);
  const type = flags ? `${e.type} (${flags.replace(' · ', ', ')})` : e.type;
  return `${actorsWording(e, actors)}, ${type}, ${e.stance}, ${shortDate(e)}`;
}

// ——— Layout ———

export interface PlotLayout {
  width: number;
  height: number;
  /** Plot area, in the container's pixels: x from `left` to `right`. */
  left: number;
  right: number;
  top: number;
  /** Height of one lane row. */
  rowH: number;
  /** The dated lanes run from `top` to `datedBottom`; the x axis sits just below them. */
  datedBottom: number;
  axisY: number;
  /** The undated row (when there is one) below the axis: its top, and its centre line. */
  undatedTop: number;
  undatedY: number;
  hasUndated: boolean;
}

export const MARGIN = { top: 8, right: 16, bottom: 4 };
/** Lane labels: about this many px per character at 12 px, and the gap to the plot. */
const CHAR_W = 6.6;
const LABEL_GAP = 14;
export const AXIS_H = 22;
const ROW_DEFAULT = 22;

/** The default plot height: every row at 22 px, clamped to 140–520 px (rows shrink past that). */
export function defaultHeight(datedLanes: number, hasUndated: boolean): number {
  const rows = datedLanes + (hasUndated ? 1 : 0);
  const h = MARGIN.top + rows * ROW_DEFAULT + AXIS_H + MARGIN.bottom;
  return Math.max(140, Math.min(520, h));
}

/**
 * The plot's geometry. The label column is as wide as the longest lane label needs (estimated from
 * its length, so server and client agree), within 100 px and the smaller of 300 px and 30 % of the
 * width; labels longer than the column holds are cut (see labelChars).
 */
export function plotLayout(
  width: number,
  height: number,
  datedLanes: number,
  hasUndated: boolean,
  longestLabel = 30,
): PlotLayout {
  const left = Math.ceil(Math.max(100, Math.min(300, width * 0.3, longestLabel * CHAR_W + LABEL_GAP)));
  const rows = Math.max(1, datedLanes + (hasUndated ? 1 : 0));
  const avail = Math.max(0, height - MARGIN.top - AXIS_H - MARGIN.bottom);
  // Lanes never grow past 34 px: a few lanes in a tall box would otherwise look empty.
  const rowH = Math.min(34, avail / rows);
  const datedBottom = MARGIN.top + datedLanes * rowH;
  const axisY = datedBottom;
  const undatedTop = axisY + AXIS_H;
  return {
    width,
    height,
    left,
    right: Math.max(left + 1, width - MARGIN.right),
    top: MARGIN.top,
    rowH,
    datedBottom,
    axisY,
    undatedTop,
    undatedY: undatedTop + rowH / 2,
    hasUndated,
  };
}

/** How many characters of a lane label fit left of the plot. */
export function labelChars(layout: Pick<PlotLayout, 'left'>): number {
  return Math.max(8, Math.floor((layout.left - LABEL_GAP) / CHAR_W));
}

/** The radius of a mark for a row height: 2.5–5 px. */
export function markRadius(rowH: number): number {
  return Math.max(2.5, Math.min(5, rowH * 0.28));
}

export interface MarkPositions {
  /** Centre of the shape. */
  x: Float64Array;
  y: Float64Array;
  /** Ends of the bar (equal to x for points and undated marks). */
  xa: Float64Array;
  xb: Float64Array;
  /** 1 when any part of the mark is inside the plot's x range (so it is drawn). */
  drawn: Uint8Array;
  /** 1 when the shape's centre is inside the plot (so it can be hovered, and gets a hit div). */
  hittable: Uint8Array;
  drawnCount: number;
}

/**
 * Pixel positions of every mark: x from the (zoomed) time scale, y from the lane's centre plus the
 * mark's place in its stack; undated marks spread evenly along their row whatever the zoom.
 */
export function layoutMarks(
  model: Pick<LaneModel, 'marks' | 'undatedCount'>,
  xOf: (t: number) => number,
  laneCenter: (lane: number) => number,
  layout: PlotLayout,
  r: number,
): MarkPositions {
  const n = model.marks.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const xa = new Float64Array(n);
  const xb = new Float64Array(n);
  const drawn = new Uint8Array(n);
  const hittable = new Uint8Array(n);
  let drawnCount = 0;
  const plotW = layout.right - layout.left;
  const slot = model.undatedCount > 0 ? plotW / model.undatedCount : 0;
  // Room for a stack: most of the row, less the shape itself.
  const room = Math.max(0, layout.rowH * 0.8 - 2 * r);
  for (let i = 0; i < n; i++) {
    const m = model.marks[i]!;
    if (m.undated >= 0) {
      x[i] = xa[i] = xb[i] = layout.left + (m.undated + 0.5) * slot;
      y[i] = layout.undatedY;
      drawn[i] = hittable[i] = 1;
      drawnCount++;
      continue;
    }
    xa[i] = xOf(m.t0);
    xb[i] = m.bar ? xOf(m.t1) : xa[i]!;
    x[i] = xOf((m.t0 + m.t1) / 2);
    if (!m.bar) xa[i] = xb[i] = x[i]!;
    const step = m.stackSize > 1 ? Math.min(r * 1.3, room / (m.stackSize - 1)) : 0;
    y[i] = laneCenter(m.lane) + (m.stackIndex - (m.stackSize - 1) / 2) * step;
    const cx = x[i]!;
    if (xb[i]! >= layout.left - r && xa[i]! <= layout.right + r) {
      drawn[i] = 1;
      drawnCount++;
    }
    if (cx >= layout.left && cx <= layout.right) hittable[i] = 1;
  }
  return { x, y, xa, xb, drawn, hittable, drawnCount };
}

// ——— Keyboard ———

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';
export const NAV_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** Of an event's marks, the one in `lane`, else the one in the nearest lane. */
function markNearLane(model: LaneModel, event: number, lane: number): number | null {
  let best: number | null = null;
  let dist = Infinity;
  for (const m of model.marksByEvent[event] ?? []) {
    const d = Math.abs(model.marks[m]!.lane - lane);
    if (d < dist) {
      best = m;
      dist = d;
    }
  }
  return best;
}

/**
 * The mark focus moves to on a key. Left/Right go to the previous/next event in date order (staying
 * in the current lane when that event has a mark there), Home/End to the first/last event, Up/Down
 * to the mark in the neighbouring non-empty lane nearest on screen (by x). With nothing focused,
 * Right/Down/Home start at the first event and Left/Up/End at the last. Null when there are no marks.
 */
export function navigate(
  model: LaneModel,
  xs: ArrayLike<number>,
  current: number | null,
  key: NavKey,
): number | null {
  const { order } = model;
  if (order.length === 0 || model.marks.length === 0) return null;
  const cur = current !== null ? model.marks[current] : undefined;
  if (!cur || current === null) {
    const first = key === 'ArrowRight' || key === 'ArrowDown' || key === 'Home';
    const ev = first ? order[0]! : order[order.length - 1]!;
    return model.marksByEvent[ev]?.[0] ?? null;
  }
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const pos = model.orderPos[cur.event]! + (key === 'ArrowRight' ? 1 : -1);
      if (pos < 0 || pos >= order.length) return current;
      return markNearLane(model, order[pos]!, cur.lane) ?? current;
    }
    case 'Home':
      return markNearLane(model, order[0]!, cur.lane) ?? current;
    case 'End':
      return markNearLane(model, order[order.length - 1]!, cur.lane) ?? current;
    case 'ArrowUp':
    case 'ArrowDown': {
      const dir = key === 'ArrowDown' ? 1 : -1;
      const x0 = xs[current] ?? 0;
      for (let lane = cur.lane + dir; lane >= 0 && lane < model.lanes.length; lane += dir) {
        const ms = model.marksByLane[lane] ?? [];
        if (ms.length === 0) continue;
        let best = ms[0]!;
        let dist = Infinity;
        for (const m of ms) {
          const d = Math.abs((xs[m] ?? 0) - x0);
          if (d < dist) {
            best = m;
            dist = d;
          }
        }
        return best;
      }
      return current;
    }
  }
}

// ——— Hit testing ———

/**
 * The nearest mark to a point, by a d3 quadtree of the marks whose centre is in the plot (hover
 * never finds a mark panned away). The tree is built on the first query, not when the positions
 * are made: a zoom gesture makes new positions every frame, and only the last ones get hovered.
 */
export class MarkFinder {
  private tree: Quadtree<number> | null = null;

  constructor(private readonly pos: Pick<MarkPositions, 'x' | 'y' | 'hittable'>) {}

  find(px: number, py: number, radius: number): number | null {
    if (!this.tree) {
      const { x, y, hittable } = this.pos;
      const ids: number[] = [];
      for (let i = 0; i < x.length; i++) if (hittable[i]) ids.push(i);
      this.tree = quadtree<number>()
        .x((i) => x[i]!)
        .y((i) => y[i]!)
        .addAll(ids);
    }
    return this.tree.find(px, py, radius) ?? null;
  }
}
