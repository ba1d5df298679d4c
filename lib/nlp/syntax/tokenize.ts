/**
 * Tokeniser for raw text following UD English EWT: punctuation apart; clitics apart ("do|n't",
 * "it|'s", "ca|n't", "can|not", "gon|na"); numbers with commas and decimals whole; abbreviations
 * ("U.S.", "Mr.", "e.g.") whole; URLs and e-mail addresses whole; words joined by hyphens split at
 * the hyphen ("al|-|Qaeda", "long|-|term"), as EWT does, except after the prefixes EWT keeps
 * whole ("e-mail", "non-violent", "anti-war", "co-operate"). Straight and curly quotes and
 * apostrophes alike.
 *
 * Every token keeps its [start, end) offsets (UTF-16 code units) in the text it was cut from.
 */

/** A token cut from text. */
export interface TextToken {
  /** The token as written (text.slice(start, end)). */
  form: string;
  /** First code unit in the text. */
  start: number;
  /** One past the last code unit. */
  end: number;
}

/** Abbreviations whose final period belongs to them (lower case, without that period). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr prof gen sen rep gov col lt sgt capt cmdr adm maj pres supt rev hon messrs ' +
    'inc corp co ltd llc bros no nos vs etc approx dept est fig vol ed eds al ca cf ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ' +
    'mt ft ave blvd rd u.s a.m p.m e.g i.e u.k u.n u.s.a d.c'
  ).split(' '),
);

/** Prefixes that EWT keeps joined to the word after their hyphen. */
const HYPHEN_PREFIXES = new Set(
  (
    'e non pre anti re mid post co over pro multi ex sub semi psycho neo cross vice un socio micro intra ' +
    'inter counter ultra mini macro pseudo quasi bi tri'
  ).split(' '),
);

/** Clitics split off the end of a word, longest first; "n't" is handled apart. */
const CLITIC = /(?:['\u2019](?:s|re|ll|d|ve|m)|n['\u2019]t)$/i;
/** Words EWT cuts in two with no apostrophe: [whole, length of the first part]. */
const JOINED: Record<string, number> = { cannot: 3, gonna: 3, wanna: 3, gotta: 3 };

const OPENERS = '"\'\u201c\u2018`([{<\u00bf\u00a1*$#';
const CLOSERS = '"\'\u201d\u2019)]}>,;:!?*%\u2026';
/** Emoticons EWT keeps as one token. */
const EMOTICON = /^(?:[:;=8][-']?[()DPpO3\/\\|\]\[]+|<3|\^_\^)$/;
/** Characters whose runs ("***", "===", ">>") are one token. */
const RUNS = '*=<>~#_+^-';
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Tokens of `text[start, end)`. */
export function tokenize(text: string, start = 0, end = text.length): TextToken[] {
  const out: TextToken[] = [];
  const chunk = /\S+/g;
  const part = text.slice(start, end);
  for (let m = chunk.exec(part); m; m = chunk.exec(part)) {
    cut(text, start + m.index, start + m.index + m[0].length, out);
  }
  return out;
}

function push(text: string, s: number, e: number, out: TextToken[]): void {
  if (e > s) out.push({ form: text.slice(s, e), start: s, end: e });
}

/** Length of the run of `ch` starting at `i` in `w`. */
function runAt(w: string, i: number): number {
  let j = i;
  while (j < w.length && w[j] === w[i]) j++;
  return j - i;
}

/** Whether the period at the end of `w` belongs to it. */
function keepsPeriod(w: string): boolean {
  const core = w.slice(0, -1);
  if (core === '' || core.endsWith('.')) return /^(?:\p{L}\.)+$/u.test(w);
  if (ABBREVIATIONS.has(core.toLowerCase())) return true;
  // initials ("J.") and letter-dot runs ("U.S.", "a.m.")
  return /^(?:\p{L}\.)*\p{Lu}$/u.test(core) || /^(?:\p{L}\.)+\p{L}$/u.test(core);
}

function cut(text: string, s: number, e: number, out: TextToken[]): void {
  const w0 = text.slice(s, e);
  if (EMOTICON.test(w0)) return push(text, s, e, out);
  if (URL.test(w0.replace(/[.,;:!?)\]"'\u201d\u2019]+$/, ''))) {
    const core = w0.replace(/[.,;:!?)\]"'\u201d\u2019]+$/, '');
    push(text, s, s + core.length, out);
    cut(text, s + core.length, e, out);
    return;
  }
  // openers: each is a token ("(", "“", "$")
  const lead: TextToken[] = [];
  while (s < e) {
    const c = text[s]!;
    if (
      text.startsWith('--', s) ||
      text.startsWith('...', s) ||
      text[s] === '\u2026' ||
      (RUNS.includes(c) && text[s + 1] === c)
    ) {
      const n = runAt(text.slice(s, e), 0);
      lead.push({ form: text.slice(s, s + n), start: s, end: s + n });
      s += n;
      continue;
    }
    // a leading "'" before digits is part of a year ("'90s"); before a clitic-like word it is a quote
    if (!OPENERS.includes(c) || s + 1 >= e) break;
    if ((c === "'" || c === '\u2019') && /^['\u2019]\d/.test(text.slice(s, s + 2))) break;
    lead.push({ form: c, start: s, end: s + 1 });
    s++;
  }
  // closers, from the right
  const trail: TextToken[] = [];
  while (e > s) {
    const w = text.slice(s, e);
    const c = w[w.length - 1]!;
    if (c === '.' || c === '!' || c === '?' || RUNS.includes(c)) {
      let n = 1;
      while (n < w.length && w[w.length - 1 - n] === c) n++;
      if (c === '.' && n === 1 && keepsPeriod(w)) break;
      if (RUNS.includes(c) && n === 1 && !CLOSERS.includes(c)) break;
      trail.unshift({ form: w.slice(w.length - n), start: e - n, end: e });
      e -= n;
      continue;
    }
    // an apostrophe after "s" is the possessive of a plural ("countries'"): a token of its own
    if (!CLOSERS.includes(c) || w.length === 1) break;
    trail.unshift({ form: c, start: e - 1, end: e });
    e--;
  }
  out.push(...lead);
  if (e > s) word(text, s, e, out);
  out.push(...trail);
}

/** A word without outer punctuation: clitics, hyphens and inner commas. */
function word(text: string, s: number, e: number, out: TextToken[]): void {
  const w = text.slice(s, e);
  const lower = w.toLowerCase();
  const joined = JOINED[lower];
  if (joined !== undefined) {
    push(text, s, s + joined, out);
    push(text, s + joined, e, out);
    return;
  }
  const m = CLITIC.exec(w);
  if (m && m.index > 0) {
    word(text, s, s + m.index, out);
    push(text, s + m.index, e, out);
    return;
  }
  // hyphens between letters or digits: split, unless the part before is a prefix EWT keeps
  for (let i = 1; i < w.length - 1; i++) {
    if (w[i] !== '-' || !LETTER_OR_DIGIT.test(w[i - 1]!)) continue;
    let j = i;
    while (j < w.length && w[j] === '-') j++;
    if (j >= w.length || !LETTER_OR_DIGIT.test(w[j]!)) continue;
    const before = w.slice(w.lastIndexOf('-', i - 1) + 1, i).toLowerCase();
    if (j === i + 1 && HYPHEN_PREFIXES.has(before)) continue;
    // a number range of digits only ("1990-95") is also split; a phone-like run stays whole
    if (/^\d+(?:-\d+){2,}$/.test(w)) return push(text, s, e, out);
    splitAt(text, s, e, out, i, j);
    return;
  }
  // a comma or slash between letters splits ("and/or", "word,word"); between digits it stays ("1/2")
  for (let i = 1; i < w.length - 1; i++) {
    if ((w[i] === ',' || w[i] === '/') && /\p{L}/u.test(w[i - 1]!) && /\p{L}/u.test(w[i + 1]!)) {
      splitAt(text, s, e, out, i, i + 1);
      return;
    }
  }
  push(text, s, e, out);
}

/** Cuts text[s, e) around the separator text[s + i, s + j); the rest is a word again. */
function splitAt(text: string, s: number, e: number, out: TextToken[], i: number, j: number): void {
  push(text, s, s + i, out);
  push(text, s + i, s + j, out);
  word(text, s + j, e, out);
}
