/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html).
 *
 * Multi-word token lines ("1-2") and empty nodes ("1.1") are not words of the basic tree, so they
 * are kept apart, in their place, only to be printed back; everything that scores or trains reads
 * `words`, as UD's own evaluation does.
 */

/** One word line of a CoNLL-U sentence (an integer ID). */
export interface ConlluWord {
  /** 1-based position among the sentence's words. */
  id: number;
  /** The word as written. */
  form: string;
  /** Dictionary form ("_" when unknown). */
  lemma: string;
  /** Universal part-of-speech tag. */
  upos: string;
  /** Language-specific tag (Penn Treebank in EWT). */
  xpos: string;
  /** Morphological features, verbatim ("_" when none). */
  feats: string;
  /** ID of the head word, 0 for the root; -1 when the file has "_". */
  head: number;
  /** Basic dependency relation with its subtype ("nsubj:pass"); "_" when unknown. */
  deprel: string;
  /** Enhanced dependencies, verbatim. */
  deps: string;
  /** Anything else (SpaceAfter=No …), verbatim. */
  misc: string;
}

/** A line that is not a word of the basic tree, kept to be printed back unchanged. */
export interface ConlluExtraLine {
  /** The line is printed just before the word with this index in `words` (words.length: at the end). */
  before: number;
  /** The line as read. */
  line: string;
}

/** One sentence of a CoNLL-U file. */
export interface ConlluSentence {
  /** Comment lines, with their "#". */
  comments: string[];
  /** The words of the basic tree, in order; words[i].id === i + 1. */
  words: ConlluWord[];
  /** Multi-word token lines and empty nodes, in their places. */
  extra: ConlluExtraLine[];
  /** 1-based line number of the sentence's first line in the file (for messages). */
  line: number;
}

/** Malformed CoNLL-U: the message names the line and what was expected there. */
export class ConlluError extends Error {
  constructor(
    /** 1-based line number. */
    readonly line: number,
    message: string,
  ) {
    super(`CoNLL-U line ${line}: ${message}`);
    this.name = 'ConlluError';
  }
}

const RANGE = /^[1-9]\d*-[1-9]\d*$/;
const EMPTY = /^\d+\.[1-9]\d*$/;
const INT = /^(0|[1-9]\d*)$/;

/** Parses CoNLL-U text. Throws ConlluError at the first malformed line. */
export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  const lines = text.split(/\r?\n/);
  // a final newline leaves one empty string that is not a line of the file
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let cur: ConlluSentence | null = null;
  const finish = (lineNo: number) => {
    if (!cur) return;
    if (cur.words.length === 0) throw new ConlluError(lineNo, 'sentence has no word lines');
    for (const w of cur.words) {
      if (w.head > cur.words.length) {
        throw new ConlluError(
          cur.line,
          `word ${w.id} has HEAD ${w.head} but the sentence has only ${cur.words.length} words`,
        );
      }
    }
    out.push(cur);
    cur = null;
  };
  for (let k = 0; k < lines.length; k++) {
    const lineNo = k + 1;
    const line = lines[k]!;
    if (line.trim() === '') {
      finish(lineNo);
      continue;
    }
    cur ??= { comments: [], words: [], extra: [], line: lineNo };
    if (line.startsWith('#')) {
      if (cur.words.length > 0 || cur.extra.length > 0) {
        throw new ConlluError(
          lineNo,
          'expected a word line or a blank line, found a comment inside a sentence',
        );
      }
      cur.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw new ConlluError(lineNo, `expected 10 tab-separated columns, found ${cols.length}`);
    }
    const id = cols[0]!;
    if (RANGE.test(id) || EMPTY.test(id)) {
      cur.extra.push({ before: cur.words.length, line });
      continue;
    }
    if (!INT.test(id) || id === '0') {
      throw new ConlluError(
        lineNo,
        `expected an ID (a whole number from 1, a range like 1-2 or an empty node like 1.1), found "${id}"`,
      );
    }
    const n = Number(id);
    if (n !== cur.words.length + 1) {
      throw new ConlluError(lineNo, `expected word ID ${cur.words.length + 1}, found ${n}`);
    }
    const headText = cols[6]!;
    let head: number;
    if (headText === '_') head = -1;
    else if (INT.test(headText)) head = Number(headText);
    else throw new ConlluError(lineNo, `expected HEAD to be a whole number or "_", found "${headText}"`);
    if (head === n) throw new ConlluError(lineNo, `word ${n} cannot be its own HEAD`);
    if (cols[1] === '') throw new ConlluError(lineNo, 'expected a FORM, found an empty column');
    cur.words.push({
      id: n,
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head,
      deprel: cols[7]!,
      deps: cols[8]!,
      misc: cols[9]!,
    });
  }
  finish(lines.length + 1);
  return out;
}

/** One word as a CoNLL-U line. */
export function wordLine(w: ConlluWord): string {
  return [
    w.id,
    w.form,
    w.lemma,
    w.upos,
    w.xpos,
    w.feats,
    w.head < 0 ? '_' : w.head,
    w.deprel,
    w.deps,
    w.misc,
  ].join('\t');
}

/** Prints sentences back as CoNLL-U, each followed by a blank line. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) parts.push(c);
    let e = 0;
    for (let i = 0; i <= s.words.length; i++) {
      while (e < s.extra.length && s.extra[e]!.before <= i) parts.push(s.extra[e++]!.line);
      if (i < s.words.length) parts.push(wordLine(s.words[i]!));
    }
    parts.push('');
  }
  return parts.length ? `${parts.join('\n')}\n` : '';
}
