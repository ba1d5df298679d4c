/**
 * Which way a relative date points: news mostly reports the past ("said on Monday"), but announces
 * plans too ("will meet on Monday", "a meeting would take place … in January"). The nearest cue
 * before the expression in its sentence decides; failing that, the nearest one after it.
 */

export type Tense = 'past' | 'future' | 'none';

/** Words that point forward. Checked before the `-ed` rule, so "expected", "planned" count here. */
// prettier-ignore
const FUTURE = new Set([
  'will', "'ll", '\u2019ll', 'shall', 'would', "won't", 'won\u2019t', 'going', 'plans', 'plan', 'planned',
  'planning', 'scheduled', 'expect', 'expected', 'expects', 'due', 'intends', 'intend', 'aims', 'hopes', 'hope',
  'upcoming', 'forthcoming', 'until', 'till', 'next', 'coming', 'soon', 'tomorrow', 'later', 'set', 'to',
  'must', 'should', 'may', 'might', 'could', 'can', 'ahead', 'promised', 'pledged', 'vowed', 'await',
  'awaiting', 'prepare', 'prepares', 'preparing', 'before',
]);

/** Words that point back. Any other lower-case word of five letters or more ending in -ed counts too. */
// prettier-ignore
const PAST = new Set([
  'said', 'says', 'say', 'told', 'was', 'were', 'had', 'did', 'has', 'have', 'been', 'ago', 'last',
  'earlier', 'previously', 'already', 'yesterday', 'since', 'made', 'met', 'took', 'gave', 'came', 'went',
  'held', 'left', 'began', 'spoke', 'wrote', 'saw', 'sent', 'won', 'lost', 'fell', 'rose', 'led', 'paid',
  'sold', 'bought', 'found', 'got', 'knew', 'thought', 'felt', 'kept', 'brought', 'built', 'struck',
  'fought', 'ran', 'broke', 'chose', 'drew', 'flew', 'grew', 'hit', 'put', 'read', 'shot', 'spent',
  'stood', 'meant', 'became', 'after',
]);

/** -ed words that are not past-tense verbs. */
// prettier-ignore
const NOT_PAST = new Set(['hundred', 'indeed', 'united', 'speed', 'seed', 'need', 'proceed', 'succeed', 'exceed', 'feed', 'breed', 'greed', 'bleed', 'red', 'bed']);

// "to" alone is a future cue only in "to be", "is to", "set to", "due to": handled by `isFutureTo`.
const WORD = /[A-Za-z\u2019']+/g;

/** Modals and markers that, before "be" + participle, make a passive point forward: "to be held". */
// prettier-ignore
const FUTURE_BEFORE_BE = new Set(['to', 'will', "'ll", '\u2019ll', 'would', 'shall', 'may', 'might', 'could', 'should', 'must', 'cannot']);

function classify(words: readonly string[], i: number): Tense {
  const word = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  const w = word.toLowerCase();
  if (w === 'to') {
    // "is to meet", "are set to", "due to visit" — but not "went to Moscow"
    const p = prev?.toLowerCase();
    return p === 'is' ||
      p === 'are' ||
      p === 'was' ||
      p === 'were' ||
      p === 'set' ||
      p === 'due' ||
      p === 'going' ||
      p === 'plans' ||
      p === 'expected'
      ? 'future'
      : 'none';
  }
  if (w === 'set' || w === 'due') return next?.toLowerCase() === 'to' ? 'future' : 'none';
  if (w === 'before' || w === 'after') return 'none'; // prepositions of order, too weak alone
  if (FUTURE.has(w)) return 'future';
  const participle =
    PAST.has(w) || (w.length >= 5 && w.endsWith('ed') && word[0] === w[0] && !NOT_PAST.has(w));
  if (!participle) return 'none';
  // "a summit to be held on 3 May", "talks will be hosted": a passive that points forward
  if (prev?.toLowerCase() === 'be' && FUTURE_BEFORE_BE.has(words[i - 2]?.toLowerCase() ?? ''))
    return 'future';
  return 'past';
}

/**
 * The tense that governs the expression at [start, end) of `text`, within the sentence
 * [sentenceStart, sentenceEnd).
 *
 *   tenseAround("Trump's office said in a statement on Monday", …) // 'past'
 *   tenseAround("a meeting would take place … in January", …)     // 'future'
 */
export function tenseAround(
  text: string,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
): Tense {
  const before = [...text.slice(Math.max(sentenceStart, start - 160), start).matchAll(WORD)].map((m) => m[0]);
  for (let i = before.length - 1; i >= 0; i--) {
    const t = classify(before, i);
    if (t !== 'none') return t;
  }
  const after = [...text.slice(end, Math.min(sentenceEnd, end + 100)).matchAll(WORD)].map((m) => m[0]);
  for (let i = 0; i < after.length; i++) {
    const t = classify(after, i);
    if (t !== 'none') return t;
  }
  return 'none';
}
