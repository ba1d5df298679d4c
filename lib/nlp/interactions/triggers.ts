/**
 * Finding the words that express an interaction: verbs and fixed phrases ("congratulated",
 * "look forward to", "join forces") and event nouns ("a phone conversation", "bombing raids"),
 * matched on lemmas against the verb classes of lib/nlp/lexicon/verbs.ts.
 */
import { REPORTING_VERBS, VERB_CLASSES } from '@/lib/nlp/lexicon/verbs';
import type { VerbClass } from '@/lib/nlp/lexicon/types';
import { phraseLemmas, type Token } from '@/lib/nlp/tokens';

export interface Trigger {
  cls: VerbClass;
  /** Token indexes of the trigger's words (a phrase may have gaps: "expressed Russia's readiness"). */
  tokens: number[];
  /** First and last (exclusive) token of the whole trigger. */
  first: number;
  last: number;
  nominal: boolean;
}

interface Pattern {
  lemmas: string[];
  cls: VerbClass;
  nominal: boolean;
}

/** British and American spellings fold together: "normalise" → "normalize". */
export const fold = (lemma: string): string => {
  let f = folded.get(lemma);
  if (f === undefined) {
    f = lemma
      .replace(/is(e|ed|es|ing)$/, 'iz$1')
      .replace(/isation$/, 'ization')
      .replace(/our$/, 'or');
    // every token's lemma comes through here: remember the words seen, within bounds
    if (folded.size >= 50_000) folded.clear();
    folded.set(lemma, f);
  }
  return f;
};
const folded = new Map<string, string>();

let index: Map<string, Pattern[]> | null = null;
let reporting: Set<string> | null = null;

function patterns(): Map<string, Pattern[]> {
  if (index) return index;
  index = new Map();
  const add = (phrase: string, cls: VerbClass, nominal: boolean) => {
    // entries are written as lemmas; run them through the lemmatiser too, so both agree
    const written = phrase.toLowerCase().split(/\s+/).map(fold);
    const lemmatised = phraseLemmas(phrase).map(fold);
    for (const lemmas of [written, lemmatised]) {
      const list = index!.get(lemmas[0]!) ?? [];
      if (
        !list.some((p) => p.cls === cls && p.nominal === nominal && p.lemmas.join(' ') === lemmas.join(' '))
      )
        list.push({ lemmas, cls, nominal });
      index!.set(lemmas[0]!, list);
    }
  };
  for (const cls of VERB_CLASSES) {
    for (const v of cls.verbs) add(v, cls, false);
    for (const n of cls.nouns ?? []) add(n, cls, true);
  }
  for (const list of index.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  return index;
}

/** Whether a verb only introduces reported speech ("said", "told", "revealed"). */
export function isReporting(t: Token): boolean {
  reporting ??= new Set(REPORTING_VERBS.map((v) => fold(v.toLowerCase())));
  return (t.pos === 'VERB' || t.pos === 'AUX') && reporting.has(fold(t.lemma));
}

/**
 * A past tense or participle the tagger left unlemmatised ("mediated" tagged as an adjective):
 * try the stems it could come from.
 */
function guessVerb(t: Token, idx: Map<string, Pattern[]>): Pattern[] | undefined {
  const w = t.lower;
  const stems = w.endsWith('ied')
    ? [w.slice(0, -3) + 'y']
    : w.endsWith('ed')
      ? [w.slice(0, -1), w.slice(0, -2)]
      : w.endsWith('ing')
        ? [w.slice(0, -3), w.slice(0, -3) + 'e']
        : w.endsWith('s')
          ? [w.slice(0, -1)]
          : [];
  for (const s of stems) {
    const list = idx.get(fold(s));
    if (list) return list.map((p) => ({ ...p, guessed: true }));
  }
  return undefined;
}

const GAP_OK = new Set(['DET', 'ADJ', 'PROPN', 'PART', 'NOUN', 'PRON', 'NUM', 'ADV']);

/**
 * Matches a pattern's later words after its first, allowing a short gap of modifiers before a noun
 * ("expressed Russia's readiness", "wished him success").
 */
function matchRest(tokens: readonly Token[], i: number, p: Pattern): number[] | null {
  const at = [i];
  let k = i + 1;
  for (let w = 1; w < p.lemmas.length; w++) {
    const want = p.lemmas[w]!;
    let gap = 0;
    while (k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence) {
      const t = tokens[k]!;
      if (fold(t.lemma) === want || t.lower === want) break;
      // only the first word after a verb may be separated from it, and only by a short noun phrase
      if (
        (w !== 1 && w !== p.lemmas.length - 1) ||
        p.nominal ||
        gap >= 4 ||
        !(GAP_OK.has(t.pos) || t.text === '-')
      )
        return null;
      gap++;
      k++;
    }
    if (k >= tokens.length || tokens[k]!.sentence !== tokens[i]!.sentence) return null;
    at.push(k);
    k++;
  }
  return at;
}

/** Every trigger in tokens [from, to): the longest pattern at each position; nested ones dropped. */
export function findTriggers(tokens: readonly Token[], from: number, to: number): Trigger[] {
  const idx = patterns();
  const out: Trigger[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // "long-threatened", "Kremlin-backed": a word inside a hyphenated compound is a modifier
    if (tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start) continue;
    // "according to" reports; it is no accord
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') continue;
    const list =
      idx.get(fold(t.lemma)) ?? idx.get(t.lower) ?? (t.lemma === t.lower ? guessVerb(t, idx) : undefined);
    if (!list) continue;
    for (const p of list) {
      // verbs must be verbs ("back" the adverb is not "back" the verb), nouns nouns
      const isVerbish =
        t.pos === 'VERB' ||
        (/^(NOUN|ADJ|PROPN)$/.test(t.pos) && /ed$|ing$/.test(t.lower)) ||
        (t.pos === 'AUX' && p.lemmas.length > 1);
      // the first word of a compound noun may be tagged otherwise ("hunger strike", "air strike")
      const isNounish =
        t.pos === 'NOUN' ||
        t.pos === 'PROPN' ||
        (t.pos === 'VERB' && /ing$/.test(t.lower) && p.nominal) ||
        (p.nominal && p.lemmas.length > 1 && (t.pos === 'ADJ' || t.pos === 'VERB'));
      if (p.nominal ? !isNounish : !isVerbish) continue;
      const at = matchRest(tokens, i, p);
      if (!at || at[at.length - 1]! >= to) continue;
      out.push({ cls: p.cls, tokens: at, first: i, last: at[at.length - 1]! + 1, nominal: p.nominal });
      break;
    }
  }
  // a trigger inside a longer one is part of it: "phone conversation" over "conversation"
  return out.filter(
    (a) =>
      !out.some(
        (b) => b !== a && b.first <= a.first && a.last <= b.last && b.last - b.first > a.last - a.first,
      ),
  );
}
