/**
 * Part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS+XPOS tags
 * (one class per pair seen in training, so the two never disagree), with word, affix, shape,
 * context-word and previous-tag features, and a dictionary for frequent words that always take
 * the same tag.
 */
import { feat } from './hash';
import { addInto, argmax, Perceptron, scoreInto, type LinearModel } from './linear';
import { prng, shuffle } from './prng';
import {
  A_AMB,
  A_FLAGS,
  A_FORM,
  A_NORM,
  A_PRE1,
  A_PRE2,
  A_PRE3,
  A_SHAPE,
  A_SUF1,
  A_SUF2,
  A_SUF3,
  A_SUF4,
  ATOMS,
  PAD_AFTER,
  PAD_BEFORE,
  normalise,
  wordAtoms,
} from './words';

/** The tagger's model. */
export interface TaggerModel {
  /** Class names: "UPOS XPOS" pairs, e.g. "PROPN NNP". */
  tags: string[];
  /** Frequent unambiguous word forms (as written) and their class. */
  dict: Map<string, number>;
  /**
   * Ambiguity classes: normalised form → hash of the set of classes it took in training (forms
   * seen a few times only). Known words' classes, and those of the next words, are features.
   */
  lexicon: Map<string, number>;
  /** Weights. */
  linear: LinearModel;
}

/** A training sentence for the tagger. */
export interface TaggedSentence {
  /** Word forms. */
  forms: string[];
  /** Gold "UPOS XPOS" of each word. */
  tags: string[];
}

/** Most features a token has. */
export const TAG_FEATS = 48;
const START = -1;

/**
 * Features of token i. `p1`, `p2`: classes of the two tokens before (−1 before the start).
 * Writes into `out` and returns how many.
 */
export function tagFeatures(
  atoms: Int32Array,
  n: number,
  i: number,
  p1: number,
  p2: number,
  out: Int32Array,
) {
  const b = i * ATOMS;
  const w = atoms[b + A_NORM]!;
  const wm1 = i > 0 ? atoms[b - ATOMS + A_NORM]! : PAD_BEFORE;
  const wm2 = i > 1 ? atoms[b - 2 * ATOMS + A_NORM]! : PAD_BEFORE;
  const wp1 = i + 1 < n ? atoms[b + ATOMS + A_NORM]! : PAD_AFTER;
  const wp2 = i + 2 < n ? atoms[b + 2 * ATOMS + A_NORM]! : PAD_AFTER;
  const sm1 = i > 0 ? atoms[b - ATOMS + A_SUF3]! : PAD_BEFORE;
  const sp1 = i + 1 < n ? atoms[b + ATOMS + A_SUF3]! : PAD_AFTER;
  const shp1 = i + 1 < n ? atoms[b + ATOMS + A_SHAPE]! : PAD_AFTER;
  let k = 0;
  out[k++] = feat(0, 0);
  out[k++] = feat(1, w);
  out[k++] = feat(2, atoms[b + A_FORM]!);
  out[k++] = feat(3, atoms[b + A_SUF1]!);
  out[k++] = feat(4, atoms[b + A_SUF2]!);
  out[k++] = feat(5, atoms[b + A_SUF3]!);
  out[k++] = feat(6, atoms[b + A_SUF4]!);
  out[k++] = feat(7, atoms[b + A_PRE1]!);
  out[k++] = feat(8, atoms[b + A_PRE2]!);
  out[k++] = feat(9, atoms[b + A_PRE3]!);
  out[k++] = feat(10, atoms[b + A_SHAPE]!);
  out[k++] = feat(11, atoms[b + A_FLAGS]!);
  out[k++] = feat(12, wm1);
  out[k++] = feat(13, wm2);
  out[k++] = feat(14, wp1);
  out[k++] = feat(15, wp2);
  out[k++] = feat(16, p1);
  out[k++] = feat(17, p2, p1);
  out[k++] = feat(18, p1, w);
  out[k++] = feat(19, wm1, w);
  out[k++] = feat(20, w, wp1);
  out[k++] = feat(21, sm1);
  out[k++] = feat(22, sp1);
  out[k++] = feat(23, p1, atoms[b + A_SUF3]!);
  out[k++] = feat(24, wp1, wp2);
  out[k++] = feat(25, atoms[b + A_SHAPE]!, shp1);
  out[k++] = feat(26, p1, wp1);
  out[k++] = feat(27, atoms[b + A_SUF2]!, wp1);
  out[k++] = feat(28, p1, atoms[b + A_SHAPE]!);
  out[k++] = feat(29, atoms[b + A_FLAGS]!, atoms[b + A_SUF3]!);
  const a0 = atoms[b + A_AMB]!;
  const ap1 = i + 1 < n ? atoms[b + ATOMS + A_AMB]! : PAD_AFTER;
  const ap2 = i + 2 < n ? atoms[b + 2 * ATOMS + A_AMB]! : PAD_AFTER;
  out[k++] = feat(30, a0);
  out[k++] = feat(31, ap1);
  out[k++] = feat(32, a0, ap1);
  out[k++] = feat(33, p1, a0);
  out[k++] = feat(34, p1, ap1);
  out[k++] = feat(35, a0, ap1, ap2);
  out[k++] = feat(36, w, ap1);
  out[k++] = feat(37, a0, atoms[b + A_SUF3]!);
  return k;
}

/**
 * The features of tagFeatures that depend on the word alone (its form, affixes, shape and ambiguity
 * class), wherever it stands: templates 0–10, 30 and 37. Writes into `out` and returns how many.
 */
export function tagWordFeatures(atoms: Int32Array, i: number, out: Int32Array): number {
  const b = i * ATOMS;
  let k = 0;
  out[k++] = feat(0, 0);
  out[k++] = feat(1, atoms[b + A_NORM]!);
  out[k++] = feat(2, atoms[b + A_FORM]!);
  out[k++] = feat(3, atoms[b + A_SUF1]!);
  out[k++] = feat(4, atoms[b + A_SUF2]!);
  out[k++] = feat(5, atoms[b + A_SUF3]!);
  out[k++] = feat(6, atoms[b + A_SUF4]!);
  out[k++] = feat(7, atoms[b + A_PRE1]!);
  out[k++] = feat(8, atoms[b + A_PRE2]!);
  out[k++] = feat(9, atoms[b + A_PRE3]!);
  out[k++] = feat(10, atoms[b + A_SHAPE]!);
  out[k++] = feat(30, atoms[b + A_AMB]!);
  out[k++] = feat(37, atoms[b + A_AMB]!, atoms[b + A_SUF3]!);
  return k;
}

/**
 * The other features of tagFeatures: those of the neighbours, the tags before, and the position
 * (template 11's flags say whether the word opens the sentence). Together with tagWordFeatures,
 * the same features as tagFeatures, in another order.
 */
export function tagContextFeatures(
  atoms: Int32Array,
  n: number,
  i: number,
  p1: number,
  p2: number,
  out: Int32Array,
): number {
  const b = i * ATOMS;
  const w = atoms[b + A_NORM]!;
  const wm1 = i > 0 ? atoms[b - ATOMS + A_NORM]! : PAD_BEFORE;
  const wm2 = i > 1 ? atoms[b - 2 * ATOMS + A_NORM]! : PAD_BEFORE;
  const wp1 = i + 1 < n ? atoms[b + ATOMS + A_NORM]! : PAD_AFTER;
  const wp2 = i + 2 < n ? atoms[b + 2 * ATOMS + A_NORM]! : PAD_AFTER;
  const sm1 = i > 0 ? atoms[b - ATOMS + A_SUF3]! : PAD_BEFORE;
  const sp1 = i + 1 < n ? atoms[b + ATOMS + A_SUF3]! : PAD_AFTER;
  const shp1 = i + 1 < n ? atoms[b + ATOMS + A_SHAPE]! : PAD_AFTER;
  const a0 = atoms[b + A_AMB]!;
  const ap1 = i + 1 < n ? atoms[b + ATOMS + A_AMB]! : PAD_AFTER;
  const ap2 = i + 2 < n ? atoms[b + 2 * ATOMS + A_AMB]! : PAD_AFTER;
  let k = 0;
  out[k++] = feat(11, atoms[b + A_FLAGS]!);
  out[k++] = feat(12, wm1);
  out[k++] = feat(13, wm2);
  out[k++] = feat(14, wp1);
  out[k++] = feat(15, wp2);
  out[k++] = feat(16, p1);
  out[k++] = feat(17, p2, p1);
  out[k++] = feat(18, p1, w);
  out[k++] = feat(19, wm1, w);
  out[k++] = feat(20, w, wp1);
  out[k++] = feat(21, sm1);
  out[k++] = feat(22, sp1);
  out[k++] = feat(23, p1, atoms[b + A_SUF3]!);
  out[k++] = feat(24, wp1, wp2);
  out[k++] = feat(25, atoms[b + A_SHAPE]!, shp1);
  out[k++] = feat(26, p1, wp1);
  out[k++] = feat(27, atoms[b + A_SUF2]!, wp1);
  out[k++] = feat(28, p1, atoms[b + A_SHAPE]!);
  out[k++] = feat(29, atoms[b + A_FLAGS]!, atoms[b + A_SUF3]!);
  out[k++] = feat(31, ap1);
  out[k++] = feat(32, a0, ap1);
  out[k++] = feat(33, p1, a0);
  out[k++] = feat(34, p1, ap1);
  out[k++] = feat(35, a0, ap1, ap2);
  out[k++] = feat(36, w, ap1);
  return k;
}

/** Forms kept in a model's cache of word scores before it starts again (about 8 MB with 100 tags). */
const WORD_CACHE = 10_000;
/**
 * Per model: the scores of tagWordFeatures for recent word forms, and the ambiguity class they
 * were computed with (last element). A word's own features are a third of its features and hold
 * most of the long rows (affixes, the bias), and news repeats its words: looking them up once per
 * form, not once per occurrence, is the tagger's largest saving. Only for exact models, whose
 * scores do not depend on the order of the additions (LinearModel.exact).
 */
const wordCaches = new WeakMap<TaggerModel, Map<string, Float64Array>>();

/** Classes of the words of one sentence. */
export function tagSentence(
  model: TaggerModel,
  forms: readonly string[],
  atoms = wordAtoms(forms, model.lexicon),
): Int32Array {
  if (!model.linear.exact) return tagSentencePlain(model, forms, atoms);
  const n = forms.length;
  const C = model.tags.length;
  const out = new Int32Array(n);
  const feats = new Int32Array(TAG_FEATS);
  const scores = new Float64Array(C);
  let cache = wordCaches.get(model);
  if (!cache) wordCaches.set(model, (cache = new Map()));
  let p1 = START;
  let p2 = START;
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    let t = model.dict.get(form);
    if (t === undefined) {
      const amb = atoms[i * ATOMS + A_AMB]!;
      let own = cache.get(form);
      if (!own || own[C] !== amb) {
        own = new Float64Array(C + 1);
        scoreInto(model.linear, feats, tagWordFeatures(atoms, i, feats), own);
        own[C] = amb;
        if (cache.size >= WORD_CACHE) cache.clear();
        cache.set(form, own);
      }
      scores.set(own.subarray(0, C));
      addInto(model.linear, feats, tagContextFeatures(atoms, n, i, p1, p2, feats), scores);
      t = argmax(scores, C);
    }
    out[i] = t;
    p2 = p1;
    p1 = t;
  }
  return out;
}

/** tagSentence without the cache of word scores, features in tagFeatures' order (for tests). */
export function tagSentencePlain(
  model: TaggerModel,
  forms: readonly string[],
  atoms = wordAtoms(forms, model.lexicon),
): Int32Array {
  const n = forms.length;
  const out = new Int32Array(n);
  const feats = new Int32Array(TAG_FEATS);
  const scores = new Float64Array(model.tags.length);
  let p1 = START;
  let p2 = START;
  for (let i = 0; i < n; i++) {
    let t = model.dict.get(forms[i]!);
    if (t === undefined) {
      const k = tagFeatures(atoms, n, i, p1, p2, feats);
      scoreInto(model.linear, feats, k, scores);
      t = argmax(scores, model.tags.length);
    }
    out[i] = t;
    p2 = p1;
    p1 = t;
  }
  return out;
}

/** Settings of tagger training. */
export interface TaggerOptions {
  /** Passes over the data. */
  epochs: number;
  /** Seed of the shuffling. */
  seed: number;
  /** Rows whose largest averaged weight is smaller are dropped. */
  prune: number;
  /** A form goes into the dictionary when seen this often … */
  dictMinCount: number;
  /** … with this share or more of its occurrences under one class. */
  dictMinShare: number;
  /** A form gets an ambiguity class when seen this often; its class keeps tags of this share or more. */
  lexiconMinCount: number;
  lexiconMinShare: number;
  /**
   * Training sentences get their ambiguity classes from the other parts of the data, in this many
   * parts (0: from all of it, their own words included), so that a rare word's class is no surer
   * in training than on new text.
   */
  lexiconFolds: number;
  /** Called after each epoch with the frozen model (e.g. to score on dev). */
  onEpoch?: (epoch: number, model: TaggerModel, seconds: number) => void;
}

export const DEFAULT_TAGGER_OPTIONS: TaggerOptions = {
  epochs: 8,
  seed: 1,
  prune: 0.5,
  dictMinCount: 5,
  dictMinShare: 0.99,
  lexiconMinCount: 1,
  lexiconMinShare: 0.02,
  lexiconFolds: 20,
};

/** Trains a tagger on `data`. Deterministic for equal data and options. */
export function trainTagger(
  data: readonly TaggedSentence[],
  options: Partial<TaggerOptions> = {},
): TaggerModel {
  const o = { ...DEFAULT_TAGGER_OPTIONS, ...options };
  const tagIndex = new Map<string, number>();
  const counts = new Map<string, Map<number, number>>();
  for (const s of data) {
    s.tags.forEach((t, i) => {
      let id = tagIndex.get(t);
      if (id === undefined) tagIndex.set(t, (id = tagIndex.size));
      const form = s.forms[i]!;
      let m = counts.get(form);
      if (!m) counts.set(form, (m = new Map()));
      m.set(id, (m.get(id) ?? 0) + 1);
    });
  }
  const tags = [...tagIndex.keys()];
  const dict = new Map<string, number>();
  for (const [form, m] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [t, c] of m) {
      total += c;
      if (c > bestCount || (c === bestCount && t < best)) {
        best = t;
        bestCount = c;
      }
    }
    if (total >= o.dictMinCount && bestCount / total >= o.dictMinShare) dict.set(form, best);
  }
  const lexicon = ambiguityClasses(data, tagIndex, o.lexiconMinCount, o.lexiconMinShare);
  const p = new Perceptron(tags.length);
  const folds = o.lexiconFolds;
  const lexicons =
    folds > 1
      ? Array.from({ length: folds }, (_, f) =>
          ambiguityClasses(
            data.filter((_, i) => i % folds !== f),
            tagIndex,
            o.lexiconMinCount,
            o.lexiconMinShare,
          ),
        )
      : [];
  const prepared = data.map((s, si) => ({
    forms: s.forms,
    atoms: wordAtoms(s.forms, folds > 1 ? lexicons[si % folds] : lexicon),
    gold: Int32Array.from(s.tags, (t) => tagIndex.get(t)!),
  }));
  const frozen = (): TaggerModel => ({ tags, dict, lexicon, linear: p.freeze(o.prune) });
  const order = prepared.map((_, i) => i);
  const rand = prng(o.seed);
  const feats = new Int32Array(TAG_FEATS);
  const scores = new Float64Array(tags.length);
  let model = frozen();
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, rand);
    for (const si of order) {
      const s = prepared[si]!;
      const n = s.forms.length;
      let p1 = START;
      let p2 = START;
      for (let i = 0; i < n; i++) {
        const gold = s.gold[i]!;
        let t = dict.get(s.forms[i]!);
        if (t === undefined) {
          const k = tagFeatures(s.atoms, n, i, p1, p2, feats);
          p.score(feats, k, scores);
          t = argmax(scores, tags.length);
          p.update(feats, k, gold, t);
          p.step++;
        }
        p2 = p1;
        p1 = t;
      }
    }
    if (o.onEpoch || epoch === o.epochs) {
      model = frozen();
      o.onEpoch?.(epoch, model, (performance.now() - t0) / 1000);
    }
  }
  return model;
}

/** Normalised form → hash of its sorted set of frequent classes. */
function ambiguityClasses(
  data: readonly TaggedSentence[],
  tagIndex: Map<string, number>,
  minCount: number,
  minShare: number,
): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of data) {
    s.forms.forEach((f, i) => {
      const key = normalise(f);
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      const t = tagIndex.get(s.tags[i]!)!;
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const out = new Map<string, number>();
  for (const key of [...counts.keys()].sort()) {
    const m = counts.get(key)!;
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < minCount) continue;
    const set = [...m.entries()].filter(([, c]) => c / total >= minShare).map(([t]) => t);
    set.sort((a, b) => a - b);
    let h = 0x3c6ef372;
    for (const t of set) h = feat(200, h, t);
    out.set(key, h);
  }
  return out;
}
