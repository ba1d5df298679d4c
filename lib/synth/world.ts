/**
 * The fixed world the articles are written about: countries (with capitals, seats of government,
 * offices and press), international organisations, outlets, and who holds which office in which year.
 * Office holders are a pure function of (country, office, year), so every article agrees on them.
 */
import type { Style } from './calendar';
import { hash } from './prng';
import { inventPerson, type Person } from './names';

export type Geo = 'europe' | 'eurasia' | 'mena' | 'africa' | 'asia' | 'americas' | 'oceania';

export interface Title {
  /** As before a name: "Prime Minister", "King". */
  title: string;
  /** As a common noun: "prime minister", "king"; "Taoiseach" stays capitalised. */
  lower: string;
  monarch?: boolean;
}

export interface Country {
  code: string;
  /** "Hungary", "the United States". */
  name: string;
  /** Other names used alone: "Britain", "America". */
  alt?: readonly string[];
  /** Abbreviation by style: ["US", "U.S."]. */
  abbr?: readonly [uk: string, us: string];
  /** "Hungarian". */
  adj: string;
  capital: string;
  /** Metonym for the government: "the Kremlin", "Downing Street". */
  seat?: string;
  /** As a modifier: "Kremlin spokesman". */
  seatAdj?: string;
  pool: string;
  geo: Geo;
  /** How often it is the subject of news, relative. */
  weight: number;
  lead: 'hos' | 'hog';
  /** Until this year (exclusive) the leading office was the other one (Turkey before 2014). */
  leadSwitch?: number;
  hos?: Title;
  hog?: Title;
  /** Foreign minister's title when not "Foreign Minister". */
  fmTitle?: Title;
  /** Foreign ministry metonym: "the State Department". */
  ministry?: string;
  /** Defence ministry metonym: "the Pentagon". */
  defence?: string;
  /** Outlets of that country, for "… told Tass". */
  media?: readonly string[];
  /** Armed or political groups tied to the country. */
  groups?: readonly string[];
  /** Other cities, for places of events. */
  cities?: readonly string[];
  /** Names like "the Philippines" that look plural but take a singular verb. */
  pluralName?: boolean;
}

const T = {
  P: { title: 'President', lower: 'president' },
  PM: { title: 'Prime Minister', lower: 'prime minister' },
  CH: { title: 'Chancellor', lower: 'chancellor' },
  PR: { title: 'Premier', lower: 'premier' },
  TS: { title: 'Taoiseach', lower: 'Taoiseach' },
  K: { title: 'King', lower: 'king', monarch: true },
  E: { title: 'Emir', lower: 'emir', monarch: true },
  S: { title: 'Sultan', lower: 'sultan', monarch: true },
  L: { title: 'leader', lower: 'leader' },
} satisfies Record<string, Title>;

type Extra = Partial<Omit<Country, 'code' | 'name' | 'adj' | 'capital' | 'pool' | 'geo' | 'weight' | 'lead'>>;

function c(
  code: string,
  name: string,
  adj: string,
  capital: string,
  pool: string,
  geo: Geo,
  weight: number,
  lead: 'hos' | 'hog',
  hos: Title | undefined,
  hog: Title | undefined,
  extra: Extra = {},
): Country {
  return { code, name, adj, capital, pool, geo, weight, lead, hos, hog, ...extra };
}

export const COUNTRIES: readonly Country[] = [
  c('US', 'the United States', 'American', 'Washington', 'anglo', 'americas', 14, 'hos', T.P, undefined, {
    alt: ['America'],
    abbr: ['US', 'U.S.'],
    seat: 'the White House',
    seatAdj: 'White House',
    fmTitle: { title: 'Secretary of State', lower: 'secretary of state' },
    ministry: 'the State Department',
    defence: 'the Pentagon',
    media: [
      'the New York Times',
      'the Washington Post',
      'the Associated Press',
      'CNN',
      'Bloomberg',
      'the Wall Street Journal',
    ],
    cities: ['New York', 'Chicago', 'San Francisco'],
  }),
  c('RU', 'Russia', 'Russian', 'Moscow', 'russian', 'eurasia', 11, 'hos', T.P, T.PM, {
    seat: 'the Kremlin',
    seatAdj: 'Kremlin',
    media: ['Tass', 'RIA Novosti', 'Interfax', 'Kommersant'],
    cities: ['St Petersburg', 'Sochi', 'Kaliningrad', 'Rostov-on-Don'],
  }),
  c('CN', 'China', 'Chinese', 'Beijing', 'chinese', 'asia', 10, 'hos', T.P, T.PR, {
    media: ['Xinhua', 'the Global Times', 'CCTV'],
    cities: ['Shanghai', 'Guangzhou', 'Hong Kong'],
  }),
  c('GB', 'the United Kingdom', 'British', 'London', 'anglo', 'europe', 7, 'hog', undefined, T.PM, {
    alt: ['Britain', 'Britain'],
    abbr: ['UK', 'U.K.'],
    seat: 'Downing Street',
    seatAdj: 'Downing Street',
    fmTitle: { title: 'Foreign Secretary', lower: 'foreign secretary' },
    ministry: 'the Foreign Office',
    defence: 'the Ministry of Defence',
    media: ['the Guardian', 'the BBC', 'the Financial Times', 'the Times', 'the Daily Telegraph'],
    cities: ['Manchester', 'Edinburgh', 'Belfast'],
  }),
  c('FR', 'France', 'French', 'Paris', 'french', 'europe', 6, 'hos', T.P, T.PM, {
    seat: 'the Elysée',
    seatAdj: 'Elysée',
    ministry: "the Quai d'Orsay",
    media: ['Le Monde', 'Agence France-Presse', 'Le Figaro', 'France 24'],
    cities: ['Marseille', 'Lyon', 'Strasbourg'],
  }),
  c('DE', 'Germany', 'German', 'Berlin', 'german', 'europe', 6, 'hog', T.P, T.CH, {
    seat: 'the Chancellery',
    seatAdj: 'Chancellery',
    media: ['Der Spiegel', 'dpa', 'Die Zeit', 'Deutsche Welle'],
    cities: ['Munich', 'Hamburg', 'Frankfurt'],
  }),
  c('IT', 'Italy', 'Italian', 'Rome', 'italian', 'europe', 3, 'hog', T.P, T.PM, {
    seat: 'Palazzo Chigi',
    media: ['Ansa', 'Corriere della Sera', 'La Repubblica'],
    cities: ['Milan', 'Naples'],
  }),
  c('ES', 'Spain', 'Spanish', 'Madrid', 'iberian', 'europe', 3, 'hog', undefined, T.PM, {
    seat: 'the Moncloa',
    media: ['El País', 'EFE'],
    cities: ['Barcelona', 'Seville'],
  }),
  c('PT', 'Portugal', 'Portuguese', 'Lisbon', 'lusophone', 'europe', 1, 'hog', T.P, T.PM, {
    cities: ['Porto'],
  }),
  c('NL', 'the Netherlands', 'Dutch', 'Amsterdam', 'dutch', 'europe', 2, 'hog', undefined, T.PM, {
    seat: 'The Hague',
    pluralName: true,
    cities: ['Rotterdam'],
  }),
  c('BE', 'Belgium', 'Belgian', 'Brussels', 'dutch', 'europe', 1, 'hog', undefined, T.PM, {
    cities: ['Antwerp'],
  }),
  c('IE', 'Ireland', 'Irish', 'Dublin', 'irish', 'europe', 1, 'hog', T.P, T.TS, { cities: ['Cork'] }),
  c('PL', 'Poland', 'Polish', 'Warsaw', 'polish', 'europe', 3, 'hog', T.P, T.PM, {
    cities: ['Krakow', 'Gdansk'],
  }),
  c('HU', 'Hungary', 'Hungarian', 'Budapest', 'hungarian', 'europe', 2, 'hog', T.P, T.PM, {
    cities: ['Debrecen'],
  }),
  c('CZ', 'the Czech Republic', 'Czech', 'Prague', 'czech', 'europe', 1, 'hog', T.P, T.PM, {
    cities: ['Brno'],
  }),
  c('SK', 'Slovakia', 'Slovak', 'Bratislava', 'czech', 'europe', 1, 'hog', T.P, T.PM),
  c('AT', 'Austria', 'Austrian', 'Vienna', 'german', 'europe', 1, 'hog', T.P, T.CH, { cities: ['Salzburg'] }),
  c('CH', 'Switzerland', 'Swiss', 'Bern', 'german', 'europe', 1, 'hos', T.P, undefined, {
    cities: ['Geneva', 'Zurich'],
  }),
  c('SE', 'Sweden', 'Swedish', 'Stockholm', 'nordic', 'europe', 1, 'hog', undefined, T.PM, {
    cities: ['Gothenburg'],
  }),
  c('NO', 'Norway', 'Norwegian', 'Oslo', 'nordic', 'europe', 1, 'hog', undefined, T.PM, {
    cities: ['Bergen'],
  }),
  c('DK', 'Denmark', 'Danish', 'Copenhagen', 'nordic', 'europe', 1, 'hog', undefined, T.PM),
  c('FI', 'Finland', 'Finnish', 'Helsinki', 'finnish', 'europe', 1, 'hos', T.P, T.PM),
  c('EE', 'Estonia', 'Estonian', 'Tallinn', 'estonian', 'europe', 1, 'hog', T.P, T.PM, { cities: ['Narva'] }),
  c('LV', 'Latvia', 'Latvian', 'Riga', 'latvian', 'europe', 1, 'hog', T.P, T.PM),
  c('LT', 'Lithuania', 'Lithuanian', 'Vilnius', 'lithuanian', 'europe', 1, 'hos', T.P, T.PM),
  c('UA', 'Ukraine', 'Ukrainian', 'Kyiv', 'ukrainian', 'eurasia', 6, 'hos', T.P, T.PM, {
    groups: ['pro-Russian separatists', 'separatist fighters in the east'],
    cities: ['Kharkiv', 'Odesa', 'Donetsk', 'Mariupol'],
  }),
  c('BY', 'Belarus', 'Belarusian', 'Minsk', 'russian', 'eurasia', 2, 'hos', T.P, T.PM, {
    cities: ['Grodno'],
  }),
  c('MD', 'Moldova', 'Moldovan', 'Chisinau', 'romanian', 'eurasia', 1, 'hos', T.P, T.PM),
  c('RO', 'Romania', 'Romanian', 'Bucharest', 'romanian', 'europe', 1, 'hos', T.P, T.PM, {
    cities: ['Constanta'],
  }),
  c('BG', 'Bulgaria', 'Bulgarian', 'Sofia', 'bulgarian', 'europe', 1, 'hog', T.P, T.PM, {
    cities: ['Varna'],
  }),
  c('RS', 'Serbia', 'Serbian', 'Belgrade', 'southslav', 'europe', 2, 'hos', T.P, T.PM, {
    cities: ['Novi Sad'],
  }),
  c('HR', 'Croatia', 'Croatian', 'Zagreb', 'southslav', 'europe', 1, 'hog', T.P, T.PM, { cities: ['Split'] }),
  c('GR', 'Greece', 'Greek', 'Athens', 'greek', 'europe', 2, 'hog', T.P, T.PM, { cities: ['Thessaloniki'] }),
  c('CY', 'Cyprus', 'Cypriot', 'Nicosia', 'greek', 'europe', 1, 'hos', T.P, undefined),
  c('TR', 'Turkey', 'Turkish', 'Ankara', 'turkish', 'mena', 6, 'hos', T.P, T.PM, {
    leadSwitch: 2014,
    media: ['Anadolu Agency', 'Hürriyet'],
    groups: ['Kurdish militants'],
    cities: ['Istanbul', 'Izmir', 'Diyarbakir'],
  }),
  c('GE', 'Georgia', 'Georgian', 'Tbilisi', 'georgian', 'eurasia', 1, 'hos', T.P, T.PM, {
    cities: ['Batumi'],
  }),
  c('AM', 'Armenia', 'Armenian', 'Yerevan', 'armenian', 'eurasia', 1, 'hog', T.P, T.PM, {
    cities: ['Gyumri'],
  }),
  c('AZ', 'Azerbaijan', 'Azerbaijani', 'Baku', 'azeri', 'eurasia', 1, 'hos', T.P, T.PM, {
    cities: ['Ganja'],
  }),
  c('KZ', 'Kazakhstan', 'Kazakh', 'Astana', 'centralasia', 'eurasia', 1, 'hos', T.P, T.PM, {
    cities: ['Almaty'],
  }),
  c('UZ', 'Uzbekistan', 'Uzbek', 'Tashkent', 'centralasia', 'eurasia', 1, 'hos', T.P, T.PM, {
    cities: ['Samarkand'],
  }),
  c('IR', 'Iran', 'Iranian', 'Tehran', 'persian', 'mena', 7, 'hos', T.P, undefined, {
    media: ['IRNA', 'the Fars news agency', 'Press TV'],
    cities: ['Isfahan', 'Mashhad', 'Natanz'],
  }),
  c('IQ', 'Iraq', 'Iraqi', 'Baghdad', 'arabic', 'mena', 4, 'hog', T.P, T.PM, {
    groups: ['Islamic State militants', 'Shia militias'],
    cities: ['Mosul', 'Basra', 'Erbil'],
  }),
  c('SY', 'Syria', 'Syrian', 'Damascus', 'arabic', 'mena', 5, 'hos', T.P, T.PM, {
    media: ['the state news agency Sana'],
    groups: ['Syrian rebels', 'Kurdish fighters', 'jihadist groups', 'opposition forces'],
    cities: ['Aleppo', 'Idlib', 'Homs', 'Raqqa'],
  }),
  c('LB', 'Lebanon', 'Lebanese', 'Beirut', 'arabic', 'mena', 2, 'hog', T.P, T.PM, {
    groups: ['Hezbollah'],
    cities: ['Tyre', 'Tripoli'],
  }),
  c('IL', 'Israel', 'Israeli', 'Jerusalem', 'hebrew', 'mena', 6, 'hog', T.P, T.PM, {
    media: ['Haaretz', 'the Times of Israel'],
    groups: ['Hamas', 'Palestinian militants'],
    cities: ['Tel Aviv', 'Haifa'],
  }),
  c('JO', 'Jordan', 'Jordanian', 'Amman', 'arabic', 'mena', 1, 'hos', T.K, T.PM, { cities: ['Aqaba'] }),
  c('SA', 'Saudi Arabia', 'Saudi', 'Riyadh', 'arabic', 'mena', 5, 'hos', T.K, undefined, {
    media: ['the Saudi Press Agency', 'Al Arabiya'],
    cities: ['Jeddah'],
  }),
  c('AE', 'the United Arab Emirates', 'Emirati', 'Abu Dhabi', 'arabic', 'mena', 2, 'hos', T.P, T.PM, {
    abbr: ['UAE', 'U.A.E.'],
    media: ['the state news agency WAM'],
    cities: ['Dubai'],
  }),
  c('QA', 'Qatar', 'Qatari', 'Doha', 'arabic', 'mena', 2, 'hos', T.E, T.PM, { media: ['Al Jazeera'] }),
  c('KW', 'Kuwait', 'Kuwaiti', 'Kuwait City', 'arabic', 'mena', 1, 'hos', T.E, T.PM),
  c('OM', 'Oman', 'Omani', 'Muscat', 'arabic', 'mena', 1, 'hos', T.S, undefined),
  c('YE', 'Yemen', 'Yemeni', 'Sanaa', 'arabic', 'mena', 2, 'hos', T.P, T.PM, {
    groups: ['Houthi rebels', 'southern separatists'],
    cities: ['Aden', 'Hodeidah', 'Taiz'],
  }),
  c('EG', 'Egypt', 'Egyptian', 'Cairo', 'arabic', 'mena', 4, 'hos', T.P, T.PM, {
    media: ['Al-Ahram', 'the state news agency Mena'],
    cities: ['Alexandria', 'Port Said'],
  }),
  c('LY', 'Libya', 'Libyan', 'Tripoli', 'arabic', 'mena', 2, 'hog', undefined, T.PM, {
    groups: ['rival militias', 'forces loyal to the eastern administration'],
    cities: ['Benghazi', 'Misrata', 'Sirte'],
  }),
  c('TN', 'Tunisia', 'Tunisian', 'Tunis', 'maghreb', 'mena', 1, 'hos', T.P, T.PM, { cities: ['Sfax'] }),
  c('DZ', 'Algeria', 'Algerian', 'Algiers', 'maghreb', 'mena', 1, 'hos', T.P, T.PM, { cities: ['Oran'] }),
  c('MA', 'Morocco', 'Moroccan', 'Rabat', 'maghreb', 'mena', 1, 'hos', T.K, T.PM, { cities: ['Casablanca'] }),
  c('SD', 'Sudan', 'Sudanese', 'Khartoum', 'arabic', 'africa', 2, 'hos', T.P, T.PM, {
    groups: ['the Rapid Support Forces', 'rebels in Darfur'],
    cities: ['Omdurman', 'El Fasher', 'Port Sudan'],
  }),
  c('ET', 'Ethiopia', 'Ethiopian', 'Addis Ababa', 'eastafrica', 'africa', 2, 'hog', T.P, T.PM, {
    groups: ['Tigrayan forces'],
    cities: ['Mekelle', 'Dire Dawa'],
  }),
  c('KE', 'Kenya', 'Kenyan', 'Nairobi', 'eastafrica', 'africa', 2, 'hos', T.P, undefined, {
    cities: ['Mombasa', 'Kisumu'],
  }),
  c('SO', 'Somalia', 'Somali', 'Mogadishu', 'somali', 'africa', 1, 'hos', T.P, T.PM, {
    groups: ['al-Shabaab militants'],
    cities: ['Kismayo', 'Baidoa'],
  }),
  c('UG', 'Uganda', 'Ugandan', 'Kampala', 'eastafrica', 'africa', 1, 'hos', T.P, undefined, {
    cities: ['Gulu'],
  }),
  c('TZ', 'Tanzania', 'Tanzanian', 'Dodoma', 'eastafrica', 'africa', 1, 'hos', T.P, undefined, {
    cities: ['Dar es Salaam'],
  }),
  c('RW', 'Rwanda', 'Rwandan', 'Kigali', 'eastafrica', 'africa', 1, 'hos', T.P, undefined),
  c(
    'CD',
    'the Democratic Republic of Congo',
    'Congolese',
    'Kinshasa',
    'centralafrica',
    'africa',
    2,
    'hos',
    T.P,
    T.PM,
    {
      abbr: ['DRC', 'DRC'],
      groups: ['M23 rebels', 'armed groups in the east'],
      cities: ['Goma', 'Lubumbashi', 'Bukavu'],
    },
  ),
  c('NG', 'Nigeria', 'Nigerian', 'Abuja', 'westafrica', 'africa', 3, 'hos', T.P, undefined, {
    groups: ['Boko Haram militants'],
    cities: ['Lagos', 'Maiduguri', 'Kano'],
  }),
  c('GH', 'Ghana', 'Ghanaian', 'Accra', 'westafrica', 'africa', 1, 'hos', T.P, undefined, {
    cities: ['Kumasi'],
  }),
  c('ML', 'Mali', 'Malian', 'Bamako', 'westafrica', 'africa', 2, 'hos', T.P, T.PM, {
    groups: ['jihadist groups', 'Tuareg rebels'],
    cities: ['Gao', 'Timbuktu', 'Kidal'],
  }),
  c('NE', 'Niger', 'Nigerien', 'Niamey', 'westafrica', 'africa', 1, 'hos', T.P, T.PM, { cities: ['Agadez'] }),
  c('SN', 'Senegal', 'Senegalese', 'Dakar', 'westafrica', 'africa', 1, 'hos', T.P, T.PM),
  c('CI', 'Ivory Coast', 'Ivorian', 'Abidjan', 'westafrica', 'africa', 1, 'hos', T.P, T.PM, {
    cities: ['Bouaké'],
  }),
  c('ZA', 'South Africa', 'South African', 'Pretoria', 'southafrica', 'africa', 3, 'hos', T.P, undefined, {
    cities: ['Johannesburg', 'Cape Town', 'Durban'],
  }),
  c('ZW', 'Zimbabwe', 'Zimbabwean', 'Harare', 'southafrica', 'africa', 1, 'hos', T.P, undefined, {
    cities: ['Bulawayo'],
  }),
  c('AO', 'Angola', 'Angolan', 'Luanda', 'lusophone', 'africa', 1, 'hos', T.P, undefined),
  c('MZ', 'Mozambique', 'Mozambican', 'Maputo', 'lusophone', 'africa', 1, 'hos', T.P, T.PM, {
    cities: ['Beira'],
  }),
  c('IN', 'India', 'Indian', 'New Delhi', 'indian', 'asia', 6, 'hog', T.P, T.PM, {
    media: ['the Times of India', 'the Hindu', 'the Press Trust of India'],
    cities: ['Mumbai', 'Kolkata', 'Srinagar'],
  }),
  c('PK', 'Pakistan', 'Pakistani', 'Islamabad', 'pakistani', 'asia', 4, 'hog', T.P, T.PM, {
    media: ['Dawn', 'Geo News'],
    groups: ['Pakistani Taliban fighters'],
    cities: ['Karachi', 'Lahore', 'Peshawar'],
  }),
  c('AF', 'Afghanistan', 'Afghan', 'Kabul', 'afghan', 'asia', 4, 'hos', T.P, undefined, {
    groups: ['the Taliban', 'Taliban fighters'],
    cities: ['Kandahar', 'Herat', 'Mazar-i-Sharif'],
  }),
  c('BD', 'Bangladesh', 'Bangladeshi', 'Dhaka', 'bengali', 'asia', 1, 'hog', T.P, T.PM, {
    cities: ["Cox's Bazar", 'Chittagong'],
  }),
  c('LK', 'Sri Lanka', 'Sri Lankan', 'Colombo', 'southasia2', 'asia', 1, 'hos', T.P, T.PM, {
    cities: ['Jaffna'],
  }),
  c('NP', 'Nepal', 'Nepali', 'Kathmandu', 'southasia2', 'asia', 1, 'hog', T.P, T.PM),
  c('MM', 'Myanmar', 'Burmese', 'Naypyidaw', 'burmese', 'asia', 2, 'hos', T.P, undefined, {
    groups: ['ethnic armed groups', 'pro-democracy protesters'],
    cities: ['Yangon', 'Mandalay'],
  }),
  c('TH', 'Thailand', 'Thai', 'Bangkok', 'thai', 'asia', 2, 'hog', undefined, T.PM, {
    cities: ['Chiang Mai', 'Phuket'],
  }),
  c('VN', 'Vietnam', 'Vietnamese', 'Hanoi', 'vietnamese', 'asia', 2, 'hog', T.P, T.PM, {
    cities: ['Ho Chi Minh City', 'Da Nang'],
  }),
  c('KH', 'Cambodia', 'Cambodian', 'Phnom Penh', 'khmer', 'asia', 1, 'hog', undefined, T.PM, {
    cities: ['Siem Reap'],
  }),
  c('MY', 'Malaysia', 'Malaysian', 'Kuala Lumpur', 'malay', 'asia', 1, 'hog', undefined, T.PM, {
    cities: ['Penang'],
  }),
  c('ID', 'Indonesia', 'Indonesian', 'Jakarta', 'indonesian', 'asia', 2, 'hos', T.P, undefined, {
    cities: ['Surabaya', 'Bali'],
  }),
  c('PH', 'the Philippines', 'Filipino', 'Manila', 'filipino', 'asia', 2, 'hos', T.P, undefined, {
    pluralName: true,
    cities: ['Davao', 'Cebu'],
  }),
  c('SG', 'Singapore', 'Singaporean', 'Singapore', 'chinese', 'asia', 1, 'hog', T.P, T.PM),
  c('JP', 'Japan', 'Japanese', 'Tokyo', 'japanese', 'asia', 5, 'hog', undefined, T.PM, {
    media: ['Kyodo', 'NHK', 'the Asahi Shimbun'],
    cities: ['Osaka', 'Okinawa'],
  }),
  c('KR', 'South Korea', 'South Korean', 'Seoul', 'korean', 'asia', 4, 'hos', T.P, T.PM, {
    seat: 'the Blue House',
    seatAdj: 'Blue House',
    media: ['Yonhap'],
    cities: ['Busan', 'Incheon'],
  }),
  c('KP', 'North Korea', 'North Korean', 'Pyongyang', 'korean', 'asia', 4, 'hos', T.L, T.PR, {
    media: ['the state news agency KCNA', 'KCNA'],
  }),
  c('TW', 'Taiwan', 'Taiwanese', 'Taipei', 'chinese', 'asia', 2, 'hos', T.P, T.PR, { cities: ['Kaohsiung'] }),
  c('AU', 'Australia', 'Australian', 'Canberra', 'anglo', 'oceania', 3, 'hog', undefined, T.PM, {
    media: ['the Sydney Morning Herald', 'ABC'],
    cities: ['Sydney', 'Melbourne', 'Perth'],
  }),
  c('NZ', 'New Zealand', 'New Zealand', 'Wellington', 'anglo', 'oceania', 1, 'hog', undefined, T.PM, {
    cities: ['Auckland'],
  }),
  c('CA', 'Canada', 'Canadian', 'Ottawa', 'anglo', 'americas', 3, 'hog', undefined, T.PM, {
    media: ['the Globe and Mail', 'CBC'],
    cities: ['Toronto', 'Montreal', 'Vancouver'],
  }),
  c('MX', 'Mexico', 'Mexican', 'Mexico City', 'latin', 'americas', 3, 'hos', T.P, undefined, {
    groups: ['drug cartels'],
    cities: ['Monterrey', 'Tijuana', 'Guadalajara'],
  }),
  c('CU', 'Cuba', 'Cuban', 'Havana', 'latin', 'americas', 2, 'hos', T.P, undefined, {
    cities: ['Santiago de Cuba'],
  }),
  c('VE', 'Venezuela', 'Venezuelan', 'Caracas', 'latin', 'americas', 3, 'hos', T.P, undefined, {
    seat: 'the Miraflores palace',
    groups: ['opposition supporters'],
    cities: ['Maracaibo', 'Valencia'],
  }),
  c('CO', 'Colombia', 'Colombian', 'Bogotá', 'latin', 'americas', 2, 'hos', T.P, undefined, {
    groups: ['Farc rebels', 'ELN guerrillas'],
    cities: ['Medellín', 'Cali'],
  }),
  c('BR', 'Brazil', 'Brazilian', 'Brasília', 'lusophone', 'americas', 4, 'hos', T.P, undefined, {
    seat: 'the Planalto palace',
    media: ['Folha de S.Paulo', 'O Globo'],
    cities: ['São Paulo', 'Rio de Janeiro'],
  }),
  c('AR', 'Argentina', 'Argentine', 'Buenos Aires', 'latin', 'americas', 2, 'hos', T.P, undefined, {
    seat: 'the Casa Rosada',
    media: ['Clarín'],
    cities: ['Córdoba', 'Rosario'],
  }),
  c('CL', 'Chile', 'Chilean', 'Santiago', 'latin', 'americas', 1, 'hos', T.P, undefined, {
    cities: ['Valparaíso'],
  }),
  c('PE', 'Peru', 'Peruvian', 'Lima', 'latin', 'americas', 1, 'hos', T.P, T.PM, { cities: ['Cusco'] }),
  c('BO', 'Bolivia', 'Bolivian', 'La Paz', 'latin', 'americas', 1, 'hos', T.P, undefined, {
    cities: ['Santa Cruz'],
  }),
  c('EC', 'Ecuador', 'Ecuadorian', 'Quito', 'latin', 'americas', 1, 'hos', T.P, undefined, {
    cities: ['Guayaquil'],
  }),
  c('NI', 'Nicaragua', 'Nicaraguan', 'Managua', 'latin', 'americas', 1, 'hos', T.P, undefined),
];

export const COUNTRY_BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((k) => [k.code, k]));

export function country(code: string): Country {
  const k = COUNTRY_BY_CODE.get(code);
  if (!k) throw new Error(`unknown country ${code}`);
  return k;
}

/** Neighbours and rivals, so that pairs in an article are often plausible ones. */
export const RELATED: Readonly<Record<string, readonly string[]>> = {
  US: [
    'RU',
    'CN',
    'IR',
    'KP',
    'MX',
    'CA',
    'GB',
    'DE',
    'FR',
    'IL',
    'SA',
    'VE',
    'CU',
    'JP',
    'KR',
    'UA',
    'AF',
    'IQ',
    'TW',
    'IN',
    'PK',
  ],
  RU: [
    'US',
    'UA',
    'GE',
    'BY',
    'CN',
    'DE',
    'FR',
    'GB',
    'TR',
    'SY',
    'IR',
    'EE',
    'LV',
    'LT',
    'PL',
    'KZ',
    'AM',
    'AZ',
    'MD',
    'FI',
  ],
  CN: ['US', 'JP', 'TW', 'IN', 'KR', 'KP', 'VN', 'PH', 'RU', 'AU', 'PK', 'MM', 'KH'],
  GB: ['US', 'FR', 'DE', 'IE', 'RU', 'IR', 'AR', 'CN', 'IN', 'AU', 'CA', 'NZ', 'ES'],
  FR: ['DE', 'GB', 'US', 'IT', 'ES', 'ML', 'NE', 'DZ', 'MA', 'LB', 'RU', 'SN', 'CI'],
  DE: ['FR', 'US', 'RU', 'PL', 'GB', 'TR', 'AT', 'GR', 'UA', 'IT', 'CN', 'NL'],
  UA: ['RU', 'BY', 'PL', 'US', 'DE', 'HU', 'MD', 'RO', 'TR'],
  IR: ['US', 'IL', 'SA', 'IQ', 'SY', 'AE', 'GB', 'RU', 'CN', 'AF', 'TR', 'YE', 'LB'],
  IL: ['IR', 'LB', 'SY', 'EG', 'JO', 'US', 'TR', 'AE', 'QA'],
  SA: ['IR', 'YE', 'QA', 'AE', 'US', 'EG', 'TR', 'IL'],
  IN: ['PK', 'CN', 'BD', 'NP', 'LK', 'US', 'RU', 'AF', 'JP'],
  PK: ['IN', 'AF', 'CN', 'US', 'IR'],
  KP: ['KR', 'US', 'JP', 'CN', 'RU'],
  KR: ['KP', 'JP', 'US', 'CN'],
  JP: ['CN', 'KR', 'KP', 'US', 'RU', 'AU'],
  TR: ['SY', 'RU', 'GR', 'CY', 'US', 'DE', 'IQ', 'AM', 'AZ', 'IR'],
  SY: ['TR', 'RU', 'IR', 'IL', 'LB', 'US', 'IQ', 'JO'],
  GR: ['TR', 'CY', 'DE', 'FR'],
  AM: ['AZ', 'RU', 'TR', 'GE'],
  AZ: ['AM', 'RU', 'TR', 'IR', 'GE'],
  VE: ['CO', 'US', 'BR', 'CU'],
  ET: ['SD', 'EG', 'SO', 'KE'],
  SD: ['ET', 'EG', 'TZ', 'KE'],
  CD: ['RW', 'UG', 'AO'],
  RW: ['CD', 'UG'],
  ML: ['FR', 'NE', 'DZ', 'SN'],
  NG: ['NE', 'GH', 'US', 'GB'],
  RS: ['HR', 'HU', 'RU'],
  HU: ['UA', 'RS', 'AT', 'RO', 'SK', 'PL'],
  PL: ['DE', 'RU', 'UA', 'BY', 'LT'],
  VN: ['CN', 'US', 'KH'],
  PH: ['CN', 'US', 'JP'],
  TW: ['CN', 'US', 'JP'],
  AF: ['PK', 'US', 'IR'],
  EG: ['IL', 'ET', 'SD', 'LY', 'SA'],
  LY: ['EG', 'TN', 'IT', 'TR'],
  MA: ['DZ', 'ES', 'FR'],
  DZ: ['MA', 'FR', 'ML'],
  AR: ['GB', 'BR', 'CL'],
  CO: ['VE', 'EC', 'US'],
  MX: ['US'],
  CU: ['US', 'VE', 'RU'],
  YE: ['SA', 'IR', 'AE', 'US'],
  QA: ['SA', 'AE', 'EG', 'US'],
  IQ: ['IR', 'US', 'TR', 'SY'],
  LB: ['IL', 'SY', 'IR', 'FR'],
  GE: ['RU', 'AM', 'AZ', 'TR'],
  BY: ['RU', 'PL', 'LT', 'UA'],
};

export interface Org {
  id: string;
  /** First mention: "the United Nations". */
  name: string;
  /** Later: ["the UN", "the U.N."]. */
  short: readonly [uk: string, us: string];
  /** Before a noun or a title: ["UN", "U.N."]. */
  adj: readonly [uk: string, us: string];
  head: Title;
  seat: string;
  /** Bodies, "{adj}" replaced by the adjective: "the {adj} Security Council". */
  bodies?: readonly string[];
  /** Topics where it turns up. */
  topics: readonly string[];
  geo?: readonly Geo[];
  ngo?: boolean;
}

export const ORGS: readonly Org[] = [
  {
    id: 'UN',
    name: 'the United Nations',
    short: ['the UN', 'the U.N.'],
    adj: ['UN', 'U.N.'],
    head: { title: 'Secretary-General', lower: 'secretary-general' },
    seat: 'New York',
    bodies: ['the {adj} Security Council', 'the {adj} General Assembly', 'the {adj} Human Rights Council'],
    topics: [
      'conflict',
      'border',
      'nuclear',
      'rights',
      'aid',
      'sanctions',
      'call',
      'maritime',
      'protest',
      'diplomats',
    ],
  },
  {
    id: 'NATO',
    name: 'Nato',
    short: ['Nato', 'NATO'],
    adj: ['Nato', 'NATO'],
    head: { title: 'Secretary General', lower: 'secretary general' },
    seat: 'Brussels',
    bodies: ['{adj} defence ministers', 'the {adj} alliance'],
    topics: ['conflict', 'border', 'summit', 'diplomats', 'sanctions'],
    geo: ['europe', 'eurasia', 'americas'],
  },
  {
    id: 'EU',
    name: 'the European Union',
    short: ['the EU', 'the EU'],
    adj: ['EU', 'EU'],
    head: { title: 'foreign policy chief', lower: 'foreign policy chief' },
    seat: 'Brussels',
    bodies: ['the European Commission', 'the European Parliament', '{adj} foreign ministers'],
    topics: ['trade', 'sanctions', 'summit', 'energy', 'migration', 'rights', 'election'],
    geo: ['europe', 'eurasia', 'mena'],
  },
  {
    id: 'AU',
    name: 'the African Union',
    short: ['the AU', 'the AU'],
    adj: ['AU', 'AU'],
    head: { title: 'Commission chairperson', lower: 'commission chairperson' },
    seat: 'Addis Ababa',
    bodies: ['the {adj} Peace and Security Council'],
    topics: ['conflict', 'election', 'border', 'summit', 'aid'],
    geo: ['africa'],
  },
  {
    id: 'ASEAN',
    name: 'the Association of Southeast Asian Nations',
    short: ['Asean', 'ASEAN'],
    adj: ['Asean', 'ASEAN'],
    head: { title: 'Secretary-General', lower: 'secretary-general' },
    seat: 'Jakarta',
    topics: ['maritime', 'summit', 'trade', 'conflict'],
    geo: ['asia'],
  },
  {
    id: 'OPEC',
    name: 'the Organization of the Petroleum Exporting Countries',
    short: ['Opec', 'OPEC'],
    adj: ['Opec', 'OPEC'],
    head: { title: 'Secretary General', lower: 'secretary general' },
    seat: 'Vienna',
    topics: ['energy'],
  },
  {
    id: 'IAEA',
    name: 'the International Atomic Energy Agency',
    short: ['the IAEA', 'the IAEA'],
    adj: ['IAEA', 'IAEA'],
    head: { title: 'Director General', lower: 'director general' },
    seat: 'Vienna',
    bodies: ['the {adj} board of governors'],
    topics: ['nuclear'],
  },
  {
    id: 'WHO',
    name: 'the World Health Organization',
    short: ['the WHO', 'the WHO'],
    adj: ['WHO', 'WHO'],
    head: { title: 'Director-General', lower: 'director-general' },
    seat: 'Geneva',
    topics: ['health', 'aid'],
  },
  {
    id: 'IMF',
    name: 'the International Monetary Fund',
    short: ['the IMF', 'the IMF'],
    adj: ['IMF', 'IMF'],
    head: { title: 'Managing Director', lower: 'managing director' },
    seat: 'Washington',
    topics: ['trade', 'aid', 'energy'],
  },
  {
    id: 'WB',
    name: 'the World Bank',
    short: ['the World Bank', 'the World Bank'],
    adj: ['World Bank', 'World Bank'],
    head: { title: 'President', lower: 'president' },
    seat: 'Washington',
    topics: ['aid', 'trade', 'climate'],
  },
  {
    id: 'WTO',
    name: 'the World Trade Organization',
    short: ['the WTO', 'the WTO'],
    adj: ['WTO', 'WTO'],
    head: { title: 'Director-General', lower: 'director-general' },
    seat: 'Geneva',
    topics: ['trade'],
  },
  {
    id: 'OSCE',
    name: 'the Organization for Security and Co-operation in Europe',
    short: ['the OSCE', 'the OSCE'],
    adj: ['OSCE', 'OSCE'],
    head: { title: 'Secretary General', lower: 'secretary general' },
    seat: 'Vienna',
    topics: ['election', 'border', 'conflict'],
    geo: ['europe', 'eurasia'],
  },
  {
    id: 'AL',
    name: 'the Arab League',
    short: ['the Arab League', 'the Arab League'],
    adj: ['Arab League', 'Arab League'],
    head: { title: 'Secretary-General', lower: 'secretary-general' },
    seat: 'Cairo',
    topics: ['conflict', 'summit', 'call'],
    geo: ['mena'],
  },
  {
    id: 'GCC',
    name: 'the Gulf Cooperation Council',
    short: ['the GCC', 'the GCC'],
    adj: ['GCC', 'GCC'],
    head: { title: 'Secretary-General', lower: 'secretary-general' },
    seat: 'Riyadh',
    topics: ['summit', 'energy', 'conflict'],
    geo: ['mena'],
  },
  {
    id: 'OAS',
    name: 'the Organization of American States',
    short: ['the OAS', 'the OAS'],
    adj: ['OAS', 'OAS'],
    head: { title: 'Secretary General', lower: 'secretary general' },
    seat: 'Washington',
    topics: ['election', 'rights', 'protest', 'migration'],
    geo: ['americas'],
  },
  {
    id: 'ECOWAS',
    name: 'the Economic Community of West African States',
    short: ['Ecowas', 'ECOWAS'],
    adj: ['Ecowas', 'ECOWAS'],
    head: { title: 'Commission president', lower: 'commission president' },
    seat: 'Abuja',
    topics: ['election', 'conflict', 'sanctions'],
    geo: ['africa'],
  },
  {
    id: 'SCO',
    name: 'the Shanghai Cooperation Organisation',
    short: ['the SCO', 'the SCO'],
    adj: ['SCO', 'SCO'],
    head: { title: 'Secretary-General', lower: 'secretary-general' },
    seat: 'Beijing',
    topics: ['summit', 'terrorism'],
    geo: ['asia', 'eurasia'],
  },
  {
    id: 'ICC',
    name: 'the International Criminal Court',
    short: ['the ICC', 'the ICC'],
    adj: ['ICC', 'ICC'],
    head: { title: 'chief prosecutor', lower: 'chief prosecutor' },
    seat: 'The Hague',
    topics: ['rights', 'conflict'],
  },
  {
    id: 'ICRC',
    name: 'the International Committee of the Red Cross',
    short: ['the ICRC', 'the ICRC'],
    adj: ['ICRC', 'ICRC'],
    head: { title: 'President', lower: 'president' },
    seat: 'Geneva',
    topics: ['conflict', 'aid', 'rights'],
    ngo: true,
  },
  {
    id: 'UNHCR',
    name: 'the UN refugee agency',
    short: ['UNHCR', 'UNHCR'],
    adj: ['UNHCR', 'UNHCR'],
    head: { title: 'High Commissioner', lower: 'high commissioner' },
    seat: 'Geneva',
    topics: ['migration', 'aid', 'conflict'],
  },
  {
    id: 'UNICEF',
    name: "the UN children's agency",
    short: ['Unicef', 'UNICEF'],
    adj: ['Unicef', 'UNICEF'],
    head: { title: 'Executive Director', lower: 'executive director' },
    seat: 'New York',
    topics: ['aid', 'health'],
  },
  {
    id: 'AI',
    name: 'Amnesty International',
    short: ['Amnesty', 'Amnesty'],
    adj: ['Amnesty', 'Amnesty'],
    head: { title: 'Secretary General', lower: 'secretary general' },
    seat: 'London',
    topics: ['rights', 'protest', 'migration'],
    ngo: true,
  },
  {
    id: 'HRW',
    name: 'Human Rights Watch',
    short: ['Human Rights Watch', 'Human Rights Watch'],
    adj: ['Human Rights Watch', 'Human Rights Watch'],
    head: { title: 'executive director', lower: 'executive director' },
    seat: 'New York',
    topics: ['rights', 'conflict', 'protest'],
    ngo: true,
  },
  {
    id: 'MSF',
    name: 'Médecins Sans Frontières',
    short: ['MSF', 'MSF'],
    adj: ['MSF', 'MSF'],
    head: { title: 'international president', lower: 'international president' },
    seat: 'Geneva',
    topics: ['health', 'aid', 'conflict'],
    ngo: true,
  },
];

/** Outlets quoted as sources inside the text ("the Guardian reported"). */
export const WORLD_MEDIA: readonly string[] = [
  'Reuters',
  'the Associated Press',
  'Agence France-Presse',
  'the BBC',
  'Al Jazeera',
  'the Guardian',
  'the New York Times',
  'the Financial Times',
  'the Washington Post',
  'Bloomberg',
  'the Economist',
  'Politico',
  'Deutsche Welle',
  'Euronews',
];

/** Invented publishers, for the front matter's `source` (no real outlet is credited with these texts). */
export const PUBLISHERS: readonly string[] = [
  'Meridian Wire',
  'The Harbour Courier',
  'Northgate Press Agency',
  'The Global Ledger',
  'Continental News Service',
  'The Evening Dispatch',
  'Atlas Wire',
  'The Daily Compass',
  'Lanterne Internationale',
  'The Pacific Observer',
  'Crossroads Report',
  'The Weekly Envoy',
];

/** Invented research institutes, for analysts. */
export const INSTITUTES: readonly string[] = [
  'the Aldmoor Institute for Strategic Studies',
  'the Brenfield Centre for International Affairs',
  'the Castellan Foundation',
  'the Dunmore Institute',
  'the Halvorsen Centre for Security Policy',
  'the Kestrel Institute for Conflict Research',
  'the Larchmont Council on Foreign Relations',
  'the Northgate Centre for Eurasian Studies',
  'the Redvale Institute for Peace and Diplomacy',
  'the Stonebridge Forum',
  'the Wexley School of Global Affairs',
  'the Everly Centre for Energy Policy',
];

// ---------------------------------------------------------------------------------------------
// Who holds which office when

interface RealHolder {
  from: number;
  to: number;
  full: string;
  short: string;
  female?: boolean;
}

/** A handful of real office holders (public facts), by country and office; the rest are invented. */
const REAL: Readonly<Record<string, readonly RealHolder[]>> = {
  'US/hos': [
    { from: 2000, to: 2000, full: 'Bill Clinton', short: 'Clinton' },
    { from: 2001, to: 2008, full: 'George W. Bush', short: 'Bush' },
    { from: 2009, to: 2016, full: 'Barack Obama', short: 'Obama' },
    { from: 2017, to: 2020, full: 'Donald Trump', short: 'Trump' },
    { from: 2021, to: 2024, full: 'Joe Biden', short: 'Biden' },
    { from: 2025, to: 2025, full: 'Donald Trump', short: 'Trump' },
  ],
  'RU/hos': [
    { from: 2000, to: 2007, full: 'Vladimir Putin', short: 'Putin' },
    { from: 2008, to: 2011, full: 'Dmitry Medvedev', short: 'Medvedev' },
    { from: 2012, to: 2025, full: 'Vladimir Putin', short: 'Putin' },
  ],
  'RU/hog': [
    { from: 2008, to: 2011, full: 'Vladimir Putin', short: 'Putin' },
    { from: 2012, to: 2019, full: 'Dmitry Medvedev', short: 'Medvedev' },
  ],
  'CN/hos': [
    { from: 2000, to: 2002, full: 'Jiang Zemin', short: 'Jiang' },
    { from: 2003, to: 2012, full: 'Hu Jintao', short: 'Hu' },
    { from: 2013, to: 2025, full: 'Xi Jinping', short: 'Xi' },
  ],
  'GB/hog': [
    { from: 2000, to: 2006, full: 'Tony Blair', short: 'Blair' },
    { from: 2007, to: 2009, full: 'Gordon Brown', short: 'Brown' },
    { from: 2010, to: 2015, full: 'David Cameron', short: 'Cameron' },
    { from: 2016, to: 2018, full: 'Theresa May', short: 'May', female: true },
    { from: 2019, to: 2021, full: 'Boris Johnson', short: 'Johnson' },
    { from: 2024, to: 2025, full: 'Keir Starmer', short: 'Starmer' },
  ],
  'FR/hos': [
    { from: 2000, to: 2006, full: 'Jacques Chirac', short: 'Chirac' },
    { from: 2007, to: 2011, full: 'Nicolas Sarkozy', short: 'Sarkozy' },
    { from: 2012, to: 2016, full: 'François Hollande', short: 'Hollande' },
    { from: 2017, to: 2025, full: 'Emmanuel Macron', short: 'Macron' },
  ],
  'DE/hog': [
    { from: 2000, to: 2005, full: 'Gerhard Schröder', short: 'Schröder' },
    { from: 2006, to: 2021, full: 'Angela Merkel', short: 'Merkel', female: true },
    { from: 2022, to: 2024, full: 'Olaf Scholz', short: 'Scholz' },
  ],
  'TR/hog': [{ from: 2003, to: 2013, full: 'Recep Tayyip Erdoğan', short: 'Erdoğan' }],
  'TR/hos': [{ from: 2014, to: 2025, full: 'Recep Tayyip Erdoğan', short: 'Erdoğan' }],
  'KP/hos': [
    { from: 2000, to: 2011, full: 'Kim Jong-il', short: 'Kim' },
    { from: 2012, to: 2025, full: 'Kim Jong-un', short: 'Kim' },
  ],
  'IN/hog': [
    { from: 2004, to: 2013, full: 'Manmohan Singh', short: 'Singh' },
    { from: 2014, to: 2025, full: 'Narendra Modi', short: 'Modi' },
  ],
  'SA/hos': [
    { from: 2000, to: 2004, full: 'King Fahd', short: 'King Fahd' },
    { from: 2005, to: 2014, full: 'King Abdullah', short: 'King Abdullah' },
    { from: 2015, to: 2025, full: 'King Salman', short: 'King Salman' },
  ],
  'JO/hos': [{ from: 2000, to: 2025, full: 'King Abdullah II', short: 'King Abdullah' }],
  'QA/hos': [
    { from: 2000, to: 2012, full: 'Sheikh Hamad bin Khalifa al-Thani', short: 'Sheikh Hamad' },
    { from: 2013, to: 2025, full: 'Sheikh Tamim bin Hamad al-Thani', short: 'Sheikh Tamim' },
  ],
};

export type Office = 'hos' | 'hog' | 'fm' | 'def' | 'spk' | 'amb';

/** The office that speaks for the country in that year. */
export function leadOf(k: Country, year: number): 'hos' | 'hog' {
  if (k.leadSwitch !== undefined && year < k.leadSwitch) return k.lead === 'hos' ? 'hog' : 'hos';
  return k.lead;
}

/** Term length and phase for invented office holders, fixed per country and office. */
function termIndex(key: string, year: number, base: number, spread: number): number {
  const len = base + (hash('term', key) % spread);
  const offset = hash('phase', key) % len;
  return Math.floor((year + offset) / len);
}

/** Who held the office in that year (real where listed, else invented and stable across articles). */
export function officeHolder(k: Country, office: Office, year: number): Person {
  const real = REAL[`${k.code}/${office}`]?.find((r) => year >= r.from && year <= r.to);
  if (real) return { full: real.full, short: real.short, female: real.female ?? false };
  const title = office === 'hos' ? k.hos : office === 'hog' ? k.hog : undefined;
  const monarch = title?.monarch ?? false;
  const key = `${k.code}/${office}`;
  const term =
    office === 'spk' || office === 'amb'
      ? termIndex(key, year, 2, 3)
      : termIndex(key, year, monarch ? 14 : 4, monarch ? 12 : 3);
  // Office holders of one country do not share a family name (that would read as one person).
  const taken = new Set<string>();
  const above: readonly Office[] =
    office === 'hog'
      ? []
      : office === 'hos'
        ? ['hog']
        : office === 'fm'
          ? ['hog', 'hos']
          : ['hog', 'hos', 'fm'];
  for (const other of above) taken.add(officeHolder(k, other, year).short);
  let p = inventPerson(k.pool, k.code, office, term);
  for (let retry = 1; retry < 6 && taken.has(p.short); retry++)
    p = inventPerson(k.pool, k.code, office, term, retry);
  if (monarch && title) {
    const given = p.full.split(' ')[0] ?? p.full;
    const name = `${title.title} ${given}`;
    return { full: name, short: name, female: false };
  }
  return p;
}

/** Who headed the organisation in that year (invented, five-year terms). */
export function orgHead(o: Org, year: number): Person {
  return inventPerson('mixed', o.id, termIndex(o.id, year, 5, 2));
}

/** The title of an office, for people that have one. */
export function officeTitle(k: Country, office: Office): Title {
  switch (office) {
    case 'hos':
      return k.hos ?? k.hog ?? { title: 'President', lower: 'president' };
    case 'hog':
      return k.hog ?? k.hos ?? { title: 'Prime Minister', lower: 'prime minister' };
    case 'fm':
      return k.fmTitle ?? { title: 'Foreign Minister', lower: 'foreign minister' };
    case 'def':
      return k.code === 'US'
        ? { title: 'Defense Secretary', lower: 'defense secretary' }
        : k.code === 'GB'
          ? { title: 'Defence Secretary', lower: 'defence secretary' }
          : { title: 'Defence Minister', lower: 'defence minister' };
    case 'spk':
      return { title: 'spokesperson', lower: 'spokesperson' };
    case 'amb':
      return { title: 'Ambassador', lower: 'ambassador' };
  }
}

export function abbr(k: Country, style: Style): string | undefined {
  return k.abbr ? k.abbr[style === 'us' ? 1 : 0] : undefined;
}
