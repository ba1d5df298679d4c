/**
 * Tagging, lemmatising and parsing words that are already tokenised: the one place where the three
 * models meet.
 */
import { lemmatize } from './lemma';
import type { SyntaxModel } from './model';
import { parseMany } from './parser';
import { tagSentence, type TaggerModel } from './tagger';
import { A_AMB, A_NORM, ATOMS, wordAtoms } from './words';

/** What the models say about one word. */
export interface WordAnalysis {
  /** Universal part-of-speech tag. */
  upos: string;
  /** Penn Treebank tag. */
  xpos: string;
  /** Dictionary form, EWT conventions. */
  lemma: string;
  /** 1-based index of the head word in the sentence; 0 for the root. */
  head: number;
  /** Universal Dependencies relation to the head, with subtype ("nsubj:pass"). */
  deprel: string;
}

/** UPOS and XPOS of each tagger class, split once per model. */
const split = new WeakMap<TaggerModel, { upos: string[]; xpos: string[] }>();
function splitTags(t: TaggerModel) {
  let v = split.get(t);
  if (!v) {
    v = {
      upos: t.tags.map((x) => x.slice(0, x.indexOf(' '))),
      xpos: t.tags.map((x) => x.slice(x.indexOf(' ') + 1)),
    };
    split.set(t, v);
  }
  return v;
}

/** Tags of one sentence as UPOS and XPOS lists. */
export function tagWords(
  model: Pick<SyntaxModel, 'tagger'>,
  forms: readonly string[],
  atoms = wordAtoms(forms, model.tagger.lexicon),
) {
  const ids = tagSentence(model.tagger, forms, atoms);
  const names = splitTags(model.tagger);
  const upos: string[] = new Array(forms.length);
  const xpos: string[] = new Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    upos[i] = names.upos[ids[i]!]!;
    xpos[i] = names.xpos[ids[i]!]!;
  }
  return { upos, xpos };
}

/** Tags, lemmatises and parses one sentence given as word forms. */
export function analyseWords(
  model: SyntaxModel,
  forms: readonly string[],
  /** Tags to use instead of the tagger's (for diagnostics: parsing with gold tags). */
  given?: { upos: readonly string[]; xpos: readonly string[] },
): WordAnalysis[] {
  return analyseSentences(model, [forms], given ? [given] : undefined)[0]!;
}

/** Sentences handled together: about a document's worth keeps each model's tables warm in the cache. */
const BATCH = 64;

/**
 * Tags, lemmatises and parses sentences given as word forms. Each stage runs over a batch of
 * sentences before the next starts (tagging all, then parsing all …), which is faster than
 * taking each sentence through every stage: each model's tables stay in the cache.
 */
export function analyseSentences(
  model: SyntaxModel,
  sentences: readonly (readonly string[])[],
  given?: readonly { upos: readonly string[]; xpos: readonly string[] }[],
): WordAnalysis[][] {
  const out: WordAnalysis[][] = [];
  for (let b = 0; b < sentences.length; b += BATCH) {
    const batch = sentences.slice(b, b + BATCH);
    const inputs = batch.map((forms, k) => {
      const atoms = wordAtoms(forms, model.tagger.lexicon);
      const { upos, xpos } = given?.[b + k] ?? tagWords(model, forms, atoms);
      const norm = new Int32Array(forms.length);
      const amb = new Int32Array(forms.length);
      for (let i = 0; i < forms.length; i++) {
        norm[i] = atoms[i * ATOMS + A_NORM]!;
        amb[i] = atoms[i * ATOMS + A_AMB]!;
      }
      return { norm, amb, xpos, upos };
    });
    const trees = parseMany(
      model.parser,
      inputs.filter((x) => x.norm.length > 0),
    );
    let t = 0;
    batch.forEach((forms, k) => {
      if (forms.length === 0) return out.push([]);
      const { upos, xpos } = inputs[k]!;
      const tree = trees[t++]!;
      out.push(
        forms.map((form, i) => ({
          upos: upos[i]!,
          xpos: xpos[i]!,
          lemma: lemmatize(model.lemma, form, xpos[i]!),
          head: tree.heads[i]!,
          deprel: model.parser.labels[tree.labels[i]!]!,
        })),
      );
    });
  }
  return out;
}
