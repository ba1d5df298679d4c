/**
 * Calendar arithmetic on UTC days (no local time zone anywhere) and the time expressions that the
 * articles use, worded relative to the publication day so that a tagger can resolve them.
 */
import type { Rng } from './prng';

export type Style = 'uk' | 'us';

/** Days since 1970-01-01. */
export type DayNumber = number;

export interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): DayNumber {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function ymd(day: DayNumber): Ymd {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isoDay(day: DayNumber): string {
  const { y, m, d } = ymd(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Wire (AP) abbreviations: the short months are never abbreviated. */
const MONTHS_AP = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export function monthName(m: number): string {
  return MONTHS[m - 1] ?? 'January';
}

/** "14 November" / "November 14" / "Nov. 14", with the year when asked. */
export function formatDate(
  day: DayNumber,
  style: Style,
  opts: { year?: boolean; abbr?: boolean } = {},
): string {
  const { y, m, d } = ymd(day);
  if (style === 'us') {
    const month = opts.abbr ? (MONTHS_AP[m - 1] ?? 'Jan.') : monthName(m);
    return opts.year ? `${month} ${d}, ${y}` : `${month} ${d}`;
  }
  return opts.year ? `${d} ${monthName(m)} ${y}` : `${d} ${monthName(m)}`;
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Numbers up to twenty in words (wire style), larger ones in digits with thousands commas. */
export function numberWord(n: number): string {
  return n >= 0 && n <= 20 ? (SMALL[n] ?? String(n)) : withCommas(n);
}

export function withCommas(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return (n < 0 ? '-' : '') + out;
}

const ORDINAL_QUARTER = ['first', 'second', 'third', 'fourth'];

function season(m: number, style: Style): string {
  if (m === 12 || m <= 2) return 'winter';
  if (m <= 5) return 'spring';
  if (m <= 8) return 'summer';
  return style === 'us' ? 'fall' : 'autumn';
}

/** Writes time expressions for one article, all relative to its publication day. */
export class TimePhrases {
  readonly pubDay: DayNumber;
  readonly pub: Ymd;

  constructor(
    private readonly rng: Rng,
    pubDay: DayNumber,
    private readonly style: Style,
  ) {
    this.pubDay = pubDay;
    this.pub = ymd(pubDay);
  }

  private date(day: DayNumber, year = false): string {
    // US wire copy abbreviates months next to a day; keep it in about half the US articles' dates.
    const abbr = this.style === 'us' && this.rng.chance(0.5);
    return formatDate(day, this.style, { year, abbr });
  }

  private num(n: number): string {
    return numberWord(n);
  }

  /** When something happened 0–6 days before publication. */
  recentPast(daysBefore?: number): string {
    const k = daysBefore ?? this.rng.int(0, 6);
    const day = this.pubDay - k;
    const wd = WEEKDAYS[weekday(day)] ?? 'Monday';
    if (k === 0) {
      return this.rng.pick([
        'today',
        'earlier today',
        'this morning',
        'on ' + wd,
        'on ' + wd,
        'earlier on ' + wd,
      ]);
    }
    if (k === 1) {
      return this.rng.pick([
        'yesterday',
        'yesterday',
        'last night',
        'on ' + wd,
        'on ' + wd,
        `late on ${wd}`,
        `on ${wd} evening`,
        `on ${this.date(day)}`,
      ]);
    }
    return this.rng.pick([
      'on ' + wd,
      'on ' + wd,
      'on ' + wd,
      `on ${wd} morning`,
      `on ${wd} afternoon`,
      `on ${this.date(day)}`,
      `on ${wd}, ${this.date(day)}`,
      `${this.num(k)} days ago`,
      'earlier this week',
      k >= 4 ? 'last week' : 'earlier this week',
    ]);
  }

  /** A day in the recent past, ISO-written (for document references). */
  isoRecent(): string {
    return isoDay(this.pubDay - this.rng.int(1, 40));
  }

  /** Something weeks to decades before publication. */
  farPast(): string {
    const { y, m } = this.pub;
    const r = this.rng;
    const yearsBack = r.int(1, 12);
    const pastYear = y - yearsBack;
    const options: (() => string)[] = [
      () => (m > 1 ? `in ${monthName(r.int(1, m - 1))}` : 'last December'),
      () => 'last month',
      () => 'last year',
      () => `in ${pastYear}`,
      () => `in ${monthName(r.int(1, 12))} ${pastYear}`,
      () => `on ${this.date(this.pubDay - r.int(60, 4000), true)}`,
      () => `${this.num(yearsBack === 1 ? 2 : yearsBack)} years ago`,
      () => `in the ${this.decade()}`,
      () => `in the ${r.pick(['early ', 'mid-', 'late '])}${this.decade()}`,
      () => `in the ${ORDINAL_QUARTER[r.int(0, 3)]} quarter of ${pastYear}`,
      () => `last ${season(((m + 5) % 12) + 1, this.style)}`,
      () => `in the ${season(r.int(1, 12), this.style)} of ${pastYear}`,
      () => `in early ${pastYear}`,
      () => `at the end of ${pastYear}`,
      () => 'earlier this year',
      () => 'a decade ago',
      () => 'last week',
      () => `${this.num(r.int(2, 11))} months ago`,
      () => {
        const day = this.pubDay - r.int(8, 300);
        return `on ${this.date(day, ymd(day).y !== y)}`;
      },
    ];
    return r.pick(options)();
  }

  /** A past time that can follow "since": "2009", "March 2011", "the 1990s", "last year". */
  farPastBare(): string {
    const { y } = this.pub;
    const r = this.rng;
    const pastYear = y - r.int(1, 12);
    const options: (() => string)[] = [
      () => String(pastYear),
      () => `${monthName(r.int(1, 12))} ${pastYear}`,
      () => `the ${this.decade()}`,
      () => `early ${pastYear}`,
      () => 'last year',
      () => `the ${season(r.int(1, 12), this.style)} of ${pastYear}`,
      () => this.date(this.pubDay - r.int(30, 3000), true),
      () => `the start of the year`,
    ];
    return r.pick(options)();
  }

  /** A decade before publication: "1990s". */
  decade(): string {
    const base = Math.floor(this.pub.y / 10) * 10;
    return `${base - 10 * this.rng.int(1, 4)}s`;
  }

  /** A year before publication, bare: "2009". */
  pastYear(): string {
    return String(this.pub.y - this.rng.int(1, 15));
  }

  /** Something after publication. */
  future(): string {
    const { y, m } = this.pub;
    const r = this.rng;
    const k = r.int(1, 6);
    const day = this.pubDay + k;
    const wd = WEEKDAYS[weekday(day)] ?? 'Monday';
    const options: (() => string)[] = [
      () => 'next week',
      () => 'next month',
      () => 'next year',
      () => `on ${wd}`,
      () => `on ${wd}`,
      () => (m < 12 ? 'later this month' : 'before the end of the year'),
      () => 'in the coming days',
      () => 'in the coming weeks',
      () => {
        const day = this.pubDay + r.int(3, 60);
        return `on ${this.date(day, ymd(day).y !== y)}`;
      },
      () => 'by the end of the year',
      () => `in ${y + r.int(1, 3)}`,
      () => (m < 12 ? `in ${monthName(r.int(m + 1, 12))}` : `in January`),
      () => 'at a later date',
      () => `by ${y + r.int(2, 10)}`,
      () => `within ${this.num(r.pick([7, 10, 14, 30, 60, 90]))} days`,
      () => `in the ${ORDINAL_QUARTER[r.int(0, 3)]} quarter of next year`,
      () => `this ${season(((m + 2) % 12) + 1, this.style)}`,
      () => `from ${this.date(this.pubDay + r.int(10, 120), true)}`,
      () => `early next year`,
    ];
    return r.pick(options)();
  }

  /** A future point in time (no "from", "within" or "by"): "next week", "on 3 March". */
  pointFuture(): string {
    const { y, m } = this.pub;
    const r = this.rng;
    const day = this.pubDay + r.int(1, 6);
    const options: (() => string)[] = [
      () => 'next week',
      () => 'next month',
      () => `on ${WEEKDAYS[weekday(day)] ?? 'Monday'}`,
      () => (m < 12 ? 'later this month' : 'early next year'),
      () => 'in the coming weeks',
      () => {
        const d = this.pubDay + r.int(3, 60);
        return `on ${this.date(d, ymd(d).y !== y)}`;
      },
      () => (m < 12 ? `in ${monthName(r.int(m + 1, 12))}` : 'in January'),
      () => 'early next year',
      () => `this ${season(((m + 2) % 12) + 1, this.style)}`,
    ];
    return r.pick(options)();
  }

  /** A stretch of time: "for two weeks", "over 200 years". */
  duration(): string {
    const r = this.rng;
    const options: (() => string)[] = [
      () => `for ${this.num(r.int(2, 6))} weeks`,
      () => `for ${this.num(r.int(2, 12))} days`,
      () => `over ${r.pick([100, 150, 200, 300])} years`,
      () => 'for more than a decade',
      () => `for ${this.num(r.pick([12, 24, 48, 72]))} hours`,
      () => `for nearly ${this.num(r.int(2, 30))} years`,
      () => `over the past ${this.num(r.int(2, 18))} months`,
      () => 'in the past 24 hours',
      () => `for ${this.num(r.int(2, 9))} months`,
      () => 'for decades',
      () => 'for the past year',
    ];
    return r.pick(options)();
  }

  /** "three-day", "two-week": an adjective for visits and ceasefires. */
  durationAdj(): string {
    return `${this.num(this.rng.int(2, 5))}-${this.rng.pick(['day', 'day', 'week', 'month', 'hour'])}`;
  }

  /** A recurring time. */
  set(): string {
    return this.rng.pick([
      `every ${WEEKDAYS[this.rng.int(1, 5)]}`,
      'every week',
      'each year',
      'twice a year',
      'annually',
      'every four years',
      'every month',
      'every summer',
      'each spring',
      'every January',
    ]);
  }

  /** No date at all, but still a time expression. */
  vague(): string {
    return this.rng.pick([
      'recently',
      'now',
      'at a later date',
      'currently',
      'in recent years',
      'in the past',
      'soon',
      'at the moment',
      'for the time being',
      'in the near future',
      'until further notice',
    ]);
  }

  /** A time of day: "3.40pm" (UK) or "3:40 p.m." (US), or the 24-hour clock. */
  clock(): string {
    const h = this.rng.int(1, 12);
    const mm = pad2(this.rng.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]));
    const pm = this.rng.chance(0.6);
    if (this.rng.chance(0.2)) return `${pad2(pm ? h + 11 : h)}:${mm} local time`;
    return this.style === 'us' ? `${h}:${mm} ${pm ? 'p.m.' : 'a.m.'}` : `${h}.${mm}${pm ? 'pm' : 'am'}`;
  }
}
