import { describe, expect, it } from 'vitest';
import { ConlluError, readConllu, writeConllu } from '@/lib/nlp/syntax/conllu';

const row = (...cols: (string | number)[]) => cols.join('\t');

// sentences written for this test
const SAMPLE = [
  '# sent_id = a1',
  "# text = Envoys won't talk.",
  row(1, 'Envoys', 'envoy', 'NOUN', 'NNS', 'Number=Plur', 3, 'nsubj', '3:nsubj', '_'),
  row('2-3', "won't", '_', '_', '_', '_', '_', '_', '_', '_'),
  row(2, 'wo', 'will', 'AUX', 'MD', '_', 4, 'aux', '4:aux', '_'),
  row(3, "n't", 'not', 'PART', 'RB', '_', 4, 'advmod', '4:advmod', '_'),
  row(4, 'talk', 'talk', 'VERB', 'VB', '_', 0, 'root', '0:root', 'SpaceAfter=No'),
  row('4.1', 'talk', 'talk', 'VERB', 'VB', '_', '_', '_', '4:conj', '_'),
  row(5, '.', '.', 'PUNCT', '.', '_', 4, 'punct', '4:punct', '_'),
  '',
  '# sent_id = a2',
  row(1, 'Yes', 'yes', 'INTJ', 'UH', '_', 0, 'root', '0:root', '_'),
  '',
  '',
].join('\n');

describe('CoNLL-U reader', () => {
  it('reads words, comments, and keeps multi-word tokens and empty nodes apart', () => {
    const [s, t] = readConllu(SAMPLE);
    expect(s!.comments).toEqual(['# sent_id = a1', "# text = Envoys won't talk."]);
    expect(s!.words.map((w) => w.form)).toEqual(['Envoys', 'wo', "n't", 'talk', '.']);
    expect(s!.words[0]).toMatchObject({
      id: 1,
      lemma: 'envoy',
      upos: 'NOUN',
      xpos: 'NNS',
      head: 3,
      deprel: 'nsubj',
    });
    expect(s!.extra.map((e) => [e.before, e.line.split('\t')[0]])).toEqual([
      [1, '2-3'],
      [4, '4.1'],
    ]);
    expect(t!.words).toHaveLength(1);
  });

  it('prints back what it read, byte for byte', () => {
    expect(writeConllu(readConllu(SAMPLE))).toBe(SAMPLE);
  });

  it('accepts a file without a final blank line and with CRLF', () => {
    const text = SAMPLE.trimEnd().replace(/\n/g, '\r\n');
    expect(readConllu(text)).toHaveLength(2);
  });

  const bad = (lines: string[]) => () => readConllu(lines.join('\n'));

  it('names the line of a wrong column count', () => {
    expect(bad(['# c', row(1, 'Hi', 'hi', 'INTJ', 'UH', '_', 0, 'root', '_')])).toThrow(
      /line 2: expected 10 tab-separated columns, found 9/,
    );
  });

  it('names the line of a non-numeric id', () => {
    expect(bad([row('x1', 'Hi', 'hi', 'INTJ', 'UH', '_', 0, 'root', '_', '_')])).toThrow(
      /line 1: expected an ID/,
    );
  });

  it('names the line of an id out of sequence', () => {
    expect(bad([row(2, 'Hi', 'hi', 'INTJ', 'UH', '_', 0, 'root', '_', '_')])).toThrow(
      /line 1: expected word ID 1/,
    );
  });

  it('names the line of a bad HEAD', () => {
    const lines = [
      row(1, 'Hi', 'hi', 'INTJ', 'UH', '_', 0, 'root', '_', '_'),
      row(2, 'there', 'there', 'ADV', 'RB', '_', 'one', 'advmod', '_', '_'),
    ];
    expect(bad(lines)).toThrow(/line 2: expected HEAD to be a whole number or "_", found "one"/);
  });

  it('names the sentence of a HEAD past its end', () => {
    const lines = ['', row(1, 'Hi', 'hi', 'INTJ', 'UH', '_', 7, 'root', '_', '_')];
    let err: unknown;
    try {
      bad(lines)();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConlluError);
    expect((err as ConlluError).line).toBe(2);
    expect(String(err)).toMatch(/HEAD 7 but the sentence has only 1 words/);
  });

  it('rejects a comment inside a sentence', () => {
    expect(bad([row(1, 'Hi', 'hi', 'INTJ', 'UH', '_', 0, 'root', '_', '_'), '# late'])).toThrow(/line 2/);
  });
});
