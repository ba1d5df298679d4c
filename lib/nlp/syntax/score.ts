/**
 * Scores predicted analyses against gold CoNLL-U words the way the CoNLL 2018 shared task does with
 * gold tokenisation: every word counts (punctuation too), multi-word tokens and empty nodes do not.
 * The official LAS (conll18_ud_eval.py) compares relations without their subtypes ("nsubj" for
 * "nsubj:pass"); the stricter LAS on full labels is kept beside it, since downstream code reads
 * the subtypes.
 */
import type { ConlluWord } from './conllu';
import type { WordAnalysis } from './analyse';

/** Counts behind the scores. */
export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  /** LAS comparing only the universal part of the relation ("nsubj" for "nsubj:pass"), as conll18_ud_eval.py does. */
  lasUniversal: number;
  /** Per gold relation (universal part): gold count and correctly attached and labelled. */
  relations: Record<string, { gold: number; correct: number }>;
}

export function emptyScores(): SyntaxScores {
  return { words: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, lasUniversal: 0, relations: {} };
}

const universal = (l: string) => {
  const i = l.indexOf(':');
  return i < 0 ? l : l.slice(0, i);
};

/** Adds one sentence to `s`. */
export function addSentence(
  s: SyntaxScores,
  gold: readonly ConlluWord[],
  pred: readonly WordAnalysis[],
): void {
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = pred[i]!;
    s.words++;
    if (g.upos === p.upos) s.upos++;
    if (g.xpos === p.xpos) s.xpos++;
    if (g.lemma === p.lemma) s.lemma++;
    const rel = universal(g.deprel);
    const r = (s.relations[rel] ??= { gold: 0, correct: 0 });
    r.gold++;
    if (g.head === p.head) {
      s.uas++;
      if (g.deprel === p.deprel) s.las++;
      if (rel === universal(p.deprel)) {
        s.lasUniversal++;
        r.correct++;
      }
    }
  }
}

/** Ratios of a score set. */
export function ratios(s: SyntaxScores) {
  const r = (x: number) => (s.words ? x / s.words : 0);
  return {
    upos: r(s.upos),
    xpos: r(s.xpos),
    lemma: r(s.lemma),
    uas: r(s.uas),
    las: r(s.las),
    lasUniversal: r(s.lasUniversal),
  };
}

/** Scores `model` on gold sentences, with its own tags (gold tokenisation). */
export function evaluate(
  analyse: (forms: string[]) => WordAnalysis[],
  sentences: readonly { words: readonly ConlluWord[] }[],
): SyntaxScores {
  const s = emptyScores();
  for (const sent of sentences) addSentence(s, sent.words, analyse(sent.words.map((w) => w.form)));
  return s;
}
