/**
 * Tokens with parts of speech and lemmas, from wink-nlp (its English model ships with the npm
 * package: no download at run time), tied to offsets in the document text and to our sentences.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '@/lib/model';
import { sentenceAt } from '@/lib/nlp/sentences';

/** A word or punctuation mark of the text. */
export interface Token {
  /** Position among the document's tokens. */
  i: number;
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  /** Dictionary form in American spelling ("criticised" → "criticize", "talks" → "talk"). */
  lemma: string;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, AUX, ADJ, ADP, PRON, DET, PUNCT, … */
  pos: string;
  /** [start, end) in UTF-16 code units of the document text. */
  start: number;
  end: number;
  /** Index of the sentence it lies in. */
  sentence: number;
}

let nlp: WinkMethods | null = null;
/**
 * The model loads once, on first use (about a tenth of a second). Only the part-of-speech step of
 * wink's pipeline runs: its sentence splitter, negation, sentiment and entity steps do nothing we
 * read (we split sentences ourselves) and took about a third of its time; the tokens, tags and
 * lemmas are the same without them (checked on the synthetic corpus and the seed).
 */
function instance(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

const straight = (s: string) => (s.includes('\u2019') ? s.replace(/\u2019/g, "'") : s);

// wink's types leave the lemma helper out of what `out()` accepts, though it works there
const lemmaOf = (n: WinkMethods) => n.its.lemma as unknown as ItsFunction<string>;

/**
 * Tokenises `text`. Spaces and line breaks are not tokens. Each token's offsets are found in the
 * text itself, so they hold even where the tagger's own idea of spacing differs.
 */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const n = instance();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(lemmaOf(n)) as string[];
  const out: Token[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (pos[k] === 'SPACE' || v.trim() === '') continue;
    let start = text.startsWith(v, at) ? at : text.indexOf(v, at);
    if (start < 0) {
      // the tagger changed the token (it rarely does): skip spaces and take as many characters
      start = at;
      while (start < text.length && /\s/.test(text[start]!)) start++;
    }
    const end = Math.min(text.length, start + v.length);
    at = end;
    const t = text.slice(start, end);
    const lower = straight(t.toLowerCase());
    out.push({
      i: out.length,
      text: t,
      lower,
      lemma: straight((lemmas[k] ?? lower).toLowerCase()),
      pos: pos[k] ?? 'X',
      start,
      end,
      sentence: sentenceAt(sentences, start),
    });
  }
  return out;
}

/** Tokenises a short phrase on its own (for lexicon entries), giving the token texts. */
export function phraseTokens(phrase: string): string[] {
  const n = instance();
  return (n.readDoc(phrase).tokens().out(n.its.value) as string[]).filter((v) => v.trim() !== '');
}

/** Lemmas of a short phrase on its own. */
export function phraseLemmas(phrase: string): string[] {
  const n = instance();
  const doc = n.readDoc(phrase);
  const values = doc.tokens().out(n.its.value) as string[];
  const lemmas = doc.tokens().out(lemmaOf(n)) as string[];
  return lemmas.filter((_, k) => values[k]!.trim() !== '').map((l) => straight(l.toLowerCase()));
}
