/**
 * The PETRARCH2 verb dictionary reader (lib/nlp/cameo/parse-verbs.ts) on the vendored file and on
 * small dictionaries written here; the compiled file against a fresh build.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CAMEO_FILE,
  compileCameo,
  indexCameo,
  parseEventCode,
  parseVerbDictionary,
  regularForms,
} from '@/lib/nlp/cameo';
import { matchCameo, type TreeToken } from '@/lib/nlp/cameo/match';

const TEXT = readFileSync('lib/nlp/cameo/dict/CAMEO.2.0.txt', 'utf8');
const PLOVER = readFileSync('lib/nlp/cameo/dict/CAMEO2PLOVER-2021.txt', 'utf8');
const dict = parseVerbDictionary(TEXT);
const lines = TEXT.split('\n');
/** Index of the "####### VERB PATTERNS #######" line: synsets before, verb blocks after. */
const verbStart = lines.findIndex((l) => l.startsWith('####### VERB PATTERNS'));

/** The lines the file says are patterns, counted without the reader: "-" but not "---". */
const patternLines = lines.flatMap((l, i) => (/^-(?!--)/.test(l) ? [i + 1] : []));

/** Lines skipped on purpose, and why: a fragment of the pattern repeated after it, so its brackets do not balance. */
const SKIPPED = [
  { line: 2374, reason: 'pattern syntax: unexpected ")"' }, // - * VENTURE (WITH VISIT)   VISIT)[042:043]
  { line: 7606, reason: 'pattern syntax: unexpected ")"' }, // - STRONGLY * ATTACK (ON ^)   ^)[111]
];

describe('the vendored CAMEO.2.0.txt', () => {
  it('has 4,668 pattern lines, and every one is parsed or listed as skipped', () => {
    expect(patternLines.length).toBe(4668);
    const parsed = new Set(dict.patterns.map((p) => p.line));
    const skipped = new Set(dict.skipped.map((s) => s.line));
    for (const n of patternLines) expect(parsed.has(n) || skipped.has(n), `line ${n}`).toBe(true);
    expect(dict.patterns.length).toBe(4666);
    expect(dict.patterns.length + SKIPPED.length).toBe(patternLines.length);
  });

  it('skips only the two malformed pattern lines, each with its reason', () => {
    expect(dict.skipped.map(({ line, reason }) => ({ line, reason }))).toEqual(SKIPPED);
  });

  it('reads every synset and member (40 sets, 558 members)', () => {
    const names = lines.slice(0, verbStart).filter((l) => /^&\S/.test(l));
    const members = lines.slice(0, verbStart).filter((l) => /^\+\S/.test(l));
    expect(names.length).toBe(40);
    expect(dict.synsets.map((s) => s.name)).toEqual(names.map((l) => l.trim()));
    expect(dict.synsets.reduce((n, s) => n + s.members.length, 0)).toBe(members.length);
    expect(members.length).toBe(558);
  });

  it('reads every verb block and verb line (397 blocks, 1,817 verbs)', () => {
    const body = lines.slice(verbStart + 1).map((l) => l.replace(/#.*/, '').trim());
    const headers = body.filter((l) => l.startsWith('---'));
    const verbLines = body.filter((l) => l !== '' && !l.startsWith('-') && !l.startsWith('~'));
    expect(headers.length).toBe(397);
    expect(dict.blocks.length).toBe(headers.length);
    expect(verbLines.length).toBe(1817);
    expect(dict.verbs.length).toBe(verbLines.length);
    expect(dict.transformations.length).toBe(8);
  });

  it('flags the four patterns that name a synset the file never defines', () => {
    const flagged = dict.patterns.filter((p) => p.undefinedSynsets).map((p) => [p.line, p.undefinedSynsets]);
    expect(flagged).toEqual([
      [2406, ['&FIGHT_CRIM']],
      [3887, ['&FIGHT_GAMES']],
      [8443, ['&WEATHER']],
      [8444, ['&DEMONSTRATION']],
    ]);
  });

  it('reads every code as a CAMEO code (root 01–20) or the null code', () => {
    const codes = [
      ...dict.patterns.map((p) => p.code),
      ...dict.blocks.map((b) => b.code),
      ...dict.verbs.flatMap((v) => (v.code ? [v.code] : [])),
    ];
    const roots = codes
      .flatMap((c) => [c.code, c.reverse])
      .flatMap((x) => (x === null ? [] : [Number(x.slice(0, 2))]));
    expect(roots.length).toBeGreaterThan(4000);
    expect(roots.filter((r) => !(r >= 1 && r <= 20))).toEqual([]);
  });

  it('reads patterns into noun and prepositional phrases', () => {
    const p = (n: number) => dict.patterns.find((x) => x.line === n)!;
    // - * SERIES (OF ATTACKS) [190]
    expect(p(899).post).toEqual([
      { kind: 'np', head: { kind: 'word', words: ['series'] }, modifiers: [], consecutive: false },
      {
        kind: 'pp',
        prep: 'of',
        objects: [
          { kind: 'np', head: { kind: 'word', words: ['attacks'] }, modifiers: [], consecutive: false },
        ],
      },
    ]);
    // - FIGHTER_&AIRCRAFT * [195]
    expect(p(8781).pre).toEqual([
      {
        kind: 'np',
        head: { kind: 'synset', name: '&AIRCRAFT' },
        modifiers: [{ kind: 'word', words: ['fighter'] }],
        consecutive: true,
      },
    ]);
    expect(p(8781).code).toEqual({ code: '195', reverse: null, raw: '195' });
  });

  it('the committed cameo.json.gz is a fresh build of the vendored files (npm run build:cameo)', () => {
    const committed = JSON.parse(gunzipSync(readFileSync(CAMEO_FILE)).toString('utf8'));
    const fresh = compileCameo(TEXT, PLOVER, committed.sources);
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
  });
});

describe('parseVerbDictionary on dictionaries written here', () => {
  const small = parseVerbDictionary(
    [
      '####### SYNONYM SETS #######',
      '&PACT',
      '+TREATY',
      '+PEACE_ACCORD',
      '+CEASE-FIRE',
      '+CASH_',
      '',
      '####### VERB PATTERNS #######',
      '---  GRANT   [070]  ---',
      'GIVE {GIVES GIVING GAVE GIVEN }  # a comment',
      'DONATE [071]',
      '+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER} [072]',
      'SCRAP {SCRAPS};tabari comment',
      '- * {FOOD AID} (TO +)                 [073]   # GIVE',
      '- $ * &PACT                           [042:043]',
      '- * (BEFORE COURT)                    [:173]',
      '- * NOTHING                           [---]',
      '- * (UNBALANCED                       [010]',
      '~ a (a b ATTACK) SAY = a b 015',
    ].join('\n'),
  );

  it('reads synset members as lower-case words, dropping the no-plural mark', () => {
    expect(small.synsets).toEqual([
      { name: '&PACT', line: 2, members: [['treaty'], ['peace', 'accord'], ['cease-fire'], ['cash']] },
    ]);
  });

  it('reads verbs with given forms, regular forms, own codes and multi-word verbs', () => {
    const v = small.verbs.map(({ lemma, front, back, forms, code }) => ({
      lemma,
      front,
      back,
      forms,
      code: code?.raw ?? null,
    }));
    expect(v).toEqual([
      { lemma: 'give', front: [], back: [], forms: ['gives', 'giving', 'gave', 'given'], code: null },
      { lemma: 'donate', front: [], back: [], forms: ['donates', 'donated', 'donating'], code: '071' },
      { lemma: 'hand', front: [], back: ['over'], forms: ['hands', 'handed', 'handing'], code: '072' },
      { lemma: 'scrap', front: [], back: [], forms: ['scraps'], code: null },
    ]);
  });

  it('reads paired, one-sided and null codes', () => {
    expect(small.patterns.map((p) => [p.code.code, p.code.reverse])).toEqual([
      ['073', null],
      ['042', '043'],
      [null, '173'],
      [null, null],
    ]);
    expect(parseEventCode('042:043')).toEqual({ code: '042', reverse: '043', raw: '042:043' });
    expect(parseEventCode('---')).toEqual({ code: null, reverse: null, raw: '---' });
    expect(parseEventCode('abc')).toBeNull();
    expect(parseEventCode('')).toBeNull();
  });

  it('lists the bad line and keeps the transformation', () => {
    expect(small.skipped).toEqual([
      {
        line: 18,
        text: '- * (UNBALANCED                       [010]',
        reason: 'pattern syntax: "(" is not closed',
      },
    ]);
    expect(small.transformations).toEqual([{ line: 19, text: '~ a (a b ATTACK) SAY = a b 015' }]);
  });

  it('makes regular forms by English spelling rules', () => {
    expect(regularForms('accuse')).toEqual(['accuses', 'accused', 'accusing']);
    expect(regularForms('deploy')).toEqual(['deploys', 'deployed', 'deploying']);
    expect(regularForms('supply')).toEqual(['supplies', 'supplied', 'supplying']);
    expect(regularForms('push')).toEqual(['pushes', 'pushed', 'pushing']);
  });

  it('expands a synset in a pattern to its members, one- or many-word, hyphenated or not', () => {
    const compiled = indexCameo(
      compileCameo(
        [
          '####### SYNONYM SETS #######',
          '&PACT',
          '+TREATY',
          '+PEACE_ACCORD',
          '+CEASE-FIRE',
          '',
          '####### VERB PATTERNS #######',
          '---  SIGN   [---]  ---',
          'SIGN',
          '- * &PACT [057]',
          '',
        ].join('\n'),
        '',
        {
          verbs: { file: 'x', sha256: '' },
          plover: { file: 'y', sha256: '' },
        },
      ),
    );
    // "signed the X": hand-built trees, the verb is token 2
    const signed = (...object: string[]): TreeToken[] => [
      { id: 1, form: 'They', lemma: 'they', upos: 'PRON', head: 2, deprel: 'nsubj' },
      { id: 2, form: 'signed', lemma: 'sign', upos: 'VERB', head: 0, deprel: 'root' },
      { id: 3, form: 'the', lemma: 'the', upos: 'DET', head: 3 + object.length, deprel: 'det' },
      ...object.map((w, i) => ({
        id: 4 + i,
        form: w,
        lemma: w.replace(/s$/, ''),
        upos: w === '-' ? 'PUNCT' : 'NOUN',
        head: i === object.length - 1 ? 2 : 3 + object.length,
        deprel: i === object.length - 1 ? 'obj' : w === '-' ? 'punct' : 'compound',
      })),
    ];
    const code = (...w: string[]) => {
      const m = matchCameo(compiled, signed(...w), 2);
      return m === null ? 'not in the dictionary' : m.code;
    };
    expect(code('treaty')).toBe('057');
    expect(code('treaties')).toBe('057');
    expect(code('peace', 'accord')).toBe('057');
    expect(code('cease', '-', 'fire')).toBe('057');
    expect(code('cease-fire')).toBe('057');
    // "peace accord" is one member: both words, in order; the block's code is the null code
    expect(code('accord')).toBe(null);
    expect(code('letter')).toBe(null);
  });
});
