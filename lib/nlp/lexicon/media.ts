/**
 * News outlets and agencies as sources, each of the state it publishes from: "Reuters reported",
 * "according to the Guardian", "state news agency KCNA said". A name with "The" is matched without
 * it by its alias ("the Guardian" → "Guardian"), as the contract drops "the" from every alias.
 */
import { slugify } from '@/lib/nlp/lexicon/countries';
import type { LexiconActor } from '@/lib/nlp/lexicon/types';

/** One outlet: name, state, aliases; its id is the slug of the name and its code the state plus MED. */
type Row = [name: string, country: string | null, aliases: string[]];

/** Outlets, agencies and broadcasters, by state: "The Times reported", "Xinhua said", "told Haaretz". */
// prettier-ignore
const OUTLETS: Row[] = [
  // United Kingdom
  ['The Guardian', 'GBR', ['Guardian']],
  ['The Observer', 'GBR', ['Observer']],
  ['Reuters', 'GBR', ['Thomson Reuters']],
  ['BBC', 'GBR', ['British Broadcasting Corporation', 'BBC News', 'BBC World Service']],
  ['Financial Times', 'GBR', ['FT']],
  ['The Times', 'GBR', ['Times', 'Times of London']],
  ['The Sunday Times', 'GBR', ['Sunday Times']],
  ['The Daily Telegraph', 'GBR', ['Telegraph', 'Daily Telegraph', 'Sunday Telegraph']],
  ['The Independent', 'GBR', ['Independent']],
  ['The Economist', 'GBR', ['Economist']],
  ['Daily Mail', 'GBR', ['MailOnline', 'Mail Online']],
  ['The Mail on Sunday', 'GBR', ['Mail on Sunday']],
  ['The Sun', 'GBR', []],
  ['Sky News', 'GBR', []],
  ['ITV News', 'GBR', ['ITV']],
  ['Channel 4 News', 'GBR', []],
  ['Middle East Eye', 'GBR', []],
  // United States
  ['Associated Press', 'USA', ['AP']],
  ['CNN', 'USA', ['Cable News Network']],
  ['Fox News', 'USA', ['Fox News Channel']],
  ['The New York Times', 'USA', ['New York Times', 'NYT', 'NY Times']],
  ['The Washington Post', 'USA', ['Washington Post', 'WaPo']],
  ['The Wall Street Journal', 'USA', ['Wall Street Journal', 'WSJ']],
  ['Bloomberg', 'USA', ['Bloomberg News']],
  ['NPR', 'USA', ['National Public Radio']],
  ['NBC News', 'USA', ['NBC']],
  ['CBS News', 'USA', ['CBS']],
  ['ABC News', 'USA', []],
  ['CNBC', 'USA', []],
  ['MSNBC', 'USA', []],
  ['Politico', 'USA', ['POLITICO']],
  ['Axios', 'USA', []],
  ['USA Today', 'USA', []],
  ['Los Angeles Times', 'USA', ['LA Times', 'L.A. Times']],
  ['The Atlantic', 'USA', []],
  ['The New Yorker', 'USA', ['New Yorker']],
  ['Newsweek', 'USA', []],
  ['Voice of America', 'USA', ['VOA']],
  ['Radio Free Europe/Radio Liberty', 'USA', ['RFE/RL', 'Radio Free Europe', 'Radio Liberty']],
  ['Alhurra', 'USA', ['Al Hurra', 'Al-Hurra']],
  ['Wikinews', null, []],
  // France, Germany and the rest of Europe
  ['Agence France-Presse', 'FRA', ['AFP', 'Agence France Presse']],
  ['Le Monde', 'FRA', []],
  ['Le Figaro', 'FRA', []],
  ['Libération', 'FRA', ['Liberation']],
  ['France 24', 'FRA', ['France24']],
  ['Euronews', 'FRA', []],
  ['Der Spiegel', 'DEU', ['Spiegel']],
  ['Deutsche Welle', 'DEU', ['DW']],
  ['Bild', 'DEU', ['Bild-Zeitung']],
  ['Frankfurter Allgemeine Zeitung', 'DEU', ['FAZ', 'Frankfurter Allgemeine']],
  ['Süddeutsche Zeitung', 'DEU', ['Sueddeutsche Zeitung']],
  ['Deutsche Presse-Agentur', 'DEU', ['dpa', 'DPA']],
  ['El País', 'ESP', ['El Pais']],
  ['EFE', 'ESP', ['Agencia EFE']],
  ['Corriere della Sera', 'ITA', []],
  ['La Repubblica', 'ITA', []],
  ['ANSA', 'ITA', []],
  ['Ukrainska Pravda', 'UKR', []],
  ['Ukrinform', 'UKR', []],
  ['Kyiv Independent', 'UKR', []],
  ['Hürriyet', 'TUR', ['Hurriyet']],
  ['Daily Sabah', 'TUR', []],
  ['Anadolu Agency', 'TUR', ['Anadolu']],
  ['TRT World', 'TUR', ['TRT']],
  // Russia
  ['TASS', 'RUS', ['Tass', 'ITAR-TASS', 'Itar-Tass']],
  ['RIA Novosti', 'RUS', ['RIA']],
  ['Interfax', 'RUS', []],
  ['RT', 'RUS', ['Russia Today']],
  ['Sputnik', 'RUS', []],
  ['Kommersant', 'RUS', []],
  ['Izvestia', 'RUS', []],
  ['Pravda', 'RUS', []],
  ['Novaya Gazeta', 'RUS', []],
  ['Meduza', 'LVA', []],
  // Asia
  ['Xinhua', 'CHN', ['Xinhua News Agency']],
  ['China Daily', 'CHN', []],
  ['Global Times', 'CHN', []],
  ["People's Daily", 'CHN', []],
  ['CGTN', 'CHN', ['China Global Television Network']],
  ['CCTV', 'CHN', ['China Central Television']],
  ['South China Morning Post', 'HKG', ['SCMP']],
  ['Kyodo News', 'JPN', ['Kyodo']],
  ['NHK', 'JPN', []],
  ['Nikkei', 'JPN', ['Nikkei Asia']],
  ['Asahi Shimbun', 'JPN', []],
  ['Yomiuri Shimbun', 'JPN', ['Yomiuri']],
  ['Yonhap', 'KOR', ['Yonhap News Agency']],
  ['KCNA', 'PRK', ['Korean Central News Agency']],
  ['Rodong Sinmun', 'PRK', []],
  ['Press Trust of India', 'IND', ['PTI']],
  ['The Times of India', 'IND', ['Times of India']],
  ['The Hindu', 'IND', []],
  ['Dawn', 'PAK', []],
  ['The Straits Times', 'SGP', ['Straits Times']],
  // Middle East and Africa
  ['Al Jazeera', 'QAT', ['Al-Jazeera', 'Aljazeera']],
  ['Al Arabiya', 'SAU', ['Al-Arabiya']],
  ['Arab News', 'SAU', []],
  ['Asharq Al-Awsat', 'SAU', ['Asharq al-Awsat']],
  ['Saudi Press Agency', 'SAU', ['SPA']],
  ['Qatar News Agency', 'QAT', ['QNA']],
  ['WAM', 'ARE', ['Emirates News Agency']],
  ['Gulf News', 'ARE', []],
  ['IRNA', 'IRN', ['Islamic Republic News Agency']],
  ['Fars News Agency', 'IRN', ['Fars']],
  ['Tasnim News Agency', 'IRN', ['Tasnim']],
  ['Mehr News Agency', 'IRN', ['Mehr']],
  ['Press TV', 'IRN', ['PressTV']],
  ['Haaretz', 'ISR', []],
  ['The Times of Israel', 'ISR', ['Times of Israel']],
  ['The Jerusalem Post', 'ISR', ['Jerusalem Post']],
  ['Ynet', 'ISR', ['Ynetnews', 'Yedioth Ahronoth']],
  ['SANA', 'SYR', ['Syrian Arab News Agency']],
  ['WAFA', 'PSE', ['Wafa']],
  ['Al-Manar', 'LBN', ['Al Manar']],
  ['Al Mayadeen', 'LBN', ['Al-Mayadeen']],
  ['Al-Ahram', 'EGY', ['Al Ahram', 'Ahram Online']],
  ['MENA', 'EGY', ['Middle East News Agency']],
  ['Petra', 'JOR', ['Jordan News Agency']],
  ['KUNA', 'KWT', ['Kuwait News Agency']],
  // the Americas and Oceania
  ['CBC News', 'CAN', ['CBC', 'Canadian Broadcasting Corporation']],
  ['The Globe and Mail', 'CAN', ['Globe and Mail']],
  ['The Sydney Morning Herald', 'AUS', ['Sydney Morning Herald']],
  ['Australian Broadcasting Corporation', 'AUS', []],
];

/**
 * Aliases of outlets that are also common words or other names, for the matcher to take with care:
 * "Times" (a word at a sentence start), "Independent" (a candidate), "AP" (Andhra Pradesh), "Dawn",
 * "Petra" (a city, a first name), "Fars" (a province), "Pravda" (several papers), "Bloomberg" (a person).
 */
// prettier-ignore
export const AMBIGUOUS_MEDIA_ALIASES: Set<string> = new Set([
  'Times', 'Independent', 'Observer', 'Economist', 'AP', 'Dawn', 'Petra', 'RIA', 'Fars', 'Mehr', 'SPA', 'WAM',
  'Pravda', 'Sputnik', 'Bild', 'ITV', 'Spiegel', 'FT', 'DW', 'MENA', 'Bloomberg', 'Wafa', 'Politico', 'RT',
]);

/** Every outlet as a lexicon actor of kind "media": id "the-guardian", country "GBR", code "GBRMED". */
export const MEDIA: LexiconActor[] = OUTLETS.map(([name, country, aliases]) => ({
  id: slugify(name),
  name,
  kind: 'media',
  country,
  ...(country ? { code: `${country}MED` } : {}),
  aliases: aliases.filter((a) => a !== name),
}));
