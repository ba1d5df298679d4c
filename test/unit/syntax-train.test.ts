import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseWords } from '@/lib/nlp/syntax/analyse';
import { readConllu } from '@/lib/nlp/syntax/conllu';
import { decodeModel, encodeModel, type SyntaxModel } from '@/lib/nlp/syntax/model';
import { evaluate, ratios } from '@/lib/nlp/syntax/score';
import { trainSyntax } from '@/lib/nlp/syntax/train';

// templated sentences with hand-written trees (test/fixtures/syntax/make-tiny.ts)
const tiny = readConllu(
  readFileSync(path.join(import.meta.dirname, '../fixtures/syntax/tiny.conllu'), 'utf8'),
);

const train = (): SyntaxModel =>
  trainSyntax(tiny, {
    folds: 2,
    tagger: { epochs: 3 },
    parser: { epochs: 3, arcPrune: 1 },
    meta: { treebank: 'tiny fixture' },
  });

describe('syntax training (tiny fixture)', () => {
  const model = train();

  it('learns its training data far above chance', () => {
    const r = ratios(evaluate((forms) => analyseWords(model, forms), tiny));
    expect(r.upos).toBeGreaterThan(0.95);
    expect(r.uas).toBeGreaterThan(0.9);
    expect(r.las).toBeGreaterThan(0.85);
    expect(r.lemma).toBeGreaterThan(0.95);
  });

  it('gives byte-identical models when trained twice', () => {
    expect(Buffer.compare(encodeModel(train()), encodeModel(model))).toBe(0);
  });

  it('round-trips through the file format with the same predictions', () => {
    const bytes = encodeModel(model);
    const back = decodeModel(bytes);
    expect(Buffer.compare(encodeModel(back), bytes)).toBe(0);
    const words = ['Norland', 'and', 'Kardia', 'urged', 'Lumen', 'to', 'praise', 'envoys', '.'];
    expect(analyseWords(back, words)).toEqual(analyseWords(model, words));
    for (const s of tiny.slice(0, 30)) {
      const forms = s.words.map((w) => w.form);
      expect(analyseWords(back, forms)).toEqual(analyseWords(model, forms));
    }
    expect(back.meta).toEqual({ treebank: 'tiny fixture' });
  });

  it('keeps the relabelling margin through the file; the margin changes labels, never heads', () => {
    const back = decodeModel(encodeModel({ ...model, parser: { ...model.parser, relabelBelow: 5 } }));
    expect(back.parser.relabelBelow).toBe(5);
    expect(decodeModel(encodeModel(model)).parser.relabelBelow).toBe(Infinity);
    for (const s of tiny.slice(0, 30)) {
      const forms = s.words.map((w) => w.form);
      const all = analyseWords(model, forms);
      const none = analyseWords({ ...model, parser: { ...model.parser, relabelBelow: 0 } }, forms);
      expect(none.map((w) => w.head)).toEqual(all.map((w) => w.head));
    }
  });

  it('rejects a file that is not a model', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => decodeModel(gzipSync(Buffer.from('not a model at all')))).toThrow(/not a syntax model/);
  });
});
