/**
 * The actors the Phoenix dictionaries type: codes, roles and countries at the article's date, with
 * their trail; group actors from nationality or place + agent noun; proper-noun chains kept whole.
 * Every sentence here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';
import { MARKET_INDICES } from '@/lib/nlp/lexicon/not-actors';
import { surnameOf } from '@/lib/nlp/actors/names';

function actors(text: string, published: string | null = '2016-11-15') {
  const x = extractDocument({ id: 'doc', title: '', text, published, path: 'test' });
  return [...x.actors.values()];
}
const byId = (text: string, id: string, published?: string | null) =>
  actors(text, published).find((a) => a.id === id);

describe('codes at the date of the article', () => {
  it.each([
    ['Vladimir Putin visited a factory in Tula.', 'vladimir-putin', '1996-04-02', 'RUSELI'],
    ['Vladimir Putin visited a factory in Tula.', 'vladimir-putin', '2016-04-02', 'RUSGOV'],
    ['Donald Trump toured a golf course in Ayrshire.', 'donald-trump', '2016-06-24', 'USAELI'],
    ['Donald Trump toured a golf course in Ayrshire.', 'donald-trump', '2019-07-13', 'USAGOV'],
    ['Dmitry Medvedev opened a bridge in Kazan.', 'dmitry-medvedev', '2010-08-30', 'RUSGOV'],
  ])('%j on %s: %s', (text, id, day, code) => {
    expect(byId(text, id, day)?.code).toBe(code);
  });

  it('keeps the trail of the entry and the dated code', () => {
    const putin = byId('Vladimir Putin visited a factory in Tula.', 'vladimir-putin', '2016-04-02');
    expect(putin?.role).toBe('GOV');
    expect(putin?.trail?.[0]).toMatch(
      /^from the Phoenix countries list \(line \d+\), RUSGOV from \d{4}-\d\d-\d\d$/,
    );
  });

  it('types a past leader the countries list knows: a person, with the state and the role of the day', () => {
    const amin = byId('Hafizullah Amin received the envoy in Kabul.', 'hafizullah-amin', '1979-10-01');
    expect(amin).toMatchObject({ kind: 'person', country: 'AFG', code: 'AFGGOV', role: 'GOV' });
    expect(amin?.trail?.[0]).toMatch(/AFGGOV 1979-09-16 to 1979-12-27$/);
  });

  it('knows leaders since 2014 from the additions', () => {
    expect(byId('Kim Jong-un inspected a missile factory.', 'kim-jong-un', '2017-09-03')).toMatchObject({
      country: 'PRK',
      code: 'PRKGOV',
    });
  });

  it('gives an armed group its state and role', () => {
    const h = byId('Hezbollah fighters shelled a village on the border.', 'hezbollah');
    expect(h).toMatchObject({ country: 'LBN', code: 'LBNREB', role: 'REB' });
  });
});

describe('group actors: nationality or place + agent noun', () => {
  it.each([
    ['Italian truckers blocked the motorway near Bologna.', 'ita-truckers', 'ITA', 'LAB'],
    ['Protesters in Caracas burned tyres outside the ministry.', 'ven-protesters', 'VEN', 'OPP'],
    ['Students of Tehran marched to the university gates.', 'irn-students', 'IRN', 'EDU'],
    ['Kenyan nurses walked out of the public hospitals.', 'ken-nurses', 'KEN', 'HLH'],
    // the longer of the project's noun and the Phoenix agent
    [
      'Opposition parties in Bolivia walked out of the assembly in protest.',
      'bol-opposition-parties',
      'BOL',
      'OPP',
    ],
    // a people without a state, coded as the Phoenix lists code it
    ['Kurdish fighters shelled the positions of the militants near the town.', 'kur-fighters', 'KUR', 'REB'],
    // "New" opens the city's name: it is no filler word
    ['Residents of New Delhi protested against the water cuts.', 'ind-residents', 'IND', 'CVL'],
  ])('%j → %s', (text, id, country, role) => {
    expect(byId(text, id)).toMatchObject({ kind: 'group', country, role, code: `${country}${role}` });
  });

  it('the agents list gives the nouns the project lists lack, and says so', () => {
    const g = byId('Kenyan surgeons walked out of the public hospitals.', 'ken-surgeons');
    expect(g).toMatchObject({ kind: 'group', code: 'KENHLH' });
    expect(g?.trail?.[0]).toMatch(/from the Phoenix agents list \(line \d+\), ~HLH/);
  });

  it.each([
    // one person, not a group: the adjective stands for the state, as before
    ['An Italian trucker was fined in Munich.', 'ita-trucker'],
    // a compound, not a noun: "rebel-held"
    ['Shells fell on Syrian rebel-held districts.', 'syr-rebel'],
    // no state for the group: no actor
    ['Nurses walked out of the hospitals.', 'nurses'],
  ])('no group in %j', (text, id) => {
    expect(byId(text, id)).toBeUndefined();
  });
});

describe('proper-noun chains stay one name', () => {
  it.each([
    ['Qatar Airways cancelled its flights to the coast.', 'qatar-airways', 'QAT'],
    ['The Bank of England kept its rates on hold.', 'bank-of-england', 'GBR'],
    // a state's name opening the sentence, untagged as a name
    [
      'Emirates Airline ordered new engines from the supplier for its fleet of jets.',
      'emirates-airline',
      'ARE',
    ],
  ])('%j names %s, not the state', (text, id, country) => {
    const found = actors(text);
    expect(found.find((a) => a.id === id)).toMatchObject({ kind: 'organization', country });
    expect(found.find((a) => a.kind === 'country')).toBeUndefined();
  });

  it('an organisation "X of <state>" takes the state', () => {
    const bank = byId('The central bank said the Bank of Japan had been too cautious.', 'bank-of-japan');
    expect(bank).toMatchObject({ kind: 'organization', country: 'JPN' });
  });

  it('a state named before another state is still two states', () => {
    const ids = actors('Talks between Russia and Ukraine resumed in Minsk.').map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['russia', 'ukraine']));
  });
});

describe('not actors', () => {
  it.each(MARKET_INDICES.map((r) => [r.example, r.name]))('%j names no actor (%s)', (text, name) => {
    expect(actors(text).filter((a) => a.name.includes(name))).toEqual([]);
  });

  it('an index word that goes on as a name is a company', () => {
    expect(byId('Dow Chemical agreed to sell a plant to Saudi Aramco.', 'dow-chemical')).toBeDefined();
  });

  it.each([
    ['Fans filled the stadium for the Champions League final in Lisbon.', 'champions-league'],
    ['The airline grounded the 737 Max after the crash.', 'max'],
  ])('%j: no %s', (text, id) => {
    expect(byId(text, id)).toBeUndefined();
  });

  it('a count before a name is no model number', () => {
    const found = actors('Some 300 Siemens engineers met Alstom managers, and Siemens praised Alstom.');
    expect(found.map((a) => a.id)).toEqual(expect.arrayContaining(['siemens']));
  });

  it('a single word of the discards list may still be an actor: the list marks sentences, not names', () => {
    const found = actors('The Beatles sued the label, and the label sued the Beatles.');
    expect(found.map((a) => a.id)).toContain('beatles');
  });
});

describe("the event's trail", () => {
  it('names the verb class, then each actor with the origin of its code', () => {
    const x = extractDocument({
      id: 'doc',
      title: '',
      text: 'Vladimir Putin criticised Hezbollah on Tuesday.',
      published: '2016-04-12',
      path: 'test',
    });
    expect(x.events[0]?.trail).toEqual([
      expect.stringMatching(/^CAMEO \d+ \(\w[\w ]*\) from the verb class of "criticised"$/),
      expect.stringMatching(
        /^source Vladimir Putin: from the Phoenix countries list \(line \d+\), RUSGOV from /,
      ),
      expect.stringMatching(
        /^target Hezbollah: from the Phoenix armed non-state groups list \(line \d+\), LBNREB$/,
      ),
    ]);
  });
});

describe('one leader, two names', () => {
  it('"Xi" alone is Xi Jinping (the family name comes first; "Xi" is no regnal number)', () => {
    const found = actors(
      'Xi Jinping met the French president in Beijing. Xi praised the talks.',
      '2019-03-26',
    );
    expect(found.map((a) => a.id)).not.toContain('xi');
    expect(found.find((a) => a.id === 'xi-jinping')?.aliases).toContain('Xi');
  });

  it.each([
    ['Xi Jinping', 'CHN', 'Xi'],
    ['Kim Jong-un', 'PRK', 'Kim'],
    ['Charles III', 'GBR', 'Charles'],
    ['Ferdinand Marcos Jr.', 'PHL', 'Marcos'],
  ])('surnameOf(%j, %s) is %s', (name, country, surname) => {
    expect(surnameOf(name, country)).toBe(surname);
  });
});

describe('offices', () => {
  it('the holder named by office alone is coded by the name the lexicon gives: "the Russian president" in 2010', () => {
    const holder = actors('The Russian president opened a bridge in Kazan.', '2010-08-30').find(
      (a) => a.kind === 'person',
    );
    expect(holder).toMatchObject({ id: 'dmitry-medvedev', code: 'RUSGOV' });
  });

  it('an office whose holder is unknown is coded by its state and sector', () => {
    const found = actors('The Malawian finance minister resigned on Friday.', '2016-06-03');
    expect(found.find((a) => a.code?.startsWith('MWI'))).toMatchObject({ role: 'GOV' });
  });
});
