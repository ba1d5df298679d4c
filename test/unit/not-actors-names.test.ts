/**
 * Names that are whole, places that belong to the state written after them, and words that look
 * like actors and are not: title fragments, products and models, headings' labels (issue 13).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';

const extract = (text: string) =>
  extractDocument({ id: 'doc', title: '', text, published: '2016-05-10', path: 'test' });
const actors = (text: string) => [...extract(text).actors.keys()];

describe('a name written with hyphens is one name', () => {
  it.each<[string, string, string[]]>([
    ['Shoppers crowded Wal-Mart stores across Ohio before the holiday weekend.', 'wal-mart', ['wal', 'mart']],
    [
      'Rolls-Royce won a large engine order from an Indian airline last year.',
      'rolls-royce',
      ['rolls', 'royce'],
    ],
    ['Investors dumped Hewlett-Packard after the profit warning on Tuesday.', 'hewlett-packard', ['packard']],
    // text that spaces its hyphens, where the parse joins the two words as one name
    ['Analysts expect Wal - Mart to raise wages again next spring.', 'wal-mart', ['wal', 'mart']],
  ])('%s', (text, whole, pieces) => {
    const got = actors(text);
    expect(got).toContain(whole);
    for (const p of pieces) expect(got).not.toContain(p);
  });

  it('keeps two states joined by a spaced hyphen apart', () => {
    const got = actors('The Russia - Ukraine talks stalled in Minsk on Friday.');
    expect(got).toEqual(expect.arrayContaining(['russia', 'ukraine']));
  });
});

describe('a place written with its region or state after a comma lies in that state', () => {
  it.each<[string, string, string, string | null]>([
    [
      'Firefighters in San Jose, California, contained a large blaze on Tuesday.',
      'san-jose',
      'USA',
      'costa-rica',
    ],
    ['The festival moved from Paris, Texas, to a larger town nearby.', 'paris', 'USA', 'france'],
    ['A car plant in Cordoba, Argentina, will shut for two weeks.', 'cordoba', 'ARG', null],
    ['Residents of Portland, Maine, voted to expand the harbour.', 'portland', 'USA', null],
  ])('%s', (text, place, state, notState) => {
    const doc = extract(text);
    expect(doc.actors.get(place)?.country).toBe(state);
    if (notState) expect([...doc.actors.keys()]).not.toContain(notState);
  });

  it("keeps a capital written with its own state, and a list of capitals, as the states' own", () => {
    expect(actors('The minister flew to San Jose, Costa Rica, for the regional meeting.')).toContain(
      'costa-rica',
    );
    expect(actors('Envoys shuttled between Moscow, Washington and Beijing over the crisis.')).toEqual(
      expect.arrayContaining(['russia', 'united-states', 'china']),
    );
  });

  it('leaves a state that opens the next clause alone', () => {
    // the state after the comma owns something, or is the subject of the next clause
    const owned = actors('The envoys met in Amman, Syria’s foreign ministry said on Sunday.');
    expect(owned).toContain('jordan');
    expect(owned).not.toContain('amman');
    const clause = actors('After two days of talks in Lima, Chile urged Bolivia to reopen the border.');
    expect(clause).toContain('peru');
    expect(clause).not.toContain('lima');
    // a US state's name (Washington) that a verb follows is the next clause's subject
    const next = actors('If Pyongyang attacked Seoul, Washington would respond, the Pentagon warned.');
    expect(next).toContain('south-korea');
    expect(next).not.toContain('seoul');
  });
});

describe('words of a title with no one named are no actor', () => {
  it.each([
    'Lena Park, the Orbitex Chief Executive Officer, resigned on Friday.',
    "The bank's Chief Executive Officer denied the report in a letter to staff.",
  ])('%s', (text) => {
    expect(actors(text)).not.toContain('executive-officer');
  });

  it("makes the name before a company's title and a person an organisation", () => {
    const doc = extract(
      'On Monday the Orbitex Chief Executive Officer Lena Park told reporters that sales had doubled.',
    );
    expect(doc.actors.get('orbitex')).toMatchObject({ kind: 'organization', guessed: false });
    expect([...doc.actors.keys()]).toContain('lena-park');
    expect([...doc.actors.keys()]).not.toContain('executive-officer');
  });
});

describe('a product, a model, software or a weapon is no actor', () => {
  it.each<[string, string[], string[]]>([
    // a version or model number: a single capital, letters with digits, a number after the name
    ['Apple released Mac OS X Lion to its developers in the summer.', ['mac-os-x-lion'], ['apple']],
    [
      'Sony launched the PlayStation 4 in Europe before the holidays.',
      ['playstation', 'playstation-4'],
      ['sony'],
    ],
    ['Samsung recalled the Galaxy S7 after reports of overheating batteries.', ['galaxy-s7'], ['samsung']],
    // a brand in camel case, with more words of its name
    [
      'Reviewers praised the MacBook Air but said the MacBook Pro was too heavy.',
      ['macbook-air', 'macbook-pro'],
      [],
    ],
    ['Shoppers said iTunes Music Store pages kept crashing on Monday.', ['itunes-music-store'], []],
    // a model after its maker: the maker stays
    [
      'Airlines in Japan grounded every Boeing 787 Dreamliner after the battery fire.',
      ['dreamliner', 'boeing-787-dreamliner'],
      ['boeing'],
    ],
    ['The Pentagon ordered more F-35 jets from Lockheed Martin.', ['f-35', 'f'], ['lockheed-martin']],
    // a product noun after the name
    ['Critics said the Zentrix software leaked data from thousands of users.', ['zentrix'], []],
    // the object of a verb of releasing
    ['Nordvik unveiled Helios Studio at a meeting with investors in Oslo.', ['helios-studio'], []],
    ['The update works with the older players and the Video version of the device.', ['video'], []],
    // a weapon or a defence system, before the noun that says so
    ['Israel intercepted the rockets with its Iron Dome system near Gaza.', ['iron-dome'], ['israel']],
    // money, capitalised
    [
      'Traders said the Euro fell sharply against the Dollar after the vote in Athens.',
      ['euro', 'dollar'],
      [],
    ],
    [
      'Investors piled into Bitcoin as the Rupee weakened against other currencies.',
      ['bitcoin', 'rupee'],
      [],
    ],
  ])('%s', (text, gone, kept) => {
    const got = actors(text);
    for (const g of gone) expect(got).not.toContain(g);
    for (const k of kept) expect(got).toContain(k);
  });

  it('drops the acronym an event or a product was given where it recurs', () => {
    const got = actors(
      'Developers gathered for the Worldwide Developers Conference (WWDC) in San Francisco. At WWDC, Orbitex showed its new tools to the press.',
    );
    expect(got).not.toContain('wwdc');
    expect(got).toContain('orbitex');
    // named in a headline before the definition
    expect(
      actors(
        'Orbitex shows new tools at NDX\nOrbitex showed its tools at the Nordic Developers Expo (NDX) in Oslo on Monday.',
      ),
    ).not.toContain('ndx');
  });

  it('keeps companies written in camel case and people with regnal numbers', () => {
    expect(actors('PayPal froze the accounts of the charity after a complaint from a bank.')).toContain(
      'paypal',
    );
    expect(actors('BlackRock sued Vanguard in New York over the fund.')).toContain('blackrock');
    expect(actors('Charles III met Emmanuel Macron in Paris.')).toContain('charles-iii');
  });
});

describe("a heading's or caption's label is no actor", () => {
  it.each<[string, string]>([
    ['Video: Zorvanian envoys met Tobias Kellerman in Geneva.', 'video'],
    ['Update Kellerman told reporters the talks in Geneva would resume.', 'update'],
    ['Photo Protesters gathered outside the parliament in Accra on Monday.', 'photo'],
    ['Watch Kellerman explain why the talks in Geneva failed.', 'watch'],
  ])('%s', (text, label) => {
    expect(actors(text)).not.toContain(label);
  });
});
