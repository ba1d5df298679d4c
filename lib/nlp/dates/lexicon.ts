/** Words for time: months, weekdays, numbers, units. Data only. */

// prettier-ignore
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Full month names, for patterns. */
export const MONTH_FULL =
  'January|February|March|April|May|June|July|August|September|October|November|December';
/** Month names and their abbreviations ("Jan.", "Sept."), for patterns where a day or year follows. */
export const MONTH_ANY = `${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
export const WEEKDAY_FULL = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Number words up to the hundreds, as news writes them. */
// prettier-ignore
const UNITS_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// prettier-ignore
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, single: 1, dozen: 12, 'a dozen': 12, 'a couple of': 2, couple: 2, 'a hundred': 100, hundred: 100,
  'one hundred': 100, 'a thousand': 1000, thousand: 1000, 'half a': 0.5, 'one and a half': 1.5,
};
UNITS_WORDS.forEach((w, i) => (NUMBER_WORDS[w] = i));
TENS_WORDS.forEach((w, i) => {
  if (!w) return;
  NUMBER_WORDS[w] = i * 10;
  for (let u = 1; u < 10; u++) NUMBER_WORDS[`${w}-${UNITS_WORDS[u]}`] = i * 10 + u;
});

/** Vague quantities: "a few days" is a duration of an unknown number of days (`PXD`). */
// prettier-ignore
export const VAGUE_NUMBERS = ['a few', 'few', 'several', 'many', 'some', 'a number of', 'dozens of', 'hundreds of', 'a couple of'];

/** Pattern for a count: digits ("200", "1.5") or words ("two", "twenty-five", "a", "a few"). */
export const NUMBER = (() => {
  const words = Object.keys(NUMBER_WORDS)
    .concat(VAGUE_NUMBERS)
    .filter((w) => w !== 'zero')
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '[^\\S\\r\\n]+'));
  return `(?:\\d{1,4}(?:\\.\\d+)?|${words.join('|')})`;
})();

/** Reads a count matched by NUMBER; null for a vague one ("several"). */
export function readNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(t)) return Number(t);
  if (VAGUE_NUMBERS.includes(t) && t !== 'a couple of') return null;
  return NUMBER_WORDS[t] ?? null;
}

/** Units of time and their TIMEX3 letters. Decades and centuries are written in years (P10Y, P100Y). */
export const UNIT_CODES: Record<string, { code: string; time: boolean; factor: number }> = {
  second: { code: 'S', time: true, factor: 1 },
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  night: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  fortnight: { code: 'W', time: false, factor: 2 },
  month: { code: 'M', time: false, factor: 1 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'Y', time: false, factor: 100 },
};
export const UNIT = '(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?';

/** The singular unit of a matched unit word ("centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

// prettier-ignore
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, last: -1, final: -1,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** Parts of the day and their TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
};

/** Decade words: "the nineties" → 199. */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/**
 * Words that label a number rather than date it ("Room 1988", "Flight 2005", "Resolution 2231"):
 * a four-digit number right after one of them is not a year.
 */
// prettier-ignore
export const NUMBER_LABELS = new Set([
  'room', 'flight', 'route', 'highway', 'road', 'apartment', 'suite', 'no', 'number', 'chapter', 'article',
  'section', 'resolution', 'item', 'page', 'pages', 'model', 'bus', 'train', 'platform', 'gate', 'unit', 'lot',
  'block', 'box', 'code', 'case', 'file', 'bill', 'act', 'rule', 'order', 'protocol', 'paragraph', 'clause',
  'hr', 'h.r.', 's.', 'version', 'v', 'level', 'grade', 'class', 'type', 'series', 'iso', 'en', 'din', 'mil',
  'opec', 'g', 'pc', 'windows', 'office', 'vol', 'volume', 'issue', 'exhibit', 'tab', 'table', 'figure', 'fig',
  'appendix', 'annex', 'line', 'ward', 'district', 'precinct', 'zone', 'sector', 'area', 'region', 'site',
  'camp', 'base', 'hill', 'point', 'km', 'mile', 'kilometre', 'kilometer', 'marker', 'population', 'score',
  'tally', 'total', 'count', 'phone', 'tel', 'fax', 'extension', 'ext', 'ticket', 'seat', 'row',
]);

/** Words after a four-digit number that make it a count, not a year ("2000 troops"). */
// prettier-ignore
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'civilians', 'workers', 'votes', 'voters', 'units', 'copies',
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'tonnes', 'tons', 'barrels',
  'dollars', 'euros', 'pounds', 'yen', 'yuan', 'roubles', 'rubles', 'cars', 'homes', 'houses', 'jobs',
  'deaths', 'dead', 'cases', 'members', 'students', 'refugees', 'migrants', 'employees', 'staff',
  'protesters', 'demonstrators', 'police', 'officers', 'fighters', 'militants', 'rebels', 'prisoners',
  'children', 'women', 'men', 'families', 'hectares', 'acres', 'points', 'shares', 'delegates', 'seats',
  'pages', 'words', 'times', 'calories', 'patients', 'doctors', 'nurses', 'vehicles', 'tanks', 'aircraft',
  'planes', 'ships', 'missiles', 'rockets', 'bombs', 'weapons', 'guns', 'rounds', 'victims', 'residents',
  'inhabitants', 'villagers', 'citizens', 'nationals', 'tourists', 'visitors', 'fans', 'users', 'customers',
  'companies', 'firms', 'schools', 'hospitals', 'buildings', 'km2', 'sq', 'square', 'mw', 'gw', 'kw',
  'bn', 'billion', 'million', 'mln', 'percent', 'per', 'pc', 'mph', 'kph', 'degrees', 'dpi', 'gb', 'mb',
  'tb', 'hz', 'mhz', 'ghz', 'rpm', 'hp', 'cc', 'ml', 'mg', 'kg', 'lb', 'lbs', 'oz',
]);
