/**
 * Every country and territory of the `world-countries` package as a lexicon actor, with the names,
 * adjectives and capitals news uses for it, and the seats of government that stand for a state
 * ("the Kremlin said", "Downing Street denied"). Data first, then the code that assembles it.
 */
import worldCountries from 'world-countries';
import type { CountryWords, LexiconActor } from '@/lib/nlp/lexicon/types';

/** A stable id from a name: "Côte d'Ivoire" → "cote-divoire", "United States" → "united-states". */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The name news writes where the package's common name is not it: "Turkey declined" (not "Türkiye"). */
// prettier-ignore
const NEWS_NAMES: Record<string, string> = {
  CZE: 'Czech Republic', TUR: 'Turkey', COD: 'DR Congo', COG: 'Republic of the Congo', VAT: 'Vatican',
  TLS: 'East Timor', CPV: 'Cape Verde', SWZ: 'Eswatini', MKD: 'North Macedonia', CIV: 'Ivory Coast',
  PSE: 'Palestine', UNK: 'Kosovo', STP: 'Sao Tome and Principe', CUW: 'Curaçao', ALA: 'Aland Islands',
  BLM: 'Saint Barthelemy', REU: 'Reunion', SGS: 'South Georgia and the South Sandwich Islands',
};

/**
 * Names news uses that the package lacks or filters out, by state: "US officials said", "the UAE's
 * envoy", "in the Palestinian territories". "Soviet Union" stands under Russia, its successor state
 * at the UN, and "Yugoslavia" under Serbia, for the same reason; both are for articles before 1992.
 */
// prettier-ignore
const EXTRA_ALIASES: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom'],
  RUS: ['Russian Federation', 'Soviet Union', 'USSR', 'U.S.S.R.'],
  SRB: ['Yugoslavia', 'Serbia and Montenegro'],
  MMR: ['Burma'], CIV: ["Côte d'Ivoire", "Cote d'Ivoire"], NLD: ['Holland', 'Netherlands'],
  PSE: ['Palestinian territories', 'Palestinian Territories', 'Occupied Palestinian Territories', 'State of Palestine'],
  VAT: ['Vatican City', 'Holy See'], TWN: ['Taiwan'], UNK: ['Kosovo'],
  COD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'Zaire'],
  COG: ['Republic of Congo', 'Congo-Brazzaville', 'Congo'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'], PRK: ['DPRK', 'North Korea'], KOR: ['South Korea', 'Republic of Korea', 'ROK'],
  CZE: ['Czechia', 'Czech Republic'], TUR: ['Turkey', 'Türkiye', 'Turkiye'], MKD: ['Macedonia', 'FYROM'],
  SWZ: ['Swaziland'], CPV: ['Cabo Verde'], TLS: ['East Timor', 'Timor-Leste'], BIH: ['Bosnia', 'Bosnia-Herzegovina'],
  VNM: ['Viet Nam'], BRN: ['Brunei Darussalam'], SAU: ['KSA'], LAO: ['Laos'], SYR: ['Syria'], IRN: ['Iran'],
  STP: ['São Tomé and Príncipe'], CUW: ['Curacao'], REU: ['Réunion'],
};

/** Alternative spellings of the package that are not names news uses for the state ("Abode of Peace"). */
const DROPPED_ALIASES = new Set([
  'Nation of Brunei, Abode of Peace',
  'Abode of Peace',
  'Svalbard og Jan Mayen',
]);

/** Words an English official form may contain besides the country's own name ("Kingdom of Spain"). */
// prettier-ignore
const FORM_WORDS = new Set(['Republic', 'Kingdom', 'State', 'States', 'Commonwealth', 'Principality', 'Federation',
  'Federal', 'Federated', 'Islamic', "People's", 'Democratic', 'United', 'Union', 'Sultanate', 'Grand', 'Duchy',
  'Independent', 'Co-operative', 'of', 'the', 'and', 'Territory', 'Collectivity', 'Bailiwick', 'Socialist', 'Arab',
  'Plurinational', 'Bolivarian', 'Hashemite', 'Confederation', 'Oriental', 'Islands', 'Nation', 'Department']);

/**
 * Adjectives and demonyms news uses, by state, the usual one first: "US officials", "a British
 * diplomat", "Serb forces". They come before the package's demonyms, and an adjective belongs to the
 * first state that claims it ("Congolese" is DR Congo's, "Dominican" the Dominican Republic's).
 * "Soviet" is Russia's, as its successor state; "Kurdish" is a people, not a state, and is left out.
 */
// prettier-ignore
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  USA: ['American', 'US', 'U.S.'], GBR: ['British', 'UK', 'U.K.'], RUS: ['Russian', 'Soviet'], CHN: ['Chinese'],
  IRN: ['Iranian'], ISR: ['Israeli'], PSE: ['Palestinian'], SYR: ['Syrian'], SAU: ['Saudi', 'Saudi Arabian'],
  ARE: ['Emirati'], QAT: ['Qatari'], TUR: ['Turkish'], UKR: ['Ukrainian'], PRK: ['North Korean'],
  KOR: ['South Korean'], AFG: ['Afghan'], PAK: ['Pakistani'], IND: ['Indian'], IRQ: ['Iraqi'], LBN: ['Lebanese'],
  EGY: ['Egyptian'], LBY: ['Libyan'], YEM: ['Yemeni'], HUN: ['Hungarian'], ROU: ['Romanian'],
  SRB: ['Serbian', 'Serb', 'Yugoslav'], BIH: ['Bosnian'], HRV: ['Croatian', 'Croat'], ALB: ['Albanian'],
  UNK: ['Kosovar', 'Kosovan'], GEO: ['Georgian'], ARM: ['Armenian'], AZE: ['Azerbaijani', 'Azeri'],
  BLR: ['Belarusian', 'Belarussian'], NLD: ['Dutch'], CHE: ['Swiss'], PHL: ['Filipino', 'Philippine'],
  VNM: ['Vietnamese'], THA: ['Thai'], MMR: ['Burmese', 'Myanmar'], COD: ['Congolese'], NGA: ['Nigerian'],
  KEN: ['Kenyan'], ETH: ['Ethiopian'], SDN: ['Sudanese'], SSD: ['South Sudanese'], SOM: ['Somali', 'Somalian'],
  DZA: ['Algerian'], MAR: ['Moroccan'], TUN: ['Tunisian'], VEN: ['Venezuelan'], COL: ['Colombian'],
  MEX: ['Mexican'], CUB: ['Cuban'], BRA: ['Brazilian'], ARG: ['Argentine', 'Argentinian'], CHL: ['Chilean'],
  PER: ['Peruvian'], CAN: ['Canadian'], AUS: ['Australian'], JPN: ['Japanese'], IDN: ['Indonesian'],
  MYS: ['Malaysian'], LKA: ['Sri Lankan'], BGD: ['Bangladeshi'], NPL: ['Nepali', 'Nepalese'], DEU: ['German'],
  FRA: ['French'], ITA: ['Italian'], ESP: ['Spanish'], POL: ['Polish'], GRC: ['Greek'], PRT: ['Portuguese'],
  SWE: ['Swedish'], NOR: ['Norwegian'], DNK: ['Danish'], FIN: ['Finnish'], IRL: ['Irish'], BEL: ['Belgian'],
  AUT: ['Austrian'], CZE: ['Czech'], SVK: ['Slovak', 'Slovakian'], SVN: ['Slovenian', 'Slovene'],
  BGR: ['Bulgarian'], EST: ['Estonian'], LVA: ['Latvian'], LTU: ['Lithuanian'], MDA: ['Moldovan'],
  MKD: ['Macedonian', 'North Macedonian'], MNE: ['Montenegrin'], CYP: ['Cypriot'], MLT: ['Maltese'],
  ISL: ['Icelandic'], KAZ: ['Kazakh', 'Kazakhstani'], UZB: ['Uzbek', 'Uzbekistani'], TJK: ['Tajik'],
  KGZ: ['Kyrgyz'], TKM: ['Turkmen'], MNG: ['Mongolian'], TWN: ['Taiwanese'], SGP: ['Singaporean'],
  KHM: ['Cambodian'], LAO: ['Laotian', 'Lao'], JOR: ['Jordanian'], KWT: ['Kuwaiti'], BHR: ['Bahraini'],
  OMN: ['Omani'], TZA: ['Tanzanian'], UGA: ['Ugandan'], RWA: ['Rwandan'], BDI: ['Burundian'],
  ZWE: ['Zimbabwean'], ZMB: ['Zambian'], MWI: ['Malawian'], MOZ: ['Mozambican'], AGO: ['Angolan'],
  NAM: ['Namibian'], ZAF: ['South African'], GHA: ['Ghanaian'], SEN: ['Senegalese'], MLI: ['Malian'],
  NER: ['Nigerien'], TCD: ['Chadian'], CMR: ['Cameroonian'], ERI: ['Eritrean'], DJI: ['Djiboutian'],
  MRT: ['Mauritanian'], CIV: ['Ivorian'], LBR: ['Liberian'], GIN: ['Guinean'], HTI: ['Haitian'],
  DOM: ['Dominican'], JAM: ['Jamaican'], BOL: ['Bolivian'], ECU: ['Ecuadorian', 'Ecuadorean'],
  PRY: ['Paraguayan'], URY: ['Uruguayan'], NIC: ['Nicaraguan'], HND: ['Honduran'], GTM: ['Guatemalan'],
  SLV: ['Salvadoran', 'Salvadorean'], PAN: ['Panamanian'], CRI: ['Costa Rican'], NZL: ['New Zealand'],
  HKG: ['Hong Kong'], BWA: ['Botswanan'], CPV: ['Cape Verdean'], MDV: ['Maldivian'], COM: ['Comorian'],
  SUR: ['Surinamese'], LUX: ['Luxembourgish'], TLS: ['Timorese'], ESH: ['Sahrawi'], VAT: ['Vatican'],
};

/**
 * Capitals news uses for a state besides the package's, or in another spelling: "Kiev said", "talks
 * in Washington". "Brussels" names the European Union far more often than Belgium, and stands for it.
 */
// prettier-ignore
const EXTRA_CAPITALS: Record<string, { alias: string; actor?: string }[]> = {
  USA: [{ alias: 'Washington' }], UKR: [{ alias: 'Kiev' }], KAZ: [{ alias: 'Nur-Sultan' }],
  MMR: [{ alias: 'Nay Pyi Taw' }, { alias: 'Naypyitaw' }], YEM: [{ alias: 'Sanaa' }], BOL: [{ alias: 'La Paz' }],
  MNG: [{ alias: 'Ulaanbaatar' }], COL: [{ alias: 'Bogota' }], BRA: [{ alias: 'Brasilia' }], IRN: [{ alias: 'Teheran' }],
  UNK: [{ alias: 'Prishtina' }], CMR: [{ alias: 'Yaounde' }], MDA: [{ alias: 'Chisinau' }], PRY: [{ alias: 'Asuncion' }],
  TGO: [{ alias: 'Lome' }], CRI: [{ alias: 'San Jose' }], BEL: [{ alias: 'Brussels', actor: 'european-union' }],
};

/** Capitals of the package left out: they are more often something else, and `EXTRA_CAPITALS` has Brussels. */
const DROPPED_CAPITALS = new Set(['Malé', 'Washington D.C.', 'Brussels', 'City of Victoria']);

/** States, not territories, whose capitals also stand for them though the package marks them dependent. */
const CAPITALS_OF_UNRECOGNISED = new Set(['PSE', 'TWN', 'UNK', 'ESH']);

/**
 * Seats of government and state bodies that news names instead of the state: "the Kremlin said",
 * "Downing Street denied", "the Pentagon confirmed", "a bill on Capitol Hill". Organisation actors of
 * their state, with the words that name them.
 */
// prettier-ignore
const SEATS: [id: string, name: string, iso3: string, code: string, aliases: string[]][] = [
  ['kremlin', 'Kremlin', 'RUS', 'RUSGOV', ['Kremlin']],
  ['white-house', 'White House', 'USA', 'USAGOV', ['White House', 'Oval Office']],
  ['downing-street', 'Downing Street', 'GBR', 'GBRGOV', ['Downing Street', 'No. 10', 'No 10', 'Number 10', 'Number Ten']],
  ['elysee', 'Élysée Palace', 'FRA', 'FRAGOV', ['Elysée', 'Elysee', 'Élysée', 'Elysee Palace', 'Elysée Palace']],
  ['pentagon', 'Pentagon', 'USA', 'USAMIL', ['Pentagon']],
  ['us-state-department', 'US State Department', 'USA', 'USAGOV', ['State Department', 'U.S. State Department', 'Foggy Bottom', 'Department of State']],
  ['us-congress', 'US Congress', 'USA', 'USALEG', ['Congress', 'U.S. Congress', 'Capitol Hill']],
  ['knesset', 'Knesset', 'ISR', 'ISRLEG', ['Knesset']],
  ['state-duma', 'State Duma', 'RUS', 'RUSLEG', ['Duma']],
  ['bundestag', 'Bundestag', 'DEU', 'DEULEG', ['Bundestag']],
];

/** Seats of government named by place, standing for the state itself: "Whitehall sources", "Zhongnanhai's view". */
// prettier-ignore
const SEAT_PLACES: Record<string, string[]> = {
  GBR: ['Whitehall'], CHN: ['Zhongnanhai'], KOR: ['Blue House'], FRA: ["Quai d'Orsay"],
};

/**
 * Words that name a state, its capital or its seat but are also something else, for the matcher to
 * take with care (with a context that confirms them): a first name ("Chad", "Jordan", "Israel Katz"),
 * a US state ("Georgia", "Washington"), a common noun ("turkey", "guinea", "congress"), a river
 * ("Niger"), a region or city of another state ("Macedonia", "New Mexico", "Victoria"), two states
 * ("Congo", "Congolese", "Dominican"), or an organisation more often than the state ("Brussels").
 */
// prettier-ignore
export const AMBIGUOUS_COUNTRY_WORDS: Set<string> = new Set([
  'Chad', 'Jordan', 'Georgia', 'Turkey', 'Guinea', 'Niger', 'Congo', 'Israel', 'Mexico', 'Jersey', 'Macedonia',
  'Emirates', 'Dominica', 'Washington', 'Victoria', 'Kingston', 'Georgetown', 'Santiago', 'Sucre', 'Colombo',
  'Lima', 'Nassau', 'Tripoli', 'Moroni', 'Jerusalem', 'Brussels', 'Congress', 'Georgian', 'Indian',
  'Congolese', 'Dominican', 'Guinean',
]);

// ---------------------------------------------------------------------------------------------

type Country = (typeof worldCountries)[number];

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Mn}]/u;
const words = (s: string) => s.split(/[\s,()]+/).filter(Boolean);

/** The package's alternative spellings worth keeping: English forms of the name, not codes or native forms. */
function usefulAltSpellings(c: Country, newsName: string): string[] {
  const own = new Set([...words(c.name.common), ...words(c.name.official), ...words(newsName)]);
  return c.altSpellings
    .map((s) => s.replace(/^the /i, ''))
    .filter(
      (s) =>
        !NON_LATIN.test(s) &&
        !s.includes(',') &&
        words(s).length >= 2 &&
        !DROPPED_ALIASES.has(s) &&
        words(s).every((w) => own.has(w) || FORM_WORDS.has(w)),
    );
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

function demonyms(c: Country): string[] {
  const eng = c.demonyms?.eng;
  if (!eng) return [];
  return uniq([eng.m, eng.f].flatMap((d) => d.split(/, | or /)).filter((d) => d && !NON_LATIN.test(d)));
}

const sovereign = (c: Country) => c.independent || CAPITALS_OF_UNRECOGNISED.has(c.cca3);

/** The countries in order: sovereign states first, so that they claim shared demonyms before territories. */
const ORDERED = [...worldCountries].sort((a, b) => Number(sovereign(b)) - Number(sovereign(a)));

/** Every country and territory as a lexicon actor: id "russia", name "Russia", code "RUS". */
export const COUNTRIES: LexiconActor[] = ORDERED.map((c) => {
  const name = NEWS_NAMES[c.cca3] ?? c.name.common;
  const aliases = uniq([
    c.name.common,
    c.name.official,
    ...usefulAltSpellings(c, name),
    ...(EXTRA_ALIASES[c.cca3] ?? []),
  ]).filter((a) => a !== name && !DROPPED_ALIASES.has(a));
  return { id: slugify(name), name, kind: 'country', country: c.cca3, code: c.cca3, aliases };
});

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.country!, c]));

/** The country actor of an ISO 3166-1 alpha-3 code ("RUS" → Russia), or undefined. */
export function countryByIso3(iso3: string | null | undefined): LexiconActor | undefined {
  return iso3 ? BY_ISO3.get(iso3.toUpperCase()) : undefined;
}

/** The seats of government as organisation actors of their state: "kremlin" (RUS, RUSGOV). */
export const SEATS_OF_GOVERNMENT: LexiconActor[] = SEATS.map(([id, name, iso3, code, aliases]) => ({
  id,
  name,
  kind: 'organization',
  country: iso3,
  code,
  aliases: aliases.filter((a) => a !== name),
}));

/** Each country's adjectives and metonyms; an adjective or a capital belongs to one country only. */
export const COUNTRY_WORDS: CountryWords[] = (() => {
  const claimedAdjectives = new Set<string>();
  const claimedMetonyms = new Set<string>();
  const claim = (set: Set<string>, w: string) => (set.has(w) ? false : (set.add(w), true));
  // the hand table first, in its own order, so that its states win shared words
  const handFirst = [
    ...Object.keys(EXTRA_ADJECTIVES).map((iso3) => worldCountries.find((c) => c.cca3 === iso3)!),
    ...ORDERED.filter((c) => !(c.cca3 in EXTRA_ADJECTIVES)),
  ];
  const out = new Map<string, CountryWords>();
  for (const c of handFirst) {
    const adjectives = [...(EXTRA_ADJECTIVES[c.cca3] ?? []), ...demonyms(c)].filter((a) =>
      claim(claimedAdjectives, a),
    );
    out.set(c.cca3, { iso3: c.cca3, adjectives, metonyms: [] });
  }
  for (const c of ORDERED) {
    const words = out.get(c.cca3)!;
    const capitals = sovereign(c) ? (c.capital ?? []).filter((k) => !DROPPED_CAPITALS.has(k)) : [];
    const metonyms = [
      ...capitals.map((alias) => ({ alias })),
      ...(EXTRA_CAPITALS[c.cca3] ?? []),
      ...(SEAT_PLACES[c.cca3] ?? []).map((alias) => ({ alias })),
      ...SEATS.filter((s) => s[2] === c.cca3).flatMap(([id, name, , , aliases]) =>
        uniq([name, ...aliases]).map((alias) => ({ alias, actor: id })),
      ),
    ];
    words.metonyms = metonyms.filter((m) => claim(claimedMetonyms, m.alias));
  }
  return ORDERED.map((c) => out.get(c.cca3)!);
})();
