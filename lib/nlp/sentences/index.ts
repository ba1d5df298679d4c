/**
 * Sentence splitting with offsets, tuned for news: a title line, a standfirst line and every
 * paragraph are sentences of their own; a full stop after an abbreviation ("Mr.", "Gen.", "Jan."),
 * an initial ("J. K. Rowling") or inside a dotted acronym ("U.S.") does not end a sentence; closing
 * quotes and brackets stay with the sentence they close.
 *
 * One linear pass with a single regular expression: boundaries are candidates found by the regex
 * and refused or accepted by looking at the word before and the text after.
 */
import type { Sentence } from '@/lib/model';

/**
 * Words that take a full stop and rarely end a sentence. Lower-case, without the dot.
 * "Mr. Smith", "Gen. Petraeus", "Jan. 20", "approx. 300", "vs. Russia".
 */
// prettier-ignore
const ABBREVIATIONS = new Set([
  // titles and ranks: "Gen. Mattis said"
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cmdr', 'adm', 'brig', 'cpl', 'pvt', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres', 'supt',
  'insp', 'det', 'amb', 'atty', 'messrs', 'mme', 'mlle',
  // months and weekdays: "Jan. 20", "on Tues. the court"
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // others common in news: "No. 10", "vs. Russia", "approx. 300 troops", "Fig. 2"
  'no', 'nos', 'vs', 'v', 'approx', 'est', 'etc', 'al', 'fig', 'figs', 'vol', 'ch', 'art', 'para',
  'dept', 'univ', 'assn', 'bros', 'co', 'corp', 'inc', 'ltd', 'plc', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'gov', 'govt', 'cf', 'ibid', 'op', 'pp', 'ed', 'eds', 'min', 'max', 'mln', 'bln', 'tel',
]);

/** Abbreviations that may end a sentence when what follows looks like a new one ("… and so on, etc. The …"). */
// prettier-ignore
const MAY_END = new Set(['etc', 'al', 'co', 'corp', 'inc', 'ltd', 'plc', 'jr', 'sr', 'no', 'est']);

/**
 * Words that start a sentence after a dotted acronym: "in the U.S. The talks…" ends a sentence,
 * "the U.S. Navy" does not.
 */
// prettier-ignore
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'but', 'and', 'in', 'on', 'at', 'for', 'meanwhile', 'however', 'after', 'before', 'when',
  'while', 'his', 'her', 'their', 'its', 'our', 'my', 'if', 'as', 'last', 'earlier', 'later', 'since',
  'both', 'some', 'many', 'most', 'one', 'two', 'officials', 'yet', 'so', 'still', 'also', 'what', 'who',
]);

// A candidate end: terminal punctuation, then closing quotes or brackets, then horizontal space.
// Line breaks are handled separately: every non-empty line is at least one sentence.
const END = /[.!?\u2026]+["'\u201d\u2019)\]]*(?=[^\S\r\n])/g;

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const OPENERS = '"\'\u201c\u2018([';

/** The word (letters, digits and inner dots) that ends right before `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    // letters, digits, and dots inside acronyms such as U.S
    const isWordChar =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c > 191;
    if (!isWordChar) break;
    i--;
  }
  return text.slice(i, end);
}

/** The next word (after spaces and opening quotes) from `from`, and whether a quote or bracket opens it. */
function nextToken(text: string, from: number): { word: string; opener: boolean } {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++;
  let opener = false;
  while (i < text.length && OPENERS.includes(text[i]!)) {
    opener = true;
    i++;
  }
  let j = i;
  while (j < text.length && /[\p{L}\p{N}'\u2019-]/u.test(text[j]!)) j++;
  return { word: text.slice(i, j), opener };
}

/** Whether the terminal punctuation matched at [at, at+len) ends a sentence. */
function isBoundary(text: string, at: number, punct: string, after: number): boolean {
  const next = nextToken(text, after);
  if (!next.word) return next.opener; // '… said. "' followed by something odd: split only on an opening quote
  const first = next.word[0]!;
  const startsLikeSentence = isUpper(first) || /\p{N}/u.test(first) || next.opener;
  if (!startsLikeSentence) return false;
  if (punct[0] !== '.') return true; // "?" and "!" followed by a capital: a new sentence
  if (punct.length > 1 && punct.startsWith('...')) return true;
  const word = wordBefore(text, at);
  if (!word) return true;
  const lower = word.toLowerCase();
  // "J. K. Rowling": a single capital letter is an initial
  if (word.length === 1 && isUpper(word)) return false;
  // "U.S." / "U.N." / "e.g.": dotted acronyms end a sentence only before a typical sentence opener
  if (word.includes('.')) return SENTENCE_STARTERS.has(next.word.toLowerCase());
  if (ABBREVIATIONS.has(lower)) {
    return MAY_END.has(lower) && SENTENCE_STARTERS.has(next.word.toLowerCase());
  }
  return true;
}

/**
 * Splits `text` into sentences. Offsets are UTF-16 code units; each sentence is trimmed of
 * surrounding white space; empty lines yield nothing.
 *
 *   splitSentences("Mr. Putin said so. Trump agreed.") // two sentences
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // A "sentence" longer than any written one (a pasted table, a run-on line with no stop) is cut
    // into pieces, at the last semicolon, comma or space before the limit: the stages after this
    // one do work that grows faster than a sentence's length, so this keeps a hostile line cheap.
    while (end - start > MAX_SENTENCE) {
      const window = text.slice(start, start + MAX_SENTENCE);
      let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
      if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ');
      cut = cut < MAX_SENTENCE / 2 ? MAX_SENTENCE : cut + 1;
      let pieceEnd = start + cut;
      while (pieceEnd > start && /\s/.test(text[pieceEnd - 1]!)) pieceEnd--;
      out.push({ index: out.length, start, end: pieceEnd });
      start += cut;
      while (start < end && /\s/.test(text[start]!)) start++;
    }
    if (end > start) out.push({ index: out.length, start, end });
  };
  // One pass over the candidate ends and one over the line breaks, interleaved.
  END.lastIndex = 0;
  let m = END.exec(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let sentenceStart = lineStart;
    while (m && m.index < lineEnd) {
      const after = m.index + m[0].length;
      if (isBoundary(text, m.index, m[0], after)) {
        push(sentenceStart, after);
        sentenceStart = after;
      }
      m = END.exec(text);
    }
    push(sentenceStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The longest sentence, in UTF-16 code units; news sentences rarely pass 400. */
export const MAX_SENTENCE = 1500;

/** The index of the sentence holding offset `at` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
