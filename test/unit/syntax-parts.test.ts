import { describe, expect, it } from 'vitest';
import { lemmatize, ruleLemma, trainLemmatizer } from '@/lib/nlp/syntax/lemma';
import { buildLinear, rowSet, scaleOf, scoreInto } from '@/lib/nlp/syntax/linear';
import { oracleHeads } from '@/lib/nlp/syntax/parser';
import { tokenize } from '@/lib/nlp/syntax/tokenize';

describe('dynamic oracle (arc-hybrid)', () => {
  it('reaches every projective tree exactly', () => {
    // "The envoy of Norland met the minister ." and a right-branching chain
    const trees = [
      [2, 5, 4, 2, 0, 7, 5, 5],
      [0, 1, 2, 3, 4],
      [2, 0, 2, 5, 3, 2],
    ];
    for (const t of trees) expect([...oracleHeads(Int32Array.from(t))]).toEqual(t);
  });

  it('loses as few arcs as it can on a non-projective tree', () => {
    // arcs 1→3 and 2→4 cross
    const gold = [0, 1, 1, 2];
    const got = [...oracleHeads(Int32Array.from(gold))];
    const right = got.filter((h, i) => h === gold[i]).length;
    expect(right).toBe(3);
  });
});

describe('lemmatiser rules', () => {
  const known = new Set(['stop', 'bake', 'visit', 'hope', 'hop', 'use', 'big', 'large', 'country', 'watch']);
  it.each([
    ['countries', 'NNS', 'country'],
    ['watches', 'NNS', 'watch'],
    ['talks', 'NNS', 'talk'],
    ['stopped', 'VBD', 'stop'],
    ['baked', 'VBN', 'bake'],
    ['visited', 'VBD', 'visit'],
    ['hopping', 'VBG', 'hop'],
    ['uses', 'VBZ', 'use'],
    ['bigger', 'JJR', 'big'],
    ['largest', 'JJS', 'large'],
    ['carried', 'VBD', 'carry'],
    ['Germany', 'NNP', 'Germany'],
    ['Americans', 'NNPS', 'American'],
    ['The', 'DT', 'the'],
    ['sanctions', 'NNS', 'sanction'],
  ])('%s/%s → %s', (form, xpos, lemma) => {
    expect(ruleLemma(known, form, xpos)).toBe(lemma);
  });

  it('learns only the exceptions to its rules', () => {
    const m = trainLemmatizer([
      { form: 'went', xpos: 'VBD', upos: 'VERB', lemma: 'go' },
      { form: 'went', xpos: 'VBD', upos: 'VERB', lemma: 'go' },
      { form: 'walked', xpos: 'VBD', upos: 'VERB', lemma: 'walk' },
      { form: "n't", xpos: 'RB', upos: 'PART', lemma: 'not' },
    ]);
    expect([...m.exceptions.keys()].sort()).toEqual(["n't\tRB", 'went\tVBD']);
    expect(lemmatize(m, 'Went', 'VBD')).toBe('go');
    expect(lemmatize(m, 'n’t', 'RB')).toBe('not');
    expect(lemmatize(m, 'talked', 'VBD')).toBe('talk');
  });
});

describe('frozen linear model', () => {
  it('scores sparse and dense rows alike, and round-trips its rows', () => {
    for (const classes of [3, 5]) {
      const rows = {
        classes,
        keys: Int32Array.from([11, 22, 33]),
        lens: Uint8Array.from([2, 1, 1]),
        cls: Uint8Array.from([0, 2, 1, 2]),
        q: Int8Array.from([127, -64, 127, 127]),
        scale: Uint16Array.from([32768, 32768 + 1024, 32768]), // 1, 2, 1
      };
      const m = buildLinear(rows);
      const out = new Float64Array(classes);
      scoreInto(m, Int32Array.from([11, 22, 44]), 3, out);
      expect(out[0]).toBeCloseTo(127);
      expect(out[1]).toBeCloseTo(254);
      expect(out[2]).toBeCloseTo(-64);
      const back = rowSet(m);
      expect([...back.keys]).toEqual([11, 22, 33]);
      expect([...back.q]).toEqual([...rows.q]);
    }
  });

  it('packs three-class rows into 8-byte slots, unless their scales take more than 256 values', () => {
    const make = (codes: number[]) => {
      const n = codes.length;
      return {
        classes: 3,
        keys: Int32Array.from({ length: n }, (_, i) => 1000 + 7 * i),
        lens: new Uint8Array(n).fill(3),
        cls: Uint8Array.from({ length: 3 * n }, (_, e) => e % 3),
        q: Int8Array.from({ length: 3 * n }, (_, e) => [127, -1, -127][e % 3]!),
        scale: Uint16Array.from(codes),
      };
    };
    const few = make(Array.from({ length: 300 }, (_, i) => 30000 + 32 * (i % 200)));
    const many = make(Array.from({ length: 300 }, (_, i) => 30000 + i));
    const packed = buildLinear(few);
    const dense = buildLinear(many);
    expect(packed.layout).toBe('packed');
    expect(packed.stride).toBe(2);
    expect(dense.layout).toBe('dense');
    for (const [rows, m] of [
      [few, packed],
      [many, dense],
    ] as const) {
      const back = rowSet(m);
      expect([...back.keys]).toEqual([...rows.keys]);
      expect([...back.scale]).toEqual([...rows.scale]);
      expect([...back.q]).toEqual([...rows.q]);
      const out = new Float64Array(3);
      scoreInto(m, Int32Array.from([rows.keys[5]!, rows.keys[9]!, 1]), 3, out);
      const s = scaleOf(rows.scale[5]!) + scaleOf(rows.scale[9]!);
      expect(out[0]).toBeCloseTo(127 * s, 3);
      expect(out[1]).toBeCloseTo(-s, 3);
      expect(out[2]).toBeCloseTo(-127 * s, 3);
    }
  });

  it('keeps long sparse rows beside the table', () => {
    const rows = {
      classes: 40,
      keys: Int32Array.from([5, 6, 7]),
      lens: Uint8Array.from([4, 9, 1]),
      cls: Uint8Array.from([0, 1, 2, 39, 3, 5, 7, 9, 11, 13, 15, 17, 38, 0]),
      q: Int8Array.from([1, -2, 3, -4, 10, -20, 30, -40, 50, -60, 70, -80, 127, -127]),
      scale: Uint16Array.from([32768, 32768 - 1024, 32768]), // 1, 0.5, 1
    };
    const m = buildLinear(rows);
    expect(m.layout).toBe('sparse');
    expect(m.entries.length).toBe(9);
    const out = new Float64Array(40);
    scoreInto(m, Int32Array.from([5, 6, 7, 8]), 4, out);
    expect(out[0]).toBeCloseTo(1 - 127);
    expect(out[1]).toBeCloseTo(-2);
    expect(out[39]).toBeCloseTo(-4);
    expect(out[3]).toBeCloseTo(5);
    expect(out[38]).toBeCloseTo(63.5);
    const back = rowSet(m);
    expect([...back.lens]).toEqual([...rows.lens]);
    expect([...back.cls]).toEqual([...rows.cls]);
    expect([...back.q]).toEqual([...rows.q]);
  });
});

describe('tokenize: emoticons and runs', () => {
  it('keeps emoticons and repeated marks whole', () => {
    expect(tokenize('Great :) see *** here ==> ok').map((t) => t.form)).toEqual([
      'Great',
      ':)',
      'see',
      '***',
      'here',
      '==',
      '>',
      'ok',
    ]);
  });
});
