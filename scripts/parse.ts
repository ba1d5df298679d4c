/**
 * Prints parses as CoNLL-U.
 *
 *   npx tsx scripts/parse.ts -- "Germany criticised Russia."   a sentence (or several) given as text
 *   npx tsx scripts/parse.ts --text FILE                      raw text, split into sentences here
 *   npx tsx scripts/parse.ts --conllu FILE                    the file's own tokens (gold tokenisation)
 *
 * With --conllu every sentence, comment, multi-word token line and empty node is printed back as it
 * was; only UPOS, XPOS, LEMMA, HEAD and DEPREL of the words are the model's (so that
 * conll18_ud_eval.py can score the output against the file). [--model FILE] picks another model.
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '@/lib/nlp/sentences';
import { analyseSentences } from '@/lib/nlp/syntax/analyse';
import { readConllu, writeConllu, type ConlluSentence } from '@/lib/nlp/syntax/conllu';
import { MODEL_FILE, readModel, type SyntaxModel } from '@/lib/nlp/syntax/model';
import { parseText } from '@/lib/nlp/syntax';

const USAGE = 'usage: npx tsx scripts/parse.ts [--model FILE] (-- "text" | --text FILE | --conllu FILE)';

function fromText(model: SyntaxModel, text: string): ConlluSentence[] {
  return parseText(text, splitSentences(text), model).map((s, k) => ({
    comments: [`# sent_id = ${k + 1}`, `# text = ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`],
    extra: [],
    line: 0,
    words: s.tokens.map((t, i) => {
      const next = s.tokens[i + 1];
      return {
        id: t.id,
        form: t.form,
        lemma: t.lemma,
        upos: t.upos,
        xpos: t.xpos,
        feats: '_',
        head: t.head,
        deprel: t.deprel,
        deps: '_',
        misc: [next && next.start === t.end ? 'SpaceAfter=No' : '', `TokenRange=${t.start}:${t.end}`]
          .filter(Boolean)
          .join('|'),
      };
    }),
  }));
}

function main() {
  const argv = process.argv.slice(2).filter((a, i, all) => !(a === '--' && i === all.indexOf('--')));
  let modelFile = MODEL_FILE;
  let mode: 'words' | 'text' | 'conllu' = 'words';
  let file = '';
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return console.log(USAGE);
    if (a === '--model' || a === '--text' || a === '--conllu') {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      if (a === '--model') modelFile = v;
      else {
        mode = a === '--text' ? 'text' : 'conllu';
        file = v;
      }
    } else words.push(a);
  }
  const model = readModel(modelFile);
  if (mode === 'conllu') {
    const sentences = readConllu(readFileSync(file, 'utf8'));
    const analyses = analyseSentences(
      model,
      sentences.map((s) => s.words.map((w) => w.form)),
    );
    sentences.forEach((s, k) => s.words.forEach((w, i) => Object.assign(w, analyses[k]![i])));
    process.stdout.write(writeConllu(sentences));
    return;
  }
  const text = mode === 'text' ? readFileSync(file, 'utf8') : words.join(' ');
  if (!text.trim()) throw new Error(USAGE);
  process.stdout.write(writeConllu(fromText(model, text)));
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
