import { describe, expect, it } from 'vitest';
import worldCountries from 'world-countries';
import {
  ADJECTIVE_INDEX,
  ALIAS_INDEX,
  AMBIGUOUS_ALIASES,
  AMBIGUOUS_COUNTRY_WORDS,
  COUNTRIES,
  COUNTRY_WORDS,
  GOVERNMENT_BODIES,
  GROUP_NOUNS,
  LEXICON_ACTORS,
  MEDIA,
  METONYM_INDEX,
  ORGANISATIONS,
  PEOPLE,
  REGION_ADJECTIVES,
  SEATS_OF_GOVERNMENT,
  TITLES,
  actorById,
  countryByIso3,
} from '@/lib/nlp/lexicon/actors';
import { parseRole } from '@/lib/nlp/lexicon/people';
import type { LexiconActor } from '@/lib/nlp/lexicon/types';

const ISO3 = new Set(worldCountries.map((c) => c.cca3));
/** The bloc codes the contract allows besides ISO alpha-3 codes. */
const BLOCS = new Set(['EUR', 'IGO', 'NGO', 'IMG', 'WST', 'ARB', 'AFR', 'ASA', 'LAM', 'MEA']);
const KINDS = new Set(['person', 'organization', 'country', 'group', 'media', 'other']);

/** Lower-case English words that must never be an alias (aliases match case-sensitively). */
// prettier-ignore
const STOPWORDS = ['who', 'us', 'it', 'is', 'as', 'at', 'an', 'a', 'the', 'and', 'or', 'of', 'in', 'on', 'to', 'by',
  'for', 'with', 'was', 'may', 'will', 'can', 'new', 'one', 'chad', 'sun', 'times', 'post', 'mail', 'independent',
  'guardian', 'time', 'fox', 'sky', 'congress', 'parliament', 'government', 'state', 'house', 'turkey', 'guinea',
  'china', 'jordan', 'amnesty', 'fed', 'dawn', 'nato', 'un', 'eu', 'he', 'she', 'they', 'we', 'said', 'says'];

const actor = (form: string): LexiconActor => {
  const list = ALIAS_INDEX.get(form);
  expect(list, `no actor is named "${form}"`).toBeDefined();
  expect(list, `"${form}" names more than one actor`).toHaveLength(1);
  return list![0]!;
};

describe('the lexicon as a whole', () => {
  it('has unique ids, made of slug characters', () => {
    const ids = LEXICON_ACTORS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every actor a non-empty name and a kind of the contract', () => {
    for (const a of LEXICON_ACTORS) {
      expect(a.name.trim(), a.id).not.toBe('');
      expect(KINDS.has(a.kind), `${a.id}: ${a.kind}`).toBe(true);
    }
  });

  it('ties every actor to a real ISO alpha-3 code or a bloc code', () => {
    for (const a of LEXICON_ACTORS) {
      if (a.country === null) continue;
      expect(ISO3.has(a.country) || BLOCS.has(a.country), `${a.id}: ${a.country}`).toBe(true);
    }
    for (const p of PEOPLE) expect(p.country, p.id).not.toBeNull();
    for (const c of COUNTRIES) expect(ISO3.has(c.country!), c.id).toBe(true);
  });

  it('has every part in size', () => {
    expect(COUNTRIES).toHaveLength(worldCountries.length);
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(100);
    expect(
      ORGANISATIONS.filter((o) => o.country === 'IGO' || o.country === 'EUR').length,
    ).toBeGreaterThanOrEqual(40);
    expect(MEDIA.length).toBeGreaterThanOrEqual(50);
    expect(PEOPLE.length).toBeGreaterThanOrEqual(300);
    expect(TITLES.length).toBeGreaterThanOrEqual(60);
    expect(GROUP_NOUNS.length).toBeGreaterThanOrEqual(40);
  });

  it('never makes a lower-case common word an alias ("who" is not WHO)', () => {
    for (const w of STOPWORDS) expect(ALIAS_INDEX.has(w), w).toBe(false);
    // every form starts with a capital, but for the Arabic article ("al-Qaeda") and the agency "dpa"
    for (const form of ALIAS_INDEX.keys()) {
      if (form !== 'dpa') expect(form, form).toMatch(/^(?:[\p{Lu}\p{N}]|al[- ]\p{Lu})/u);
    }
  });

  it('never starts an alias with "the", and has no empty or padded alias', () => {
    for (const a of LEXICON_ACTORS) {
      for (const alias of a.aliases) {
        expect(alias, a.id).not.toMatch(/^the\s/i);
        expect(alias.trim(), a.id).toBe(alias);
        expect(alias, a.id).not.toBe('');
      }
    }
  });

  it('indexes every name and alias of every actor', () => {
    for (const a of LEXICON_ACTORS) {
      for (const form of [a.name, ...a.aliases]) expect(ALIAS_INDEX.get(form), form).toContain(a);
    }
  });
});

describe('countries', () => {
  it('are named as news names them', () => {
    expect(actor('Russia')).toMatchObject({ id: 'russia', kind: 'country', country: 'RUS', code: 'RUS' });
    expect(actor('United States')).toMatchObject({ id: 'united-states', country: 'USA' });
    expect(actor('Turkey').id).toBe('turkey');
    expect(actor('Czech Republic').country).toBe('CZE');
    expect(actor('Ivory Coast').country).toBe('CIV');
    expect(actor('DR Congo').country).toBe('COD');
  });

  it.each([
    ['US', 'USA'],
    ['U.S.', 'USA'],
    ['USA', 'USA'],
    ['America', 'USA'],
    ['United States of America', 'USA'],
    ['Britain', 'GBR'],
    ['UK', 'GBR'],
    ['Great Britain', 'GBR'],
    ['Burma', 'MMR'],
    ['Holland', 'NLD'],
    ['Palestinian territories', 'PSE'],
    ['Vatican', 'VAT'],
    ['Taiwan', 'TWN'],
    ['Kosovo', 'UNK'],
    ['DRC', 'COD'],
    ['Democratic Republic of Congo', 'COD'],
    ['Republic of Congo', 'COG'],
    ['UAE', 'ARE'],
    ['Soviet Union', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['Türkiye', 'TUR'],
    ['North Korea', 'PRK'],
    ['DPRK', 'PRK'],
  ])('"%s" names %s', (alias, iso3) => {
    expect(actor(alias)).toMatchObject({ kind: 'country', country: iso3 });
  });

  it('keep no two-letter code but UK and US, nor any native-script name', () => {
    for (const c of COUNTRIES) {
      for (const alias of c.aliases) {
        if (/^[A-Z]{2}$/.test(alias)) expect(['UK', 'US'], `${c.id}: ${alias}`).toContain(alias);
        expect(alias, c.id).toMatch(/^[\p{Script=Latin}\p{Script=Common}\p{Mn}]+$/u);
      }
    }
    expect(ALIAS_INDEX.has('RU')).toBe(false);
    expect(ALIAS_INDEX.has('Россия')).toBe(false);
  });

  it('are found by ISO alpha-3', () => {
    expect(countryByIso3('HUN')?.name).toBe('Hungary');
    expect(countryByIso3('rus')?.id).toBe('russia');
    expect(countryByIso3('XYZ')).toBeUndefined();
    expect(countryByIso3(null)).toBeUndefined();
  });

  it('flag the words that are also something else', () => {
    for (const w of ['Chad', 'Jordan', 'Georgia', 'Turkey', 'Guinea']) {
      expect(AMBIGUOUS_COUNTRY_WORDS.has(w), w).toBe(true);
      expect(ALIAS_INDEX.get(w)?.[0]?.kind, w).toBe('country');
    }
    expect(AMBIGUOUS_COUNTRY_WORDS.has('Russia')).toBe(false);
    for (const w of ['Chad', 'IS', 'Times']) expect(AMBIGUOUS_ALIASES.has(w), w).toBe(true);
  });
});

describe('country adjectives', () => {
  it.each([
    ['Russian', 'RUS'],
    ['Hungarian', 'HUN'],
    ['British', 'GBR'],
    ['US', 'USA'],
    ['U.S.', 'USA'],
    ['American', 'USA'],
    ['UK', 'GBR'],
    ['Chinese', 'CHN'],
    ['Israeli', 'ISR'],
    ['Palestinian', 'PSE'],
    ['Saudi', 'SAU'],
    ['Emirati', 'ARE'],
    ['North Korean', 'PRK'],
    ['South Korean', 'KOR'],
    ['Serb', 'SRB'],
    ['Croat', 'HRV'],
    ['Azeri', 'AZE'],
    ['Dutch', 'NLD'],
    ['Swiss', 'CHE'],
    ['Filipino', 'PHL'],
    ['Philippine', 'PHL'],
    ['Burmese', 'MMR'],
    ['Congolese', 'COD'],
    ['Dominican', 'DOM'],
    ['French', 'FRA'],
    ['Indian', 'IND'],
    ['Norwegian', 'NOR'],
    ['Argentinian', 'ARG'],
    ['Nepali', 'NPL'],
    ['Kosovar', 'UNK'],
    ['Soviet', 'RUS'],
  ])('"%s" is of %s', (adjective, iso3) => {
    expect(ADJECTIVE_INDEX.get(adjective)).toBe(iso3);
  });

  it('leave out peoples that are not states', () => {
    expect(ADJECTIVE_INDEX.has('Kurdish')).toBe(false);
    expect(ADJECTIVE_INDEX.has('Korean')).toBe(false);
  });

  it('belong each to one state, and name the usual adjective first', () => {
    const seen = new Set<string>();
    for (const w of COUNTRY_WORDS) {
      for (const adj of w.adjectives) {
        expect(seen.has(adj), adj).toBe(false);
        seen.add(adj);
      }
    }
    const first = (iso3: string) => COUNTRY_WORDS.find((w) => w.iso3 === iso3)!.adjectives[0];
    expect(first('USA')).toBe('American');
    expect(first('GBR')).toBe('British');
    for (const iso3 of ADJECTIVE_INDEX.values()) expect(ISO3.has(iso3), iso3).toBe(true);
  });
});

describe('capitals and seats of government', () => {
  it.each([
    ['Moscow', 'russia'],
    ['Washington', 'united-states'],
    ['Beijing', 'china'],
    ['Kyiv', 'ukraine'],
    ['Kiev', 'ukraine'],
    ['Tehran', 'iran'],
    ['London', 'united-kingdom'],
    ['Kremlin', 'kremlin'],
    ['White House', 'white-house'],
    ['Downing Street', 'downing-street'],
    ['No. 10', 'downing-street'],
    ['Pentagon', 'pentagon'],
    ['Élysée', 'elysee'],
    ['State Department', 'us-state-department'],
    ['Foggy Bottom', 'us-state-department'],
    ['Capitol Hill', 'us-congress'],
    ['Knesset', 'knesset'],
    ['Duma', 'state-duma'],
    ['Bundestag', 'bundestag'],
    ['Whitehall', 'united-kingdom'],
    ['Zhongnanhai', 'china'],
    ['Brussels', 'european-union'],
  ])('"%s" stands for %s', (alias, id) => {
    expect(METONYM_INDEX.get(alias)).toBe(id);
  });

  it.each([
    ['Kremlin', 'RUS', 'RUSGOV'],
    ['White House', 'USA', 'USAGOV'],
    ['Downing Street', 'GBR', 'GBRGOV'],
    ['Pentagon', 'USA', 'USAMIL'],
    ['US Congress', 'USA', 'USALEG'],
  ])('%s is an organisation of %s (%s)', (name, iso3, code) => {
    expect(actor(name)).toMatchObject({ kind: 'organization', country: iso3, code });
  });

  it('resolve to actors of the lexicon', () => {
    for (const [alias, id] of METONYM_INDEX) expect(actorById(id), alias).toBeDefined();
    for (const s of SEATS_OF_GOVERNMENT) expect(s.kind).toBe('organization');
    expect(METONYM_INDEX.has('Chancellery')).toBe(false);
    expect(METONYM_INDEX.has('Senate')).toBe(false);
  });
});

describe('organisations', () => {
  it.each([
    ['NATO', 'IGO'],
    ['Nato', 'IGO'],
    ['UN', 'IGO'],
    ['U.N.', 'IGO'],
    ['Security Council', 'IGO'],
    ['IAEA', 'IGO'],
    ['WHO', 'IGO'],
    ['G20', 'IGO'],
    ['Arab League', 'IGO'],
    ['European Union', 'EUR'],
    ['EU', 'EUR'],
    ['European Commission', 'EUR'],
    ['Amnesty International', 'NGO'],
    ['Doctors Without Borders', 'NGO'],
    ['Red Cross', 'NGO'],
    ['Hamas', 'PSE'],
    ['Hezbollah', 'LBN'],
    ['Taliban', 'AFG'],
    ['ISIS', 'IMG'],
    ['Daesh', 'IMG'],
    ['al-Qaeda', 'IMG'],
    ['PKK', 'TUR'],
    ['Houthis', 'YEM'],
    ['Boko Haram', 'NGA'],
    ['CIA', 'USA'],
    ['MI6', 'GBR'],
    ['FSB', 'RUS'],
    ['Mossad', 'ISR'],
    ['IRGC', 'IRN'],
    ["People's Liberation Army", 'CHN'],
    ['Democrats', 'USA'],
    ['Republicans', 'USA'],
    ['Tories', 'GBR'],
    ['Likud', 'ISR'],
    ['Chinese Communist Party', 'CHN'],
  ])('"%s" is an organisation of %s', (form, country) => {
    expect(actor(form)).toMatchObject({ kind: 'organization', country });
  });

  it('has codes where news coding has them', () => {
    expect(actor('United Nations').code).toBe('IGOUNO');
    expect(actor('NATO').code).toBe('IGOWSTNAT');
    expect(actor('European Union').code).toBe('IGOEUREEC');
  });

  it('does not take "Senate" alone, which many states have', () => {
    expect(ALIAS_INDEX.has('Senate')).toBe(false);
    expect(actor('US Senate').country).toBe('USA');
  });
});

describe('media', () => {
  it('matches the Guardian by its alias "Guardian"', () => {
    expect(actor('Guardian')).toMatchObject({
      id: 'the-guardian',
      name: 'The Guardian',
      kind: 'media',
      country: 'GBR',
    });
  });

  it.each([
    ['Reuters', 'GBR'],
    ['AP', 'USA'],
    ['AFP', 'FRA'],
    ['BBC', 'GBR'],
    ['New York Times', 'USA'],
    ['Al Jazeera', 'QAT'],
    ['TASS', 'RUS'],
    ['RT', 'RUS'],
    ['Xinhua', 'CHN'],
    ['KCNA', 'PRK'],
    ['IRNA', 'IRN'],
    ['Haaretz', 'ISR'],
    ['Anadolu', 'TUR'],
    ['Der Spiegel', 'DEU'],
    ['Le Monde', 'FRA'],
    ['Yonhap', 'KOR'],
    ['SANA', 'SYR'],
  ])('"%s" is a medium of %s', (form, country) => {
    expect(actor(form)).toMatchObject({ kind: 'media', country });
  });
});

describe('people', () => {
  const roles = (form: string) => actor(form).roles ?? [];

  it('knows Putin, Obama and Trump', () => {
    expect(actor('Vladimir Putin')).toMatchObject({ kind: 'person', country: 'RUS' });
    expect(roles('Barack Obama')).toContainEqual({
      title: 'President',
      country: 'USA',
      from: 2009,
      to: 2017,
    });
    expect(actor('Donald Trump')).toMatchObject({ kind: 'person', country: 'USA' });
    expect(roles('Donald Trump')).toContainEqual({ title: 'President', country: 'USA', from: 2025 });
  });

  it.each([
    ['Bashar al-Assad', 'SYR'],
    ['Recep Tayyip Erdoğan', 'TUR'],
    ['Recep Tayyip Erdogan', 'TUR'],
    ['Mahmoud Abbas', 'PSE'],
    ['Ayatollah Ali Khamenei', 'IRN'],
    ['Kim Jong Un', 'PRK'],
    ['Kim Jong-un', 'PRK'],
    ['Muammar Gaddafi', 'LBY'],
    ['Qaddafi', undefined],
    ['Benjamin Netanyahu', 'ISR'],
    ['Xi Jinping', 'CHN'],
    ['Joe Biden', 'USA'],
    ['Volodymyr Zelenskyy', 'UKR'],
    ['Angela Merkel', 'DEU'],
    ['Narendra Modi', 'IND'],
    ['Mohammed bin Salman', 'SAU'],
    ['António Guterres', 'PRT'],
    ['Ursula von der Leyen', 'DEU'],
  ])('"%s" is a person of %s', (form, country) => {
    if (country === undefined) return expect(ALIAS_INDEX.has(form)).toBe(false);
    expect(actor(form)).toMatchObject({ kind: 'person', country });
  });

  it('has no bare surname as an alias', () => {
    for (const form of ['Putin', 'Obama', 'Assad', 'Erdogan', 'Netanyahu', 'Merkel', 'Trump']) {
      expect(ALIAS_INDEX.has(form), form).toBe(false);
    }
  });

  it('dates the offices of international bodies to the bloc', () => {
    expect(roles('Kofi Annan')).toContainEqual({
      title: 'Secretary-General',
      country: 'IGO',
      from: 1997,
      to: 2006,
    });
    expect(roles('Jens Stoltenberg')).toContainEqual({
      title: 'NATO Secretary-General',
      country: 'IGO',
      from: 2014,
      to: 2024,
    });
    expect(roles('Josep Borrell')).toContainEqual({
      title: 'High Representative',
      country: 'EUR',
      from: 2019,
      to: 2024,
    });
  });

  it('has sound roles: a known state, years in order', () => {
    for (const p of PEOPLE) {
      for (const r of p.roles ?? []) {
        expect(ISO3.has(r.country) || BLOCS.has(r.country), `${p.id}: ${r.country}`).toBe(true);
        expect(r.from, p.id).toBeGreaterThanOrEqual(1950);
        if (r.to !== undefined) expect(r.to, p.id).toBeGreaterThanOrEqual(r.from!);
        expect(r.to ?? 2025, p.id).toBeLessThanOrEqual(2026);
      }
    }
  });

  /** Who held a single-holder office in a year, from the lexicon. */
  const holders = (title: string, country: string, year: number) =>
    PEOPLE.filter((p) =>
      p.roles?.some(
        (r) => r.title === title && r.country === country && r.from! <= year && year <= (r.to ?? Infinity),
      ),
    ).map((p) => p.name);

  it.each([
    ['President', 'USA', 2010, 'Barack Obama'],
    ['President', 'USA', 2019, 'Donald Trump'],
    ['President', 'RUS', 2010, 'Dmitry Medvedev'],
    ['Prime Minister', 'RUS', 2010, 'Vladimir Putin'],
    ['Secretary of State', 'USA', 2014, 'John Kerry'],
    ['Foreign Minister', 'RUS', 2016, 'Sergei Lavrov'],
    ['Prime Minister', 'GBR', 2012, 'David Cameron'],
    ['Chancellor', 'DEU', 2015, 'Angela Merkel'],
    ['President', 'FRA', 2015, 'François Hollande'],
    ['Prime Minister', 'ISR', 2016, 'Benjamin Netanyahu'],
    ['Prime Minister', 'JPN', 2016, 'Shinzo Abe'],
    ['Premier', 'CHN', 2016, 'Li Keqiang'],
    ['President', 'UKR', 2016, 'Petro Poroshenko'],
    ['Secretary-General', 'IGO', 2010, 'Ban Ki-moon'],
  ])('the %s of %s in %i was %s alone', (title, country, year, name) => {
    expect(holders(title, country, year)).toEqual([name]);
  });

  it('parses role specifications and rejects malformed ones', () => {
    expect(parseRole('President 2000-2008', 'RUS')).toEqual({
      title: 'President',
      country: 'RUS',
      from: 2000,
      to: 2008,
    });
    expect(parseRole('Prime Minister 2022-', 'ISR')).toEqual({
      title: 'Prime Minister',
      country: 'ISR',
      from: 2022,
    });
    expect(parseRole('Prime Minister 1998', 'RUS')).toEqual({
      title: 'Prime Minister',
      country: 'RUS',
      from: 1998,
      to: 1998,
    });
    expect(parseRole('Secretary-General 2017- @IGO', 'PRT')).toEqual({
      title: 'Secretary-General',
      country: 'IGO',
      from: 2017,
    });
    expect(() => parseRole('President 2000-08', 'RUS')).toThrow();
    expect(() => parseRole('President', 'RUS')).toThrow();
  });
});

describe('titles, bodies, groups and regions', () => {
  const title = (t: string) => TITLES.find((x) => x.title === t);

  it('types the titles before a name', () => {
    expect(title('President')).toEqual({ title: 'President', office: 'head_of_state', sector: 'GOV' });
    expect(title('Prime Minister')?.office).toBe('head_of_government');
    expect(title('Foreign Minister')?.office).toBe('minister');
    expect(title('Ambassador')?.office).toBe('diplomat');
    expect(title('Gen.')).toMatchObject({ office: 'military', sector: 'MIL' });
    expect(title('Sen.')).toMatchObject({ office: 'legislator', sector: 'LEG' });
    expect(title('Pope')).toMatchObject({ office: 'religious', sector: 'REL' });
    expect(title('CEO')?.sector).toBe('BUS');
    expect(title('Mr')?.office).toBe('honorific');
    for (const t of [
      'President-elect',
      'Supreme Leader',
      'Secretary-General',
      'Secretary General',
      'Sheikh',
      'Emir',
    ]) {
      expect(title(t), t).toBeDefined();
    }
  });

  it('lists titles and bodies longest first, without repeats', () => {
    for (const list of [TITLES.map((t) => t.title), GOVERNMENT_BODIES.map((b) => b.noun)]) {
      expect(new Set(list).size).toBe(list.length);
      for (let i = 1; i < list.length; i++)
        expect(list[i - 1]!.length).toBeGreaterThanOrEqual(list[i]!.length);
    }
    expect(TITLES.findIndex((t) => t.title === 'Prime Minister')).toBeLessThan(
      TITLES.findIndex((t) => t.title === 'Minister'),
    );
  });

  it('knows the parts of a government', () => {
    const body = (n: string) => GOVERNMENT_BODIES.find((b) => b.noun === n)?.sector;
    expect(body('foreign ministry')).toBe('GOV');
    expect(body('Foreign Ministry')).toBe('GOV');
    expect(body('armed forces')).toBe('MIL');
    expect(body('police')).toBe('COP');
    expect(body('parliament')).toBe('LEG');
    expect(body('intelligence services')).toBe('SPY');
    expect(body('embassy')).toBe('GOV');
  });

  it('knows the groups named by role', () => {
    const group = (n: string) => GROUP_NOUNS.find((g) => g.noun === n);
    expect(group('officials')).toEqual({ noun: 'officials', sector: 'GOV', singular: 'official' });
    expect(group('rebels')?.sector).toBe('REB');
    expect(group('troops')?.sector).toBe('MIL');
    expect(group('protesters')?.sector).toBe('OPP');
    expect(group('refugees')?.sector).toBe('REF');
    expect(group('journalists')?.sector).toBe('MED');
    expect(group('lawmakers')?.sector).toBe('LEG');
    const nouns = GROUP_NOUNS.map((g) => g.noun);
    expect(new Set(nouns).size).toBe(nouns.length);
  });

  it('makes blocs of regional adjectives', () => {
    const region = (a: string) => REGION_ADJECTIVES.find((r) => r.adjective === a)?.code;
    expect(region('European')).toBe('EUR');
    expect(region('Western')).toBe('WST');
    expect(region('Arab')).toBe('ARB');
    expect(region('African')).toBe('AFR');
    expect(region('Asian')).toBe('ASA');
    expect(region('Latin American')).toBe('LAM');
    expect(region('Middle Eastern')).toBe('MEA');
    for (const r of REGION_ADJECTIVES) expect(ADJECTIVE_INDEX.has(r.adjective), r.adjective).toBe(false);
  });
});
