/**
 * The time-expression rules, as data: each has a name, an example it must tag, a pattern, and a
 * resolver that turns the match into a TIMEX3 value (or refuses it). The tagger runs every rule over
 * the text, then keeps the longest non-overlapping matches (see ./index.ts).
 *
 * Conventions (TimeML TIMEX3):
 * - the span leaves out a leading preposition ("on Monday" tags "Monday") but keeps modifiers
 *   ("over 200 years", "early 2009", "the past decade");
 * - a relative value is resolved against the reference (publication) date; without one, the parts
 *   that depend on it stay `X` ("XXXX-XX-XX", "XXXX-01");
 * - the direction of a bare weekday or month comes from the tense around it (./tense.ts).
 */
import type { TimexType } from '@/lib/model';
import {
  addDays,
  addMonths,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  isValidDay,
  weekday,
  type Day,
  epochOf,
} from './calendar';
import {
  COUNT_NOUNS,
  DAY_PARTS,
  DECADE_WORDS,
  MONTHS,
  MONTH_ANY,
  MONTH_FULL,
  NUMBER,
  NUMBER_LABELS,
  ORDINALS,
  SEASONS,
  UNIT,
  UNIT_CODES,
  WEEKDAYS,
  WEEKDAY_FULL,
  readNumber,
  unitOf,
} from './lexicon';
import type { Tense } from './tense';

/** What a resolver sees of its match. */
export interface MatchContext {
  /** The whole document text. */
  text: string;
  /** Offsets of the match in `text` (after the rule's own trimming is applied by the tagger). */
  start: number;
  end: number;
  /** The reference (publication) day, or null when there is none. */
  ref: Day | null;
  /** The tense around the match (computed on demand). */
  tense(): Tense;
}

/**
 * What an expression hangs on when it is not the reference date: the previous time expression of
 * the text ("the following day", "three years later", "that month") or the date written next to it
 * (a clock time: "at 09:30 on 3 May"). Parts the anchor does not give are null.
 */
export interface Anchor {
  year: number;
  month: number | null;
  day: number | null;
}

/**
 * A value to compute again from an anchor (see ./anchor.ts): `needs` is the finest part the anchor
 * must give ("the next day" needs a day, "that year" a year); `value` is the result, or null to
 * keep the value from the reference date.
 */
export interface Anchoring {
  on: 'previous' | 'adjacent';
  needs: 'day' | 'month' | 'year';
  value(a: Anchor): string | null;
}

/** A resolved expression. `start`/`end` shift the span inside the match (e.g. to drop "on "). */
export interface Resolution {
  value: string;
  type?: TimexType;
  /** `relative` when the value depends on the reference date. */
  relative?: boolean;
  /** The value again from an anchor, where the text gives one (the value above is the fallback). */
  anchored?: Anchoring;
}

export interface TimexRule {
  /** Short name, shown in debug output and tests. */
  name: string;
  /** A phrase this rule must tag, with the expected value for reference date 2016-11-15 (a Tuesday). */
  example: [phrase: string, value: string];
  /** Global regex; the optional named group `t` is the span to tag (else the whole match). */
  pattern: RegExp;
  /**
   * A cheap test that a text must pass for `pattern` to have a chance (a word every match holds).
   * It only saves time: leaving it out never changes what is found.
   */
  requires?: RegExp;
  type: TimexType;
  /** Turns a match into a value, or null to refuse it. */
  resolve(m: RegExpExecArray, c: MatchContext): Resolution | null;
}

// ---- building blocks ---------------------------------------------------------------------------

/** Horizontal white space: an expression never crosses a line. */
const S = '[^\\S\\r\\n]+';
/** Start of a word (no letter or digit right before). */
const B = '\\b';
/** End of a word. */
const E = '(?![\\p{L}\\p{N}])';
const re = (src: string, flags = 'gu') => new RegExp(src, flags);

const isCapitalized = (s: string) => /^\p{Lu}/u.test(s);
const monthOf = (s: string) => MONTHS[s.toLowerCase().replace('.', '')] ?? 0;

/** The word right before `at` (lower-case, without trailing punctuation). */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{N}.]+)[^\S\r\n]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1]!.toLowerCase().replace(/\.$/, '') : '';
}
/** The word right after `at` (lower-case). */
function wordAfter(text: string, at: number): string {
  const m = /^[^\S\r\n]*([\p{L}\p{N}]+)/u.exec(text.slice(at, at + 30));
  return m ? m[1]!.toLowerCase() : '';
}

/** The X-filled value for an unresolved relative expression of this granularity. */
const UNRESOLVED = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' } as const;

/** Shifts a year by the tense when the stated month/day lies on the other side of the reference. */
function yearFor(ref: Day, month: number, day: number | null, tense: Tense): number {
  const before = month < ref.month || (month === ref.month && day != null && day < ref.day);
  const after = month > ref.month || (month === ref.month && day != null && day > ref.day);
  if (tense === 'future' && before) return ref.year + 1;
  if (tense === 'past' && after) return ref.year - 1;
  return ref.year;
}

/** A weekday relative to the reference: the last one on or before it, or the next one after it. */
function weekdayNear(ref: Day, dow: number, direction: 'past' | 'future' | 'this'): Day {
  const today = weekday(ref);
  if (direction === 'future') return addDays(ref, (dow - today + 7) % 7 || 7);
  if (direction === 'this') return addDays(ref, dow - today);
  return addDays(ref, -((today - dow + 7) % 7));
}

const QUARTER_OF_MONTH = (m: number) => Math.floor((m - 1) / 3) + 1;

/** Shifts a value of granularity `unit` by `n` from the reference. */
function shifted(ref: Day, unit: string, n: number): string | null {
  switch (unit) {
    case 'day':
      return fmtDay(addDays(ref, n));
    case 'week':
      return fmtWeek(addDays(ref, 7 * n));
    case 'weekend':
      return `${fmtWeek(addDays(ref, 7 * n))}-WE`;
    case 'month': {
      const d = addMonths(ref, n);
      return fmtMonth(d.year, d.month);
    }
    case 'quarter': {
      const q = ref.year * 4 + QUARTER_OF_MONTH(ref.month) - 1 + n;
      return `${fmtYear(Math.floor(q / 4))}-Q${(q % 4) + 1}`;
    }
    case 'year':
      return fmtYear(ref.year + n);
    case 'decade':
      return String(Math.floor(ref.year / 10) + n);
    case 'century':
      return String(Math.floor(ref.year / 100) + n).padStart(2, '0');
    default:
      return null;
  }
}

/**
 * The same shift from another expression's day ("the next day" after "3 March 2015"): see
 * ./anchor.ts. Weeks and days need the anchor's day, months its month, years its year.
 */
function shiftFromAnchor(unit: string, n: number): Anchoring | undefined {
  const needs =
    unit === 'day' || unit === 'week' ? 'day' : unit === 'month' ? 'month' : unit === 'year' ? 'year' : null;
  if (!needs) return undefined;
  return {
    on: 'previous',
    needs,
    value: (a) => shifted({ year: a.year, month: a.month ?? 1, day: a.day ?? 1 }, unit, n),
  };
}

/** Direction word → offset: "last week" −1, "next week" +1, "this week" 0. */
const DIRECTION: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  preceding: -1,
  next: 1,
  coming: 1,
  following: 1,
  this: 0,
  current: 0,
  present: 0,
  same: 0,
  that: 0,
};

const DURATION_MOD =
  '(?:(?:over|more' +
  S +
  'than|less' +
  S +
  'than|fewer' +
  S +
  'than|nearly|almost|about|around|roughly|approximately|some|at' +
  S +
  'least|at' +
  S +
  'most|up' +
  S +
  'to|just|only|barely|under|well' +
  S +
  'over)' +
  S +
  ')?';

function durationValue(numText: string | undefined, unitWord: string): string | null {
  const unit = UNIT_CODES[unitOf(unitWord)];
  if (!unit) return null;
  const n = numText == null ? 1 : readNumber(numText);
  const count = n == null ? 'X' : String(Math.round(n * unit.factor * 100) / 100);
  return `P${unit.time ? 'T' : ''}${count}${unit.code}`;
}

/** Every month name and abbreviation holds one of these. */
const MONTH_GATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

/**
 * Time zones news writes after a clock time, as hours east of UTC. `US` zones (ET, CT, MT, PT) follow
 * the United States' daylight-saving rule on the day in question; the others are taken as written
 * ("EST" in July is still −5). IST is India's.
 */
// prettier-ignore
const ZONES: Record<string, number | 'US'> = {
  GMT: 0, UTC: 0, Z: 0, WET: 0, BST: 1, CET: 1, WEST: 1, CEST: 2, EET: 2, EEST: 3, MSK: 3, GST: 4,
  PKT: 5, IST: 5.5, ICT: 7, WIB: 7, SGT: 8, HKT: 8, AWST: 8, JST: 9, KST: 9, AEST: 10, AEDT: 11,
  NZST: 12, NZDT: 13, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  AKST: -9, AKDT: -8, HST: -10, ET: 'US', CT: 'US', MT: 'US', PT: 'US',
};
const US_STANDARD: Record<string, number> = { ET: -5, CT: -6, MT: -7, PT: -8 };
const ZONE = `(?:GMT|UTC|Z)(?:(?:${S})?[+\u2212-](?:${S})?\\d{1,2}(?::?\\d{2})?)?|${Object.keys(ZONES)
  .filter((z) => !['GMT', 'UTC', 'Z'].includes(z))
  .sort((a, b) => b.length - a.length)
  .join('|')}|[Ll]ocal${S}time|hrs`;

/** Hours east of UTC for a written zone ("GMT+3" → 3, "EDT" → −4); a US zone is resolved later. */
function zoneOffset(z: string): number | 'US' | undefined {
  const m = /^(GMT|UTC|Z)(?:\s*([+\u2212-])\s*(\d{1,2})(?::?(\d{2}))?)?$/.exec(z);
  if (m) {
    if (!m[2]) return 0;
    const h = Number(m[3]) + (m[4] ? Number(m[4]) / 60 : 0);
    return h > 14 ? undefined : m[2] === '+' ? h : -h;
  }
  const base = ZONES[z];
  return base === 'US' ? (`US:${z}` as unknown as 'US') : base;
}

/** Whether US daylight-saving time is in force on a day (second Sunday of March to first Sunday of November). */
function usSummerTime(d: Day): boolean {
  const sunday = (month: number, nth: number) => {
    const first = { year: d.year, month, day: 1 };
    return 1 + ((7 - weekday(first)) % 7) + 7 * (nth - 1);
  };
  const n = epochOf(d);
  return (
    n >= epochOf({ year: d.year, month: 3, day: sunday(3, 2) }) &&
    n < epochOf({ year: d.year, month: 11, day: sunday(11, 1) })
  );
}

/**
 * A clock time's TIMEX3 value: "2016-11-15T10:30"; with a zone, converted to UTC and marked `Z`
 * ("10:15 GMT+3" → "…T07:15Z", "11 p.m. EST" on the 15th → "2016-11-16T04:00Z").
 */
function clockValue(day: Day | null, h: number, min: number, zone: number | 'US' | null): string {
  const hhmm = (hh: number, mm: number) => `T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  if (zone === null) return `${day ? fmtDay(day) : 'XXXX-XX-XX'}${hhmm(h, min)}`;
  let offset: number;
  if (typeof zone === 'string') {
    const name = String(zone).slice(3);
    if (!day) return `XXXX-XX-XX${hhmm(h, min)}`;
    offset = US_STANDARD[name]! + (usSummerTime(day) ? 1 : 0);
  } else offset = zone;
  if (!day) {
    const t = (((h * 60 + min - Math.round(offset * 60)) % 1440) + 1440) % 1440;
    return `XXXX-XX-XX${hhmm(Math.floor(t / 60), t % 60)}Z`;
  }
  const total = h * 60 + min - Math.round(offset * 60);
  const shift = Math.floor(total / 1440);
  const t = total - shift * 1440;
  return `${fmtDay(addDays(day, shift))}${hhmm(Math.floor(t / 60), t % 60)}Z`;
}

/** A two-digit year: the century that puts it no more than ten years after the reference ("05" → 2005, "91" → 1991). */
function twoDigitYear(yy: number, ref: Day | null): number {
  const now = ref?.year ?? 2000;
  const y = Math.floor(now / 100) * 100 + yy;
  return y > now + 10 ? y - 100 : y;
}

/** The last year of "1963-64" or "2012-2014", or null when it is not a span of years ("2016-11"). */
function yearRangeEnd(start: number, end: string): number | null {
  const e = end.length === 2 ? Math.floor(start / 100) * 100 + Number(end) : Number(end);
  return e > start && e - start <= 30 ? e : null;
}

/** Words that make a weekday a named day: "Super Tuesday", "Good Friday", "Cyber Monday". */
const NAMED_DAY_WORDS =
  /(?:^|[^\p{L}])(?:Super|Black|Bloody|Good|Ash|Palm|Cyber|Shrove|Maundy|Holy|Easter|Giving|Fat|Blue|Mega|Manic)[^\S\r\n]+$/u;

// ---- the rules ---------------------------------------------------------------------------------

export const RULES: TimexRule[] = [
  {
    name: 'iso-date',
    requires: /\d{4}-\d\d-\d\d/,
    example: ['2016-11-14', '2016-11-14'],
    pattern: re(
      `${B}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?${E}`,
    ),
    type: 'DATE',
    resolve(m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidDay(y, mo, d)) return null;
      if (m[4] != null)
        return { value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}`, type: 'TIME' };
      return { value: `${m[1]}-${m[2]}-${m[3]}` };
    },
  },
  {
    // "March 06, 2008", "Nov. 14 2016", "April 2nd", "on June 17"
    name: 'month-day-year',
    requires: MONTH_GATE,
    example: ['March 06, 2008', '2008-03-06'],
    pattern: re(
      `${B}(${MONTH_ANY})${S}(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,${S}?|${S})(\\d{4}))?(?![\\p{L}\\p{N}]|[.,]\\d|:\\d)`,
    ),
    type: 'DATE',
    resolve(m, c) {
      if (!isCapitalized(m[1]!)) return null;
      const month = monthOf(m[1]!);
      const day = Number(m[2]);
      if (m[3]) {
        const y = Number(m[3]);
        return isValidDay(y, month, day) ? { value: fmtDay({ year: y, month, day }) } : null;
      }
      if (day < 1 || day > 31) return null;
      if (!c.ref)
        return {
          value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          relative: true,
        };
      const year = yearFor(c.ref, month, day, c.tense());
      return isValidDay(year, month, day) ? { value: fmtDay({ year, month, day }), relative: true } : null;
    },
  },
  {
    // "14 November 2016", "the 14th of November", "14 Nov"
    name: 'day-month-year',
    requires: MONTH_GATE,
    example: ['14 November 2016', '2016-11-14'],
    pattern: re(
      `${B}(?:the${S})?(\\d{1,2})(?:st|nd|rd|th)?${S}(?:of${S})?(${MONTH_ANY})(?:,?${S}(\\d{4}))?(?![\\p{L}\\p{N}]|[.,]\\d)`,
    ),
    type: 'DATE',
    resolve(m, c) {
      if (!isCapitalized(m[2]!)) return null;
      const month = monthOf(m[2]!);
      const day = Number(m[1]);
      if (m[3]) {
        const y = Number(m[3]);
        return isValidDay(y, month, day) ? { value: fmtDay({ year: y, month, day }) } : null;
      }
      if (day < 1 || day > 31) return null;
      if (!c.ref)
        return {
          value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          relative: true,
        };
      const year = yearFor(c.ref, month, day, c.tense());
      return isValidDay(year, month, day) ? { value: fmtDay({ year, month, day }), relative: true } : null;
    },
  },
  {
    // "November 2016", "in Sept. 2015", "early January 2009"
    name: 'month-year',
    requires: MONTH_GATE,
    example: ['November 2016', '2016-11'],
    pattern: re(
      `${B}(?:(?:early|mid|late|the${S}end${S}of|the${S}beginning${S}of|the${S}start${S}of|the${S}middle${S}of)[-\\s]+)?(${MONTH_ANY}),?${S}(?:of${S})?(\\d{4})${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m) {
      if (!isCapitalized(m[1]!)) return null;
      return { value: fmtMonth(Number(m[2]), monthOf(m[1]!)) };
    },
  },
  {
    // "in January" (said in November 2016, "would take place … in January" → 2017-01), "last March"
    name: 'month',
    requires: MONTH_GATE,
    example: ['a meeting will take place in January', '2017-01'],
    pattern: re(
      `${B}(?:(last|next|this|early|mid|late|earlier${S}this|later${S}this)[-\\s]+)?(${MONTH_FULL}|Sept\\.)${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const name = m[2]!;
      if (!isCapitalized(name)) return null;
      const month = monthOf(name);
      const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const prev = wordBefore(c.text, c.start);
      const next = wordAfter(c.text, c.end);
      const cued =
        mod != null ||
        /^(in|since|until|till|by|from|during|before|after|through|throughout|of|on|between|and|to|around|last|next|this|early|late|mid)$/.test(
          prev,
        );
      // "May I", "March on Washington": these two need a temporal preposition or a modifier
      if ((month === 5 || month === 3) && !cued) return null;
      // "April Jones", "June Carter": a capitalised word right after a bare month is a name
      if (!cued && /^\p{Lu}/u.test(c.text.slice(c.end).trimStart())) return null;
      if (next === 'i' || next === 'we' || next === 'you') return null;
      if (!c.ref) return { value: `XXXX-${String(month).padStart(2, '0')}`, relative: true };
      let year: number;
      if (mod === 'last') year = month < c.ref.month ? c.ref.year : c.ref.year - 1;
      else if (mod === 'next') year = month > c.ref.month ? c.ref.year : c.ref.year + 1;
      else if (mod === 'this' || mod === 'earlier this' || mod === 'later this') year = c.ref.year;
      else year = yearFor(c.ref, month, null, c.tense());
      return { value: fmtMonth(year, month), relative: true };
    },
  },
  {
    // "on Monday", "last Friday", "next Tuesday", "Friday morning"
    name: 'weekday',
    requires: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/i,
    example: ["Trump's office said in a statement on Monday", '2016-11-14'],
    pattern: re(
      `${B}(?:(last|next|this|past|coming|previous|early|late)${S})?(${WEEKDAY_FULL})(?:${S}(morning|afternoon|evening|night))?${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      if (!isCapitalized(m[2]!)) return null;
      // "Super Tuesday", "Black Friday", "Bloody Sunday": a named day, not the weekday (the holiday
      // rule dates the ones a calendar fixes)
      if (!m[1] && NAMED_DAY_WORDS.test(c.text.slice(Math.max(0, c.start - 16), c.start))) return null;
      const dow = WEEKDAYS[m[2]!.toLowerCase()]!;
      const mod = m[1]?.toLowerCase();
      const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : undefined;
      if (!c.ref)
        return {
          value: `XXXX-WXX-${dow}${part ? `T${part}` : ''}`,
          relative: true,
          type: part ? 'TIME' : 'DATE',
        };
      let dir: 'past' | 'future' | 'this';
      if (mod === 'last' || mod === 'past' || mod === 'previous') dir = 'past';
      else if (mod === 'next' || mod === 'coming') dir = 'future';
      else if (mod === 'this') dir = 'this';
      // "on Tuesday" written on a Tuesday is that day, whatever the tense
      else if (dow === weekday(c.ref)) dir = 'this';
      else dir = c.tense() === 'future' ? 'future' : 'past';
      let day = weekdayNear(c.ref, dow, dir);
      // "last Tuesday" said on a Tuesday is a week ago, not today
      if ((mod === 'last' || mod === 'past' || mod === 'previous') && epochOf(day) === epochOf(c.ref))
        day = addDays(day, -7);
      return { value: fmtDay(day) + (part ? `T${part}` : ''), relative: true, type: part ? 'TIME' : 'DATE' };
    },
  },
  {
    // "every Monday", "on Mondays"
    name: 'weekday-set',
    requires: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?/i,
    example: ['every Monday', 'XXXX-WXX-1'],
    pattern: re(`${B}(?:(?:every|each)${S}(${WEEKDAY_FULL})|on${S}(${WEEKDAY_FULL})s)${E}`, 'giu'),
    type: 'SET',
    resolve(m) {
      const name = (m[1] ?? m[2])!;
      if (!isCapitalized(name)) return null;
      return { value: `XXXX-WXX-${WEEKDAYS[name.toLowerCase()]}` };
    },
  },
  {
    // "today", "yesterday", "tomorrow", "tonight", "the day before yesterday", "yesterday morning"
    name: 'deictic-day',
    requires: /today|tonight|yesterday|tomorrow|night/i,
    example: ['yesterday', '2016-11-14'],
    pattern: re(
      `${B}(the${S}day${S}(?:before${S}yesterday|after${S}tomorrow)|today|tonight|yesterday|tomorrow|last${S}night)(?:${S}(morning|afternoon|evening|night))?${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      // "USA Today", "Russia Today": a title, not a date
      if (
        word === 'today' &&
        m[1]![0] === 'T' &&
        c.start > 0 &&
        /\p{Lu}[\p{L}.]*[^\S\r\n]+$/u.test(c.text.slice(Math.max(0, c.start - 20), c.start)) &&
        !/[.!?:"“]\s*$/.test(c.text.slice(0, c.start))
      )
        return null;
      const offset: Record<string, number> = {
        today: 0,
        tonight: 0,
        yesterday: -1,
        tomorrow: 1,
        'last night': -1,
        'the day before yesterday': -2,
        'the day after tomorrow': 2,
      };
      let part = m[2] ? DAY_PARTS[m[2].toLowerCase()] : undefined;
      if (word === 'tonight' || word === 'last night') part = 'NI';
      const type: TimexType = part ? 'TIME' : 'DATE';
      if (!c.ref) return { value: `XXXX-XX-XX${part ? `T${part}` : ''}`, relative: true, type };
      return {
        value: fmtDay(addDays(c.ref, offset[word] ?? 0)) + (part ? `T${part}` : ''),
        relative: true,
        type,
      };
    },
  },
  {
    // "this morning", "this afternoon"
    name: 'this-daypart',
    requires: /morning|afternoon|evening/i,
    example: ['this morning', '2016-11-15TMO'],
    pattern: re(`${B}this${S}(morning|afternoon|evening)${E}`, 'giu'),
    type: 'TIME',
    resolve(m, c) {
      const part = DAY_PARTS[m[1]!.toLowerCase()];
      return { value: `${c.ref ? fmtDay(c.ref) : 'XXXX-XX-XX'}T${part}`, relative: true };
    },
  },
  {
    // "last week", "next month", "this year", "the past decade" (a duration), "earlier this year",
    // "the beginning of the year", "the last quarter", "this weekend", "late last year"
    name: 'relative-period',
    example: ['last week', '2016-W45'],
    pattern: re(
      `${B}(?:(early|late|mid|earlier|later|(?:the${S})?(?:very${S})?(?:beginning|start|end|middle|rest|remainder)${S}of)[-\\s]+)?` +
        `(?:(the${S})?(last|past|previous|preceding|next|coming|following|this|current|present|same|that)|(the))${S}` +
        `(day|week|weekend|month|quarter|year|decade|century|(?:fiscal|financial)${S}year)${E}(?!-)`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const mod = m[1]?.toLowerCase();
      const hasThe = m[2] != null;
      const dir = m[3]?.toLowerCase();
      const bareThe = m[4] != null;
      const fiscal = /^(fiscal|financial)/i.test(m[5]!);
      const unit = fiscal ? 'year' : m[5]!.toLowerCase();
      // "the year" alone is not a date; "the beginning of the year" is (the reference year)
      if (bareThe && !mod) return null;
      // "that year" only as a time of its own: "said that year-end…" never gets here (no hyphen after)
      if (dir === 'that' && hasThe) return null;
      // "the day" needs an anchor: "the previous day", "the following day", "the same day", "that day"
      const tied =
        (hasThe && dir != null && /^(previous|preceding|following|next|same)$/.test(dir)) || dir === 'that';
      if (unit === 'day' && !tied) return null;
      const n = dir ? (DIRECTION[dir] ?? 0) : 0;
      // tied to the time the text last named: "the next day", "that month", "the same year"
      const anchored = tied && !fiscal ? shiftFromAnchor(unit, n) : undefined;
      // "the past decade", "the last year", "the next month": a stretch of time up to (or from) now
      if (
        hasThe &&
        !mod &&
        dir &&
        /^(past|last|next|coming)$/.test(dir) &&
        unit !== 'quarter' &&
        unit !== 'day'
      ) {
        const v = durationValue(undefined, unit === 'weekend' ? 'week' : unit);
        return v ? { value: v, type: 'DURATION' } : null;
      }
      if (!c.ref) {
        const x = UNRESOLVED[unit as keyof typeof UNRESOLVED] ?? 'XXXX';
        return { value: x, relative: true, anchored };
      }
      const value = shifted(c.ref, unit, n);
      if (fiscal && value) return { value: `FY${value}`, relative: true };
      return value ? { value, relative: true, anchored } : null;
    },
  },
  {
    // "the year before", "the day after", "the week earlier": tied to the time the text last named
    // ("signed in 2009 … the year before" is 2008); "the year before last" counts from the reference
    name: 'unit-before-after',
    requires: /\b(?:before|after|earlier|later)\b/i,
    example: ['the year before last', '2014'],
    pattern: re(`${B}the${S}(day|week|month|year)${S}(before|after|earlier|later)(${S}last)?${E}`, 'giu'),
    type: 'DATE',
    resolve(m, c) {
      const unit = m[1]!.toLowerCase();
      const sign = /^(before|earlier)$/i.test(m[2]!) ? -1 : 1;
      if (m[3]) {
        if (sign > 0) return null;
        if (!c.ref) return { value: UNRESOLVED[unit as keyof typeof UNRESOLVED], relative: true };
        return { value: shifted(c.ref, unit, -2)!, relative: true };
      }
      const anchored = shiftFromAnchor(unit, sign);
      if (!c.ref) return { value: UNRESOLVED[unit as keyof typeof UNRESOLVED], relative: true, anchored };
      return { value: shifted(c.ref, unit, sign)!, relative: true, anchored };
    },
  },
  {
    // "the same month a year earlier", "the same quarter last year", "the same period of the previous
    // year": that part of the year before (of the time last named, or of the reference)
    name: 'same-period-year-before',
    requires: /\bsame\b/i,
    example: ['sales fell from the same month last year', '2015-11'],
    pattern: re(
      `${B}the${S}same${S}(day|week|month|quarter|period)(?:${S}(?:of|in))?${S}(last${S}year|(?:the${S})?(?:previous|prior|preceding)${S}year|the${S}year${S}before|(?:a|one)${S}year${S}(ago|earlier|before))${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const unit = m[1]!.toLowerCase();
      const fromRef = /^last/i.test(m[2]!) || m[3]?.toLowerCase() === 'ago';
      const value = (a: { year: number; month: number; day: number }): string => {
        const y = a.year - 1;
        if (unit === 'day')
          return fmtDay({ year: y, month: a.month, day: isValidDay(y, a.month, a.day) ? a.day : 28 });
        if (unit === 'week') return fmtWeek(addDays(a, -364));
        if (unit === 'month') return fmtMonth(y, a.month);
        if (unit === 'quarter') return `${fmtYear(y)}-Q${QUARTER_OF_MONTH(a.month)}`;
        return fmtYear(y);
      };
      const needs = unit === 'day' || unit === 'week' ? 'day' : unit === 'period' ? 'year' : 'month';
      const anchored: Anchoring | undefined = fromRef
        ? undefined
        : {
            on: 'previous',
            needs,
            value: (a) => value({ year: a.year, month: a.month ?? 1, day: a.day ?? 1 }),
          };
      if (!c.ref) return { value: 'XXXX', relative: true, anchored };
      return { value: value(c.ref), relative: true, anchored };
    },
  },
  {
    // "two weeks ago", "a year ago"; "three days earlier", "a year later" count from the time the
    // text last named ("in May 2015 … a year later" is 2016), else from the reference date
    name: 'ago',
    requires: /\b(?:ago|earlier|later)\b/i,
    example: ['three days ago', '2016-11-12'],
    pattern: re(`${B}(${NUMBER})${S}(${UNIT})${S}(ago|earlier|later)${E}`, 'giu'),
    type: 'DATE',
    resolve(m, c) {
      const n = readNumber(m[1]!);
      const unit = unitOf(m[2]!);
      const word = m[3]!.toLowerCase();
      const sign = word === 'later' ? 1 : -1;
      const vague = word === 'later' ? (c.tense() === 'future' ? 'FUTURE_REF' : 'PAST_REF') : 'PAST_REF';
      if (n == null || !Number.isInteger(n)) return { value: vague, relative: true };
      // decades and centuries in years, fortnights in weeks, clock units on the day itself
      const [u, k] =
        unit === 'decade'
          ? ['year', 10 * n]
          : unit === 'century'
            ? ['year', 100 * n]
            : unit === 'fortnight'
              ? ['week', 2 * n]
              : unit === 'hour' || unit === 'minute' || unit === 'second' || unit === 'night'
                ? ['day', 0]
                : [unit, n];
      const anchored = word === 'ago' ? undefined : shiftFromAnchor(u, sign * k);
      if (!c.ref) {
        const x = UNRESOLVED[u as keyof typeof UNRESOLVED] ?? vague;
        return { value: word === 'later' ? vague : x, relative: true, anchored };
      }
      // "a year later" with nothing to count from: after the reference only in a future clause
      if (word === 'later' && c.tense() !== 'future') return { value: vague, relative: true, anchored };
      const v = shifted(c.ref, u, sign * k);
      return v ? { value: v, relative: true, anchored } : null;
    },
  },
  {
    // "in two weeks", "in three days' time": a date ahead of the reference
    name: 'in-n-units',
    example: ['will meet in two weeks', '2016-W48'],
    pattern: re(`${B}in${S}(?<t>(${NUMBER})${S}(day|week|month|year)s?(?:['\u2019]${S}time)?)${E}`, 'giu'),
    type: 'DATE',
    resolve(m, c) {
      const n = readNumber(m[2]!);
      const unit = unitOf(m[3]!);
      // "the first time in two years" is a duration: only a future clause makes this a date
      if (n == null || !Number.isInteger(n) || c.tense() !== 'future') {
        const v = durationValue(m[2], m[3]!);
        return v ? { value: v, type: 'DURATION' } : null;
      }
      if (!c.ref) return { value: UNRESOLVED[unit as keyof typeof UNRESOLVED], relative: true };
      return { value: shifted(c.ref, unit, n)!, relative: true };
    },
  },
  {
    // "two weeks", "over 200 years", "a few days", "the next six months", "24 hours", "a five-year plan"
    name: 'duration',
    example: ['a relationship that dates back over 200 years', 'P200Y'],
    pattern: re(
      `${B}(?:the${S}(?:past|last|next|coming|previous|following|first|final)${S})?${DURATION_MOD}(${NUMBER})(?:${S}|-)(?:(?:more|straight|consecutive|successive|full|whole|long|additional|further|extra)${S})?(${UNIT})(?:-(?:long|old))?${E}`,
      'giu',
    ),
    type: 'DURATION',
    resolve(m, c) {
      // "1990 years" is not a thing; "2000 people" never gets here (no unit)
      const numText = m[1]!;
      if (/^\d{4}$/.test(numText) && Number(numText) > 1000) return null;
      // "a day" / "an hour" alone inside "twice a day" is a set, tagged by its own rule
      if (
        /^an?$/i.test(numText) &&
        /(?:once|twice|times|per)[^\S\r\n]+$/i.test(c.text.slice(Math.max(0, c.start - 12), c.start))
      )
        return null;
      // "a second term", "a second time": an ordinal, not a second of time
      if (/^an?$/i.test(numText) && /^seconds?$/i.test(m[2]!)) {
        const next = wordAfter(c.text, c.end);
        if (next && !/^(later|earlier|ago|or|and|before|after|of)$/.test(next)) return null;
      }
      // "the 10-year bond", "a 24-hour news channel": a name for a product or a service, not a time
      if (
        /-$/.test(c.text.slice(c.start, c.end - m[2]!.length)) &&
        /^(bond|bonds|note|notes|yield|yields|treasury|treasuries|mortgage|mortgages|loan|loans|gilt|gilts|swap|swaps|news|hotline|helpline|channel|clock)$/.test(
          wordAfter(c.text, c.end),
        )
      )
        return null;
      // "a decades-long feud": a plural unit needs a count above one
      const n = readNumber(numText);
      if (n === 1 && /s$/i.test(m[2]!)) return null;
      const v = durationValue(numText, m[2]!);
      return v ? { value: v } : null;
    },
  },
  {
    // "decades", "for years", "months of talks": a duration of unknown length
    // "decades of conflict", "it took minutes", "talks lasted hours"
    name: 'vague-duration',
    requires: /(?:second|minute|hour|day|week|month|year|decade|centurie)s\b/i,
    example: ['for years', 'PXY'],
    pattern: re(
      `${B}(?:(for|over|within|after|in|took|take|takes|taking|lasted|last|lasts|lasting|spent|spend|spends|spending|waited|wait|waits|waiting)${S})?(?<t>(?:many${S}|several${S}|recent${S})?(seconds|minutes|hours|days|weeks|months|years|decades|centuries))${E}`,
      'giu',
    ),
    type: 'DURATION',
    resolve(m, c) {
      const unit = unitOf(m[3]!);
      if (/recent/i.test(m[0])) return { value: 'PAST_REF', type: 'DATE' };
      // with no word before it that takes a length, only "Decades of …" opening a sentence or a
      // clause, or "hours of talks" after a verb's object: the unit must be followed by "of"
      if (!m[1]) {
        const next = wordAfter(c.text, c.end);
        const before = c.text.slice(Math.max(0, c.start - 3), c.start);
        if (next !== 'of' || /\d[^\S\r\n]*$|-$/.test(before)) return null;
        const prev = wordBefore(c.text, c.start);
        if (
          /^(the|of|those|these|their|its|his|her|our|my|your|many|several|few|recent|some|all|\d+)$/.test(
            prev,
          )
        )
          return null;
      }
      const code = UNIT_CODES[unit]!;
      return {
        value: `P${code.time ? 'T' : ''}X${unit === 'decade' || unit === 'century' ? 'Y' : code.code}`,
      };
    },
  },
  {
    // "decades-long", "a decades-old dispute"
    name: 'vague-duration-adjective',
    requires: /s-(?:long|old)/i,
    example: ['a decades-long dispute', 'PXY'],
    pattern: re(`${B}(years|decades|months|weeks|days|centuries)-(long|old)${E}`, 'giu'),
    type: 'DURATION',
    resolve(m) {
      const unit = unitOf(m[1]!);
      return { value: `PX${unit === 'decade' || unit === 'century' ? 'Y' : UNIT_CODES[unit]!.code}` };
    },
  },
  {
    // "in 2003", "the 2016 election"; not "Room 1988", "12.53%", "2000 troops", "$2015"
    name: 'year',
    requires: /\d{4}/,
    example: ['in 2003', '2003'],
    pattern: re(
      `${B}(?:(early|mid|late|the${S}end${S}of|the${S}beginning${S}of|the${S}start${S}of|the${S}middle${S}of|the${S}first${S}half${S}of|the${S}second${S}half${S}of|fiscal|financial${S}year|FY)(?:${S}|-))?(1[0-9]{3}|20[0-9]{2})(?!\\d|[.,:/]\\d|%|[^\\S\\r\\n]?(?:%|per${S}?cent|percent)|-\\d|\\.\\d)${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const year = Number(m[2]);
      const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const before = c.text.slice(Math.max(0, c.start - 3), c.start);
      if (/[$£€¥#№]\s*$|\d[,.]?$|[-/]$/.test(before)) return null;
      const prev = wordBefore(c.text, c.start);
      if (!mod && NUMBER_LABELS.has(prev)) return null;
      const next = wordAfter(c.text, c.end);
      if (COUNT_NOUNS.has(next)) return null;
      // a number followed by "-" and letters is an adjective ("2016-style") and fine; "1500-strong" is not a year
      if (
        /^-(strong|member|man|seat|page|word|metre|meter|mile|km|kilometre|kilometer|tonne|ton|pound|kg)/i.test(
          c.text.slice(c.end, c.end + 12),
        )
      )
        return null;
      // years before 1900 only after a word that dates: "in 1848", "since 1776"
      if (
        year < 1900 &&
        !mod &&
        !/^(in|since|of|from|until|till|by|year|the|to|between|and|before|after|circa|c|around|during|early|late|mid)$/.test(
          prev,
        )
      )
        return null;
      if (mod === 'fiscal' || mod === 'financial year' || mod === 'fy') return { value: `FY${year}` };
      if (mod === 'the first half of') return { value: `${year}-H1` };
      if (mod === 'the second half of') return { value: `${year}-H2` };
      return { value: fmtYear(year) };
    },
  },
  {
    // "the 1990s", "the '90s", "the nineties", "the 2000s"
    name: 'decade',
    requires: /0s\b|ties\b/i,
    example: ['the 1990s', '199'],
    pattern: re(
      `${B}(?:the${S})?(?:(early|mid|late)[-\\s])?(?:(1[0-9]|20)([0-9])0s|['\u2019]([0-9])0s|(?<=the${S})(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m) {
      if (m[2]) return { value: `${m[2]}${m[3]}` };
      if (m[4]) return { value: `${Number(m[4]) <= 2 ? '20' : '19'}${m[4]}` };
      return { value: `19${DECADE_WORDS[m[5]!.toLowerCase()]}` };
    },
  },
  {
    // "the 20th century", "the nineteenth century"
    name: 'century',
    requires: /century/i,
    example: ['the 20th century', '19'],
    pattern: re(
      `${B}(?:the${S})?(?:(early|mid|late)[-\\s])?(\\d{1,2})(?:st|nd|rd|th)${S}century${E}|${B}the${S}(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)${S}century${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m) {
      const n = m[2] ? Number(m[2]) : ORDINALS[m[3]!.toLowerCase()]!;
      return n >= 1 && n <= 22 ? { value: String(n - 1).padStart(2, '0') } : null;
    },
  },
  {
    // "the third quarter", "the first quarter of 2008", "Q3 2016", "first-quarter results"
    name: 'quarter',
    requires: /quarter|Q[1-4]/,
    example: ['the third quarter', '2016-Q3'],
    pattern: re(
      `${B}(?:(?:the${S})?(first|second|third|fourth|final|1st|2nd|3rd|4th)[-\\s]quarter(?:${S}of${S}(\\d{4}))?|Q([1-4])(?:${S}|-)?(\\d{4})?)${E}`,
      'gu',
    ),
    type: 'DATE',
    resolve(m, c) {
      let q = m[1] ? (ORDINALS[m[1].toLowerCase()] ?? 4) : Number(m[3]);
      if (q === -1) q = 4;
      const year = m[2] ?? m[4];
      if (year) return { value: `${year}-Q${q}` };
      if (
        !m[1] &&
        !year &&
        !/quarter|results|earnings|profit|sales|growth/i.test(c.text.slice(c.end, c.end + 30))
      )
        return null;
      if (!c.ref) return { value: `XXXX-Q${q}`, relative: true };
      const refQ = QUARTER_OF_MONTH(c.ref.month);
      const y =
        c.tense() === 'past' && q > refQ
          ? c.ref.year - 1
          : c.tense() === 'future' && q < refQ
            ? c.ref.year + 1
            : c.ref.year;
      return { value: `${y}-Q${q}`, relative: true };
    },
  },
  {
    // "the first half of the year", "the second half"
    name: 'half',
    requires: /half/i,
    example: ['the first half of the year', '2016-H1'],
    pattern: re(`${B}the${S}(first|second)${S}half${S}of${S}(?:the|this|last|next)${S}year${E}`, 'giu'),
    type: 'DATE',
    resolve(m, c) {
      const h = m[1]!.toLowerCase() === 'first' ? 1 : 2;
      const word = /last|next/i.exec(m[0])?.[0].toLowerCase();
      if (!c.ref) return { value: `XXXX-H${h}`, relative: true };
      const y = c.ref.year + (word === 'last' ? -1 : word === 'next' ? 1 : 0);
      return { value: `${y}-H${h}`, relative: true };
    },
  },
  {
    // "last summer", "the autumn of 2015", "summer 2016", "in the spring"
    name: 'season',
    requires: /spring|summer|autumn|fall|winter/i,
    example: ['last summer', '2016-SU'],
    pattern: re(
      `${B}(?:(last|next|this|early|late|mid|the)${S})?(spring|summer|autumn|fall|winter)(?:(?:${S}of)?${S}(\\d{4}))?${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const mod = m[1]?.toLowerCase();
      const word = m[2]!.toLowerCase();
      const season = SEASONS[word]!;
      // "Arab Spring", "Prague Spring": a name
      if (
        isCapitalized(m[2]!) &&
        !mod &&
        /\p{Lu}\p{L}*[^\S\r\n]+$/u.test(c.text.slice(Math.max(0, c.start - 20), c.start))
      )
        return null;
      if (m[3]) return { value: `${m[3]}-${season}` };
      // "fall" and "spring" are verbs and nouns too: a modifier or a temporal preposition must say it is the season
      const prev = wordBefore(c.text, c.start);
      if (!mod && !/^(in|since|until|by|during|this|last|next|over|through)$/.test(prev)) return null;
      if (mod === 'the' && !/^(in|since|until|by|during|over|through)$/.test(prev)) return null;
      if (!c.ref) return { value: `XXXX-${season}`, relative: true };
      // seasons run spring → winter; January and February belong to the winter of the year before
      const order = ['SP', 'SU', 'FA', 'WI'];
      const refIndex = [3, 3, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3][c.ref.month - 1]!;
      const later = order.indexOf(season) > refIndex;
      const earlier = order.indexOf(season) < refIndex;
      let y = c.ref.month <= 2 ? c.ref.year - 1 : c.ref.year;
      if (mod === 'last') y = earlier ? y : y - 1;
      else if (mod === 'next') y = later ? y : y + 1;
      else if (mod !== 'this') {
        const t = c.tense();
        if (t === 'past' && later) y -= 1;
        if (t === 'future' && earlier) y += 1;
      }
      return { value: `${y}-${season}`, relative: true };
    },
  },
  {
    // "every day", "each year", "every two weeks", "twice a week", "annual", "daily"
    name: 'set',
    requires:
      /every|each|once|twice|times|daily|weekly|monthly|yearly|annual|quarterly|hourly|nightly|bienn|biann|fortnightly/i,
    example: ['every two weeks', 'P2W'],
    pattern: re(
      `${B}(?:(?:every|each)${S}(?:other${S})?(?:(${NUMBER})${S})?(${UNIT}|morning|evening|night|summer|winter|spring|autumn)|(once|twice|(?:${NUMBER})${S}times)${S}(?:a|an|per|each|every)${S}(${UNIT})|(daily|weekly|monthly|yearly|annually|annual|quarterly|hourly|nightly|biannual|biennial|fortnightly))${E}`,
      'giu',
    ),
    type: 'SET',
    resolve(m, c) {
      if (m[5]) {
        const w = m[5];
        // "the Daily Telegraph", "Business Weekly": part of a name
        if (
          isCapitalized(w) &&
          c.start > 0 &&
          !/[.!?]["”']?\s*$|^\s*$/.test(c.text.slice(Math.max(0, c.start - 3), c.start))
        )
          return null;
        if (isCapitalized(w) && /^[^\S\r\n]+\p{Lu}/u.test(c.text.slice(c.end, c.end + 3))) return null;
        const code: Record<string, string> = {
          daily: 'P1D',
          nightly: 'P1D',
          weekly: 'P1W',
          monthly: 'P1M',
          yearly: 'P1Y',
          annually: 'P1Y',
          annual: 'P1Y',
          quarterly: 'P3M',
          hourly: 'PT1H',
          biannual: 'P6M',
          biennial: 'P2Y',
          fortnightly: 'P2W',
        };
        return { value: code[w.toLowerCase()]! };
      }
      if (m[3] != null && m[4]) {
        const v = durationValue('1', m[4]);
        return v ? { value: v } : null;
      }
      const unitWord = m[2]!;
      if (/morning|evening|night/i.test(unitWord))
        return { value: `XXXX-XX-XXT${DAY_PARTS[unitWord.toLowerCase()]}` };
      if (/summer|winter|spring|autumn/i.test(unitWord))
        return { value: `XXXX-${SEASONS[unitWord.toLowerCase()]}` };
      const v = durationValue(m[1] ?? (/other/i.test(m[0]) ? '2' : '1'), unitWord);
      return v ? { value: v } : null;
    },
  },
  {
    // "now", "currently", "at present", "recently", "in the future", "at a later date"
    name: 'vague',
    example: ['the two men will meet at a later date', 'FUTURE_REF'],
    pattern: re(
      `${B}(?:(now|currently|nowadays|these${S}days|at${S}present|at${S}the${S}moment|at${S}this${S}time|the${S}present(?:${S}day)?)|((?:more${S}|most${S}|very${S}|only${S}|until${S})?recently|lately|in${S}the${S}past|in${S}recent${S}(?:days|weeks|months|years|times)|not${S}long${S}ago|some${S}time${S}ago|long${S}ago|(?:days|weeks|months|years|decades)${S}ago|in${S}the${S}(?:recent|distant)${S}past)|(soon|shortly|in${S}(?:the${S})?(?:near${S}|distant${S}|foreseeable${S})?future|the${S}(?:near${S}|distant${S}|foreseeable${S})?future(?=${S}of${E}|[^\S\r\n]*(?:[.,;:!?)]|$))|at${S}a${S}later${S}(?:date|time|stage|point)|(?:in${S})?the${S}(?:coming|next)${S}(?:days|weeks|months|years|few${S}(?:days|weeks|months|years))|in${S}due${S}course|one${S}day|someday|eventually))${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const word = m[0].toLowerCase();
      // "now that", "just now": still the present; but "now" as a discourse marker at a sentence start is not a time
      if (m[1] && word === 'now' && /^[^\S\r\n]*,/.test(c.text.slice(c.end, c.end + 2)) && m[0][0] === 'N')
        return null;
      if (
        word === 'one day' &&
        !/future|will|would|hope/i.test(c.text.slice(Math.max(0, c.start - 40), c.end + 40))
      )
        return null;
      if (word === 'eventually' || word === 'shortly') return null; // adverbs of sequence, not times
      if (m[1]) return { value: 'PRESENT_REF', relative: true };
      if (m[2]) return { value: 'PAST_REF', relative: true };
      if (/coming|next/.test(word)) {
        const unit = /(day|week|month|year)s/.exec(word)?.[1] ?? 'day';
        return { value: `PX${UNIT_CODES[unit]!.code}`, type: 'DURATION' };
      }
      return { value: 'FUTURE_REF', relative: true };
    },
  },
  {
    // "the current crisis", "recent clashes", "the ongoing talks": adjectives that place a thing at
    // the time of writing or just before it (TimeML PRESENT_REF, PAST_REF)
    name: 'vague-adjective',
    requires: /current|recent|ongoing/i,
    example: ['the current government', 'PRESENT_REF'],
    pattern: re(`${B}(current|recent|ongoing)(?=${S}\\p{L})`, 'giu'),
    type: 'DATE',
    resolve(m, c) {
      const word = m[1]!.toLowerCase();
      const next = wordAfter(c.text, c.end);
      const prev = wordBefore(c.text, c.start);
      // "the current account", "an electric current", "a strong current": not a time
      if (word === 'current') {
        if (/^(account|accounts|affairs|density|flow|flows|sea|carrying|events)$/.test(next)) return null;
        if (
          !/^(the|its|his|her|their|our|my|your|this|these|a|an|and|of)$/.test(prev) &&
          !/'s$|’s$/.test(prev)
        )
          return null;
      }
      if (word === 'recent' && /^(past|weeks|days|months|years|times)$/.test(next)) return null;
      // "the most recent model": the latest of a series, not a time
      if (/^(most|more|less)$/.test(prev)) return null;
      return { value: word === 'recent' ? 'PAST_REF' : 'PRESENT_REF', relative: true };
    },
  },
  {
    // "he later resigned", "as reported earlier": a time after or before the one being told, with
    // no length. "Later" in a future clause is FUTURE_REF; in a past one it is some day after an
    // event, not after the writing: an unknown date (XXXX-XX-XX), as MEANTIME writes it. "Earlier"
    // is PAST_REF. "An earlier report" is no time.
    name: 'vague-adverb',
    requires: /later|earlier/i,
    example: ['the minister resigned earlier', 'PAST_REF'],
    pattern: re(`${B}(later|earlier)${E}`, 'giu'),
    type: 'DATE',
    resolve(m, c) {
      const word = m[1]!.toLowerCase();
      const prev = wordBefore(c.text, c.start);
      const next = wordAfter(c.text, c.end);
      if (/^(a|an|the|its|his|her|their|our|this|that|these|those|no|much|even|some|any)$/.test(prev))
        return null;
      if (next === 'than' || (next === 'on' && word === 'later')) return null;
      if (word === 'later')
        return c.tense() === 'future' ? { value: 'FUTURE_REF', relative: true } : { value: 'XXXX-XX-XX' };
      return { value: 'PAST_REF', relative: true };
    },
  },
  {
    // "in the long term", "over the short run", "in the near term": the future, no nearer said
    name: 'term',
    requires: /\b(?:term|run)\b/i,
    example: ['prices should fall in the long term', 'FUTURE_REF'],
    pattern: re(
      `${B}(?:in|over|for)${S}(?<t>the${S}(?:long|short|medium|near)(?:er)?${S}(?:term|run))${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve() {
      return { value: 'FUTURE_REF', relative: true };
    },
  },
  {
    // "earlier in the day", "late in the day", "throughout the day", "shares fell 2% on the day":
    // the day the text is about (the time it last named, else the reference day); "the day of the
    // vote", "the day before" are left to other rules or to none
    name: 'in-the-day',
    requires: /\bday\b/i,
    example: ['earlier in the day', '2016-11-15'],
    pattern: re(
      `${B}(?:(?:earlier|later|late|early)${S}in${S}the${S}day|throughout${S}the${S}day|(?<=${B}(?:on|for)${S})the${S}day(?=[^\\S\\r\\n]*(?:[.,;:!?)]|$)))${E}`,
      'giu',
    ),
    type: 'DATE',
    resolve(_m, c) {
      const anchored: Anchoring = { on: 'previous', needs: 'day', value: (a) => fmtDay(a as Day) };
      return { value: c.ref ? fmtDay(c.ref) : 'XXXX-XX-XX', relative: true, anchored };
    },
  },
  {
    // "3/9/05", "11/15/2016" (month first, as US news writes them, unless the first number cannot
    // be a month: "15/11/2016"), "15.11.2016" (day first)
    name: 'numeric-date',
    requires: /\d[/.]\d/,
    example: ['the letter dated 3/9/05', '2005-03-09'],
    pattern: re(
      `(?<![\\p{L}\\p{N}/.,-])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[/.,]\\d)`,
      'gu',
    ),
    type: 'DATE',
    resolve(m, c) {
      // "version 2.1.2016", "No. 4/7/05": a number, not a date
      if (
        /^(version|v|release|build|firmware|model|no|number|page|pp|chapter|section|article|art|ref|file|case)$/.test(
          wordBefore(c.text, c.start),
        )
      )
        return null;
      const a = Number(m[1]);
      const b = Number(m[3]);
      const dotted = m[2] === '.';
      let [month, day] = dotted || a > 12 ? [b, a] : [a, b];
      if (month > 12 && day <= 12) [month, day] = [day, month];
      const year = m[4]!.length === 4 ? Number(m[4]) : twoDigitYear(Number(m[4]), c.ref);
      return isValidDay(year, month, day) ? { value: fmtDay({ year, month, day }) } : null;
    },
  },
  {
    // "in '91", "since '08": a year written with two digits after an apostrophe
    name: 'short-year',
    requires: /['\u2019]\d\d/,
    example: ['he joined in \u201991', '1991'],
    pattern: re(
      `(?<=${B}(?:in|since|of|from|until|till|by|to|and|class|before|after|the|early|late|mid)${S})['\u2019](\\d{2})(?![\\p{L}\\p{N}'\u2019])`,
      'giu',
    ),
    type: 'DATE',
    resolve(m, c) {
      return { value: fmtYear(twoDigitYear(Number(m[1]), c.ref)) };
    },
  },
  {
    // "1963-64", "2012-2014", "1995–98": a span of years, tagged as its two years (here the first)
    name: 'year-range-start',
    requires: /\d{4}[-\u2013]\d/,
    example: ['the 1963-64 season', '1963'],
    pattern: re(
      `(?<![\\p{L}\\p{N}$£€.,/-])(1[89]\\d\\d|20\\d\\d)(?=[-\u2013](\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[.,/-]\\d))`,
      'gu',
    ),
    type: 'DATE',
    resolve(m) {
      return yearRangeEnd(Number(m[1]), m[2]!) ? { value: fmtYear(Number(m[1])) } : null;
    },
  },
  {
    // …and its second year: "1963-64" → 1964
    name: 'year-range-end',
    requires: /\d{4}[-\u2013]\d/,
    example: ['the 1963-64 season', '1964'],
    pattern: re(
      `(?<=(?<![\\p{L}\\p{N}$£€.,/-])(1[89]\\d\\d|20\\d\\d)[-\u2013])(\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[.,/-]\\d)`,
      'gu',
    ),
    type: 'DATE',
    resolve(m) {
      const end = yearRangeEnd(Number(m[1]), m[2]!);
      return end ? { value: fmtYear(end) } : null;
    },
  },
  {
    // "at that time", "by that time": the time the text last named (PAST_REF when it named none)
    name: 'that-time',
    requires: /that[^\S\r\n]+time/i,
    example: ['at that time', 'PAST_REF'],
    pattern: re(`${B}(?:at|by|since|until|from|before|after)${S}(?<t>that${S}time)${E}`, 'giu'),
    type: 'DATE',
    resolve() {
      const anchored: Anchoring = {
        on: 'previous',
        needs: 'year',
        value: (a) =>
          a.day != null ? fmtDay(a as Day) : a.month != null ? fmtMonth(a.year, a.month) : fmtYear(a.year),
      };
      return { value: 'PAST_REF', relative: true, anchored };
    },
  },
  {
    // "10:30 a.m.", "3 pm", "noon", "midnight", "14:00 GMT"
    name: 'clock-time',
    requires: /\d:\d\d|\d\s?[ap]\.?m|noon|midday|midnight/i,
    example: ['at 10:30 a.m.', '2016-11-15T10:30'],
    pattern: re(
      // case-sensitive, so that a zone is written in capitals ("EST", not "est" or "et al.")
      `${B}(?:(\\d{1,2})(?::(\\d{2}))?(?:${S})?([aApP]\\.[mM]\\.|[aApP][mM])(?![\\p{L}])|(\\d{1,2}):(\\d{2})(?!\\d|:\\d|[.,]\\d)|([Nn]oon|[Mm]idday|[Mm]idnight))` +
        `(?:(?:${S})?\\(?(${ZONE})\\)?(?![\\p{L}\\p{N}]))?`,
      'gu',
    ),
    type: 'TIME',
    resolve(m, c) {
      let h: number;
      let min = 0;
      const zoneText = m[7];
      // "local time" and "hrs" say there is no zone to convert from
      const zone = zoneText && !/^(local|Local|hrs)/.test(zoneText) ? zoneOffset(zoneText) : undefined;
      if (zoneText && zone === undefined && !/^(local|Local|hrs)/.test(zoneText)) return null;
      if (m[6]) {
        const w = m[6].toLowerCase();
        h = w === 'midnight' ? 24 : 12;
      } else if (m[3]) {
        h = Number(m[1]);
        min = m[2] ? Number(m[2]) : 0;
        if (h < 1 || h > 12) return null;
        const pm = m[3].toLowerCase().startsWith('p');
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      } else {
        h = Number(m[4]);
        min = Number(m[5]);
        // a score ("won 3:1") or a ratio is not a time: need "at", "from", "by", "until" or a zone
        const prev = wordBefore(c.text, c.start);
        if (!/^(at|from|by|until|till|to|before|after|around|about|since|and)$/.test(prev) && !zoneText)
          return null;
      }
      if (h > 24 || min > 59) return null;
      // the day written beside it ("09:30 GMT on 3 May 2015"), else the reference day
      const anchored: Anchoring = {
        on: 'adjacent',
        needs: 'day',
        value: (a) => clockValue(a as Day, h, min, zone ?? null),
      };
      return { value: clockValue(c.ref, h, min, zone ?? null), relative: true, anchored };
    },
  },
  {
    // "Christmas", "New Year's Day", "Thanksgiving", "Easter"
    name: 'holiday',
    requires:
      /Christmas|New Year|Thanksgiving|Easter|Halloween|Valentine|Good Friday|Black Friday|Cyber Monday|Ash Wednesday|Palm Sunday|Maundy Thursday|Holy Thursday|Shrove Tuesday/,
    example: ['Christmas Day', '2016-12-25'],
    pattern: re(
      `${B}(Christmas(?:${S}(?:Day|Eve))?|New${S}Year['\u2019]s(?:${S}(?:Day|Eve))?|Thanksgiving(?:${S}Day)?|Easter(?:${S}(?:Sunday|Monday))?|Halloween|Valentine['\u2019]s${S}Day|(?:Good|Black)${S}Friday|Cyber${S}Monday|Ash${S}Wednesday|Palm${S}Sunday|(?:Maundy|Holy)${S}Thursday|Shrove${S}Tuesday)${E}`,
      'gu',
    ),
    type: 'DATE',
    resolve(m, c) {
      const name = m[1]!.replace(/\s+/g, ' ').replace('\u2019', "'");
      const next = wordAfter(c.text, c.end);
      // "Christmas sales", "Christmas tree": the word modifies a noun; still the holiday's date only when a date is meant
      if (
        /^(tree|trees|card|cards|market|markets|island|party|parties|shopping|present|presents|decorations|lights|carol|carols|message|resolution|resolutions|honours|bunny|egg|eggs)$/.test(
          next,
        )
      )
        return null;
      // days a fixed number of days from Easter or from Thanksgiving
      const FROM_EASTER: Record<string, number> = {
        'Easter Monday': 1,
        'Good Friday': -2,
        'Maundy Thursday': -3,
        'Holy Thursday': -3,
        'Palm Sunday': -7,
        'Ash Wednesday': -46,
        'Shrove Tuesday': -47,
      };
      const FROM_THANKSGIVING: Record<string, number> = { 'Black Friday': 1, 'Cyber Monday': 4 };
      const md = (y: number): [number, number] | null => {
        const key = name.replace(/\s+/g, ' ');
        const base = key in FROM_EASTER ? 'Easter' : key in FROM_THANKSGIVING ? 'Thanksgiving' : null;
        if (base) {
          const [bm, bd] = mdOf(base, y);
          const d = addDays({ year: y, month: bm, day: bd }, FROM_EASTER[key] ?? FROM_THANKSGIVING[key]!);
          return [d.month, d.day];
        }
        return mdOf(key, y);
      };
      function mdOf(name: string, y: number): [number, number] {
        if (name.startsWith('Christmas Eve')) return [12, 24];
        if (name.startsWith('Christmas')) return [12, 25];
        if (name === "New Year's Eve") return [12, 31];
        if (name.startsWith("New Year's")) return [1, 1];
        if (name === 'Halloween') return [10, 31];
        if (name.startsWith('Valentine')) return [2, 14];
        if (name.startsWith('Thanksgiving')) {
          const nov1 = { year: y, month: 11, day: 1 };
          const first = ((4 - weekday(nov1) + 7) % 7) + 1;
          return [11, first + 21];
        }
        // Easter: the anonymous Gregorian computus
        const a = y % 19,
          b = Math.floor(y / 100),
          cc = y % 100,
          d = Math.floor(b / 4),
          e = b % 4;
        const f = Math.floor((b + 8) / 25),
          g = Math.floor((b - f + 1) / 3);
        const h = (19 * a + b - d - g + 15) % 30,
          i = Math.floor(cc / 4),
          k = cc % 4;
        const l = (32 + 2 * e + 2 * i - h - k) % 7,
          mm = Math.floor((a + 11 * h + 22 * l) / 451);
        return [Math.floor((h + l - 7 * mm + 114) / 31), ((h + l - 7 * mm + 114) % 31) + 1];
      }
      if (!c.ref) return { value: 'XXXX-XX-XX', relative: true };
      const guess = md(c.ref.year)!;
      const year = yearFor(c.ref, guess[0], guess[1], c.tense());
      const [month, day] = md(year)!;
      return { value: fmtDay({ year, month, day }), relative: true };
    },
  },
];
