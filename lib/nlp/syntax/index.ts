/**
 * Part-of-speech tags, lemmas and labelled dependency trees for English, from models trained here on
 * UD English EWT (see docs/SYNTAX.md; the model file's licence is in ./NOTICE).
 *
 *   const parsed = parseText(text, splitSentences(text));
 *   parsed[0].tokens[0] // { form, start, end, upos, xpos, lemma, head, deprel, … }
 *
 * The model loads once per process, on first use.
 */
import { existsSync } from 'node:fs';
import type { Sentence } from '@/lib/model';
import { analyseSentences, analyseWords, type WordAnalysis } from './analyse';
import { MODEL_FILE, readModel, type SyntaxModel } from './model';
import { tokenize, type TextToken } from './tokenize';

export { tokenize, type TextToken } from './tokenize';
export { analyseSentences, analyseWords, type WordAnalysis } from './analyse';
export { readConllu, writeConllu, ConlluError, type ConlluSentence, type ConlluWord } from './conllu';
export { MODEL_FILE, readModel, saveModel, encodeModel, decodeModel, type SyntaxModel } from './model';

/** A token with its analysis. */
export interface SyntaxToken {
  /** 1-based position in its sentence (the numbering of `head`). */
  id: number;
  /** As written: text.slice(start, end). */
  form: string;
  /** [start, end) in UTF-16 code units of the document text. */
  start: number;
  end: number;
  /** Index of the sentence it lies in. */
  sentence: number;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, …). */
  upos: string;
  /** Penn Treebank tag (NN, NNP, VBD, …). */
  xpos: string;
  /** Dictionary form, EWT conventions (proper nouns keep their case: "Germany"; "criticised" → "criticise"). */
  lemma: string;
  /** `id` of the head token in the same sentence; 0 for the root. */
  head: number;
  /** Universal Dependencies relation to the head, with subtype ("nsubj:pass", "obl:agent", "nmod:poss"). */
  deprel: string;
}

/** A sentence with its tokens. */
export interface ParsedSentence {
  /** Index of the sentence (as given). */
  index: number;
  /** [start, end) of the sentence in the document text. */
  start: number;
  end: number;
  tokens: SyntaxToken[];
}

let cached: SyntaxModel | null = null;

/**
 * The committed model (or the file named by DETENTE_SYNTAX_MODEL), read on first call and kept.
 * Reading takes a few hundred milliseconds; later calls return the same object.
 */
export function loadSyntaxModel(): SyntaxModel {
  if (cached) return cached;
  const file = process.env.DETENTE_SYNTAX_MODEL || MODEL_FILE;
  if (!existsSync(file)) throw new Error(`syntax model not found at ${file} (run scripts/train-syntax.ts)`);
  cached = readModel(file);
  return cached;
}

/** Tokens of the sentence text[start, end), with offsets in `text`. */
export function tokenizeSentence(text: string, start: number, end: number): TextToken[] {
  return tokenize(text, start, end);
}

/** Tags, lemmatises and parses tokens of one sentence. */
export function parseTokens(
  tokens: readonly TextToken[],
  sentence = 0,
  model: SyntaxModel = loadSyntaxModel(),
): SyntaxToken[] {
  const a: WordAnalysis[] = analyseWords(
    model,
    tokens.map((t) => t.form),
  );
  return tokens.map((t, i) => ({
    id: i + 1,
    form: t.form,
    start: t.start,
    end: t.end,
    sentence,
    ...a[i]!,
  }));
}

/** Tokenises and parses one sentence of `text`. */
export function parseSentence(
  text: string,
  s: Pick<Sentence, 'index' | 'start' | 'end'>,
  model: SyntaxModel = loadSyntaxModel(),
): ParsedSentence {
  return parseText(text, [s], model)[0]!;
}

/** Tokenises and parses every sentence of `text` (spans from the project's sentence splitter). */
export function parseText(
  text: string,
  sentences: readonly Pick<Sentence, 'index' | 'start' | 'end'>[],
  model: SyntaxModel = loadSyntaxModel(),
): ParsedSentence[] {
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  // all sentences at once: each model's tables stay warm in the cache (see analyseSentences)
  const analyses = analyseSentences(
    model,
    tokens.map((ts) => ts.map((t) => t.form)),
  );
  return sentences.map((s, k) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    tokens: tokens[k]!.map((t, i) => ({
      id: i + 1,
      form: t.form,
      start: t.start,
      end: t.end,
      sentence: s.index,
      ...analyses[k]![i]!,
    })),
  }));
}

/** Same as parseText. */
export const parseSentences = parseText;
