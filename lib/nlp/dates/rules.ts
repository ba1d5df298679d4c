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

/** A resolved expression. `start`/`end` shift the span inside the match (e.g. to drop "on "). */
export interface Resolution {
  value: string;
  type?: TimexType;
  /** `relative` when the value depends on the reference date. */
  relative?: boolean;
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
        `(?:(the${S})?(last|past|previous|preceding|next|coming|following|this|current|present|same)|(the))${S}` +
        `(day|week|weekend|month|quarter|year|decade|century|(?:fiscal|financial)${S}year)${E}`,
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
      // "the day" needs an anchor: "the previous day", "the following day", "the same day"
      if (unit === 'day' && !(hasThe && dir && /^(previous|preceding|following|next|same)$/.test(dir)))
        return null;
      const n = dir ? (DIRECTION[dir] ?? 0) : 0;
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
        return { value: x, relative: true };
      }
      const value = shifted(c.ref, unit, n);
      if (fiscal && value) return { value: `FY${value}`, relative: true };
      return value ? { value, relative: true } : null;
    },
  },
  {
    // "two weeks ago", "a year ago", "three days earlier" is left to the duration rule
    name: 'ago',
    requires: /\b(?:ago|earlier)\b/i,
    example: ['three days ago', '2016-11-12'],
    pattern: re(`${B}(${NUMBER})${S}(${UNIT})${S}(?:ago|earlier)${E}`, 'giu'),
    type: 'DATE',
    resolve(m, c) {
      const n = readNumber(m[1]!);
      const unit = unitOf(m[2]!);
      if (n == null || !Number.isInteger(n)) return { value: 'PAST_REF', relative: true };
      if (!c.ref) return { value: UNRESOLVED[unit as keyof typeof UNRESOLVED] ?? 'PAST_REF', relative: true };
      if (unit === 'decade') return { value: shifted(c.ref, 'year', -10 * n)!, relative: true };
      if (unit === 'century') return { value: shifted(c.ref, 'year', -100 * n)!, relative: true };
      if (unit === 'hour' || unit === 'minute' || unit === 'second' || unit === 'night')
        return { value: fmtDay(c.ref), relative: true };
      if (unit === 'fortnight') return { value: shifted(c.ref, 'week', -2 * n)!, relative: true };
      const v = shifted(c.ref, unit, -n);
      return v ? { value: v, relative: true } : null;
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
      `${B}(?:the${S}(?:past|last|next|coming|previous|following|first|final)${S})?${DURATION_MOD}(${NUMBER})(?:${S}|-)(?:more${S})?(${UNIT})(?:-(?:long|old))?${E}`,
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
      // "a decades-long feud": a plural unit needs a count above one
      const n = readNumber(numText);
      if (n === 1 && /s$/i.test(m[2]!)) return null;
      const v = durationValue(numText, m[2]!);
      return v ? { value: v } : null;
    },
  },
  {
    // "decades", "for years", "months of talks": a duration of unknown length
    name: 'vague-duration',
    requires: /(?:day|week|month|year|decade)s\b/i,
    example: ['for years', 'PXY'],
    pattern: re(
      `${B}(?:(for|over|within|after|in)${S})(?<t>(?:many${S}|several${S}|recent${S})?(days|weeks|months|years|decades))${E}`,
      'giu',
    ),
    type: 'DURATION',
    resolve(m) {
      const unit = unitOf(m[3]!);
      if (/recent/i.test(m[0])) return { value: 'PAST_REF', type: 'DATE' };
      return { value: `PX${UNIT_CODES[unit]!.code}` };
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
      `${B}(?:(now|currently|nowadays|these${S}days|at${S}present|at${S}the${S}moment|at${S}this${S}time|the${S}present(?:${S}day)?)|((?:more${S}|most${S}|very${S}|only${S}|until${S})?recently|lately|in${S}the${S}past|in${S}recent${S}(?:days|weeks|months|years|times)|not${S}long${S}ago|some${S}time${S}ago|long${S}ago|(?:days|weeks|months|years|decades)${S}ago|in${S}the${S}(?:recent|distant)${S}past)|(soon|shortly|in${S}(?:the${S})?(?:near${S}|distant${S}|foreseeable${S})?future|at${S}a${S}later${S}(?:date|time|stage|point)|(?:in${S})?the${S}(?:coming|next)${S}(?:days|weeks|months|years|few${S}(?:days|weeks|months|years))|in${S}due${S}course|one${S}day|someday|eventually))${E}`,
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
    // "10:30 a.m.", "3 pm", "noon", "midnight", "14:00 GMT"
    name: 'clock-time',
    requires: /\d:\d\d|\d\s?[ap]\.?m|noon|midday|midnight/i,
    example: ['at 10:30 a.m.', '2016-11-15T10:30'],
    pattern: re(
      `${B}(?:(\\d{1,2})(?::(\\d{2}))?${S}?(a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])|(\\d{1,2}):(\\d{2})(?!\\d|:\\d|[.,]\\d)(?:${S}(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|local${S}time|hrs))?|(noon|midday|midnight))`,
      'giu',
    ),
    type: 'TIME',
    resolve(m, c) {
      let h: number;
      let min = 0;
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
        if (
          !/^(at|from|by|until|till|to|before|after|around|about|since|and)$/.test(prev) &&
          !/[A-Za-z]/.test(m[0].slice(m[4]!.length + 3))
        )
          return null;
      }
      if (h > 24 || min > 59) return null;
      const clock = `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
      return { value: `${c.ref ? fmtDay(c.ref) : 'XXXX-XX-XX'}${clock}`, relative: true };
    },
  },
  {
    // "Christmas", "New Year's Day", "Thanksgiving", "Easter"
    name: 'holiday',
    requires: /Christmas|New Year|Thanksgiving|Easter|Halloween|Valentine/,
    example: ['Christmas Day', '2016-12-25'],
    pattern: re(
      `${B}(Christmas(?:${S}(?:Day|Eve))?|New${S}Year['\u2019]s(?:${S}(?:Day|Eve))?|Thanksgiving(?:${S}Day)?|Easter(?:${S}Sunday)?|Halloween|Valentine['\u2019]s${S}Day)${E}`,
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
      const md = (y: number): [number, number] | null => {
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
      };
      if (!c.ref) return { value: 'XXXX-XX-XX', relative: true };
      const guess = md(c.ref.year)!;
      const year = yearFor(c.ref, guess[0], guess[1], c.tense());
      const [month, day] = md(year)!;
      return { value: fmtDay({ year, month, day }), relative: true };
    },
  },
];
