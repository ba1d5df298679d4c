/**
 * Calendar arithmetic on proleptic Gregorian days, in UTC only: the tagger never reads the clock
 * or the machine's time zone, so the same text and reference date give the same values anywhere.
 */

/** A calendar day. `month` 1–12, `day` 1–31. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar day (month may overflow: month 13 is next January). */
export function toEpochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromEpochDay(n: number): Day {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function epochOf(d: Day): number {
  return toEpochDay(d.year, d.month, d.day);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(d: Day): number {
  const dow = (epochOf(d) + 4) % 7; // 1970-01-01 was a Thursday (ISO 4)
  return (dow + 7) % 7 || 7;
}

export function addDays(d: Day, n: number): Day {
  return fromEpochDay(epochOf(d) + n);
}

/** The month `n` months after `d`'s month (day set to 1). */
export function addMonths(d: Day, n: number): Day {
  const m = d.month - 1 + n;
  return { year: d.year + Math.floor(m / 12), month: (((m % 12) + 12) % 12) + 1, day: 1 };
}

export function daysInMonth(year: number, month: number): number {
  return toEpochDay(year, month + 1, 1) - toEpochDay(year, month, 1);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const n = epochOf(d);
  const thursday = n - weekday(d) + 4; // the week belongs to the year of its Thursday
  const y = fromEpochDay(thursday).year;
  const week = Math.floor((thursday - toEpochDay(y, 1, 1)) / 7) + 1;
  return { year: y, week };
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** `YYYY` with four digits. */
export const fmtYear = (y: number) => pad(y, 4);
/** `YYYY-MM`. */
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m, 2)}`;
/** `YYYY-MM-DD`. */
export const fmtDay = (d: Day) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
/** `YYYY-Www`. */
export function fmtWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

/** Parses `YYYY-MM-DD` (a date-time's day part is accepted too); null when it is not a real day. */
export function parseIsoDay(s: string | null | undefined): Day | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** The first and last ISO day that a TIMEX3 date value covers, or null when it is not a calendar period. */
export function valueRange(value: string): { start: string; end: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return {
      start: fmtDay({ year: y, month: mo, day: 1 }),
      end: fmtDay({ year: y, month: mo, day: daysInMonth(y, mo) }),
    };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    // Monday of ISO week 1 is the Monday of the week holding 4 January
    const jan4 = { year: y, month: 1, day: 4 };
    const monday = epochOf(jan4) - weekday(jan4) + 1 + (Number(m[2]) - 1) * 7;
    const first = m[3] ? monday + 5 : monday;
    return { start: fmtDay(fromEpochDay(first)), end: fmtDay(fromEpochDay(monday + 6)) };
  }
  m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const part = m[2]!;
    const months: Record<string, [number, number]> = {
      Q1: [1, 3],
      Q2: [4, 6],
      Q3: [7, 9],
      Q4: [10, 12],
      H1: [1, 6],
      H2: [7, 12],
      SP: [3, 5],
      SU: [6, 8],
      FA: [9, 11],
      WI: [12, 14],
    };
    const [a, b] = months[part]!;
    const endMonth = addMonths({ year: y, month: 1, day: 1 }, b - 1);
    return {
      start: fmtDay({ year: y, month: a, day: 1 }),
      end: fmtDay({ ...endMonth, day: daysInMonth(endMonth.year, endMonth.month) }),
    };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{3})$/.exec(value);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  return null;
}
