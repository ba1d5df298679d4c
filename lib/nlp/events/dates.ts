/**
 * When an event happened: the time expression of its own clause; else the date of the statement
 * that reports it ("said in a statement on Monday"); else the day the article is about (its first
 * dated day at or just before publication, the news peg); else the publication date itself, marked
 * basis `document`. Habitual or undated past ("has on numerous occasions accused") gets no date.
 */
import type { Timex } from '@/lib/model';
import { parseIsoDay, valueRange } from '@/lib/nlp/dates';
import { addDays, epochOf, fmtDay } from '@/lib/nlp/dates/calendar';
import type { Token } from '@/lib/nlp/tokens';
import type { EventDraft } from '@/lib/nlp/interactions';

export interface EventDate {
  /** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** The first and last day the value covers. */
  start: string;
  end: string;
  /** The words it came from; "" when taken from the document date. */
  text: string;
  basis: 'explicit' | 'relative' | 'document';
  /** Where it was found: the event's clause, the reporting statement, the article's news peg, the publication date. */
  anchor: 'clause' | 'report' | 'peg' | 'publication';
}

export interface DateContext {
  tokens: readonly Token[];
  timexes: readonly Timex[];
  /** The publication (reference) date, YYYY-MM-DD, or null. */
  published: string | null;
}

/** A calendar value an event can take: a day, a month or a year (not a week, a duration or "now"). */
function calendarValue(t: Timex): string | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const m = /^(\d{4})(-\d{2}(-\d{2})?)?/.exec(t.value);
  if (!m) {
    // a week or a quarter still dates an event, by its first day … last day
    return valueRange(t.value) ? t.value : null;
  }
  return m[0];
}

function fromTimex(t: Timex, anchor: EventDate['anchor']): EventDate | null {
  const value = calendarValue(t);
  if (!value) return null;
  const range = valueRange(value);
  if (!range) return null;
  return { value, start: range.start, end: range.end, text: t.text, basis: t.basis, anchor };
}

/** The article's news peg: its first day-precision date within two weeks before publication. */
export function newsPeg(timexes: readonly Timex[], published: string | null): Timex | null {
  const pub = parseIsoDay(published);
  if (!pub) return null;
  const low = epochOf(addDays(pub, -14));
  const high = epochOf(pub);
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const d = parseIsoDay(t.value);
    if (d && epochOf(d) >= low && epochOf(d) <= high) return t;
  }
  return null;
}

const grouped = new WeakMap<readonly Timex[], Map<number, Timex[]>>();

/**
 * The time expressions of each sentence, in text order, worked out once per document: looking up
 * an event's sentence must not scan the whole document (a long text has thousands of both).
 */
function bySentence(timexes: readonly Timex[]): Map<number, Timex[]> {
  let map = grouped.get(timexes);
  if (!map) {
    map = new Map();
    for (const t of timexes) {
      const list = map.get(t.sentence);
      if (list) list.push(t);
      else map.set(t.sentence, [t]);
    }
    grouped.set(timexes, map);
  }
  return map;
}

/** The nearest dating expression to token `at` in its sentence, no further than `reach` tokens. */
function nearest(ctx: DateContext, at: number, reach: number, skip?: (t: Timex) => boolean): Timex | null {
  const tok = ctx.tokens[at]!;
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const t of bySentence(ctx.timexes).get(tok.sentence) ?? []) {
    if (skip?.(t) || !calendarValue(t)) continue;
    // distance in tokens, roughly: count tokens between
    const a = t.span[0] < tok.start ? t.span[1] : tok.end;
    const b = t.span[0] < tok.start ? tok.start : t.span[0];
    let d = 0;
    for (const u of ctx.tokens.slice(Math.max(0, at - reach - 2), at + reach + 2))
      if (u.start >= a && u.end <= b) d++;
    if (d <= reach && d < bestDistance) {
      best = t;
      bestDistance = d;
    }
  }
  return best;
}

export function anchorDate(e: EventDraft, ctx: DateContext, peg: Timex | null): EventDate | null {
  if (e.undated) return null;
  const reportTok = e.reportVerb != null ? ctx.tokens[e.reportVerb] : undefined;
  // the statement's own date belongs to the statement, not to what it reports
  const inReport = (t: Timex) =>
    reportTok != null &&
    Math.abs(t.span[0] - reportTok.start) < Math.abs(t.span[0] - ctx.tokens[e.head]!.start);
  const own = nearest(ctx, e.head, 10, inReport);
  const d = own && fromTimex(own, 'clause');
  if (d) return d;
  if (e.reportVerb != null) {
    const r = nearest(ctx, e.reportVerb, 8);
    const rd = r && fromTimex(r, 'report');
    if (rd) return rd;
  }
  if (peg) {
    const pd = fromTimex(peg, 'peg');
    if (pd) return pd;
  }
  const pub = parseIsoDay(ctx.published);
  if (!pub) return null;
  const day = fmtDay(pub);
  return { value: day, start: day, end: day, text: '', basis: 'document', anchor: 'publication' };
}
