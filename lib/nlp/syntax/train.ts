/**
 * Training of the whole model from CoNLL-U sentences: lemmatiser, tagger, then the parser on tags
 * predicted by taggers that did not see the sentence (jackknifing), so that the parser learns
 * from the kind of tags it will get.
 */
import type { ConlluSentence } from './conllu';
import { trainLemmatizer } from './lemma';
import type { SyntaxModel } from './model';
import { trainParser, type ParserExample, type ParserModel, type ParserOptions } from './parser';
import { trainTagger, type TaggerModel, type TaggerOptions } from './tagger';
import { tagWords } from './analyse';
import { A_AMB, A_NORM, ATOMS, wordAtoms } from './words';

/** Settings of a full training. */
export interface TrainOptions {
  tagger: Partial<TaggerOptions>;
  parser: Partial<ParserOptions>;
  /** Parts for jackknifed tags (1: train the parser on gold tags). */
  folds: number;
  /** Progress messages. */
  log: (message: string) => void;
  /** Metadata stored in the model. */
  meta: Record<string, string | number>;
}

const tagged = (s: ConlluSentence) => ({
  forms: s.words.map((w) => w.form),
  tags: s.words.map((w) => `${w.upos} ${w.xpos}`),
});

/**
 * Parser examples with tags predicted by `tagger` (or gold ones when null), and ambiguity classes
 * from `lexicon`.
 */
export function parserExamples(
  sentences: readonly ConlluSentence[],
  tagger: TaggerModel | null,
  lexicon: ReadonlyMap<string, number> | undefined = tagger?.lexicon,
): ParserExample[] {
  return sentences.map((s) => {
    const forms = s.words.map((w) => w.form);
    const atoms = wordAtoms(forms, lexicon);
    const norm = new Int32Array(forms.length);
    const amb = new Int32Array(forms.length);
    for (let i = 0; i < forms.length; i++) {
      norm[i] = atoms[i * ATOMS + A_NORM]!;
      amb[i] = atoms[i * ATOMS + A_AMB]!;
    }
    const tags = tagger
      ? tagWords({ tagger }, forms, atoms)
      : { upos: s.words.map((w) => w.upos), xpos: s.words.map((w) => w.xpos) };
    return {
      norm,
      amb,
      xpos: tags.xpos,
      upos: tags.upos,
      heads: Int32Array.from(s.words, (w) => w.head),
      deprels: s.words.map((w) => w.deprel),
    };
  });
}

/** Trains every part of the model on `train`. */
export function trainSyntax(
  train: readonly ConlluSentence[],
  options: Partial<TrainOptions> = {},
): SyntaxModel {
  const log = options.log ?? (() => {});
  const folds = options.folds ?? 5;
  const usable = train.filter((s) => s.words.every((w) => w.head >= 0));
  let t0 = performance.now();
  const lemma = trainLemmatizer(
    usable.flatMap((s) => s.words.map((w) => ({ form: w.form, xpos: w.xpos, upos: w.upos, lemma: w.lemma }))),
  );
  log(`lemmatiser: ${lemma.exceptions.size} exceptions, ${lemma.known.size} known lemmas`);
  t0 = performance.now();
  const tagger = trainTagger(usable.map(tagged), options.tagger);
  log(`tagger: ${tagger.tags.length} tags, ${tagger.linear.rows} rows, ${secs(t0)} s`);
  let examples: ParserExample[];
  if (folds <= 1) examples = parserExamples(usable, null, tagger.lexicon);
  else {
    examples = new Array(usable.length);
    for (let f = 0; f < folds; f++) {
      t0 = performance.now();
      const rest = usable.filter((_, i) => i % folds !== f);
      const part = usable.map((s, i) => [s, i] as const).filter(([, i]) => i % folds === f);
      const t = trainTagger(rest.map(tagged), { ...options.tagger, onEpoch: undefined });
      const ex = parserExamples(
        part.map(([s]) => s),
        t,
      );
      part.forEach(([, i], j) => (examples[i] = ex[j]!));
      log(`jackknife fold ${f + 1}/${folds}: ${secs(t0)} s`);
    }
  }
  t0 = performance.now();
  const parser: ParserModel = trainParser(examples, options.parser);
  log(`parser: ${parser.arcs.rows} arc rows, ${parser.labeller.rows} label rows, ${secs(t0)} s`);
  return { tagger, lemma, parser, meta: options.meta ?? {} };
}

const secs = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
