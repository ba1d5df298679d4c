/**
 * The syntax stage's fast paths (caches of partial scores and of recent table slots, features
 * added in another order) give
 * the very same tags and trees as the plain ones, on the committed model: they rest on its scores
 * being exact sums (LinearModel.exact), checked here too.
 */
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '@/lib/nlp/syntax';
import { addInto, buildLinear, exponentOf, scoreInto, type LinearModel } from '@/lib/nlp/syntax/linear';
import { prng } from '@/lib/nlp/syntax/prng';
import {
  TAG_FEATS,
  tagContextFeatures,
  tagFeatures,
  tagSentence,
  tagSentencePlain,
  tagWordFeatures,
} from '@/lib/nlp/syntax/tagger';
import { tokenize } from '@/lib/nlp/syntax/tokenize';
import { A_AMB, A_NORM, ATOMS, wordAtoms } from '@/lib/nlp/syntax/words';
import { tagWords } from '@/lib/nlp/syntax/analyse';
import { parseMany } from '@/lib/nlp/syntax/parser';
import { synthArticles } from '@/lib/synth';

/** The model without its cache of recent slots: scores summed feature after feature, from the table. */
const uncached = (l: LinearModel): LinearModel => ({ ...l, recent: null, recentF: null });

/** Sentences of synthetic news, and the same words shuffled and mangled (rare forms, odd orders). */
function sentences(count: number, seed: number): string[][] {
  const out: string[][] = [];
  const pool: string[] = [];
  for (const a of synthArticles(12, seed)) {
    for (const line of a.text.split(/(?<=[.!?])\s+/)) {
      const forms = tokenize(line).map((t) => t.form);
      if (forms.length === 0) continue;
      out.push(forms);
      pool.push(...forms);
    }
  }
  const rand = prng(seed);
  const pick = () => pool[Math.floor(rand() * pool.length)]!;
  const mangle = (w: string) =>
    rand() < 0.5 ? w.toUpperCase() : rand() < 0.5 ? `${w}${Math.floor(rand() * 100)}` : w.slice(1) || w;
  while (out.length < count) {
    const n = 1 + Math.floor(rand() * 30);
    out.push(Array.from({ length: n }, () => (rand() < 0.2 ? mangle(pick()) : pick())));
  }
  return out;
}

describe('exact sums', () => {
  it('finds the binary exponent of a number', () => {
    expect(exponentOf(1)).toBe(0);
    expect(exponentOf(0.75)).toBe(-1);
    expect(exponentOf(-12)).toBe(3);
    expect(exponentOf(Math.fround(0.1))).toBe(-4);
    expect(exponentOf(2 ** -1022)).toBe(-1022);
  });

  it('holds for the committed model, so that its fast paths may be taken', () => {
    const m = loadSyntaxModel();
    for (const l of [m.tagger.linear, m.parser.arcs, m.parser.attacher, m.parser.labeller])
      expect(l.exact).toBe(true);
  });

  it('does not hold for weights too far apart', () => {
    const rows = (scale: number[]) => ({
      classes: 5,
      keys: Int32Array.from([11, 22]),
      lens: Uint8Array.from([1, 1]),
      cls: Uint8Array.from([0, 1]),
      q: Int8Array.from([1, 1]),
      scale: Uint16Array.from(scale),
    });
    expect(buildLinear(rows([32768, 32768 + 1024])).exact).toBe(true);
    // 2^-30 and 2^30 (codes 1024 apart per power of two)
    expect(buildLinear(rows([32768 - 30 * 1024, 32768 + 30 * 1024])).exact).toBe(false);
  });

  it('scoreInto of some features then addInto of the others is scoreInto of all', () => {
    const m = loadSyntaxModel();
    const rand = prng(7);
    for (const l of [m.tagger.linear, m.parser.arcs, m.parser.attacher]) {
      // features the model has, and some it lacks
      const keys: number[] = [];
      for (let at = 0; at < l.table.length && keys.length < 4000; at += l.stride * 37)
        if (l.table[at] !== 0) keys.push(l.table[at]!);
      for (let t = 0; t < 200; t++) {
        const n = 1 + Math.floor(rand() * 120);
        const feats = Int32Array.from({ length: n }, () =>
          rand() < 0.8 ? keys[Math.floor(rand() * keys.length)]! : (rand() * 2 ** 32) | 1,
        );
        const cut = Math.floor(rand() * n);
        const all = new Float64Array(l.classes);
        scoreInto(l, feats, n, all);
        const parts = new Float64Array(l.classes);
        scoreInto(l, feats.subarray(cut), n - cut, parts);
        addInto(l, feats, cut, parts);
        expect([...parts]).toEqual([...all]);
      }
    }
  });
});

describe('cache of recent slots', () => {
  it('gives the scores of the table, feature after feature', () => {
    const m = loadSyntaxModel();
    const rand = prng(13);
    for (const l of [m.tagger.linear, m.parser.arcs, m.parser.attacher, m.parser.labeller]) {
      expect(l.recent).not.toBeNull();
      const plain = uncached(l);
      const keys: number[] = [];
      for (let at = 0; at < l.table.length && keys.length < 3000; at += l.stride * 53)
        if (l.table[at] !== 0) keys.push(l.table[at]!);
      // few distinct features, so that most come back while still cached
      for (let t = 0; t < 2000; t++) {
        const n = 1 + Math.floor(rand() * 120);
        const feats = Int32Array.from({ length: n }, () =>
          rand() < 0.9 ? keys[Math.floor(rand() * keys.length)]! : (rand() * 2 ** 32) | 1,
        );
        const a = new Float64Array(l.classes);
        const b = new Float64Array(l.classes);
        scoreInto(l, feats, n, a);
        scoreInto(plain, feats, n, b);
        expect([...a]).toEqual([...b]);
      }
    }
  }, 60_000);
});

describe('tagger fast path', () => {
  it("splits tagFeatures into the word's own features and the others", () => {
    const m = loadSyntaxModel();
    for (const forms of sentences(200, 3)) {
      const atoms = wordAtoms(forms, m.tagger.lexicon);
      const a = new Int32Array(TAG_FEATS);
      const b = new Int32Array(TAG_FEATS);
      for (let i = 0; i < forms.length; i++) {
        const k = tagFeatures(atoms, forms.length, i, 5, 9, a);
        const w = tagWordFeatures(atoms, i, b);
        const c = tagContextFeatures(atoms, forms.length, i, 5, 9, b.subarray(w));
        expect(w + c).toBe(k);
        expect([...b.subarray(0, k)].sort()).toEqual([...a.subarray(0, k)].sort());
      }
    }
  }, 60_000);

  it('tags as the plain tagger does, cache cold or warm', () => {
    const m = loadSyntaxModel();
    const plainTagger = { ...m.tagger, linear: uncached(m.tagger.linear) };
    const all = sentences(1500, 11);
    for (let pass = 0; pass < 2; pass++)
      for (const forms of all)
        expect([...tagSentence(m.tagger, forms)]).toEqual([...tagSentencePlain(plainTagger, forms)]);
  }, 60_000);
});

describe('parser fast path', () => {
  it('parses and labels as the plain parser does, cache cold or warm', () => {
    const m = loadSyntaxModel();
    const inputs = sentences(600, 5).map((forms) => {
      const atoms = wordAtoms(forms, m.tagger.lexicon);
      const { upos, xpos } = tagWords(m, forms, atoms);
      const norm = Int32Array.from(forms, (_, i) => atoms[i * ATOMS + A_NORM]!);
      const amb = Int32Array.from(forms, (_, i) => atoms[i * ATOMS + A_AMB]!);
      return { norm, amb, upos, xpos };
    });
    const plainParser = {
      ...m.parser,
      arcs: uncached(m.parser.arcs),
      attacher: uncached(m.parser.attacher),
      labeller: uncached(m.parser.labeller),
    };
    const plain = parseMany(plainParser, inputs);
    for (let pass = 0; pass < 2; pass++) {
      const fast = parseMany(m.parser, inputs);
      fast.forEach((t, i) => {
        expect([...t.heads]).toEqual([...plain[i]!.heads]);
        expect([...t.labels]).toEqual([...plain[i]!.labels]);
      });
    }
  }, 60_000);
});
