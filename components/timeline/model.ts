/**
 * The timeline's pure model: which lanes there are and which marks go in them, where a date falls
 * on the x axis, whether a date is a point or a bar, the words of the tooltip and the live region,
 * and keyboard navigation between marks. Nothing here touches the DOM, so the canvas view, the SVG
 * export and the unit tests all share one account of the picture.
 */
import { format } from 'date-fns';
import { utcDay, utcMonth, utcYear } from 'd3';
import { stanceLabel } from '@/lib/dashboard/palette';
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
  /** For the "other" lane: how many lanes were folded into it (0 when it only holds events without an actor). */
  folded: number;
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
 * The label of the lane the folded lanes share: "+ 12 more actors", or "no actor" when it only holds
 * events without one. It says how much is hidden, where a bare "other" said nothing.
 */
export function otherLabel(folded: number, mode: LaneMode): string {
  if (folded <= 0) return 'no actor';
  return `+ ${folded} more ${mode === 'actor' ? 'actor' : 'pair'}${folded === 1 ? '' : 's'}`;
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
    return { key: l.key, label: l.label, count: 0, kind: mode, folded: 0 };
  });
  let otherLane = -1;
  if (fold) {
    otherLane = lanes.length;
    const folded = ranked.length - kept.length;
    lanes.push({ key: OTHER_KEY, label: otherLabel(folded, mode), count: 0, kind: 'other', folded });
  }
  const datedLanes = lanes.length;
  const undatedCount = spans.filter((s) => s === null).length;
  let undatedLane = -1;
  if (undatedCount > 0) {
    undatedLane = lanes.length;
    lanes.push({ key: UNDATED_KEY, label: 'undated', count: 0, kind: 'undated', folded: 0 });
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

/** Ticks for a visible span: where they fall, and how their labels are written. */
export interface TimeTicks {
  unit: TickUnit;
  /** The date-fns format of a tick within the year of the label before it ("d MMM", "MMM", "yyyy"). */
  format: string;
  /** The format of a tick that has to say its year: the first label, and the first of each new year. */
  longFormat: string;
  /** Tick instants (UTC ms), in order. */
  ticks: number[];
}

/** Tick positions (ms) and their date-fns formats for a visible span and a plot width in pixels. */
export function timeTicks(domain: [number, number], width: number): TimeTicks {
  const [d0, d1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const span = d1 - d0;
  // Room for as many labels as their width allows ("2016" ~ 25 px, "Nov" ~ 20 px, "14 Nov" ~ 40 px,
  // with a gap; the first label is longer, with its year): axisLabels drops any that would touch.
  const start = new Date(d0);
  const stop = new Date(d1 + 1);
  /** The ticks of the smallest step whose ticks (counted, not estimated) fit one per `px`. */
  const pick = (interval: typeof utcYear, steps: number[], px: number) => {
    const room = Math.max(2, Math.floor(width / px));
    let ticks: number[] = [];
    for (const step of steps) {
      ticks = (interval.every(step) ?? interval).range(start, stop).map((d) => d.getTime());
      if (ticks.length <= room) break;
    }
    return ticks;
  };
  // Years only past three years: a two-year span labelled "2016", "2017" says too little.
  if (span > 3 * 365 * DAY) {
    const ticks = pick(utcYear, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], 40);
    return { unit: 'year', format: 'yyyy', longFormat: 'yyyy', ticks };
  }
  if (span > 62 * DAY) {
    const ticks = pick(utcMonth, [1, 2, 3, 6, 12], 60);
    return { unit: 'month', format: 'MMM', longFormat: 'MMM yyyy', ticks };
  }
  const ticks = pick(utcDay, [1, 2, 5, 10, 15], 75);
  return { unit: 'day', format: 'd MMM', longFormat: 'd MMM yyyy', ticks };
}

/** One axis label, placed. */
export interface AxisLabel {
  /** The tick's instant and its x. */
  t: number;
  x: number;
  text: string;
  /** How the text hangs from x: centred under its tick, or from it inward at the plot's ends. */
  anchor: 'start' | 'middle' | 'end';
}

/** About how wide a character of the 10-px axis font is, to keep labels apart and inside the plot. */
export const AXIS_CHAR_W = 6.2;

/**
 * The labels of the ticks that fit: every label inside [left, right] (a label that would stick out
 * at an end hangs inward from its tick instead of being centred on it), none overlapping the one
 * before (those are skipped), and the year always said: the first label carries it, and so does the
 * first label of each new year. So "14 Nov 2016, 15 Nov, …" and never a span without its year.
 */
export function axisLabels(
  ticks: TimeTicks,
  xOf: (t: number) => number,
  left: number,
  right: number,
): AxisLabel[] {
  const out: AxisLabel[] = [];
  let lastEnd = -Infinity;
  let lastYear: number | null = null;
  for (const t of ticks.ticks) {
    const x = xOf(t);
    if (x < left - 0.5 || x > right + 0.5) continue;
    const year = new Date(t).getUTCFullYear();
    const text = formatUtc(t, year === lastYear ? ticks.format : ticks.longFormat);
    const w = text.length * AXIS_CHAR_W;
    let anchor: AxisLabel['anchor'] = 'middle';
    let x0 = x - w / 2;
    if (x0 < left) {
      anchor = 'start';
      x0 = x;
    } else if (x + w / 2 > right) {
      anchor = 'end';
      x0 = x - w;
    }
    // Too close to the label before, or (hanging from its tick) still past the end: skip it.
    if (x0 < lastEnd + 8 || x0 + w > right + 0.5 || x0 < left - 0.5) continue;
    out.push({ t, x, text, anchor });
    lastEnd = x0 + w;
    lastYear = year;
  }
  return out;
}

// ——— The default domain ———

/** Dated events left out of the default domain on one side, drawn as a marker at that edge. */
export interface Outliers {
  /** How many events (not marks). */
  count: number;
  /** First instant of the earliest and exclusive end of the latest of them (UTC ms). */
  first: number;
  last: number;
}

export interface RobustDomain {
  /** The span the plot shows unless told otherwise: the bulk of the events, padded. */
  domain: [number, number];
  /** The unpadded span of the events inside the default domain. */
  bulk: [number, number];
  /** Every dated event, padded: what the plot shows once the outliers are let in. */
  full: [number, number];
  /** Events far before / after the bulk, or null when there are none. */
  before: Outliers | null;
  after: Outliers | null;
}

/** The bulk is the shortest span holding this share of the events (by their dates' middles). */
const BULK_SHARE = 0.9;
/**
 * Events within this share of the bulk's length beyond either end belong to it all the same: a
 * 2014–2019 corpus keeps 2012 (a year or two of background is part of the story) and sets 1987 aside.
 */
const MARGIN_SHARE = 0.5;
/**
 * The smallest such margin: when most events share a day (one article about one meeting), a date a
 * few weeks away is part of the story, not an outlier.
 */
const MIN_MARGIN = 30 * DAY;
/** When showing everything still gives the bulk this share of the width, nothing is set aside. */
const KEEP_IF_BULK_SHARE = 0.75;

/**
 * The default x domain: the bulk of the dated events, so that one old date ("the 1987 agreement" in
 * articles about 2016) does not squeeze the years that matter into a corner. The bulk is the densest
 * span: the shortest one that holds 90 % of the events' mid-dates, widened by half its length
 * (at least 30 days) at each end. Events whose date lies wholly beyond that are set aside (at most a
 * tenth of them, by construction) and reported per side, so the plot can say so at its edges; unless
 * showing them would still leave the bulk three quarters of the width (then hiding them gains
 * nothing). Null when nothing is dated.
 */
export function robustDomain(spans: ReadonlyArray<readonly [number, number] | null>): RobustDomain | null {
  const dated = spans.filter((s): s is readonly [number, number] => s !== null);
  if (dated.length === 0) return null;
  const mids = Float64Array.from(dated, (s) => (s[0] + s[1]) / 2).sort();
  // The shortest window of k consecutive sorted mid-dates.
  const k = Math.max(1, Math.ceil(mids.length * BULK_SHARE));
  let best = 0;
  for (let i = 1; i + k - 1 < mids.length; i++) {
    if (mids[i + k - 1]! - mids[i]! < mids[best + k - 1]! - mids[best]!) best = i;
  }
  const margin = Math.max(MIN_MARGIN, (mids[best + k - 1]! - mids[best]!) * MARGIN_SHARE);
  const lo = mids[best]! - margin;
  const hi = mids[best + k - 1]! + margin;

  let full0 = Infinity;
  let full1 = -Infinity;
  let bulk0 = Infinity;
  let bulk1 = -Infinity;
  const before: Outliers = { count: 0, first: Infinity, last: -Infinity };
  const after: Outliers = { count: 0, first: Infinity, last: -Infinity };
  for (const [a, b] of dated) {
    full0 = Math.min(full0, a);
    full1 = Math.max(full1, b);
    // Wholly outside: a date that reaches into the bulk (a long range) is part of it.
    const side = b <= lo ? before : a >= hi ? after : null;
    if (side) {
      side.count++;
      side.first = Math.min(side.first, a);
      side.last = Math.max(side.last, b);
    } else {
      bulk0 = Math.min(bulk0, a);
      bulk1 = Math.max(bulk1, b);
    }
  }
  const full = paddedDomain([full0, full1]);
  const keepAll =
    before.count + after.count === 0 || (bulk1 - bulk0) / (full[1] - full[0]) >= KEEP_IF_BULK_SHARE;
  if (keepAll) {
    return { domain: full, bulk: [full0, full1], full, before: null, after: null };
  }
  return {
    domain: paddedDomain([bulk0, bulk1]),
    bulk: [bulk0, bulk1],
    full,
    before: before.count > 0 ? before : null,
    after: after.count > 0 ? after : null,
  };
}

/**
 * The domain with the outliers of one side or both let back in (after a click on an edge marker):
 * the padded bulk, stretched to the full padded extent on each side asked for.
 */
export function extendedDomain(
  rd: RobustDomain,
  extend: { before: boolean; after: boolean },
): [number, number] {
  return [
    extend.before && rd.before ? rd.full[0] : rd.domain[0],
    extend.after && rd.after ? rd.full[1] : rd.domain[1],
  ];
}

/** What an edge marker says: "1 event in 1987", "3 events, 1979–1987". */
export function outlierWording(o: Outliers): string {
  const y0 = new Date(o.first).getUTCFullYear();
  const y1 = new Date(o.last - 1).getUTCFullYear();
  const n = `${o.count} event${o.count === 1 ? '' : 's'}`;
  return y0 === y1 ? `${n} in ${y0}` : `${n}, ${y0}–${y1}`;
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
export function stanceWording(
  e: Pick<TimelineEvent, 'stance' | 'stanceScore' | 'stanceCues' | 'code'>,
): string {
  if (e.stance === null) return stanceLabel(e);
  const base = `${e.stance} ${signedScore(e.stanceScore)}`;
  return e.stanceCues.length > 0 ? `${base} · cues: ${e.stanceCues.join(', ')}` : base;
}

/** "negated · alleged", "hypothetical", or null when the act is stated and not negated. */
export function flagsWording(
  e: Pick<TimelineEvent, 'negated' | 'alleged'> & { modality?: TimelineEvent['modality'] },
): string | null {
  const modality = e.modality === 'hypothetical' || e.modality === 'conditional' ? e.modality : null;
  const flags = [e.negated ? 'negated' : null, e.alleged ? 'alleged' : null, modality].filter(Boolean);
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
  return `${actorsWording(e, actors)}, ${type}, ${stanceLabel(e)}, ${shortDate(e)}`;
}

// ——— Layout ———

/** The plot's horizontal geometry, in the container's pixels. */
export interface PlotLayout {
  width: number;
  /** The plot runs from `left` (after the lane labels) to `right`. */
  left: number;
  right: number;
}

/** Space right of the plot, so a mark on the last day is not cut. */
export const MARGIN_RIGHT = 12;
/** Lane labels: about this many px per character at 12 px, and the gap to the plot. */
const CHAR_W = 6.6;
const LABEL_GAP = 14;

/**
 * The plot's horizontal geometry. The label column is as wide as the longest lane label needs
 * (estimated from its length, so server and client agree), within 90 px and the smaller of 300 px
 * and 30 % of the width; labels longer than the column holds are cut (see labelChars).
 */
export function plotLayout(width: number, longestLabel = 30): PlotLayout {
  const left = Math.ceil(Math.max(90, Math.min(300, width * 0.3, longestLabel * CHAR_W + LABEL_GAP)));
  return { width, left, right: Math.max(left + 1, width - MARGIN_RIGHT) };
}

/** How many characters of a lane label fit left of the plot. */
export function labelChars(layout: Pick<PlotLayout, 'left'>): number {
  return Math.max(8, Math.floor((layout.left - LABEL_GAP) / CHAR_W));
}

/** The "radius" of a mark (see shapes.ts): the same at every zoom and lane count. */
export const MARK_R = 4;
/**
 * Centre-to-centre distance of neighbouring marks in a lane, side by side or one above the other:
 * the widest shape (the diamond, 1.25 r each side) twice. Marks of a lane never come closer.
 */
export const MARK_STEP = 10;
/** A lane is never lower than this: its 12-px label needs it. */
export const MIN_LANE_H = 22;
/** Space above the first row and below the last of a lane. */
const LANE_PAD = 8;
/** Space above the first lane and below the last. */
export const LANES_PAD = 4;
/** Rows a lane may grow to by default; past it, the last row counts what did not fit ("+12"). */
export const MAX_ROWS = 6;
/** The width a "+N" count takes in its lane's last row. */
export const BADGE_W = 26;

/**
 * How many marks a same-date group may put side by side beyond what its date's column holds: a
 * crowded day spreads a little into its neighbours' room (50 px), never across months of the axis.
 */
const MAX_SPREAD = 5;

/** The x range (px) blocks are kept within: the whole domain at the current zoom. */
export type Bounds = readonly [number, number];
const NO_BOUNDS: Bounds = [-Infinity, Infinity];

/** A same-date group laid out as a block: `perRow` marks side by side in `rows` rows, `w` px wide. */
interface Block {
  perRow: number;
  rows: number;
  left: number;
  w: number;
}

/**
 * The shapes one same-date group of `n` marks may take, in the order they are tried: a block
 * centred on the date's middle, first as many side by side as the date's column [xa, xb) holds (at
 * least one) in as many rows as that takes, then ever wider and lower, down to one row. A crowded
 * date keeps to its column when it can, and spreads a little past it (MAX_SPREAD) rather than lose
 * marks when it cannot. Blocks taller than `maxRows` or wider than that are left out: none may be
 * left, and then the group is counted in its lane's "+N".
 */
function groupBlocks(n: number, xa: number, xb: number, maxRows: number, bounds: Bounds): Block[] {
  const fitting = Math.max(1, Math.min(n, Math.floor((xb - xa) / MARK_STEP)));
  const out: Block[] = [];
  for (let rows = Math.min(maxRows, Math.ceil(n / fitting)); rows >= 1; rows--) {
    const perRow = Math.ceil(n / rows);
    if (perRow > Math.max(fitting, MAX_SPREAD)) break;
    // ceil(n / rows) can repeat a shape (7 in 3 rows takes 3 a row, as in 4 rows would not)
    if (out.length > 0 && out[out.length - 1]!.perRow === perRow) continue;
    const w = perRow * MARK_STEP;
    // Kept inside the domain: a crowded first or last day does not spill past the plot's ends. (A
    // date outside it, an outlier, stays outside.)
    const mid = (xa + xb) / 2;
    const inside = mid >= bounds[0] && mid <= bounds[1];
    const left = inside ? Math.max(bounds[0], Math.min(mid - w / 2, bounds[1] - w)) : mid - w / 2;
    out.push({ perRow, rows: Math.ceil(n / perRow), left, w });
  }
  return out;
}

/**
 * Rows of each lane as the row's index (0 = top) in the order they are tried: for a block of `h`
 * rows in a lane of `rows`, the start rows nearest the lane's middle first, so a lone mark sits on
 * the lane's centre line.
 */
function startOrder(rows: number, h: number): number[] {
  const starts: number[] = [];
  for (let s = 0; s + h <= rows; s++) starts.push(s);
  const mid = (rows - h) / 2;
  return starts.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b);
}

/**
 * Pack the marks of one lane: each same-date group becomes a block (see groupBlocks), and blocks go,
 * in date order, into the first rows (of `rows`, in `startOrder`) whose marks all end left of the
 * block, in the first of its shapes that finds such rows. A block never starts left of the right end
 * of anything already in its rows, so no two marks of a lane overlap, whatever the order.
 * Writes each mark's x and row (−1 when it found no room) and returns how many rows it used.
 */
function packLane(
  ms: readonly number[],
  marks: readonly Mark[],
  xOf: (t: number) => number,
  rows: number,
  x: Float64Array,
  row: Int32Array,
  bounds: Bounds = NO_BOUNDS,
): number {
  const right: number[] = [];
  let used = 0;
  const orders = new Map<number, number[]>();
  for (let g = 0; g < ms.length;) {
    const first = marks[ms[g]!]!;
    let end = g + 1;
    while (end < ms.length && marks[ms[end]!]!.t0 === first.t0 && marks[ms[end]!]!.t1 === first.t1) end++;
    const n = end - g;
    const xa = xOf(first.t0);
    const xb = xOf(first.t1);
    const shapes = groupBlocks(n, xa, xb, rows, bounds);
    // With no shape that fits the lane, the group is counted (row −1); its x still says where.
    let block = shapes[0] ?? { perRow: 1, rows: n, left: (xa + xb) / 2 - MARK_STEP / 2, w: MARK_STEP };
    let start = -1;
    for (const b of shapes) {
      const fits = (s: number) => {
        for (let k = s; k < s + b.rows; k++) if ((right[k] ?? -Infinity) > b.left + 0.01) return false;
        return true;
      };
      let order = orders.get(b.rows);
      if (!order) orders.set(b.rows, (order = startOrder(rows, b.rows)));
      start = order.find(fits) ?? -1;
      block = b;
      if (start >= 0) break;
    }
    for (let j = 0; j < n; j++) {
      const i = ms[g + j]!;
      const r = Math.floor(j / block.perRow);
      // The last row of a block may be short: centre it under the full ones.
      const inRow = Math.min(block.perRow, n - r * block.perRow);
      const col = j % block.perRow;
      x[i] = block.left + (block.perRow - inRow) * (MARK_STEP / 2) + (col + 0.5) * MARK_STEP;
      row[i] = start < 0 ? -1 : start + r;
    }
    if (start >= 0) {
      for (let k = start; k < start + block.rows; k++) right[k] = block.left + block.w;
      used = Math.max(used, start + block.rows);
    }
    g = end;
  }
  return used;
}

/** The vertical geometry of the dated lanes, which grow to hold their marks. */
export interface LaneGeometry {
  /** Top of each dated lane, in px from the top of the lanes area. */
  top: Float64Array;
  /** Height of each dated lane. */
  height: Float64Array;
  /** Rows of each dated lane (its last row holds the "+N" counts when `overflow`). */
  rows: Int32Array;
  /** 1 when the lane's marks needed more than the rows allowed at the unzoomed scale. */
  overflow: Uint8Array;
  /** Height of the whole lanes area. */
  total: number;
}

/**
 * How many rows each dated lane needs at a scale (the unzoomed one: zooming in only ever gives
 * marks more room) for none of its marks to overlap another: the fewest rows, up to MAX_ROWS, in
 * which packLane places them all; MAX_ROWS + 1 when even that many do not hold them. The rows are
 * tried with the very packing layoutMarks does, so at this scale it finds room for every mark.
 */
export function rowsNeeded(
  model: Pick<LaneModel, 'marks' | 'marksByLane' | 'datedLanes'>,
  xOf: (t: number) => number,
  bounds: Bounds = NO_BOUNDS,
): Int32Array {
  const need = new Int32Array(model.datedLanes);
  const x = new Float64Array(model.marks.length);
  const row = new Int32Array(model.marks.length);
  for (let lane = 0; lane < model.datedLanes; lane++) {
    const ms = model.marksByLane[lane] ?? [];
    let rows = 1;
    for (; rows <= MAX_ROWS; rows++) {
      packLane(ms, model.marks, xOf, rows, x, row, bounds);
      if (ms.every((m) => row[m]! >= 0)) break;
    }
    need[lane] = rows;
  }
  return need;
}

/** The height of a lane that needs `need` rows when it may have `maxRows`. */
function laneHeight(need: number, maxRows: number): number {
  return Math.max(MIN_LANE_H, Math.min(need, Math.max(2, maxRows)) * MARK_STEP + LANE_PAD);
}

/**
 * The lanes' geometry at a scale: each lane as many rows as its marks need (see rowsNeeded), at most
 * `maxRows` (then its last row counts what did not fit), MARK_STEP per row plus padding, at least
 * MIN_LANE_H.
 */
export function laneGeometry(
  model: Pick<LaneModel, 'marks' | 'marksByLane' | 'datedLanes'>,
  xOf: (t: number) => number,
  maxRows = MAX_ROWS,
  need = rowsNeeded(model, xOf),
): LaneGeometry {
  // (`need` must come from the same scale and bounds as the marks will be laid out with.)
  const rows = new Int32Array(need.length);
  const overflow = new Uint8Array(need.length);
  for (let lane = 0; lane < need.length; lane++) {
    // One row of marks and one of counts at the very least, when it overflows.
    if (need[lane]! > maxRows) {
      rows[lane] = Math.max(2, maxRows);
      overflow[lane] = 1;
    } else rows[lane] = need[lane]!;
  }
  return geometryOf(rows, overflow);
}

function geometryOf(rows: Int32Array, overflow: Uint8Array): LaneGeometry {
  const top = new Float64Array(rows.length);
  const height = new Float64Array(rows.length);
  let y = LANES_PAD;
  for (let lane = 0; lane < rows.length; lane++) {
    top[lane] = y;
    height[lane] = Math.max(MIN_LANE_H, rows[lane]! * MARK_STEP + LANE_PAD);
    y += height[lane]!;
  }
  return { top, height, rows, overflow, total: y + LANES_PAD };
}

/** The centre line of a dated lane. */
export function laneCenter(geom: Pick<LaneGeometry, 'top' | 'height'>, lane: number): number {
  return geom.top[lane]! + geom.height[lane]! / 2;
}

/** The y of row k of a lane: rows are MARK_STEP apart, centred on the lane's centre line. */
export function rowY(geom: Pick<LaneGeometry, 'top' | 'height' | 'rows'>, lane: number, k: number): number {
  return laneCenter(geom, lane) + (k - (geom.rows[lane]! - 1) / 2) * MARK_STEP;
}

/** Lanes and their geometry, with the lanes that do not fit the height folded into one. */
export interface LanePlan {
  /** The lanes shown (those past the budget folded into one). */
  model: LaneModel;
  geometry: LaneGeometry;
}

/** Lanes shown at least, when there are that many, before rows are given up for them. */
const MIN_LANES_SHOWN = 10;

/**
 * Lanes for a height budget: every lane when they fit `budget` px, else the first lanes (most events
 * first) that fit with room for one more, which holds the rest ("+ 12 more actors"). Tall lanes are
 * capped first (down to two rows, the last counting what did not fit) so that at least ten lanes show
 * when there are that many; lanes are never squeezed below MIN_LANE_H to make more of them fit.
 */
export function planLanes(
  events: readonly TimelineEvent[],
  actors: Record<string, ActorLabel>,
  mode: LaneMode,
  xOf: (t: number) => number,
  opts: {
    budget: number;
    maxRows?: number;
    maxLanes?: number;
    /** buildLanes(events, actors, mode, maxLanes) when the caller has it already. */
    base?: LaneModel;
    /** The domain's ends in px at this scale (see layoutMarks). */
    bounds?: Bounds;
  },
): LanePlan {
  const base = opts.base ?? buildLanes(events, actors, mode, opts.maxLanes ?? MAX_LANES);
  const need = rowsNeeded(base, xOf, opts.bounds);
  const lanes = base.datedLanes;
  /** How many lanes fit above a folded one of the tallest kind, with rows capped at `cap`. */
  const fit = (cap: number) => {
    let y = 2 * LANES_PAD + laneHeight(cap, cap);
    let keep = 0;
    while (keep < lanes && y + laneHeight(need[keep]!, cap) <= opts.budget)
      y += laneHeight(need[keep++]!, cap);
    return keep;
  };
  const total = (cap: number) => need.reduce((h, k) => h + laneHeight(k, cap), 2 * LANES_PAD);
  let cap = opts.maxRows ?? MAX_ROWS;
  while (cap > 2 && total(cap) > opts.budget && fit(cap) < Math.min(lanes - 1, MIN_LANES_SHOWN)) cap--;
  if (total(cap) <= opts.budget || lanes <= 2)
    return { model: base, geometry: laneGeometry(base, xOf, cap, need) };
  const keep = Math.max(1, fit(cap));
  if (keep >= lanes - 1) return { model: base, geometry: laneGeometry(base, xOf, cap, need) };
  const model = buildLanes(events, actors, mode, keep + 1);
  return { model, geometry: laneGeometry(model, xOf, cap, rowsNeeded(model, xOf, opts.bounds)) };
}

/** What a badge says: "+12", and "99+" past 99 (its tooltip gives the number). */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : `+${count}`;
}

/** A "+N" in a lane's last row: marks that found no room at this zoom. Zoom in (or click it) to see them. */
export interface Badge {
  lane: number;
  /** Centre of the count. */
  x: number;
  y: number;
  /** The marks it stands for (indices into model.marks), and the dates they cover (UTC ms). */
  marks: number[];
  t0: number;
  t1: number;
}

export interface MarkPositions {
  /** Centre of the shape. */
  x: Float64Array;
  y: Float64Array;
  /** Ends of the bar (equal to x for points). */
  xa: Float64Array;
  xb: Float64Array;
  /** 1 when the mark is painted as its own shape (some of it is inside the plot's x range). */
  drawn: Uint8Array;
  /** 1 when the shape's centre is inside the plot and not counted in a badge: it can be hovered. */
  hittable: Uint8Array;
  /** The badge a mark is counted in at this zoom, or −1. */
  badge: Int32Array;
  badges: Badge[];
  drawnCount: number;
}

/**
 * Pixel positions of every dated mark at a scale: same-day marks of a lane side by side within their
 * day's column when it is wide enough, else in rows of their lane (see packLane), so each can be
 * reached and no two overlap. What finds no room even so (only in lanes that overflowed at the
 * unzoomed scale) is counted in a "+N" badge in the lane's last row. Undated marks are not placed
 * here: they are listed apart from the time axis (their x is the plot's left edge, y NaN).
 */
export function layoutMarks(
  model: Pick<LaneModel, 'marks' | 'marksByLane' | 'datedLanes'>,
  geom: LaneGeometry,
  xOf: (t: number) => number,
  layout: Pick<PlotLayout, 'left' | 'right'>,
  /** The domain's ends in px at this zoom ([left, right] unzoomed): no block is placed past them. */
  bounds: Bounds = NO_BOUNDS,
): MarkPositions {
  const n = model.marks.length;
  const x = new Float64Array(n).fill(layout.left);
  const y = new Float64Array(n).fill(NaN);
  const xa = new Float64Array(n);
  const xb = new Float64Array(n);
  const drawn = new Uint8Array(n);
  const hittable = new Uint8Array(n);
  const badge = new Int32Array(n).fill(-1);
  const row = new Int32Array(n);
  const badges: Badge[] = [];
  let drawnCount = 0;
  const r = MARK_R;
  for (let lane = 0; lane < model.datedLanes; lane++) {
    const ms = model.marksByLane[lane] ?? [];
    const over = geom.overflow[lane] === 1;
    const rows = geom.rows[lane]!;
    packLane(ms, model.marks, xOf, over ? rows - 1 : rows, x, row, bounds);
    let open: Badge | null = null;
    for (const i of ms) {
      const m = model.marks[i]!;
      const cx = x[i]!;
      if (row[i]! < 0 && over) {
        // No room: counted in the badge that covers this x, or a new one starting here.
        if (!open || cx >= open.x + BADGE_W / 2) {
          // Badges sit side by side, never on top of each other.
          const left = Math.max(cx - MARK_STEP / 2, open ? open.x + BADGE_W / 2 + 2 : -Infinity);
          open = {
            lane,
            x: left + BADGE_W / 2,
            y: rowY(geom, lane, rows - 1),
            marks: [],
            t0: m.t0,
            t1: m.t1,
          };
          badges.push(open);
        }
        open.marks.push(i);
        open.t0 = Math.min(open.t0, m.t0);
        open.t1 = Math.max(open.t1, m.t1);
        badge[i] = badges.length - 1;
        x[i] = open.x;
        y[i] = open.y;
        xa[i] = xb[i] = open.x;
        continue;
      }
      // Rare: a lane that fitted unzoomed but not here, without a count row; overlap beats vanishing.
      const k = row[i]! < 0 ? Math.floor((rows - 1) / 2) : row[i]!;
      y[i] = rowY(geom, lane, k);
      if (m.bar) {
        xa[i] = xOf(m.t0);
        xb[i] = xOf(m.t1);
      } else xa[i] = xb[i] = cx;
      if (xb[i]! >= layout.left - r && xa[i]! <= layout.right + r) {
        drawn[i] = 1;
        drawnCount++;
      }
      if (cx >= layout.left && cx <= layout.right) hittable[i] = 1;
    }
  }
  return { x, y, xa, xb, drawn, hittable, badge, badges, drawnCount };
}

// ——— Tooltip ———

/** Space kept between the tooltip and its anchor, and between it and the viewport's edges. */
const TIP_GAP = 12;
const TIP_EDGE = 8;

/**
 * Where a box of size w × h goes next to an anchor inside a viewport of vw × vh: right of and below
 * the anchor, else left of / above it, and clamped so that it stays inside whenever it fits at all.
 */
export function placeTooltip(
  anchor: { x: number; y: number },
  size: { w: number; h: number },
  viewport: { w: number; h: number },
): { left: number; top: number } {
  let left = anchor.x + TIP_GAP;
  if (left + size.w > viewport.w - TIP_EDGE) left = anchor.x - TIP_GAP - size.w;
  left = Math.max(TIP_EDGE, Math.min(left, viewport.w - TIP_EDGE - size.w));
  let top = anchor.y + TIP_GAP;
  if (top + size.h > viewport.h - TIP_EDGE) top = anchor.y - TIP_GAP - size.h;
  top = Math.max(TIP_EDGE, Math.min(top, viewport.h - TIP_EDGE - size.h));
  return { left, top };
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

/** Side of a cell of the hit-test grid, in px: a little more than a hover's reach. */
const CELL = 16;

/**
 * The nearest hoverable mark to a point, from a uniform grid of the marks' centres (those in view
 * and not counted in a badge). The grid is a counting sort into typed arrays, built on the first
 * query after the positions change: O(n) with no allocation per mark, where a quadtree of 10k
 * points cost a frame's worth of time on the first hover after each zoom. A query looks at the
 * cells within `radius` only.
 */
export class MarkFinder {
  private cells: Int32Array | null = null;
  private starts: Int32Array | null = null;
  private cols = 0;
  private rows = 0;

  constructor(private readonly pos: Pick<MarkPositions, 'x' | 'y' | 'hittable'>) {}

  private build(): void {
    const { x, y, hittable } = this.pos;
    let maxX = 0;
    let maxY = 0;
    for (let i = 0; i < x.length; i++) {
      if (!hittable[i]) continue;
      maxX = Math.max(maxX, x[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    this.cols = Math.floor(Math.max(0, maxX) / CELL) + 1;
    this.rows = Math.floor(Math.max(0, maxY) / CELL) + 1;
    const counts = new Int32Array(this.cols * this.rows + 1);
    const cellOf = (i: number) =>
      Math.floor(Math.max(0, y[i]!) / CELL) * this.cols + Math.floor(Math.max(0, x[i]!) / CELL);
    for (let i = 0; i < x.length; i++) if (hittable[i]) counts[cellOf(i) + 1]!++;
    for (let c = 1; c < counts.length; c++) counts[c]! += counts[c - 1]!;
    const cells = new Int32Array(counts[counts.length - 1]!);
    const fill = counts.slice(0, -1);
    for (let i = 0; i < x.length; i++) if (hittable[i]) cells[fill[cellOf(i)]!++] = i;
    this.cells = cells;
    this.starts = counts;
  }

  find(px: number, py: number, radius: number): number | null {
    if (!this.cells) this.build();
    const { x, y } = this.pos;
    const cells = this.cells!;
    const starts = this.starts!;
    let best: number | null = null;
    let bestD = radius * radius;
    const c0 = Math.max(0, Math.floor((px - radius) / CELL));
    const c1 = Math.min(this.cols - 1, Math.floor((px + radius) / CELL));
    const r0 = Math.max(0, Math.floor((py - radius) / CELL));
    const r1 = Math.min(this.rows - 1, Math.floor((py + radius) / CELL));
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * this.cols + c;
        for (let k = starts[cell]!; k < starts[cell + 1]!; k++) {
          const i = cells[k]!;
          const dx = x[i]! - px;
          const dy = y[i]! - py;
          const d = dx * dx + dy * dy;
          // Ties go to the lower index (the earlier mark), so a hit does not depend on cell order.
          if (d < bestD || (d === bestD && best !== null && i < best)) {
            best = i;
            bestD = d;
          }
        }
      }
    }
    return best;
  }
}

/** The badge under a point (its box is BADGE_W by one row), or null. */
export function findBadge(badges: readonly Badge[], px: number, py: number): number | null {
  for (let b = 0; b < badges.length; b++) {
    const bd = badges[b]!;
    if (Math.abs(px - bd.x) <= BADGE_W / 2 && Math.abs(py - bd.y) <= MARK_STEP / 2) return b;
  }
  return null;
}
