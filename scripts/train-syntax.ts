/**
 * Trains the tagger, lemmatiser and parser on UD English EWT and writes the model file.
 *
 *   npx tsx scripts/train-syntax.ts --treebank ../shared/resources/ud-english-ewt
 *       [--epochs N] [--tagger-epochs N] [--folds N] [--seed S] [--out FILE] [--limit N] [--prune X]
 *       [--tags-cache FILE] [--prune-scan X,Y,…] [--relabel MODEL]
 *
 * `--relabel MODEL` only picks, on dev, the margin below which the labeller relabels (for a model
 * trained before that setting existed) and writes MODEL with it to --out.
 *
 * Trains on train; after each epoch scores dev and keeps the epoch that scored best (tagger: UPOS
 * and XPOS accuracy; parser: LAS). Progress goes to stderr.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConllu, type ConlluSentence } from '@/lib/nlp/syntax/conllu';
import { analyseWords } from '@/lib/nlp/syntax/analyse';
import { MODEL_FILE, readModel, saveModel, type SyntaxModel } from '@/lib/nlp/syntax/model';
import { evaluate, ratios } from '@/lib/nlp/syntax/score';
import { parserExamples } from '@/lib/nlp/syntax/train';
import { trainLemmatizer } from '@/lib/nlp/syntax/lemma';
import { trainTagger, type TaggerModel } from '@/lib/nlp/syntax/tagger';
import { trainParser, type ParserExample, type ParserModel } from '@/lib/nlp/syntax/parser';

const USAGE =
  'usage: npx tsx scripts/train-syntax.ts --treebank DIR [--epochs N] [--tagger-epochs N] [--folds N] [--seed S] [--out FILE] [--limit N] [--prune X] [--tags-cache FILE] [--prune-scan X,Y] [--relabel MODEL]';

function args(argv: string[]) {
  const m = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const k = /^--([a-z-]+)$/.exec(a);
    const v = argv[i + 1];
    if (!k || v === undefined) {
      console.error(USAGE);
      process.exit(2);
    }
    m.set(k[1]!, v);
    i++;
  }
  const num = (k: string, d: number) => {
    const v = m.get(k);
    if (v === undefined) return d;
    if (!/^\d+$/.test(v)) {
      console.error(`--${k} must be a whole number`);
      process.exit(2);
    }
    return Number(v);
  };
  const treebank = m.get('treebank');
  if (!treebank) {
    console.error(USAGE);
    process.exit(2);
  }
  return {
    treebank,
    epochs: num('epochs', 12),
    taggerEpochs: num('tagger-epochs', 10),
    folds: num('folds', 10),
    seed: num('seed', 1),
    limit: num('limit', 0),
    out: m.get('out') ?? MODEL_FILE,
    tagsCache: m.get('tags-cache'),
    prune: m.has('prune') ? Number(m.get('prune')) : 0.5,
    pruneScan: m.get('prune-scan'),
    relabel: m.get('relabel'),
  };
}

/** Margins tried for ParserModel.relabelBelow (Infinity: the labeller labels every word). */
const RELABEL_MARGINS = [2, 4, 8, 12, 16, 24, 32, Infinity];

const log = (s: string) => process.stderr.write(`${s}\n`);
const pct = (x: number) => (100 * x).toFixed(2);

function load(dir: string, part: string): ConlluSentence[] {
  const file = path.join(dir, `en_ewt-ud-${part}.conllu`);
  return readConllu(readFileSync(file, 'utf8'));
}

const tagged = (s: ConlluSentence) => ({
  forms: s.words.map((w) => w.form),
  tags: s.words.map((w) => `${w.upos} ${w.xpos}`),
});

/**
 * Final labels: the labeller relabels the words whose label at attachment won by a small margin;
 * the margin is the one that scores best on dev (ties: the smaller, fewer words relabelled).
 */
function pickRelabel(model: SyntaxModel, dev: ConlluSentence[]): SyntaxModel {
  let best = -1;
  let parser = model.parser;
  for (const below of RELABEL_MARGINS) {
    const p: ParserModel = { ...model.parser, relabelBelow: below };
    const r = ratios(evaluate((forms) => analyseWords({ ...model, parser: p }, forms), dev));
    log(`relabel below margin ${below}: dev LAS ${pct(r.lasUniversal)} (full labels ${pct(r.las)})`);
    if (r.lasUniversal > best) {
      best = r.lasUniversal;
      parser = p;
    }
  }
  log(`relabel below margin ${parser.relabelBelow} kept`);
  return { ...model, parser };
}

function main() {
  const a = args(process.argv.slice(2));
  const started = performance.now();
  if (a.relabel) {
    // only the relabelling margin, for a model trained before it existed (same weights)
    const model = pickRelabel(readModel(a.relabel), load(a.treebank, 'dev'));
    saveModel(a.out, model);
    log(`wrote ${a.out}`);
    return;
  }
  let train = load(a.treebank, 'train').filter((s) => s.words.every((w) => w.head >= 0));
  if (a.limit) train = train.slice(0, a.limit);
  const dev = load(a.treebank, 'dev');
  const words = train.reduce((n, s) => n + s.words.length, 0);
  log(`train: ${train.length} sentences, ${words} words; dev: ${dev.length} sentences`);

  const lemma = trainLemmatizer(
    train.flatMap((s) => s.words.map((w) => ({ form: w.form, xpos: w.xpos, upos: w.upos, lemma: w.lemma }))),
  );
  log(`lemmatiser: ${lemma.exceptions.size} exceptions, ${lemma.known.size} known lemmas`);

  // tagger: keep the epoch with the best dev UPOS + XPOS
  let tagger: TaggerModel | null = null;
  let taggerBest = -1;
  let taggerEpoch = 0;
  const devTag = (t: TaggerModel) => {
    let right = 0;
    let total = 0;
    for (const s of dev) {
      const forms = s.words.map((w) => w.form);
      const ids = tagWordsOf({ tagger: t }, forms);
      s.words.forEach((w, i) => {
        total += 2;
        if (ids.upos[i] === w.upos) right++;
        if (ids.xpos[i] === w.xpos) right++;
      });
    }
    return right / total;
  };
  trainTagger(train.map(tagged), {
    epochs: a.taggerEpochs,
    seed: a.seed,
    prune: a.prune,
    onEpoch: (epoch, model, seconds) => {
      const acc = devTag(model);
      log(
        `tagger epoch ${epoch}: ${(words / seconds).toFixed(0)} words/s, dev (UPOS+XPOS)/2 ${pct(acc)}, ${model.linear.rows} rows`,
      );
      if (acc > taggerBest) {
        taggerBest = acc;
        tagger = model;
        taggerEpoch = epoch;
      }
    },
  });
  log(`tagger: epoch ${taggerEpoch} kept`);

  // parser examples with jackknifed tags, trained for the kept number of tagger epochs
  let examples: ParserExample[];
  if (a.tagsCache && existsSync(a.tagsCache)) {
    const cached = JSON.parse(readFileSync(a.tagsCache, 'utf8')) as { xpos: string[]; upos: string[] }[];
    examples = parserExamples(train, null, tagger!.lexicon).map((e, i) => ({
      ...e,
      xpos: cached[i]!.xpos,
      upos: cached[i]!.upos,
    }));
    log(`jackknifed tags read from ${a.tagsCache}`);
  } else if (a.folds <= 1) examples = parserExamples(train, null, tagger!.lexicon);
  else {
    examples = new Array(train.length);
    for (let f = 0; f < a.folds; f++) {
      const t0 = performance.now();
      const rest = train.filter((_, i) => i % a.folds !== f);
      const part = train.map((s, i) => [s, i] as const).filter(([, i]) => i % a.folds === f);
      const t = trainTagger(rest.map(tagged), { epochs: taggerEpoch, seed: a.seed, prune: a.prune });
      const ex = parserExamples(
        part.map(([s]) => s),
        t,
      );
      part.forEach(([, i], j) => (examples[i] = ex[j]!));
      log(`jackknife fold ${f + 1}/${a.folds}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    if (a.tagsCache)
      writeFileSync(a.tagsCache, JSON.stringify(examples.map((e) => ({ xpos: e.xpos, upos: e.upos }))));
  }

  let parser: ParserModel | null = null;
  let parserBest = -1;
  let parserEpoch = 0;
  trainParser(examples, {
    epochs: a.epochs,
    seed: a.seed,
    prune: a.prune,
    onEpoch: (epoch, model, seconds, refreeze) => {
      if (a.pruneScan && epoch === a.epochs) {
        // a diagnostic: the same weights pruned at other thresholds
        for (const p of a.pruneScan.split(',').map(Number)) {
          const m2 = refreeze(p);
          const full2: SyntaxModel = { tagger: tagger!, lemma, parser: m2, meta: {} };
          const r2 = ratios(evaluate((forms) => analyseWords(full2, forms), dev));
          log(`  prune ${p}: dev UAS ${pct(r2.uas)} LAS ${pct(r2.lasUniversal)}, ${m2.arcs.rows} arc rows`);
        }
      }
      const full: SyntaxModel = { tagger: tagger!, lemma, parser: model, meta: {} };
      const r = ratios(evaluate((forms) => analyseWords(full, forms), dev));
      log(
        `parser epoch ${epoch}: ${(words / seconds).toFixed(0)} words/s, dev UAS ${pct(r.uas)} LAS ${pct(r.lasUniversal)} (full labels ${pct(r.las)}), ${model.arcs.rows} arc rows, ${model.labeller.rows} label rows`,
      );
      if (r.lasUniversal > parserBest) {
        parserBest = r.lasUniversal;
        parser = model;
        parserEpoch = epoch;
      }
    },
  });
  log(`parser: epoch ${parserEpoch} kept`);

  parser = pickRelabel({ tagger: tagger!, lemma, parser: parser!, meta: {} }, dev).parser;
  const minutes = (performance.now() - started) / 60000;
  const model: SyntaxModel = {
    tagger: tagger!,
    lemma,
    parser: parser!,
    meta: {
      treebank: 'UD English EWT v2.15 (UniversalDependencies/UD_English-EWT @ 15d613d8), CC BY-SA 4.0',
      trainedOn: `train (${train.length} sentences)`,
      taggerEpochs: taggerEpoch,
      parserEpochs: parserEpoch,
      folds: a.folds,
      seed: a.seed,
      trainingMinutes: Number(minutes.toFixed(1)),
      machine: `${os.cpus()[0]?.model.trim() ?? 'unknown'}, Node ${process.version}`,
    },
  };
  saveModel(a.out, model);
  log(`wrote ${a.out} after ${minutes.toFixed(1)} minutes`);
}

import { tagWords as tagWordsOf } from '@/lib/nlp/syntax/analyse';

main();
