/**
 * Scores the syntax model on UD English EWT dev and test, with gold tokenisation and the model's own
 * tags, and writes the figures into docs/ACCURACY.md (section "Syntax (tagger and parser)").
 *
 *   npx tsx scripts/eval-syntax.ts [--treebank ../shared/resources/ud-english-ewt] [--model FILE] [--no-write]
 *
 * Words are scored as the CoNLL 2018 shared task does: every word, punctuation included; multi-word
 * token lines and empty nodes skipped. LAS compares relations without subtypes (as
 * conll18_ud_eval.py does); "LAS (full labels)" compares them with subtypes. --gold-tags parses
 * with the treebank's own tags instead (a diagnostic; nothing is written then).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeMachine, machine, table, writeSection } from '@/lib/bench/report';
import { analyseWords } from '@/lib/nlp/syntax/analyse';
import { readConllu, type ConlluSentence } from '@/lib/nlp/syntax/conllu';
import { tokenize } from '@/lib/nlp/syntax/tokenize';
import { MODEL_FILE, readModel } from '@/lib/nlp/syntax/model';
import { evaluate, ratios, type SyntaxScores } from '@/lib/nlp/syntax/score';

const RELATIONS = [
  'nsubj',
  'obj',
  'iobj',
  'obl',
  'nmod',
  'xcomp',
  'ccomp',
  'conj',
  'appos',
  'compound',
  'flat',
];

function args(argv: string[]) {
  const get = (flag: string, d: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : d;
  };
  return {
    treebank: get('--treebank', '../shared/resources/ud-english-ewt'),
    model: get('--model', MODEL_FILE),
    write: !argv.includes('--no-write') && !argv.includes('--gold-tags'),
    goldTags: argv.includes('--gold-tags'),
  };
}

const f3 = (x: number) => x.toFixed(4);

/**
 * The tokeniser on each sentence's raw text (`# text =`) against the treebank's words (each word
 * found in the text in order; the words of a multi-word token like "don't" are "do" and "n't",
 * as the tokeniser cuts them): precision, recall and F1 of token spans.
 */
function tokenScores(sentences: readonly ConlluSentence[]) {
  let gold = 0;
  let pred = 0;
  let both = 0;
  for (const s of sentences) {
    const line = s.comments.find((c) => c.startsWith('# text = '));
    if (!line) continue;
    const text = line.slice('# text = '.length);
    const spans = new Set<string>();
    let at = 0;
    for (const w of s.words) {
      const start = text.indexOf(w.form, at);
      if (start < 0) break;
      spans.add(`${start}:${start + w.form.length}`);
      at = start + w.form.length;
    }
    const toks = tokenize(text);
    gold += spans.size;
    pred += toks.length;
    for (const t of toks) if (spans.has(`${t.start}:${t.end}`)) both++;
  }
  const p = both / pred;
  const r = both / gold;
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r) };
}

function main() {
  const a = args(process.argv.slice(2));
  const model = readModel(a.model);
  const results: [string, SyntaxScores][] = [];
  const tokenRows: (string | number)[][] = [];
  for (const part of ['dev', 'test']) {
    const gold = readConllu(readFileSync(path.join(a.treebank, `en_ewt-ud-${part}.conllu`), 'utf8'));
    const t0 = performance.now();
    // --gold-tags (a diagnostic, never written to the docs): parse with the treebank's tags
    let k = 0;
    const s = a.goldTags
      ? evaluate((forms) => {
          const words = gold[k++]!.words;
          return analyseWords(model, forms, {
            upos: words.map((w) => w.upos),
            xpos: words.map((w) => w.xpos),
          });
        }, gold)
      : evaluate((forms) => analyseWords(model, forms), gold);
    const sec = (performance.now() - t0) / 1000;
    results.push([part, s]);
    const tk = tokenScores(gold);
    tokenRows.push([part, f3(tk.precision), f3(tk.recall), f3(tk.f1)]);
    console.log(
      `${part} tokeniser on raw sentence text: P ${f3(tk.precision)} R ${f3(tk.recall)} F1 ${f3(tk.f1)}`,
    );
    const r = ratios(s);
    console.log(
      `${part}: ${s.words} words (${(s.words / sec).toFixed(0)} words/s) UPOS ${f3(r.upos)} XPOS ${f3(r.xpos)} lemma ${f3(r.lemma)} UAS ${f3(r.uas)} LAS ${f3(r.lasUniversal)} LAS(full labels) ${f3(r.las)}`,
    );
    for (const rel of RELATIONS) {
      const x = s.relations[rel] ?? { gold: 0, correct: 0 };
      console.log(
        `  ${rel.padEnd(9)} ${String(x.gold).padStart(5)}  LAS ${x.gold ? f3(x.correct / x.gold) : '-'}`,
      );
    }
  }
  if (!a.write) return;
  const day = new Date().toISOString().slice(0, 10);
  const main = table(
    ['set', 'words', 'UPOS', 'XPOS', 'lemma', 'UAS', 'LAS', 'LAS (full labels)'],
    results.map(([part, s]) => {
      const r = ratios(s);
      return [part, s.words, f3(r.upos), f3(r.xpos), f3(r.lemma), f3(r.uas), f3(r.lasUniversal), f3(r.las)];
    }),
  );
  const rels = table(
    ['relation', ...results.flatMap(([p]) => [`${p} count`, `${p} LAS`])],
    RELATIONS.map((rel) => [
      rel,
      ...results.flatMap(([, s]) => {
        const x = s.relations[rel] ?? { gold: 0, correct: 0 };
        return [x.gold, x.gold ? f3(x.correct / x.gold) : '-'];
      }),
    ]),
  );
  const body = `## Syntax (tagger and parser)

Written by \`npx tsx scripts/eval-syntax.ts\` on ${day} (${describeMachine(machine())}), with
UD English EWT v2.15 in \`../shared/resources/ud-english-ewt\`. Model: \`${path.relative(process.cwd(), a.model)}\`
(${String(model.meta.trainedOn ?? '')}; tagger epochs ${String(model.meta.taggerEpochs ?? '?')}, parser epochs ${String(model.meta.parserEpochs ?? '?')}).

Gold tokenisation, the project's own predicted tags. Every word counts, punctuation included;
multi-word token lines and empty nodes are skipped (as the CoNLL 2018 shared task scores). LAS
compares relations without subtypes, as \`conll18_ud_eval.py\` does; "full labels" compares them
with subtypes (\`nsubj:pass\`, \`obl:agent\`, \`nmod:poss\` …). See docs/SYNTAX.md.

${main}

LAS per gold relation (universal part; the word must get the right head and relation):

${rels}

The tokeniser on each sentence's raw text (the \`# text\` comment) against the treebank's words
(\`don't\` is \`do\` + \`n't\` in both): precision, recall and F1 of token spans.

${table(['set', 'precision', 'recall', 'F1'], tokenRows)}
`;
  writeSection('docs/ACCURACY.md', 'syntax', body);
  console.log('wrote docs/ACCURACY.md (section "Syntax (tagger and parser)")');
}

main();
