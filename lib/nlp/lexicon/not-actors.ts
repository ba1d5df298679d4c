/**
 * Names that look like actors and are not: market indices. Data, each with the sentence it is for
 * (written here). The Phoenix discards list (lib/nlp/lexicon/phoenix/Phoenix.discards.txt:
 * tournaments, sports, weather) is read beside it, and currency signs ("A$2 billion") never open a
 * name (lib/nlp/actors/mentions.ts). Read by lib/nlp/actors/mentions.ts.
 */

export interface NotActorRule {
  /** The words as written (case matters): "Dow Jones", "FTSE". */
  name: string;
  /** Why it is no actor. */
  reason: 'market index';
  /** Also the name of an actor (the Nikkei newspaper): an index only with "index", "average" or a number after it. */
  needsTail?: boolean;
  /** A sentence it must not make an actor of. */
  example: string;
}

/** Stock market indices: they rise and fall, but nobody acts. A number or "index" may follow ("FTSE 100"). */
// prettier-ignore
export const MARKET_INDICES: NotActorRule[] = [
  { name: 'Dow Jones', reason: 'market index', example: 'The Dow Jones closed higher after the jobs report.' },
  { name: 'Dow', reason: 'market index', example: 'The Dow slipped 120 points in late trading.' },
  { name: 'Nasdaq', reason: 'market index', example: 'The Nasdaq outpaced the blue chips on Tuesday.' },
  { name: 'S&P', reason: 'market index', example: 'The S&P 500 touched a record before falling back.' },
  { name: 'FTSE', reason: 'market index', example: 'The FTSE 100 shed 1.2% as miners fell.' },
  { name: 'Nikkei', reason: 'market index', needsTail: true, example: 'The Nikkei average rose for a third session.' },
  { name: 'Hang Seng', reason: 'market index', example: 'The Hang Seng index lost ground in Hong Kong.' },
  { name: 'DAX', reason: 'market index', example: 'The DAX gained as exporters rallied in Frankfurt.' },
  { name: 'CAC', reason: 'market index', example: 'The CAC 40 ended flat in Paris.' },
  { name: 'Stoxx', reason: 'market index', example: 'The Stoxx 600 fell to a two-month low.' },
  { name: 'Euro Stoxx', reason: 'market index', example: 'The Euro Stoxx 50 rebounded on Friday.' },
  { name: 'Kospi', reason: 'market index', example: 'The Kospi dropped as chipmakers slid in Seoul.' },
  { name: 'Sensex', reason: 'market index', example: 'The Sensex climbed on hopes of a rate cut.' },
  { name: 'Nifty', reason: 'market index', needsTail: true, example: 'The Nifty 50 hit a new high in Mumbai.' },
  { name: 'Russell', reason: 'market index', needsTail: true, example: 'The Russell 2000 of small companies lagged.' },
  { name: 'MSCI', reason: 'market index', needsTail: true, example: 'The MSCI index of world stocks edged up.' },
  { name: 'Shanghai Composite', reason: 'market index', example: 'The Shanghai Composite fell 3% on Monday.' },
];

/**
 * Words that may follow an index's name and belong to it: "the Nikkei average", "the Shanghai
 * Composite index", "the FTSE 100" (numbers too).
 */
export const INDEX_TAILS = new Set([
  'index',
  'indices',
  'average',
  'composite',
  'industrial',
  'industrials',
  'futures',
]);

/**
 * Nouns that say the name before them is a product, a model or a piece of software, not who makes
 * it: "the Zentrix software", "the Orbix phone", "the older Walkman and the Video version". Read
 * only after a name no dictionary knows (lib/nlp/actors/mentions.ts). Written here.
 */
// prettier-ignore
export const PRODUCT_NOUNS = new Set([
  'software', 'app', 'apps', 'application', 'applications', 'browser', 'phone', 'phones',
  'smartphone', 'smartphones', 'handset', 'handsets', 'laptop', 'laptops', 'notebook', 'notebooks', 'computer',
  'computers', 'tablet', 'tablets', 'console', 'consoles', 'device', 'devices', 'model', 'models', 'version',
  'versions', 'edition', 'player', 'chip', 'chips', 'processor', 'processors', 'camera', 'cameras',
  'headset', 'headsets', 'sedan', 'sedans', 'car', 'cars', 'vehicle', 'vehicles', 'update', 'upgrade',
  'download', 'downloads', 'gadget', 'gadgets', 'handheld', 'operating', 'firmware', 'plugin', 'lineup', 'series',
]);

/**
 * Verbs whose object is made, not someone who acts: "Apple released Zentrix OS", "the firm
 * unveiled the Orbix Pro". A name no dictionary knows as their object is a product. "buy" and "use"
 * take companies as well ("Google bought a start-up"), so they count only with another sign of a
 * product. Lemmas, as lib/nlp/tokens gives them.
 */
export const LAUNCH_VERBS = new Set([
  'launch',
  'release',
  'unveil',
  'introduce',
  'install',
  'upgrade',
  'download',
  'preview',
  'demo',
  'ship',
]);
export const WEAK_LAUNCH_VERBS = new Set(['buy', 'use', 'purchase']);

/**
 * Labels of a news page's parts, capitalised as headings and captions are: "Video: talks resume in
 * Geneva", "Photo Protesters outside parliament", "Update (2): the vote is delayed". A name of one
 * such word is never an actor.
 */
// prettier-ignore
export const PAGE_LABELS = new Set([
  'video', 'videos', 'photo', 'photos', 'picture', 'pictures', 'gallery', 'slideshow', 'update', 'updated',
  'watch', 'listen', 'read', 'audio', 'podcast', 'live', 'breaking', 'exclusive', 'analysis', 'opinion',
  'editorial', 'comment', 'interview', 'factbox', 'timeline', 'graphic', 'map', 'chart', 'related', 'advertisement',
  'file', 'explainer', 'correction', 'transcript',
]);
