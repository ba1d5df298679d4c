import { describe, expect, it } from 'vitest';
import { lemmatize, ruleLemma, trainLemmatizer } from '@/lib/nlp/syntax/lemma';
import { buildLinear, rowSet, scoreInto } from '@/lib/nlp/syntax/linear';
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
