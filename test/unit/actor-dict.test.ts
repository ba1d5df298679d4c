import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentLines,
  parseActorDictionary,
  parseAgentDictionary,
  parseCode,
  parseDiscards,
  petrarchDate,
  regularPlural,
} from '@/lib/nlp/actors/dict/parse';
import { TokenTrie } from '@/lib/nlp/actors/dict/automaton';
import { actorDictionaries, actorsOf, codeAt, codeEntries, readCode } from '@/lib/nlp/actors/dict';
import { compileDictionaries, displayName, phraseKey } from '@/lib/nlp/actors/dict/build';
import {
  ACTOR_FILES,
  AGENT_FILE,
  COMPILED_FILE,
  DISCARD_FILE,
  decodeCompiled,
} from '@/lib/nlp/actors/dict/compiled';

const DIR = path.dirname(COMPILED_FILE);
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

describe('PETRARCH dates and codes', () => {
  it.each([
    ['120507', '2012-05-07'],
    ['300101', '2030-01-01'], // 00–30 are 20YY
    ['310101', '1931-01-01'],
    ['20170120', '2017-01-20'],
    ['2017012099', '2017-01-20'], // after the eighth digit: ignored
    ['120230', null], // no 30 February
    ['000229', '2000-02-29'],
    ['12057', null],
  ])('petrarchDate(%j) is %j', (s, iso) => expect(petrarchDate(s)).toBe(iso));

  it.each([
    ['RUSGOV', { code: 'RUSGOV', from: null, to: null }],
    ['RUSGOV >120507', { code: 'RUSGOV', from: '2012-05-07', to: null }],
    ['RUSGOV > 120507', { code: 'RUSGOV', from: '2012-05-07', to: null }],
    ['RUSGOV 120507', { code: 'RUSGOV', from: '2012-05-07', to: null }],
    ['AFGGOV <780427', { code: 'AFGGOV', from: null, to: '1978-04-26' }],
    ['USAGOV 20170120-20210119', { code: 'USAGOV', from: '2017-01-20', to: '2021-01-19' }],
    ['USAELI 740101-090120', { code: 'USAELI', from: '1974-01-01', to: '2009-01-20' }],
  ])('parseCode(%j)', (inner, code) => expect(parseCode(inner)).toEqual({ code }));

  it('"---" is no code, and a date it cannot read is an error, not a silent undated code', () => {
    expect(parseCode('---')).toEqual({ code: null });
    expect(parseCode('XYZGOV 991340-000101').code).toBeNull();
    expect(parseCode('XYZGOV 991340-000101').error).toMatch(/bad date/);
  });
});

describe('parseActorDictionary', () => {
  const text = [
    '# a header comment',
    '<!-- an XML comment',
    'that runs over two lines -->',
    'FREEDONIA_  [FRE]',
    '+FREEDONIAN_ # a comment after a synonym',
    '+THE_GRAND_DUCHY_OF_FREEDONIA',
    '+Rufus T.Firefly',
    '',
    'RUFUS_FIREFLY_  # CountryInfo.txt',
    '+PRESIDENT_FIREFLY',
    '\t[FREELI 330101-331117]',
    '\t[FREGOV >331117]',
    '  \t[FREELI]',
    'SYLVANIA_ARMY_ [SYLMIL] [SYLREB <330101]',
    'BLANK_ENTRY_',
    'LOST_LINE_GROUP [XYZREB]',
    '+FIRST_NAME_OF_IT+_SECOND_NAME_OF_IT',
    'BAD_DATE_GROUP [XYZREB 331340-340101]',
  ].join('\n');
  const { entries, problems } = parseActorDictionary(text);

  it('makes one entry per primary phrase, with its synonyms', () => {
    expect(entries.map((e) => e.name.join(' '))).toEqual([
      'FREEDONIA',
      'RUFUS FIREFLY',
      'SYLVANIA ARMY',
      'BLANK ENTRY',
      'LOST LINE GROUP',
      'BAD DATE GROUP',
    ]);
    expect(entries[0]!.phrases).toEqual([
      ['FREEDONIA'],
      ['FREEDONIAN'],
      ['THE', 'GRAND', 'DUCHY', 'OF', 'FREEDONIA'],
      // blanks separate words as underscores do
      ['RUFUS', 'T.FIREFLY'],
    ]);
  });

  it('reads codes on the entry line and on indented lines, with their dates', () => {
    expect(entries[0]!.codes).toEqual([{ code: 'FRE', from: null, to: null }]);
    expect(entries[1]!.codes).toEqual([
      { code: 'FREELI', from: '1933-01-01', to: '1933-11-17' },
      { code: 'FREGOV', from: '1933-11-17', to: null },
      { code: 'FREELI', from: null, to: null },
    ]);
    expect(entries[2]!.codes).toEqual([
      { code: 'SYLMIL', from: null, to: null },
      { code: 'SYLREB', from: null, to: '1932-12-31' },
    ]);
    expect(entries[1]!.line).toBe(9);
  });

  it('keeps an entry with no code (PETRARCH codes nothing for it)', () => {
    expect(entries[3]!.codes).toEqual([]);
  });

  it('splits a synonym line that lost its line break at the inner "+"', () => {
    expect(entries[4]!.phrases.map((p) => p.join(' '))).toEqual([
      'LOST LINE GROUP',
      'FIRST NAME OF IT',
      'SECOND NAME OF IT',
    ]);
  });

  it('reports what it skips, with the line', () => {
    expect(problems).toEqual([{ line: 18, message: expect.stringMatching(/bad date/) }]);
    expect(entries[5]!.codes).toEqual([]);
  });

  it('reports codes and synonyms that come before any entry', () => {
    const r = parseActorDictionary('+ORPHAN\n[ABCGOV]\nREAL [ABC]');
    expect(r.entries).toHaveLength(1);
    expect(r.problems.map((p) => p.line)).toEqual([1, 2]);
  });
});

describe('parseAgentDictionary', () => {
  const text = [
    '!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON',
    'POLICE {} [~COP]',
    'RIOT_POLICE!PERSON! [~COP]',
    'MILITARY_ATTACHE [~MIL] # a comment',
    'SECRETARY [~GOV]',
    'BOSS [~BUS]',
    'ATTORNEY_GENERAL {ATTORNEYS_GENERAL ATTORNEY_GENERALS} [~JUD]',
    'HUMAN_RIGHTS_BODY  [NGO~]',
    'CRAFTS!PERSON![~LAB]',
    'NO_CODE_HERE',
    'CHAIR!NOBODY! [~GOV]',
  ].join('\n');
  const { entries, problems } = parseAgentDictionary(text);
  const forms = (k: number) => entries[k]!.forms.map((f) => f.join(' '));

  it('{} makes no plural', () => expect(forms(0)).toEqual(['POLICE']));
  it('a substitution set gives one form per member, with no plural made', () =>
    expect(forms(1)).toEqual([
      'RIOT POLICEMAN',
      'RIOT POLICEMEN',
      'RIOT POLICEWOMAN',
      'RIOT POLICEWOMEN',
      'RIOT POLICEPERSON',
    ]));
  it('regular plurals go on the last word', () => {
    expect(forms(2)).toEqual(['MILITARY ATTACHE', 'MILITARY ATTACHES']);
    expect(forms(3)).toEqual(['SECRETARY', 'SECRETARIES']);
    expect(forms(4)).toEqual(['BOSS', 'BOSSES']);
    expect(regularPlural(['ENVOY'])).toEqual(['ENVOYS']);
  });
  it('irregular plurals come from the braces', () =>
    expect(forms(5)).toEqual(['ATTORNEY GENERAL', 'ATTORNEYS GENERAL', 'ATTORNEY GENERALS']));
  it('the tilde says where the code goes', () => {
    expect(entries[0]).toMatchObject({ code: 'COP', placement: 'suffix' });
    expect(entries[6]).toMatchObject({ code: 'NGO', placement: 'prefix' });
  });
  it('a code right after the marker still reads', () => expect(forms(7)).toContain('CRAFTSWOMAN'));
  it('reports an agent without a code and an unknown set', () => {
    expect(entries).toHaveLength(8);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [10, expect.stringMatching(/without a code/)],
      [11, expect.stringMatching(/NOBODY/)],
    ]);
  });
});

describe('parseDiscards', () => {
  it('"+" marks a story-level discard; comments and blank lines go', () => {
    const r = parseDiscards('# header\nCHESS OLYMPIAD  # sl 2009\n\n+HORSE_RACING\n');
    expect(r.entries).toEqual([
      { phrase: ['CHESS', 'OLYMPIAD'], story: false, line: 2 },
      { phrase: ['HORSE', 'RACING'], story: true, line: 4 },
    ]);
  });
});

describe('the vendored files: nothing dropped in silence', () => {
  /**
   * Lines that open an actor entry, counted without the parser: once trimmed, not a comment, a
   * synonym or a code (one entry line is indented in the international list).
   */
  const primaryLines = (text: string) =>
    text.split(/\r?\n/).filter((l) => !l.startsWith('#') && /^[^#+[<]/.test(l.split('#')[0]!.trim())).length;

  it.each(ACTOR_FILES)('%s: one entry for every primary line', (file) => {
    const text = read(file);
    const { entries } = parseActorDictionary(text);
    expect(entries.length).toBe(primaryLines(text));
    expect(entries.length).toBeGreaterThan(0);
  });

  it('the agents: one entry for every line with a code; every other line is a set or a reported problem', () => {
    const text = read(AGENT_FILE);
    const lines = contentLines(text);
    const withCode = text
      .split(/\r?\n/)
      .filter((l) => !l.startsWith('#') && l.split('#')[0]!.includes('[')).length;
    const sets = lines.filter((l) => /^!\w+!\s*=/.test(l.text)).length;
    const { entries, problems } = parseAgentDictionary(text);
    expect(entries.length).toBe(withCode);
    expect(entries.length + problems.length + sets).toBe(lines.length);
  });

  it('the discards: one entry for every non-comment line', () => {
    const text = read(DISCARD_FILE);
    const expected = text
      .split(/\r?\n/)
      .filter((l) => !l.startsWith('#') && l.split('#')[0]!.trim() !== '').length;
    expect(parseDiscards(text).entries.length).toBe(expected);
  });

  it('the compiled file is in step with the text files (npm run build:actor-dict)', () => {
    const { compiled } = compileDictionaries(read);
    const committed = decodeCompiled(readFileSync(COMPILED_FILE));
    expect(committed.actors.length).toBe(compiled.actors.length);
    const flat = (d: typeof compiled) => ({
      actors: d.actors.map((a) => [a.file, a.line, a.name, a.codes]),
      agents: d.agents,
      discards: d.discards,
      automaton: d.automaton && {
        ...d.automaton,
        edges: [...d.automaton.edges],
        payloads: [...d.automaton.payloads],
      },
    });
    expect(flat(committed)).toEqual(flat(compiled));
  }, 120_000);
});

describe('names and phrase keys', () => {
  it.each([
    [['BANK', 'OF', 'ENGLAND'], 'Bank of England'],
    [['KIM', 'JONG-UN'], 'Kim Jong-Un'],
    [['U.N.'], 'U.N.'],
  ])('displayName(%j) is %j', (w, name) => expect(displayName(w)).toBe(name));
  it('phrases are tokenised as the text is', () => {
    expect(phraseKey(['U.S.', 'OFFICIALS'])).toBe('u.s. officials');
  });
});

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.add(['bank', 'of', 'england'], 'boe');
  trie.add(['england'], 'eng');
  trie.add(['bank'], 'bank');
  trie.add(['new', 'york', 'times'], 'nyt');
  trie.add(['new', 'york'], 'ny');

  it('takes the longest phrase at each start, left to right, never overlapping', () => {
    const keys = 'the bank of england and the new york times in new york'.split(' ');
    expect(trie.matchAll(keys).map((h) => [h.start, h.end, h.payloads])).toEqual([
      [1, 4, ['boe']],
      [6, 9, ['nyt']],
      [10, 12, ['ny']],
    ]);
  });
  it('falls back to a shorter phrase when the longer one breaks off', () => {
    expect(trie.longestAt('bank of scotland'.split(' '), 0)).toMatchObject({ end: 1, payloads: ['bank'] });
  });
  it('stops at the given end', () => {
    expect(trie.longestAt('new york times'.split(' '), 0, 2)).toMatchObject({ end: 2, payloads: ['ny'] });
  });
  it('knows whether a token opens a phrase', () => {
    expect(trie.starts('new')).toBe(true);
    expect(trie.starts('york')).toBe(false);
  });
});

describe('codes at a date', () => {
  const codes = [
    { code: 'FREELI', from: '1990-01-01', to: '2001-12-31' },
    { code: 'FREGOV', from: '2002-01-01', to: null },
    { code: 'FREELI', from: '2010-06-01', to: null }, // left office: a later fact
    { code: 'FREOPP', from: null, to: null },
  ];
  it.each([
    ['1995-05-05', 'FREELI'],
    ['2002-01-01', 'FREGOV'], // the first day of office
    ['2010-05-31', 'FREGOV'], // the last
    ['2010-06-01', 'FREELI'],
    ['1980-01-01', 'FREOPP'], // no dated code holds: the undated one
    [null, 'FREOPP'],
  ])('on %s the code is %s', (day, code) => expect(codeAt(codes, day)?.code).toBe(code));

  it.each([
    ['RUSGOV', { country: 'RUS', role: 'GOV' }],
    ['USAGOVMIL', { country: 'USA', role: 'GOV' }],
    ['IGOUNO', { country: 'IGO', role: null }],
    ['MNCUSA', { country: 'USA', role: 'BUS' }],
    ['LBNREB', { country: 'LBN', role: 'REB' }],
    ['VEN', { country: 'VEN', role: null }],
  ])('readCode(%j)', (code, read) => expect(readCode(code)).toEqual(read));
});

describe('dated roles in the dictionaries, across a change of office', () => {
  const d = actorDictionaries();
  const coded = (name: string, day: string | null) => {
    const hit = d.trie.get(phraseKey(name.toUpperCase().split(' ')).split(' '));
    return hit ? codeEntries(actorsOf(d, hit), day) : null;
  };
  it.each([
    ['Vladimir Putin', '1995-03-01', 'RUSELI'],
    ['Vladimir Putin', '2016-03-01', 'RUSGOV'],
    ['Donald Trump', '2016-03-01', 'USAELI'],
    ['Donald Trump', '2018-03-01', 'USAGOV'],
    ['Donald Trump', '2022-03-01', 'USAELI'],
    ['Donald Trump', '2025-03-01', 'USAGOV'],
    ['Angela Merkel', '2015-03-01', 'DEUGOV'],
    ['Angela Merkel', '2023-03-01', 'DEUELI'],
    ['Ban Ki-moon', '2010-03-01', 'IGOUNO'],
    ['Ban Ki-moon', '2018-03-01', 'KORELI'],
  ])('%s on %s is %s', (name, day, code) => expect(coded(name, day)?.code).toBe(code));

  it('says where the code came from', () => {
    expect(coded('Donald Trump', '2018-03-01')?.trail).toMatch(
      /^from the project's additions to the Phoenix lists \(line \d+\), USAGOV 2017-01-20 to 2021-01-19$/,
    );
    expect(coded('Vladimir Putin', '2016-03-01')?.trail).toMatch(
      /^from the Phoenix countries list \(line \d+\), RUSGOV from /,
    );
  });

  it('loads within the bar', () => {
    // the bar is 300 ms on an idle core; the tests share the machine, so only a gross regression fails
    expect(d.loadMs).toBeLessThan(1500);
  });
});
