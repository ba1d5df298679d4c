/**
 * Publication dates to ISO days. The calendar day is taken as written: `2016-11-15T23:30:00-05:00`
 * is the 15th, because that is the day the outlet printed, whatever the day in UTC.
 */

/** The day, or why the value could not be read. */
export type PublishedDay = { ok: true; day: string } | { ok: false; message: string };

/** `YYYY-MM-DD`, optionally followed by a time (`T` or a space) with seconds, fraction and zone. */
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Whether year-month-day names a real day of the proleptic Gregorian calendar. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1]!;
}

/** Normalises a `published` value (an ISO string or a Date) to `YYYY-MM-DD`. */
export function normalisePublished(value: string | Date): PublishedDay {
  if (value instanceof Date) {
    // A YAML timestamp is a UTC instant; its UTC day is the day that was written.
    if (Number.isNaN(value.getTime())) return unreadable('an invalid date');
    return { ok: true, day: value.toISOString().slice(0, 10) };
  }
  const m = ISO.exec(value.trim());
  if (!m) return unreadable(JSON.stringify(value));
  const [, y, mo, d, h, mi, s] = m;
  if (!isRealDay(Number(y), Number(mo), Number(d))) return unreadable(JSON.stringify(value));
  // A time is not kept, but a nonsense one (25:70) says the whole value is suspect.
  if (
    (h !== undefined && Number(h) > 23) ||
    (mi !== undefined && Number(mi) > 59) ||
    (s !== undefined && Number(s) > 60)
  ) {
    return unreadable(JSON.stringify(value));
  }
  return { ok: true, day: `${y}-${mo}-${d}` };
}

function unreadable(quoted: string): PublishedDay {
  return {
    ok: false,
    message: `could not read the date ${quoted} (expected YYYY-MM-DD or an ISO date-time); published left empty`,
  };
}
