/**
 * The publication date an article states at its top, for a text that came without one (pasted, or
 * a file without front matter): a dateline ("PARIS, 13 July 2017 —"), a date that opens the first
 * paragraph ("13 July 2017 — The French …"), or a line that is only a date under the title
 * ("12 May 2015", "Tuesday, May 12, 2015", "Published: 2015-05-12 14:30"). Only the first few lines
 * are looked at, and only whole calendar days count: a month or a year alone dates nothing.
 */

/** How far down an article its date can be: the title, a standfirst, a byline, the date. */
const TOP_LINES = 5;

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
/** A day in one of the three forms news uses; groups: d m y | m d y | iso. */
const DATE = `${WEEKDAY}(?:${DAY}\\s+${MONTH},?\\s+${YEAR}|${MONTH}\\s+${DAY},?\\s+${YEAR}|(\\d{4})-(\\d{2})-(\\d{2}))`;
const TIME =
  '(?:\\s*(?:[,|·•]|at)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?';

/** A whole line that is only a date (perhaps with "Published:", a weekday and a time). */
const DATE_LINE = new RegExp(
  `^(?:(?:published|posted|updated|first published)(?:\\s+on)?\\s*:?\\s*)?${DATE}${TIME}\\s*$`,
  'i',
);
/** "PARIS, 13 July 2017 —", "WASHINGTON (Reuters), July 13, 2017 -", "Brussels, 2017-07-13:". */
const DATELINE = new RegExp(
  `^[A-Z][\\p{L}.'’ -]{1,40}(?:\\s*\\([^)]{1,30}\\))?\\s*[,/]\\s*${DATE}${TIME}\\s*(?:[—–]|--?|:)`,
  'iu',
);
/** "13 July 2017 — The French president …" */
const OPENING_DATE = new RegExp(`^${DATE}${TIME}\\s*(?:[—–]|--?|:)\\s`, 'i');

export interface Dateline {
  /** The day, YYYY-MM-DD. */
  day: string;
  /** The line it was read from, trimmed. */
  line: string;
  /** Whether the line holds only the date (so it is no title). */
  dateOnly: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real day from the groups of DATE, or null. */
function dayOf(m: RegExpExecArray): string | null {
  let y: number;
  let mo: number;
  let d: number;
  if (m[1]) [d, mo, y] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3])];
  else if (m[4]) [mo, d, y] = [MONTHS[m[4].toLowerCase()]!, Number(m[5]), Number(m[6])];
  else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
  if (!(mo >= 1 && mo <= 12 && d >= 1)) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= last ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** The date the top of the text states, or null. */
export function findDateline(text: string): Dateline | null {
  const lines = text
    .split(/\r\n|\r|\n/, 40)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, TOP_LINES);
  for (const line of lines) {
    for (const [re, dateOnly] of [
      [DATE_LINE, true],
      [DATELINE, false],
      [OPENING_DATE, false],
    ] as const) {
      // the date's groups start after the pattern's own: find them by re-matching DATE in the hit
      const hit = re.exec(line.slice(0, 200));
      if (!hit) continue;
      const date = new RegExp(DATE, 'i').exec(hit[0]);
      const day = date ? dayOf(date) : null;
      if (day) return { day, line, dateOnly };
    }
  }
  return null;
}
