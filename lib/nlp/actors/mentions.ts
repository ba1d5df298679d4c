/**
 * Finding the words that name actors in a sentence: known names ("the Kremlin", "NATO"), people with
 * their titles ("Russian President Vladimir Putin"), parts of governments ("Russia's foreign ministry",
 * "the Obama administration"), groups named by role and country ("US officials", "European leaders"),
 * country adjectives ("Russian bombing raids"), unknown proper names, pronouns and pairs ("the two
 * leaders"). Identity (who each mention is) is settled afterwards, in ./resolve.ts.
 */
import type { ActorKind, LexiconActor } from '@/lib/nlp/lexicon/types';
import type { Token } from '@/lib/nlp/tokens';
import { GIVEN_NAMES } from '@/lib/nlp/lexicon/given-names';
import { REGIONS } from '@/lib/nlp/lexicon/places';
import { TITLES } from '@/lib/nlp/lexicon/titles';
import { FAITH_ADJECTIVES } from '@/lib/nlp/lexicon/groups';
import { ADJECTIVE_INDEX } from '@/lib/nlp/lexicon/actors';
import {
  INDEX_TAILS,
  LAUNCH_VERBS,
  MARKET_INDICES,
  PAGE_LABELS,
  PRODUCT_NOUNS,
  WEAK_LAUNCH_VERBS,
} from '@/lib/nlp/lexicon/not-actors';
import { exactKey, foldedKey, gazetteer, type Entry, type Trie } from './gazetteer';
import { actorDictionaries, actorsOf, agentOf, agentTrail, codeEntries, dictKey, readCode } from './dict';
import { slugify } from '@/lib/nlp/lexicon/countries';

export type MentionForm =
  /** a name: "Vladimir Putin", "the Kremlin", "Apple" */
  | 'name'
  /** a title before a name: "President Putin", "Russian President Vladimir Putin" */
  | 'titled'
  /** an office without a name: "the Russian president" */
  | 'role'
  /** part of a government: "Russia's foreign ministry", "the Obama administration", "Trump's office" */
  | 'body'
  /** people named by role: "US officials", "European leaders" */
  | 'group'
  /** a country adjective standing for its state: "Russian bombing raids", "Russian-US relations" */
  | 'adjective'
  /** he, him, his, she, her, they, them, their, it, its, we, our, I */
  | 'pronoun'
  /** "the two leaders", "the two men", "both sides" */
  | 'pair';

export interface Mention {
  /** Token range [first, last) and character span [start, end). */
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  text: string;
  form: MentionForm;
  kind: ActorKind;
  /** ISO alpha-3 or bloc code, when known. */
  country: string | null;
  /** The lexicon entry it names, when it names one. */
  lexicon?: LexiconActor;
  /** For names: the name as written, without title ("Vladimir Putin"). */
  name?: string;
  /** For titled, role, body and group mentions: what kind of office or body or group. */
  title?: string;
  office?: string;
  sector?: string;
  /** The noun of a body or group ("foreign ministry", "officials"). */
  noun?: string;
  /** For a group whose noun came from the Phoenix agents list: where ("from the Phoenix agents list (line 2059), ~OPP"). */
  agentTrail?: string;
  /** For a group named by its faith ("Shiite militias"): the CAMEO religion code (SHI) and the adjective as written. */
  faith?: { code: string; name: string };
  /** A region code for blocs named by adjective ("European leaders": EUR), with the adjective as written. */
  region?: { code: string; name: string };
  /** A possessor or owner: "Russia's" in "Russia's foreign ministry", "Obama" in "the Obama administration". */
  owner?: Mention;
  /** Followed by "'s": the mention owns what comes next ("Russia's bombing raids"). */
  possessive: boolean;
  /** Set by ./resolve.ts: the key of the actor it refers to. */
  actor?: string;
  /**
   * For an unknown name: what says it is an actor. `guess` when only capitals do (it may be a
   * product or a heading word); such names are kept only if named again or taking part in an event.
   */
  evidence?:
    | 'given-name'
    | 'honorific'
    | 'org-head'
    | 'place'
    | 'state-name'
    | 'guess'
    | 'initial'
    /** the actor dictionaries (vendored or the user's) hold the whole name with a code */
    | 'listed';
}

const PRONOUNS = new Map<string, { kind: 'person' | 'plural' | 'thing' | 'speaker' }>([
  ['he', { kind: 'person' }],
  ['him', { kind: 'person' }],
  ['his', { kind: 'person' }],
  ['himself', { kind: 'person' }],
  ['she', { kind: 'person' }],
  ['her', { kind: 'person' }],
  ['hers', { kind: 'person' }],
  ['herself', { kind: 'person' }],
  ['they', { kind: 'plural' }],
  ['them', { kind: 'plural' }],
  ['their', { kind: 'plural' }],
  ['it', { kind: 'thing' }],
  ['its', { kind: 'thing' }],
  ['we', { kind: 'speaker' }],
  ['our', { kind: 'speaker' }],
  ['us', { kind: 'speaker' }],
  ['i', { kind: 'speaker' }],
  ['my', { kind: 'speaker' }],
]);
export const pronounKind = (word: string) => PRONOUNS.get(word.toLowerCase())?.kind;

/** Words allowed before a title, body or group without changing who is meant: "senior US officials". */
// prettier-ignore
const FILLERS = new Set([
  'senior', 'top', 'many', 'some', 'several', 'other', 'new', 'incoming', 'outgoing', 'former', 'acting',
  'current', 'high-ranking', 'leading', 'local', 'regional', 'state', 'federal', 'national', 'two', 'three',
  'four', 'few', 'most', 'all', 'both', 'unnamed', 'anonymous', 'veteran', 'then', 'then-', 'interim',
  'de', 'facto', 'longtime', 'long-time', 'embattled', 'newly', 'elected', 'appointed', 'visiting',
]);

/** Nouns that name the pair of actors last in focus: "the two leaders", "both sides". */
export const PAIR_NOUNS = new Map<string, ActorKind | 'any'>([
  ['leaders', 'person'],
  ['men', 'person'],
  ['women', 'person'],
  ['presidents', 'person'],
  ['ministers', 'person'],
  ['sides', 'any'],
  ['parties', 'any'],
  ['countries', 'country'],
  ['nations', 'country'],
  ['states', 'country'],
  ['governments', 'country'],
  ['powers', 'country'],
  ['neighbours', 'country'],
  ['neighbors', 'country'],
  ['allies', 'any'],
  ['rivals', 'any'],
  ['heads', 'person'],
]);

/** Bodies that speak for the person who owns them: "Trump's office said". */
export const SPEAKS_FOR_OWNER = new Set([
  'office',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aides',
  'aide',
  'campaign',
  'team',
  'transition team',
  'press secretary',
  'lawyer',
  'lawyers',
]);

/** Last words of organisation names: "Workers' Party", "Bank of England". */
// prettier-ignore
const ORG_HEADS = new Set([
  'party', 'ministry', 'council', 'bank', 'company', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'group', 'union',
  'organization', 'organisation', 'agency', 'committee', 'front', 'army', 'court', 'parliament', 'assembly',
  'commission', 'fund', 'institute', 'university', 'association', 'movement', 'forces', 'brigade', 'brigades',
  'alliance', 'league', 'federation', 'foundation', 'airline', 'airlines', 'airways', 'authority', 'board', 'bureau',
  'department', 'office', 'service', 'services', 'guard', 'guards', 'police', 'navy', 'force', 'congress',
  'senate', 'cabinet', 'coalition', 'network', 'times', 'post', 'news', 'press', 'agency', 'club', 'society',
  'trust', 'industries', 'holdings', 'motors', 'systems', 'technologies', 'labs', 'co', 'center', 'centre',
  'school', 'college', 'hospital', 'church', 'mission', 'embassy', 'consulate', 'secretariat', 'tribunal',
]);
/** Last words of place names, which are not actors of their own: "Red Square", "Black Sea". */
// prettier-ignore
const PLACE_HEADS = new Set([
  'street', 'square', 'river', 'sea', 'ocean', 'mountains', 'mountain', 'province', 'region', 'county', 'city',
  'island', 'islands', 'valley', 'strait', 'gulf', 'bay', 'peninsula', 'desert', 'lake', 'airport', 'port',
  'bridge', 'road', 'avenue', 'palace', 'hall', 'stadium', 'hotel', 'district', 'state', 'territory', 'coast',
  'heights', 'hills', 'plain', 'basin', 'canal', 'border', 'crossing', 'highway',
]);
/** Capitalised words that are not names at the start of a name. */
// prettier-ignore
const NEVER_NAMES = new Set([
  'i', 'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'by', 'for', 'of', 'to', 'this', 'that',
  'these', 'those', 'there', 'it', 'he', 'she', 'we', 'they', 'his', 'her', 'their', 'our', 'its', 'mr', 'mrs',
  'ms', 'dr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'today', 'yesterday', 'tomorrow', 'meanwhile', 'however', 'during', 'after', 'before', 'while',
  'when', 'where', 'what', 'who', 'why', 'how', 'all', 'some', 'many', 'most', 'both', 'each', 'every',
  'no', 'not', 'yes', 'so', 'then', 'also', 'still', 'yet', 'now', 'here', 'one', 'two', 'three',
  // counts that open a sentence: "Hundreds marched", "Members of the union struck"
  'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'members',
]);
/** Lower-case words allowed inside a name: "Bashar al-Assad", "Bank of England", "Ludwig van Beethoven". */
const NAME_CONNECTORS = new Set([
  'al',
  'bin',
  'ibn',
  'bint',
  'de',
  'del',
  'della',
  'der',
  'van',
  'von',
  'da',
  'di',
  'du',
  'le',
  'la',
  'el',
  'of',
  'and',
  'for',
  'abu',
  'ben',
]);

const isCap = (t: Token) => {
  const c = t.text.charCodeAt(0);
  // ASCII first (most words); anything else by its Unicode category
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};
/** A brand in camel case ("iTunes"): it starts a name only when a capitalised word follows ("iTunes Music Store"). */
const isCamel = (t: Token | undefined) => t != null && /^\p{Ll}{1,2}\p{Lu}\p{L}/u.test(t.text);
const isPossessive = (t: Token | undefined) => t != null && (t.lower === "'s" || t.lower === "'");
const isHyphen = (t: Token | undefined) =>
  t != null && (t.text === '-' || t.text === '\u2010' || t.text === '\u2011');

/**
 * What the dependency parse (lib/nlp/syntax) says of a token: its relation and the token index of
 * its head (-1 for the root, or where the parse's tokens do not line up with ours).
 */
export interface TokenSyntax {
  deprel: string;
  upos: string;
  head: number;
}

/**
 * The parse of each token, by token index: the parse tokenises as UD English does, so a token is
 * read where a parse token starts at the same place (most do); the rest have none.
 */
export function alignSyntax(
  tokens: readonly Token[],
  parsed: readonly {
    tokens: readonly { id: number; start: number; head: number; deprel: string; upos: string }[];
  }[],
): (TokenSyntax | undefined)[] {
  const byStart = new Map<number, number>();
  for (const t of tokens) byStart.set(t.start, t.i);
  const out: (TokenSyntax | undefined)[] = new Array(tokens.length);
  for (const s of parsed) {
    for (const u of s.tokens) {
      const i = byStart.get(u.start);
      if (i == null) continue;
      const h = u.head > 0 ? s.tokens[u.head - 1] : undefined;
      out[i] = { deprel: u.deprel, upos: u.upos, head: h ? (byStart.get(h.start) ?? -1) : -1 };
    }
  }
  return out;
}

interface Ctx {
  tokens: readonly Token[];
  /** The parse of each token, where there is one. */
  syn: readonly (TokenSyntax | undefined)[];
  /** Token indexes covered by time expressions: never names ("Monday", "January"). */
  timeTokens: Set<number>;
  /** The sentence is a headline in title case ("Border Talks Stall As Aid Dries Up"): capitals prove nothing. */
  titleCase: boolean;
  /** Lexicon matches already looked up in this sentence, per trie and token (read-only). */
  memo: Map<Trie, Match[][]>;
  /** The sentence's tokens [from, to), and as the Phoenix dictionaries key them (made on first use). */
  from: number;
  to: number;
  dictKeys: string[] | null;
  /** Acronyms the document gave to events and products ("(WWDC)"): no actors where they recur. */
  notActors: Set<string>;
}

/** The sentence's tokens as the dictionaries key them, from `ctx.from` to `ctx.to`: made once. */
function dictKeysOf(ctx: Ctx, _to: number): string[] {
  return (ctx.dictKeys ??= ctx.tokens.slice(ctx.from, ctx.to).map(dictKey));
}

/**
 * A Phoenix agent noun at `j` ("truck drivers", "students", "riot policemen"), in lower case (a
 * capitalised one opens a name, unless it opens the sentence): the group nouns of
 * lib/nlp/lexicon/groups.ts come first, this is for the ones they lack.
 */
function agentAt(
  ctx: Ctx,
  j: number,
  to: number,
): { end: number; noun: string; sector: string; trail: string } | null {
  const t = ctx.tokens[j];
  if (!t || j >= to || (isCap(t) && j !== ctx.from)) return null;
  const d = actorDictionaries();
  if (!d.trie.starts(dictKey(t))) return null;
  const hit = d.trie.longestAt(dictKeysOf(ctx, to), j - ctx.from, to - ctx.from);
  const agent = hit ? agentOf(d, hit.payloads) : undefined;
  if (!hit || !agent || agent.placement !== 'suffix') return null;
  const end = hit.end + ctx.from;
  // a group is named in the plural: "an Israeli man" is one person, and "rebel-held" no noun at all
  const last = ctx.tokens[end - 1]!.lower;
  if (!(/[^s]s$/.test(last) || COLLECTIVE_AGENTS.has(last)) || isHyphen(ctx.tokens[end])) return null;
  return {
    end,
    noun: textOf(ctx.tokens, { first: j, last: end } as Mention).toLowerCase(),
    sector: agent.code,
    trail: agentTrail(agent),
  };
}

/** Roles whose groups act on their own, named with no state: "kidnappers", "police", "gunmen", "protesters". */
const ACTING_ROLES = new Set(['COP', 'INS', 'UAF', 'CRM', 'SEP', 'RAD', 'OPP']);

/** Whether a group noun's last word is a plural or a collective ("militias", "gunmen", "police"), not one person. */
const isGroupPlural = (last: string) => /[^s]s$|men$/.test(last) || COLLECTIVE_AGENTS.has(last);

/** Agent nouns that name a group without a plural "s": "Chinese police", "Afghan tribesmen". */
// prettier-ignore
const COLLECTIVE_AGENTS = new Set(['men', 'women', 'people', 'police', 'personnel', 'staff', 'clergy', 'youth', 'children', 'military', 'folk']);

const INDEX_WORDS = MARKET_INDICES.map((r) => ({
  words: r.name.split(' '),
  needsTail: r.needsTail === true,
}));

/** The end of a market index's name at `j` ("the FTSE 100 index"), or `j`. */
function indexAt(ctx: Ctx, j: number, to: number): number {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t || !isCap(t)) return j;
  for (const { words, needsTail } of INDEX_WORDS) {
    if (words[0] !== t.text || !words.every((w, k) => j + k < to && tokens[j + k]!.text === w)) continue;
    let k = j + words.length;
    // a name goes on: "Dow Chemical" is a company
    if (k < to && isCap(tokens[k]!) && !/^\d/.test(tokens[k]!.text)) continue;
    while (k < to && (INDEX_TAILS.has(tokens[k]!.lower) || /^\d+$/.test(tokens[k]!.text))) k++;
    if (needsTail && k === j + words.length) continue;
    return k;
  }
  return j;
}

/**
 * Whether a phrase of two words or more of the Phoenix discards list lies inside words [from, to)
 * of a name: "the Champions League final" is a tournament, no actor. The list marks sentences off
 * topic for political coding, so its single words ("Beatles") may still name actors of other news.
 */
function discarded(ctx: Ctx, from: number, to: number): boolean {
  const d = actorDictionaries();
  const keys = dictKeysOf(ctx, to);
  for (let k = from; k < to; k++) {
    const hit = d.trie.longestAt(keys, k - ctx.from, to - ctx.from);
    if (!hit || !hit.payloads.some((p) => p.type === 'discard')) continue;
    if (hit.end - hit.start >= 2) return true;
  }
  return false;
}

/**
 * The words of office titles ("Chief", "Executive", "Officer", "Minister"), honorifics left out
 * ("Lady", "Sir" open names): a name made of them alone is an office with no one named, no actor.
 */
const TITLE_WORDS = new Set(
  TITLES.filter((t) => t.office !== 'honorific').flatMap((t) => t.title.toLowerCase().split(/[\s-]+/)),
);

/**
 * Whether the unknown name [from, to) is only the words of a title, two or more: "Executive Officer"
 * is what is left of "the Apple Chief Executive Officer," once "Chief" has ended the name before it.
 */
function titleWordsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens
    .slice(from, to)
    .filter((t) => /\p{L}/u.test(t.text) && t.lower !== 'of' && t.lower !== 'and');
  return words.length >= 2 && words.every((t) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')));
}

/**
 * The state of a qualifier after a place's name and a comma, at `k`: a US state, a Canadian
 * province or an Australian state (lib/nlp/lexicon/places.ts), or a state named by its own name
 * (not its capital): "San Jose, California" (USA), "Cordoba, Argentina" (ARG). A list goes on
 * after it ("Moscow, Washington and Beijing"), and a qualifier does not: then null.
 */
function qualifierAt(
  ctx: Ctx,
  k: number,
  to: number,
  place: readonly [number, number],
): { country: string; end: number } | null {
  const { tokens } = ctx;
  const t = tokens[k];
  if (!t || k >= to || !isCap(t)) return null;
  let q: { country: string; end: number } | null = null;
  for (let n = Math.min(3, to - k); n >= 1 && !q; n--) {
    const region = REGIONS.get(
      tokens
        .slice(k, k + n)
        .map((x) => x.text)
        .join(' '),
    );
    if (region) q = { country: region, end: k + n };
  }
  const region = q != null;
  if (!q) {
    const state = actorNameAt(ctx, k, to);
    const text = state ? textOf(tokens, { first: k, last: state.end } as Mention) : '';
    if (
      state &&
      state.actor.kind === 'country' &&
      state.actor.country &&
      (state.actor.name === text || state.actor.aliases?.includes(text))
    )
      q = { country: state.actor.country, end: state.end };
  }
  if (!q) return null;
  // a clause goes on from it: "in Amman, Syria's foreign ministry said", "According to Clarín, Chile
  // urged …": the qualifier owns something, or (a state's name, which opens clauses more often than
  // a region's) the parse hangs it on no word of the place
  if (isPossessive(tokens[q.end])) return null;
  // "If Pyongyang attacked Seoul, Washington would respond": the state's name is the subject of the
  // next clause (a verb follows it, or the parse makes it a subject), not where the place lies
  const following = tokens[q.end];
  if (following && q.end < to && (following.pos === 'VERB' || following.pos === 'AUX')) return null;
  for (let x = k; x < q.end; x++) if (ctx.syn[x]?.deprel.startsWith('nsubj')) return null;
  if (!region && !qualifies(ctx, k, q.end, place)) return null;
  // a list: "Moscow, Washington and Beijing", "Paris, Berlin, London"
  const after = tokens[q.end];
  if (after && q.end < to) {
    if (after.lower === 'and' || after.lower === 'or' || after.lower === '&') return null;
    const next = tokens[q.end + 1];
    if (
      after.text === ',' &&
      next &&
      q.end + 1 < to &&
      (isCap(next) || next.lower === 'and' || next.lower === 'or')
    )
      return null;
  }
  return q;
}

/**
 * Whether the parse hangs the qualifier [a, b) on a word of the place [from, to) (as an apposition
 * or a modifier: "San Jose, California"), or a word of the place on it; true where there is no parse.
 */
function qualifies(ctx: Ctx, a: number, b: number, [from, to]: readonly [number, number]): boolean {
  const { syn } = ctx;
  if (!syn[a]) return true;
  const inPlace = (h: number) => h >= from && h < to;
  for (let k = a; k < b; k++)
    if (syn[k] && !(syn[k]!.head >= a && syn[k]!.head < b) && inPlace(syn[k]!.head)) return true;
  for (let k = from; k < to; k++) if (syn[k] && syn[k]!.head >= a && syn[k]!.head < b) return true;
  return false;
}

/**
 * A place named with its region or state after a comma ("San Jose, California", "Paris, Texas"),
 * at [j, end): the state it lies in, or null when no qualifier follows or the words before make a
 * list ("Lima, Paris, Texas").
 */
function qualifiedPlace(ctx: Ctx, j: number, end: number, to: number): string | null {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',' || end + 1 >= to) return null;
  if (tokens[j - 1]?.text === ',' && j - 1 > ctx.from) return null;
  return qualifierAt(ctx, end + 1, to, [j, end])?.country ?? null;
}

/**
 * Where the state's capital named at [j, known.end) is written with the region or state it lies in,
 * and that is another state ("San Jose, California"): that state; else null.
 */
function capitalElsewhere(
  ctx: Ctx,
  j: number,
  known: { end: number; actor: LexiconActor },
  to: number,
): string | null {
  const { actor } = known;
  if (actor.kind !== 'country' || !actor.country || isPossessive(ctx.tokens[known.end])) return null;
  const text = textOf(ctx.tokens, { first: j, last: known.end } as Mention);
  if (actor.name === text || actor.aliases?.includes(text)) return null;
  const state = qualifiedPlace(ctx, j, known.end, to);
  return state && state !== actor.country ? state : null;
}

/**
 * Whether the spaced hyphen at `h` joins two capitalised words into one name ("Wal - Mart"): one
 * word each side, the parse joins them by a name relation, and the dictionaries know neither.
 */
function spacedHyphenName(ctx: Ctx, h: number, end: number): boolean {
  const { tokens, syn } = ctx;
  const a = tokens[h - 1];
  const b = tokens[h + 1];
  if (!a || !b || h + 1 >= end || b.start === tokens[h]!.end || !isCap(a) || !isCap(b)) return false;
  if (!/^\p{L}+$/u.test(a.text) || !/^\p{L}+$/u.test(b.text)) return false;
  const c = tokens[h + 2];
  if (c && h + 2 < end && isCap(c) && /\p{L}/u.test(c.text)) return false;
  const joined =
    (syn[h - 1]?.head === h + 1 && NAME_RELATIONS.has(syn[h - 1]!.deprel)) ||
    (syn[h + 1]?.head === h - 1 && NAME_RELATIONS.has(syn[h + 1]!.deprel));
  return joined && !actorNameAt(ctx, h - 1, h) && !actorNameAt(ctx, h + 1, end);
}

/** Company suffixes the Phoenix lists write after a name that news writes without: "EBAY_INC" is "eBay". */
const LISTED_SUFFIXES = ['inc', 'corp', 'corporation', 'co', 'ltd', 'plc', 'group', 'company'];

/**
 * Whether the Phoenix actor lists hold the words [from, to) as a whole, or with a company suffix:
 * "Coca-Cola", "eBay" (listed as "eBay Inc").
 */
function listedName(ctx: Ctx, from: number, to: number): boolean {
  const d = actorDictionaries();
  const keys = dictKeysOf(ctx, to).slice(from - ctx.from, to - ctx.from);
  return [keys, ...LISTED_SUFFIXES.map((x) => [...keys, x])].some((ks) => {
    const hit = d.trie.longestAt(ks, 0, ks.length);
    return hit != null && hit.end === ks.length && actorsOf(d, hit.payloads).length > 0;
  });
}

/** Prefixes of surnames written in camel case, which make no brand: "McCain", "DiCaprio", "O'Neill". */
const SURNAME_CAMEL = /^(Mc|O'|O\u2019|D'|De|Di|Da|La|Le|Du|Van|Von|Fitz)\p{Lu}/u;

/**
 * A brand written in camel case: a lower-case initial ("iTunes", "eBay": strong) or a capital
 * inside the word ("PlayStation", "MacBook": weak, for companies are written so too: "BlackRock").
 */
function camelOf(t: Token): 'lower' | 'inner' | null {
  if (/^\p{Ll}{1,2}\p{Lu}/u.test(t.text)) return 'lower';
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) && !SURNAME_CAMEL.test(t.text)) return 'inner';
  return null;
}

/**
 * Whether the unknown name [from, nameEnd) is a product, a model or software rather than who makes
 * it, and where what belongs to it ends ("the PlayStation 4 console"). Signals:
 * - a model number or version inside or after it: "Mac OS X Lion", "Galaxy S7", "PlayStation 4"
 *   (a single capital, letters with digits, a Roman numeral at the end; a number after, weak);
 * - a product noun after it: "the Zentrix software", "the Video version";
 * - a brand written in camel case: "iTunes Music Store", "MacBook Air" (alone, "PlayStation" or
 *   "BlackRock" needs another signal);
 * - the parse: the object of "launched", "released", "unveiled", "installed" ("Apple released
 *   Zentrix Studio"); of "bought", "uses" only with another signal.
 * Only for names no dictionary knows and nothing else vouches for (`evidence` a guess).
 */
function productAt(ctx: Ctx, from: number, nameEnd: number, to: number): number | null {
  const { tokens, syn } = ctx;
  const words = tokens.slice(from, nameEnd) as Token[];
  let strong = false;
  let weak = 0;
  // a single capital or letters with digits after the first word: "OS X", "Galaxy S7", "Model S"
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (/^\p{Lu}$/u.test(w.text) && tokens[from + k + 1]?.text !== '.') strong = true;
    if (/^\p{Lu}+\d+\p{L}*$/u.test(w.text)) strong = true;
  }
  if (words.length >= 2 && /^(II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/.test(words[words.length - 1]!.text))
    strong = true;
  let end = nameEnd;
  // a number right after: "PlayStation 4", "the Orbix 4 console" (not a count of things: "Apple 500
  // workers"); alone it may be a name's own ("Channel 4", "Apollo 11"), so it needs another signal
  const num = tokens[end];
  if (
    num &&
    end < to &&
    /^\d{1,4}$/.test(num.text) &&
    num.start === tokens[end - 1]!.end + 1 &&
    !ctx.timeTokens.has(end)
  ) {
    const after = tokens[end + 1];
    const noun = after && end + 1 < to && (after.pos === 'NOUN' || after.pos === 'PROPN');
    if (!noun || PRODUCT_NOUNS.has(after.lower)) {
      weak++;
      end++;
    }
  }
  // a product noun after it: "the Zentrix software" (a plural, "Apple laptops", may be the maker's)
  const noun = tokens[end];
  if (noun && end < to && !isCap(noun) && PRODUCT_NOUNS.has(noun.lower)) {
    if (/[^s]s$/.test(noun.lower)) weak++;
    else strong = true;
    end++;
  }
  const camel = words.map(camelOf);
  if (camel.includes('lower')) strong = true;
  else if (camel[0] === 'inner' && words.length >= 2) strong = true;
  else if (camel.includes('inner')) weak++;
  // the parse: the name's head word is the object of a verb of making or releasing
  for (let k = from; k < nameEnd; k++) {
    const s = syn[k];
    if (!s || (s.head >= from && s.head < nameEnd)) continue;
    if (s.deprel !== 'obj' || s.head < 0) break;
    const verb = tokens[s.head]!.lemma;
    if (LAUNCH_VERBS.has(verb)) strong = true;
    else if (WEAK_LAUNCH_VERBS.has(verb)) weak++;
    break;
  }
  // … or, where the parse went astray, a verb of releasing right before it ("unveiled its new Helios")
  let v = from - 1;
  while (v > ctx.from && /^(the|a|an|its|their|his|her|new|latest)$/.test(tokens[v]!.lower)) v--;
  if (v >= ctx.from && tokens[v]!.pos === 'VERB' && LAUNCH_VERBS.has(tokens[v]!.lemma)) strong = true;
  return strong || weak >= 2 ? end : null;
}

/** Prepositions that place a group: "protesters in Caracas", "students of Tehran", "farmers from Punjab". */
const GROUP_PLACE_PREPS = new Set(['in', 'of', 'from']);

/**
 * The state of a place named at `k` (after "in", "of", "from"): a known state or capital from the
 * lexicon, or a city or province the Phoenix countries list files under its state ("Caracas" → VEN).
 */
function placeStateAt(ctx: Ctx, k: number, to: number): { country: string; end: number } | null {
  const t = ctx.tokens[k];
  if (!t || k >= to || !isCap(t)) return null;
  const known = actorNameAt(ctx, k, to);
  if (known?.actor.kind === 'country' && known.actor.country)
    return { country: capitalElsewhere(ctx, k, known, to) ?? known.actor.country, end: known.end };
  const d = actorDictionaries();
  const hit = d.trie.longestAt(dictKeysOf(ctx, to), k - ctx.from, to - ctx.from);
  if (!hit) return null;
  // a proper name that runs on past the dictionary's phrase is something else ("Caracas Chamber of Commerce")
  if (properNameEnd(ctx, k, to) > hit.end + ctx.from) return null;
  const entries = actorsOf(d, hit.payloads);
  // only a plain state code: a place, not a person or a body of the state
  const codes = new Set(entries.flatMap((e) => e.codes.map((c) => c.code)));
  if (codes.size !== 1) return null;
  const [code] = [...codes];
  const { country, role } = readCode(code!);
  return country && !role && code === country ? { country, end: hit.end + ctx.from } : null;
}

type Match = [number, Entry[]];

/** Every lexicon phrase of `trie` starting at token `i` (longest first), looked up once per sentence. */
function matchesAt(ctx: Ctx, trie: Trie, i: number): readonly Match[] {
  let row = ctx.memo.get(trie);
  if (!row) ctx.memo.set(trie, (row = []));
  return (row[i] ??= trie.matchAt(ctx.tokens, i, trie === gazetteer().exact ? exactKey : foldedKey));
}

/**
 * Whether most words of tokens [from, to) are capitalised, as in a title-case headline. Such a
 * headline capitalises its verbs and nouns too: one written in lower case ("Veloria condemned Kestmark
 * on Monday") says the sentence is not one, and its capitals are names.
 */
function isTitleCase(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (words.some((t) => !isCap(t) && (t.pos === 'VERB' || t.pos === 'NOUN'))) return false;
  return words.length >= 3 && words.filter((t) => isCap(t)).length / words.length >= 0.7;
}

/**
 * The end of the longest phrase of the actor dictionaries (the vendored lists or the user's) at the
 * capitalised word `i` whose entry gives a code, or `i`: such a phrase is a name wherever it
 * stands ("Veloria" of a user's list opening a sentence, which the tagger may not call a proper noun).
 */
function codedAt(ctx: Ctx, i: number, to: number): number {
  return codedHit(ctx, i, to)?.end ?? i;
}

/**
 * The longest coded phrase of the actor dictionaries at the capitalised word `i` (./codedAt), or
 * at the "the" before it where the lists write the article as part of the name ("THE_HERMIT_KINGDOM"):
 * where it ends, and its entries.
 */
function codedHit(
  ctx: Ctx,
  i: number,
  to: number,
): {
  end: number;
  entries: ReturnType<typeof actorsOf>;
} | null {
  const t = ctx.tokens[i];
  if (!t || i >= to || !isCap(t)) return null;
  const d = actorDictionaries();
  const keys = dictKeysOf(ctx, to);
  const at = (k: number) => {
    const hit = d.trie.longestAt(keys, k - ctx.from, to - ctx.from);
    const entries = hit ? actorsOf(d, hit.payloads) : [];
    return hit && hit.end + ctx.from > i && entries.some((e) => e.codes.length > 0)
      ? { end: hit.end + ctx.from, entries }
      : null;
  };
  const the = i - 1 >= ctx.from && ctx.tokens[i - 1]!.lower === 'the' ? at(i - 1) : null;
  const own = d.trie.starts(dictKey(t)) ? at(i) : null;
  return the && (!own || the.end >= own.end) ? the : own;
}

/** The end (exclusive) of a proper name starting at `i`, or `i` when none starts there. */
function properNameEnd(ctx: Ctx, i: number, end: number): number {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || i >= end || ctx.timeTokens.has(i) || NEVER_NAMES.has(t.lower.replace(/\.$/, ''))) return i;
  if (
    !isCap(t) &&
    !(isCamel(t) && tokens[i + 1] && isCap(tokens[i + 1]!) && tokens[i + 1]!.sentence === t.sentence)
  )
    return i;
  if (!/\p{L}/u.test(t.text) || /[$€£¥]/.test(t.text)) return i;
  // a title is not a name: "CEO" alone, "Apple CEO Steve Jobs" ends the name at "CEO"
  if (isTitleAt(ctx, i, end)) return i;
  const sentenceStart =
    i === 0 || tokens[i - 1]!.sentence !== t.sentence || /^["'\u201c\u2018(]$/.test(tokens[i - 1]!.text);
  // a capitalised word opening a sentence is a name only if tagged as one, or the dictionaries code it
  if (sentenceStart && t.pos !== 'PROPN' && codedAt(ctx, i, end) === i) return i;
  let j = i + 1;
  while (j < end) {
    const u = tokens[j]!;
    if (ctx.timeTokens.has(j)) break;
    // "Kim Jong-un", "al-Assad": a hyphen with no space on either side joins
    if (
      isHyphen(u) &&
      u.start === tokens[j - 1]!.end &&
      tokens[j + 1] &&
      tokens[j + 1]!.start === u.end &&
      /\p{L}/u.test(tokens[j + 1]!.text)
    ) {
      j += 2;
      continue;
    }
    // "Wal - Mart", "Rolls - Royce": text that spaces its hyphens (as some corpora and feeds do)
    // still writes one name of two words, where the parse joins them as words of a name and
    // neither is a known actor's ("Russia - Ukraine talks" is two states)
    if (j === i + 1 && isHyphen(u) && u.start > tokens[j - 1]!.end && spacedHyphenName(ctx, j, end)) {
      j += 2;
      continue;
    }
    if (isCap(u) && /\p{L}/u.test(u.text) && !NEVER_NAMES.has(u.lower) && !isTitleAt(ctx, j, end)) {
      j++;
      continue;
    }
    // "Hamad bin Khalifa al-Thani": a lower-case particle hyphened to a capitalised word
    if (
      NAME_CONNECTORS.has(u.lower) &&
      isHyphen(tokens[j + 1]) &&
      tokens[j + 1]!.start === u.end &&
      tokens[j + 2] &&
      tokens[j + 2]!.start === tokens[j + 1]!.end &&
      isCap(tokens[j + 2]!) &&
      j + 2 < end
    ) {
      j += 3;
      continue;
    }
    // "AT&T", "Procter & Gamble": an ampersand between capitalised words
    if (u.text === '&' && tokens[j + 1] && isCap(tokens[j + 1]!) && j + 1 < end) {
      j += 2;
      continue;
    }
    // "Bank of England", "Bashar al Assad": a connector between capitalised words
    if (
      NAME_CONNECTORS.has(u.lower) &&
      tokens[j + 1] &&
      isCap(tokens[j + 1]!) &&
      j + 1 < end &&
      !NEVER_NAMES.has(tokens[j + 1]!.lower)
    ) {
      // "Trump and Putin" is two names, not one: "and" joins only inside organisation names
      if (u.lower === 'and' || u.lower === 'of' || u.lower === 'for') {
        const k = properNameEnd(ctx, j + 1, end);
        const last = tokens[k - 1]?.lower ?? '';
        // "Singapore Airlines and Korean Air": a name already whole before "and" that the parse
        // coordinates with the words after it is one of two names ("Securities and Exchange
        // Commission", whose first part is no name of its own, stays one)
        if (u.lower === 'and' && ORG_HEADS.has(tokens[j - 1]!.lower) && coordinated(ctx, j, k)) break;
        if (!ORG_HEADS.has(last) && !ORG_HEADS.has(tokens[j - 1]!.lower)) break;
      }
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/**
 * Whether the parse coordinates the words after "and" at `and` (up to `end`) with words before it:
 * one of them is a `conj` whose head lies before "and", and no word just before "and" hangs on
 * one of them.
 */
function coordinated(ctx: Ctx, and: number, end: number): boolean {
  const { syn } = ctx;
  let conj = false;
  for (let k = and + 1; k < end; k++) {
    const s = syn[k];
    if (s?.deprel === 'conj' && s.head >= 0 && s.head < and) conj = true;
  }
  if (!conj) return false;
  for (let k = and - 1; k >= ctx.from && ctx.tokens[k]!.sentence === ctx.tokens[and]!.sentence; k--) {
    const h = syn[k]?.head ?? -1;
    if (h > and && h < end) return false;
    if (!isCap(ctx.tokens[k]!)) break;
  }
  return true;
}

/** Relations that join the words of one name in the parse: "Air India" (flat), "China Southern" (compound). */
const NAME_RELATIONS = new Set(['flat', 'flat:name', 'compound']);

/**
 * Whether the parse joins words [a, b) to the rest of a name [from, end): one of them hangs on a
 * word of the rest by a name relation, or a word of the rest on one of them.
 */
function joinedInName(ctx: Ctx, a: number, b: number, from: number, end: number): boolean {
  const inPart = (k: number) => k >= a && k < b;
  const inRest = (k: number) => k >= from && k < end && !inPart(k);
  for (let k = from; k < end; k++) {
    const s = ctx.syn[k];
    if (!s || !NAME_RELATIONS.has(s.deprel)) continue;
    if ((inPart(k) && inRest(s.head)) || (inRest(k) && inPart(s.head))) return true;
  }
  return false;
}

/**
 * A state named inside the proper name [from, end) of two words or more, joined to the rest by the
 * parse: its country, and whether the Phoenix countries list files the whole name as a place of it.
 */
function stateInName(ctx: Ctx, from: number, end: number): { country: string; place: boolean } | null {
  if (end - from < 2) return null;
  for (let k = from; k < end; k++) {
    const state = actorNameAt(ctx, k, end);
    if (!state || state.actor.kind !== 'country' || !state.actor.country) continue;
    if (k === from && state.end === end) return null;
    if (!joinedInName(ctx, k, state.end, from, end)) continue;
    const d = actorDictionaries();
    const hit = d.trie.longestAt(dictKeysOf(ctx, end), from - ctx.from, end - ctx.from);
    const codes =
      hit && hit.end + ctx.from === end
        ? new Set(actorsOf(d, hit.payloads).flatMap((e) => e.codes.map((c) => c.code)))
        : new Set<string>();
    const [only] = codes.size === 1 ? [...codes] : [];
    const place = only != null && readCode(only).country === only;
    return { country: place ? only : state.actor.country, place };
  }
  return null;
}

/**
 * Whether a title starts at token `i` and a name follows it ("CEO Steve Jobs", "President Putin"):
 * a title at the end of a name is part of it ("Martin Luther King").
 */
function isTitleAt(ctx: Ctx, i: number, end: number): boolean {
  const g = gazetteer();
  return matchesAt(ctx, g.exact, i).some(
    ([e, entries]) =>
      e < end && entries.some((x) => x.type === 'title') && ctx.tokens[e] != null && isCap(ctx.tokens[e]!),
  );
}

/** Nouns that introduce an organisation's name: "retailer Best Buy", "the airline Aeroflot". */
// prettier-ignore
const ORG_DESCRIPTORS = new Set([
  'retailer', 'company', 'firm', 'group', 'maker', 'manufacturer', 'giant', 'carrier', 'operator', 'network',
  'bank', 'agency', 'chain', 'brand', 'startup', 'airline', 'insurer', 'broadcaster', 'newspaper', 'publisher',
  'producer', 'supplier', 'developer', 'conglomerate', 'subsidiary', 'rival', 'competitor', 'partner', 'lender',
  'studio', 'label', 'charity', 'organisation', 'organization', 'party', 'movement', 'militia', 'outlet',
]);

/** Capitals that are units, currencies or common abbreviations, never actors: "GB", "USD", "TV". */
// prettier-ignore
const UNITS = new Set([
  'GB', 'MB', 'KB', 'TB', 'GHZ', 'MHZ', 'HZ', 'KM', 'KG', 'MM', 'CM', 'MW', 'GW', 'KW', 'USD', 'EUR', 'GBP', 'JPY',
  'CNY', 'RUB', 'TV', 'PC', 'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'VAT', 'AM', 'PM', 'HQ', 'ID', 'PR', 'OK', 'Q1', 'Q2',
  'Q3', 'Q4', 'LCD', 'LED', 'DVD', 'CD', 'USB', 'MP3', 'AI', 'IT', 'HD', 'PDF', 'FAQ', 'ETA', 'DIY', 'SUV', 'PS',
]);

/** Money named by its country's adjective ("US dollars"): the adjective makes no actor. */
// prettier-ignore
const CURRENCY_WORDS = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'yen', 'yuan', 'renminbi', 'rouble',
  'roubles', 'ruble', 'rubles', 'rupee', 'rupees', 'peso', 'pesos', 'franc', 'francs', 'dinar', 'dinars',
  'riyal', 'riyals', 'rial', 'rials', 'lira', 'won', 'real', 'reais', 'rand', 'shekel', 'shekels', 'krona',
  'krone', 'currency', 'bonds', 'treasuries', 'stocks', 'shares',
]);

/** Last words of the names of events, which are no actors: "… Conference", "… Summit", "… Games". */
// prettier-ignore
const EVENT_HEADS = new Set([
  'conference', 'summit', 'expo', 'exposition', 'festival', 'show', 'awards', 'games', 'olympics', 'championship',
  'championships', 'cup', 'tournament', 'fair', 'convention', 'symposium', 'marathon',
]);

/** Nouns before the name of a craft ("flight MH17", "the vessel Ever Given") and after a weapon's or craft's ("a Buk missile"). */
// prettier-ignore
const CRAFT_BEFORE = new Set(['flight', 'vessel', 'ship', 'tanker', 'frigate', 'destroyer', 'submarine', 'aircraft', 'plane', 'jet', 'satellite', 'rocket', 'missile']);
// prettier-ignore
const CRAFT_AFTER = new Set([
  'missile', 'missiles', 'rocket', 'rockets', 'launcher', 'launchers', 'jet', 'jets', 'aircraft', 'fighter',
  'bomber', 'bombers', 'drone', 'drones', 'tank', 'tanks', 'helicopter', 'helicopters', 'submarine', 'warship',
  'frigate', 'destroyer', 'rifle', 'rifles', 'howitzer', 'howitzers', 'airliner', 'flight',
  // "the Iron Dome system", "Zircon warheads", "Krasnopol shells"
  'weapon', 'weapons', 'warhead', 'warheads', 'interceptor', 'interceptors', 'munitions', 'shells', 'system',
]);

/**
 * Money named alone and capitalised, as some write it ("the Euro fell against the Dollar",
 * "Investors piled into Bitcoin"): a currency is no actor. Words that are also names or other
 * words are left out ("Real", "Won", "Rand").
 */
const CURRENCY_NAMES = new Set([
  ...[...CURRENCY_WORDS].filter(
    (w) => !['real', 'won', 'rand', 'currency', 'bonds', 'treasuries', 'stocks', 'shares'].includes(w),
  ),
  'bitcoin',
  'bitcoins',
  'ether',
]);

/** Prepositions before a place: "in Cupertino", "from Lagos". */
const PLACE_PREPS = new Set([
  'in',
  'at',
  'from',
  'near',
  'outside',
  'across',
  'to',
  'into',
  'through',
  'around',
]);

/** Guesses the kind of an unknown proper name from its words and what stands around it, and says why. */
function kindOfName(
  words: Token[],
  prev: Token | undefined,
): { kind: ActorKind; evidence: NonNullable<Mention['evidence']> } {
  const last = words[words.length - 1]!.lower.replace(/\.$/, '');
  if (ORG_HEADS.has(last) || words.some((w) => w.text.includes('&')))
    return { kind: 'organization', evidence: 'org-head' };
  // "Bank of Japan", "University of Lagos": an organisation's head word, then "of" and its place
  if (words.length >= 3 && ORG_HEADS.has(words[0]!.lower) && words[1]!.lower === 'of')
    return { kind: 'organization', evidence: 'org-head' };
  // "electronics retailer Best Buy", "the carrier AT&T": a noun that says what kind of organisation follows
  if (prev && ORG_DESCRIPTORS.has(prev.lower)) return { kind: 'organization', evidence: 'org-head' };
  if (REGIONS.has(words.map((w) => w.text).join(' '))) return { kind: 'other', evidence: 'place' };
  if (PLACE_HEADS.has(last)) return { kind: 'other', evidence: 'place' };
  if (prev && /^(mr|mrs|ms|dr|sir|dame|lord|lady|judge|justice)\.?$/i.test(prev.text))
    return { kind: 'person', evidence: 'honorific' };
  const alpha = words.filter((w) => /\p{L}/u.test(w.text) && !isHyphen(w));
  if (alpha.length >= 2 && alpha.length <= 4 && GIVEN_NAMES.has(alpha[0]!.text))
    return { kind: 'person', evidence: 'given-name' };
  if (prev && PLACE_PREPS.has(prev.lower)) return { kind: 'other', evidence: 'place' };
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!.text))
    return { kind: 'organization', evidence: 'guess' };
  return { kind: 'other', evidence: 'guess' };
}

function build(
  ctx: Ctx,
  first: number,
  last: number,
  fields: Omit<Mention, 'first' | 'last' | 'start' | 'end' | 'sentence' | 'text' | 'possessive'>,
): Mention {
  const { tokens } = ctx;
  const a = tokens[first]!;
  const b = tokens[last - 1]!;
  return {
    first,
    last,
    start: a.start,
    end: b.end,
    sentence: a.sentence,
    text: '',
    possessive: isPossessive(tokens[last]),
    ...fields,
  };
}

/** Longest lexicon phrase at `i`, of the wanted types. */
function lexiconAt(
  ctx: Ctx,
  i: number,
  end: number,
  types: Entry['type'][],
): { end: number; entry: Entry } | null {
  const g = gazetteer();
  for (const trie of [g.exact, g.folded]) {
    for (const [e, entries] of matchesAt(ctx, trie, i)) {
      if (e > end) continue;
      const entry = entries.find((x) => types.includes(x.type));
      if (entry) return { end: e, entry };
    }
  }
  return null;
}

/** A known actor's name at `i`: as written, or with different capitals for names of several words ("Democratic party"). */
function actorNameAt(ctx: Ctx, i: number, end: number): { end: number; actor: LexiconActor } | null {
  const t = ctx.tokens[i]!;
  const g = gazetteer();
  // names are matched as written, so a lower-case start matches only names written so ("al-Qaeda")
  for (const [e, entries] of matchesAt(ctx, g.exact, i)) {
    const hit = e <= end ? entries.find((x) => x.type === 'actor') : undefined;
    if (hit && hit.type === 'actor') {
      return { end: e, actor: hit.actor };
    }
  }
  // "iSrael": a proper noun with stray capitals is still the country
  if (!isCap(t) && t.pos === 'PROPN' && /\p{Lu}/u.test(t.text)) {
    for (const [e, entries] of matchesAt(ctx, g.caseless, i)) {
      const hit =
        e === i + 1 ? entries.find((x) => x.type === 'actor' && x.actor.kind === 'country') : undefined;
      if (hit && hit.type === 'actor') return { end: e, actor: hit.actor };
    }
  }
  if (!isCap(t)) return null;
  for (const [e, entries] of matchesAt(ctx, g.caseless, i)) {
    const hit = e <= end && e - i >= 2 ? entries.find((x) => x.type === 'actor') : undefined;
    if (hit && hit.type === 'actor') return { end: e, actor: hit.actor };
  }
  return userStateAt(ctx, i, end);
}

/**
 * A state of the user's dictionaries at `i` ("GONDOR [GON]"): a phrase their entries code with a
 * bare state code, no role. It is a known state as the lexicon's are ("Veloria's government",
 * "Veloria police"). The vendored lists' phrases coded so are mostly cities, places of a state, and
 * stay unknown names (./codes.ts codes them).
 */
function userStateAt(ctx: Ctx, i: number, end: number): { end: number; actor: LexiconActor } | null {
  const d = actorDictionaries();
  if (d.files.length <= d.userFrom) return null;
  const hit = codedHit(ctx, i, end);
  if (!hit) return null;
  const stop = hit.end;
  const entries = hit.entries.filter((e) => e.file >= d.userFrom);
  const c = entries.length ? codeEntries(entries, null) : null;
  if (!c || c.role || c.code !== c.country || !/^[A-Z]{3}$/.test(c.code)) return null;
  const name = textOf(ctx.tokens, { first: i, last: stop } as Mention);
  return {
    end: stop,
    actor: {
      id: `${slugify(c.name)}-${c.code.toLowerCase()}`,
      name,
      kind: 'country',
      country: c.code,
      aliases: [],
      code: c.code,
    },
  };
}

/**
 * Finds the actor mentions of sentence tokens [from, to). Mentions may nest: "Trump's office" yields
 * "Trump" and "Trump's office".
 */
export function findMentions(
  tokens: readonly Token[],
  from: number,
  to: number,
  timeTokens: Set<number>,
  syn: readonly (TokenSyntax | undefined)[] = [],
  notActors: Set<string> = new Set(),
): Mention[] {
  const ctx: Ctx = {
    tokens,
    syn,
    timeTokens,
    titleCase: isTitleCase(tokens, from, to),
    memo: new Map(),
    from,
    to,
    dictKeys: null,
    notActors,
  };
  const out: Mention[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;

    // "the two leaders", "both sides"
    if ((t.lower === 'the' && tokens[i + 1]?.lower === 'two') || t.lower === 'both') {
      const k = t.lower === 'both' ? i + 1 : i + 2;
      const noun = tokens[k];
      if (noun && k < to && PAIR_NOUNS.has(noun.lower)) {
        out.push(build(ctx, i, k + 1, { form: 'pair', kind: 'group', country: null, noun: noun.lower }));
        i = k + 1;
        continue;
      }
      // "a phone conversation between the two"
      if (
        t.lower === 'the' &&
        (!noun || k >= to || noun.pos === 'PUNCT' || noun.pos === 'ADP' || noun.pos === 'CCONJ')
      ) {
        out.push(build(ctx, i, i + 2, { form: 'pair', kind: 'group', country: null, noun: 'two' }));
        i += 2;
        continue;
      }
    }

    if (t.pos === 'PRON' || pronounKind(t.lower)) {
      if (pronounKind(t.lower) && !(t.lower === 'us' && t.text === 'US')) {
        out.push(build(ctx, i, i + 1, { form: 'pronoun', kind: 'other', country: null }));
        i++;
        continue;
      }
    }

    // most words can start no actor phrase (a lower-case word that opens no lexicon phrase): skip them
    if (!mayStart(ctx, i)) {
      i++;
      continue;
    }
    const np = nounPhrase(ctx, i, to, out);
    if (np > i) {
      i = np;
      continue;
    }
    i++;
  }
  for (const m of out) m.text = textOf(tokens, m);
  return out;
}

/**
 * Whether an actor phrase may start at token `i`: a capitalised (or camel-case) word, a determiner
 * or filler that may precede one, or a word that opens a phrase of the lexicons. Anything else makes
 * nounPhrase find nothing, so it is not asked.
 */
function mayStart(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (isCap(t) || isCamel(t)) return true;
  if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an' || FILLERS.has(t.lower)) return true;
  const g = gazetteer();
  return g.exact.starts(exactKey(t)) || g.folded.starts(t.lower) || g.caseless.starts(t.lower);
}

function textOf(tokens: readonly Token[], m: Mention): string {
  // rebuild from the tokens so the text is exactly the span
  return tokens
    .slice(m.first, m.last)
    .reduce((s, t, k, arr) => s + (k > 0 && t.start > arr[k - 1]!.end ? ' ' : '') + t.text, '');
}

/**
 * Parses a noun phrase that names an actor, starting at `i`: [owner or adjectives] [fillers]
 * head [in/of PLACE]. Pushes its mentions to `out`; returns the token after it, or `i` if none.
 */
function nounPhrase(ctx: Ctx, i: number, to: number, out: Mention[]): number {
  const { tokens } = ctx;
  let j = i;
  const determined = tokens[j]?.lower === 'the';
  if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') j++;
  const adjectives: Adjective[] = [];
  let owner: Mention | undefined;
  const pushed: Mention[] = [];

  // modifiers: country or region adjectives, possibly coordinated ("Hungarian and Romanian"), and fillers
  for (;;) {
    const tk = tokens[j];
    if (!tk || j >= to) break;
    // "New" before a capitalised word opens a place's name ("New Delhi", "New Caledonia"), not a filler
    if (FILLERS.has(tk.lower) && !(tk.text === 'New' && tokens[j + 1] && isCap(tokens[j + 1]!))) {
      j++;
      continue;
    }
    // a known actor's name followed by "'s" owns the phrase ("Russia's foreign ministry")
    const name = actorNameAt(ctx, j, to);
    if (name && isPossessive(tokens[name.end])) break;
    const adj = lexiconAt(ctx, j, to, ['adjective', 'region']);
    // "the European Commission", "Saudi Arabia": a longer name wins over the adjective inside it
    if (name && (!adj || name.end > adj.end)) break;
    if (adj && isCap(tk)) {
      // an adjective is a modifier only if a noun (or another adjective) follows, not "the Russian said"
      if (adj.entry.type === 'adjective') adjectives.push({ iso3: adj.entry.iso3, first: j, last: adj.end });
      else if (adj.entry.type === 'region')
        // the group is named with the adjective as written: "European leaders", not "Europe leaders"
        adjectives.push({
          region: {
            code: adj.entry.code,
            name: tokens
              .slice(j, adj.end)
              .map((x) => x.text)
              .join(' '),
          },
          first: j,
          last: adj.end,
        });
      j = adj.end;
      // "Russian-US relations", "Hungarian and Romanian officials", "US, British and French leaders"
      const sep = tokens[j];
      if (
        sep &&
        (isHyphen(sep) || sep.lower === 'and' || sep.text === ',' || sep.text === '/') &&
        lexiconAt(ctx, j + 1, to, ['adjective', 'region'])
      ) {
        j++;
        continue;
      }
      continue;
    }
    // "Shiite militias", "Sunni clerics": a faith's adjective before a lower-case noun (never a
    // name: "Christian Wulff", "Catholic Relief Services")
    const faith = FAITH_ADJECTIVES.get(tk.text.replace(/\u2019/g, "'"));
    const after = tokens[j + 1];
    if (faith && after && j + 1 < to && !isCap(after) && /^\p{Ll}/u.test(after.text)) {
      adjectives.push({ faith: { code: faith, name: tk.text }, first: j, last: j + 1 });
      j++;
      continue;
    }
    break;
  }

  // an owner: "Russia's", "Trump's", "the Kremlin's"
  if (!adjectives.length) {
    const start = j;
    const owned = ownerAt(ctx, j, to);
    if (owned) {
      owner = owned.mention;
      pushed.push(owned.mention);
      j = owned.next;
      while (tokens[j] && FILLERS.has(tokens[j]!.lower) && j < to) j++;
      if (j >= to) {
        out.push(...pushed);
        return j;
      }
      void start;
    }
  }

  const head = headAt(ctx, j, to, adjectives, owner, [], determined);
  if (head) {
    out.push(...pushed, ...head.mentions);
    return head.next;
  }
  // no head: the adjectives stand for their states ("Russian bombing raids"), the owner for itself;
  // not before money ("US dollars", "Chinese yuan"): a currency is no act of its state
  const money = tokens[j] && j < to && CURRENCY_WORDS.has(tokens[j]!.lower);
  for (const a of money ? [] : adjectives) {
    if (a.iso3)
      pushed.push(build(ctx, a.first, a.last, { form: 'adjective', kind: 'country', country: a.iso3 }));
  }
  out.push(...pushed);
  if (pushed.length) return Math.max(...pushed.map((m) => m.last));
  return i;
}

/** A possessive owner at `j`: a name, titled person or known actor followed by "'s". */
function ownerAt(ctx: Ctx, j: number, to: number): { mention: Mention; next: number } | null {
  const { tokens } = ctx;
  const sub: Mention[] = [];
  const next = headAt(ctx, j, to, [], undefined, sub);
  if (!next) return null;
  const last = next.mentions[next.mentions.length - 1];
  if (!last || !isPossessive(tokens[next.next])) return null;
  return { mention: last, next: next.next + 1 };
}

/** A modifier before a head: a state's or region's adjective, or a faith's ("Shiite"). */
interface Adjective {
  iso3?: string;
  region?: { code: string; name: string };
  faith?: { code: string; name: string };
  first: number;
  last: number;
}

interface Head {
  mentions: Mention[];
  next: number;
}

/** The head of an actor noun phrase at `j`. */
function headAt(
  ctx: Ctx,
  j: number,
  to: number,
  adjectives: Adjective[],
  owner: Mention | undefined,
  _sub: Mention[] = [],
  determined = false,
): Head | null {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t || j >= to) return null;
  const start = adjectives[0]?.first ?? owner?.first ?? j;
  const country = adjectives.find((a) => a.iso3)?.iso3 ?? owner?.country ?? null;
  const region = adjectives.find((a) => a.region)?.region;
  const faith = adjectives.find((a) => a.faith)?.faith;

  // a market index is no actor: "the FTSE 100", "the Nikkei average" (lib/nlp/lexicon/not-actors.ts)
  const index = indexAt(ctx, j, to);
  if (index > j) return { mentions: [], next: index };

  // a title, then perhaps a name: "President-elect Donald Trump", "Foreign Minister Sergei Lavrov", "the Russian president"
  const title = lexiconAt(ctx, j, to, ['title']);
  if (title && title.entry.type === 'title') {
    let k = title.end;
    // titles chain: "Deputy Foreign Minister", "Vice President-elect"
    for (let again = lexiconAt(ctx, k, to, ['title']); again; again = lexiconAt(ctx, k, to, ['title']))
      k = again.end;
    const nameEnd = properNameEnd(ctx, k, to);
    if (nameEnd > k) {
      const words = tokens.slice(k, nameEnd);
      const known = actorNameAt(ctx, k, nameEnd);
      const person = build(ctx, start, nameEnd, {
        form: 'titled',
        kind: known?.actor.kind ?? 'person',
        country: country ?? known?.actor.country ?? null,
        lexicon: known && known.end === nameEnd ? known.actor : undefined,
        name: textOf(tokens, { first: k, last: nameEnd } as Mention),
        title: title.entry.title,
        office: title.entry.office,
        sector: title.entry.sector,
        owner,
      });
      void words;
      return { mentions: [person], next: nameEnd };
    }
    // the state after "of": "the president of Russia", "the foreign minister of Germany"
    if (!country && !owner && tokens[k]?.lower === 'of' && k + 1 < to) {
      const state = actorNameAt(ctx, k + 1, to);
      if (
        state &&
        state.actor.kind === 'country' &&
        state.actor.country &&
        !capitalElsewhere(ctx, k + 1, state, to)
      ) {
        return {
          mentions: [
            build(ctx, start, state.end, {
              form: 'role',
              kind: 'person',
              country: state.actor.country,
              title: title.entry.title,
              office: title.entry.office,
              sector: title.entry.sector,
              owner,
            }),
          ],
          next: state.end,
        };
      }
    }
    // an office without a name counts only when it says whose: "the Russian president", "Russia's foreign minister"
    if (country || owner) {
      return {
        mentions: [
          build(ctx, start, k, {
            form: 'role',
            kind: 'person',
            country,
            title: title.entry.title,
            office: title.entry.office,
            sector: title.entry.sector,
            owner,
          }),
        ],
        next: k,
      };
    }
  }

  // a known actor: "the Kremlin", "Vladimir Putin", "the Guardian", "NATO"
  const known = actorNameAt(ctx, j, to);
  // a state's capital written with the region or state it is in is a place of that state: "San
  // Jose, California" is in the US, not Costa Rica's capital; "Paris, Texas" is no Paris of France
  if (known) {
    const state = capitalElsewhere(ctx, j, known, to);
    if (state) {
      const text = textOf(tokens, { first: j, last: known.end } as Mention);
      return {
        mentions: [
          build(ctx, j, known.end, {
            form: 'name',
            kind: 'other',
            evidence: 'place',
            country: state,
            name: text,
          }),
        ],
        next: known.end,
      };
    }
  }
  if (known) {
    // "the Obama administration": a name before a government noun makes a body of its own
    const body = lexiconAt(ctx, known.end, to, ['body']);
    const m = build(ctx, j, known.end, {
      form: 'name',
      kind: known.actor.kind,
      country: known.actor.country,
      lexicon: known.actor,
      name: textOf(tokens, { first: j, last: known.end } as Mention),
    });
    // "Ivory Coast rebels", "Syria officials": a state's name used as an adjective before a group noun
    const group = !isPossessive(tokens[known.end]) ? lexiconAt(ctx, known.end, to, ['group']) : null;
    // "Hezbollah guerrillas", "Taliban fighters": an organisation's own members are the organisation
    if (
      group &&
      group.entry.type === 'group' &&
      known.actor.kind !== 'country' &&
      known.actor.kind !== 'person'
    ) {
      const whole = build(ctx, j, group.end, {
        form: 'name',
        kind: known.actor.kind,
        country: known.actor.country,
        lexicon: known.actor,
        name: textOf(tokens, { first: j, last: known.end } as Mention),
      });
      return { mentions: [whole], next: group.end };
    }
    if (group && group.entry.type === 'group' && known.actor.kind === 'country') {
      return {
        mentions: [
          build(ctx, j, group.end, {
            form: 'group',
            kind: 'group',
            country: known.actor.country,
            noun: group.entry.noun,
            sector: group.entry.sector,
          }),
        ],
        next: group.end,
      };
    }
    if (body && body.entry.type === 'body' && !isPossessive(tokens[known.end])) {
      return {
        mentions: [
          m,
          build(ctx, j, body.end, {
            form: 'body',
            kind: 'organization',
            country: known.actor.country,
            noun: body.entry.noun,
            sector: body.entry.sector,
            owner: m,
          }),
        ],
        next: body.end,
      };
    }
    // "Qatar Airways", "US Navy Seals": a state's name that opens a longer proper name is part of that
    // name, not the state, when the name ends as organisations' names do or the dictionaries know it
    if (known.actor.kind === 'country' && !ctx.titleCase && !isPossessive(tokens[known.end])) {
      // the chain goes on from the word after the state's name (which may open the sentence untagged)
      const chain = properNameEnd(ctx, known.end, to);
      if (chain > known.end && !actorNameAt(ctx, known.end, to)) {
        const orgHead = ORG_HEADS.has(tokens[chain - 1]!.lower);
        const d = actorDictionaries();
        const hit = d.trie.longestAt(dictKeysOf(ctx, to), j - ctx.from, chain - ctx.from);
        const listed = hit != null && hit.end + ctx.from === chain && actorsOf(d, hit.payloads).length > 0;
        // "China Southern", "Russia Today": where the parse joins the state's name to the proper
        // nouns after it (compound, flat), it is a word of their name, not the state
        if (orgHead || listed || joinedInName(ctx, j, known.end, j, chain)) {
          return {
            mentions: [
              build(ctx, j, chain, {
                form: 'name',
                kind: 'organization',
                country: known.actor.country,
                evidence: orgHead || listed ? 'org-head' : 'state-name',
                name: textOf(tokens, { first: j, last: chain } as Mention),
              }),
            ],
            next: chain,
          };
        }
      }
    }
    return { mentions: [m], next: known.end };
  }

  // "Trump's office", "the minister's spokesman": they speak for their owner
  if (owner && SPEAKS_FOR_OWNER.has(t.lower)) {
    const k = tokens[j + 1] && SPEAKS_FOR_OWNER.has(`${t.lower} ${tokens[j + 1]!.lower}`) ? j + 2 : j + 1;
    return {
      mentions: [
        build(ctx, start, k, {
          form: 'body',
          kind: 'organization',
          country,
          noun: t.lower,
          sector: 'GOV',
          owner,
        }),
      ],
      next: k,
    };
  }

  // a government body: "foreign ministry", "administration", "office" (with an owner or a country)
  const body = lexiconAt(ctx, j, to, ['body']);
  if (body && body.entry.type === 'body') {
    let k = body.end;
    let placeOwner = owner;
    let c = country;
    // "the foreign ministry in Berlin", "the government of Syria"
    if (!c && !placeOwner && (tokens[k]?.lower === 'in' || tokens[k]?.lower === 'of')) {
      const place = actorNameAt(ctx, k + 1, to);
      if (
        place &&
        (place.actor.kind === 'country' || place.actor.country) &&
        !capitalElsewhere(ctx, k + 1, place, to)
      ) {
        placeOwner = build(ctx, k + 1, place.end, {
          form: 'name',
          kind: place.actor.kind,
          country: place.actor.country,
          lexicon: place.actor,
          name: textOf(tokens, { first: k + 1, last: place.end } as Mention),
        });
        c = place.actor.country;
        k = place.end;
        const m = build(ctx, start, k, {
          form: 'body',
          kind: 'organization',
          country: c,
          noun: body.entry.noun,
          sector: body.entry.sector,
          owner: placeOwner,
        });
        return { mentions: [placeOwner, m], next: k };
      }
    }
    const article = determined || tokens[j - 1]?.lower === 'the' || adjectives.length > 0 || owner != null;
    if (c || placeOwner || (article && body.entry.noun === 'administration')) {
      return {
        mentions: [
          build(ctx, start, k, {
            form: 'body',
            kind: 'organization',
            country: c,
            noun: body.entry.noun,
            sector: body.entry.sector,
            owner: placeOwner,
          }),
        ],
        next: k,
      };
    }
  }

  // a group: "US officials", "European leaders", "Syrian rebels"; one per adjective when several
  // are coordinated: "Hungarian and Romanian officials" are two groups
  let groupAt = j;
  // "rebel leaders", "army officers": a noun before the group noun qualifies it
  if (!lexiconAt(ctx, j, to, ['group']) && tokens[j]?.pos === 'NOUN' && lexiconAt(ctx, j + 1, to, ['group']))
    groupAt = j + 1;
  const listed = lexiconAt(ctx, groupAt, to, ['group']);
  // the longer of the project's group noun and a Phoenix agent: "opposition parties" over "opposition"
  const agent = agentAt(ctx, groupAt, to);
  const group =
    listed && listed.entry.type === 'group' && !(agent && agent.end > listed.end)
      ? { end: listed.end, noun: listed.entry.noun, sector: listed.entry.sector, trail: undefined }
      : agent;
  // "protesters in Caracas", "students of Tehran": a place after the noun gives the group its state
  const placed =
    group && !(country || region || owner) && GROUP_PLACE_PREPS.has(tokens[group.end]?.lower ?? '')
      ? placeStateAt(ctx, group.end + 1, to)
      : null;
  // "kidnappers seized …", "clashed with police": with no state, a group noun of a role that acts
  // on its own (police, armed men, criminals, protesters) in the plural is still an actor
  const generic =
    group != null &&
    !(country || region || owner || placed) &&
    ACTING_ROLES.has(group.sector.slice(0, 3)) &&
    isGroupPlural(tokens[group.end - 1]!.lower);
  if (group && (country || region || owner || placed || faith || generic)) {
    // one group per state when several are coordinated ("Hungarian and Romanian officials")
    const states = adjectives.filter((a) => a.iso3 || a.region);
    const owners = states.length > 1 ? states : [undefined];
    return {
      mentions: owners.map((adj) =>
        build(ctx, start, group.end, {
          form: 'group',
          kind: 'group',
          country: adj
            ? (adj.iso3 ?? adj.region?.code ?? null)
            : (country ?? region?.code ?? placed?.country ?? null),
          region: adj ? adj.region : region,
          noun: group.noun,
          sector: group.sector,
          agentTrail: group.trail,
          faith,
          owner,
        }),
      ),
      next: group.end,
    };
  }

  // a people named by its plural demonym: "Ghanaians protested", "thousands of Libyans"
  const demonym = !adjectives.length && !owner && t.text.endsWith('s') && isCap(t) ? t.text.slice(0, -1) : '';
  const people = demonym ? ADJECTIVE_INDEX.get(demonym) : undefined;
  if (people && !ctx.titleCase) {
    return {
      mentions: [
        build(ctx, j, j + 1, {
          form: 'group',
          kind: 'group',
          country: people,
          noun: 'people',
          sector: 'CVL',
        }),
      ],
      next: j + 1,
    };
  }

  // an unknown proper name
  const nameEnd = properNameEnd(ctx, j, to);
  if (nameEnd > j) {
    // an event is no actor: "the Worldwide Developers Conference (WWDC)", "the Beijing Games"; nor
    // is a weapon or a craft: "flight MH17", "a Buk missile", "the Kursk submarine"
    const craft =
      CRAFT_BEFORE.has(tokens[j - 1]?.lower ?? '') ||
      [nameEnd, nameEnd + 1].some((k) => k < to && CRAFT_AFTER.has(tokens[k]!.lower));
    // … nor a tournament or a sport the Phoenix discards list names: "the Champions League"; nor a
    // model after its number: "the 737 Max" (but "500 Apple engineers" counts the engineers)
    const num = tokens[j - 1];
    const next = tokens[nameEnd];
    const model =
      num != null &&
      num.pos === 'NUM' &&
      num.sentence === tokens[j]!.sentence &&
      num.end === tokens[j]!.start - 1 &&
      /\d/.test(num.text) &&
      !ctx.timeTokens.has(j - 1) &&
      !(next && next.sentence === num.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN'));
    if (EVENT_HEADS.has(tokens[nameEnd - 1]!.lower) || craft || model || discarded(ctx, j, nameEnd)) {
      let next = nameEnd;
      if (tokens[next]?.text === '(' && tokens[next + 2]?.text === ')' && next + 2 < to) {
        ctx.notActors.add(tokens[next + 1]!.text);
        next += 3;
      }
      return { mentions: [], next };
    }
    const words = tokens.slice(j, nameEnd) as Token[];
    // the whole name is a phrase the actor dictionaries code ("Veloria"): it needs no other evidence
    const coded = codedAt(ctx, j, to) === nameEnd;
    // a lone word needs the tagger to call it a proper noun (or the dictionaries to code it), and
    // short capitals are units or codes ("GB", "USD")
    if (
      words.length === 1 &&
      ((words[0]!.pos !== 'PROPN' && !coded) ||
        UNITS.has(words[0]!.text.toUpperCase()) ||
        words[0]!.text.length < 2)
    )
      return null;
    // a name followed by a government noun: "the Obama administration" when Obama is not in the lexicon
    const after = lexiconAt(ctx, nameEnd, to, ['body']);
    // "the European Community", "Iraqi Kurds": a capitalised adjective right before an unknown name is
    // part of it, and gives it a country
    const lead =
      adjectives.length && adjectives[adjectives.length - 1]!.last === j && !owner
        ? adjectives[0]!
        : undefined;
    const from = lead ? lead.first : j;
    const named = kindOfName(tokens.slice(from, nameEnd) as Token[], tokens[from - 1]);
    const { kind } = named;
    const evidence = coded && !lead && named.evidence === 'guess' ? 'listed' : named.evidence;
    if (ctx.titleCase && evidence === 'guess') return null;
    // the acronym of an event or product named earlier: "WWDC" after "the Worldwide Developers Conference (WWDC)"
    if (nameEnd - from === 1 && ctx.notActors.has(tokens[from]!.text)) return { mentions: [], next: nameEnd };
    // money: "the Euro", "Bitcoin" (CURRENCY_NAMES)
    if (
      nameEnd - from === 1 &&
      CURRENCY_NAMES.has(tokens[from]!.lower) &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[from]!.text)
    )
      return { mentions: [], next: nameEnd };
    // a heading's or caption's label: "Video", "Photo", "Update" (lib/nlp/lexicon/not-actors.ts)
    if (nameEnd - from === 1 && PAGE_LABELS.has(tokens[from]!.lower)) return { mentions: [], next: nameEnd };
    // an office with no one named: "Executive Officer" (./titleWordsOnly)
    if (evidence === 'guess' && titleWordsOnly(tokens, from, nameEnd)) return { mentions: [], next: nameEnd };
    // a product, a model or software is no actor: "Zentrix OS X", "the Orbix 4 console" (./productAt)
    if (!lead && evidence === 'guess' && !listedName(ctx, from, nameEnd)) {
      let product = productAt(ctx, from, nameEnd, to);
      // … with its acronym: "the Zentrix Software Kit (ZSK)"
      if (
        product != null &&
        tokens[product]?.text === '(' &&
        tokens[product + 2]?.text === ')' &&
        product + 2 < to
      ) {
        ctx.notActors.add(tokens[product + 1]!.text);
        product += 3;
      }
      if (product != null) return { mentions: [], next: product };
    }
    // a lone capitalised word opening a sentence ("Bilateral trade …") is a name only if the document
    // names someone so in full: `initial` asks ./resolve.ts to check
    const opening =
      from === 0 ||
      tokens[from - 1]!.sentence !== tokens[from]!.sentence ||
      /^["'\u201c\u2018(]$/.test(tokens[from - 1]!.text);
    // "Doctors from the clinic said …": a group noun opening the sentence is capitalised, not named
    if (
      evidence === 'guess' &&
      opening &&
      nameEnd - from === 1 &&
      (lexiconAt(ctx, from, nameEnd, ['group']) || agentAt(ctx, from, nameEnd))
    )
      return null;
    // "Air India", "Radio Havana Cuba": a state's name that the parse joins into a longer name makes
    // that name an organisation of the state (a place the Phoenix lists file under a state, as
    // "Inner Mongolia", stays a place)
    const inner = evidence === 'guess' && !ctx.titleCase ? stateInName(ctx, from, nameEnd) : null;
    if (inner) {
      return {
        mentions: [
          build(ctx, from, nameEnd, {
            form: 'name',
            kind: inner.place ? 'other' : 'organization',
            evidence: inner.place ? 'place' : 'state-name',
            country: inner.country,
            name: textOf(tokens, { first: from, last: nameEnd } as Mention),
          }),
        ],
        next: nameEnd,
      };
    }
    const mentionEvidence = evidence === 'guess' && opening && nameEnd - from === 1 ? 'initial' : evidence;
    // "Bank of Japan": the state after "of" in an organisation's name is its country
    const ofState =
      kind === 'organization' && tokens[from + 1]?.lower === 'of' && from + 2 < nameEnd
        ? actorNameAt(ctx, from + 2, nameEnd)
        : null;
    // "Cordoba, Argentina", "Portland, Maine": a place with its region or state after a comma is in that state
    const placedIn = kind === 'other' && !lead ? qualifiedPlace(ctx, from, nameEnd, to) : null;
    if (placedIn) {
      return {
        mentions: [
          build(ctx, from, nameEnd, {
            form: 'name',
            kind: 'other',
            evidence: 'place',
            country: placedIn,
            name: textOf(tokens, { first: from, last: nameEnd } as Mention),
          }),
        ],
        next: nameEnd,
      };
    }
    const m = build(ctx, from, nameEnd, {
      form: 'name',
      kind: lead && kind === 'other' ? 'group' : kind,
      evidence: mentionEvidence,
      country: lead
        ? (lead.iso3 ?? lead.region?.code ?? null)
        : ofState?.end === nameEnd && ofState.actor.kind === 'country'
          ? ofState.actor.country
          : null,
      name: textOf(tokens, { first: from, last: nameEnd } as Mention),
    });
    // "Apple CEO Steve Jobs": an organisation's name before a titled person
    if (isTitleAt(ctx, nameEnd, to) && !isPossessive(tokens[nameEnd])) {
      const titled = headAt(ctx, nameEnd, to, [], undefined, [], false);
      const person = titled?.mentions.find((x) => x.form === 'titled');
      if (titled && person) {
        // … whose title is a company's or an outlet's ("Orbitex CEO Lena Park"): an organisation, no guess
        const firm = person.office === 'business' || person.office === 'media';
        const org: Mention =
          firm && !m.lexicon && (m.evidence === 'guess' || m.evidence === 'initial')
            ? { ...m, kind: 'organization', evidence: 'org-head' }
            : { ...m, kind: m.kind === 'person' ? ('organization' as const) : m.kind };
        return { mentions: [org, { ...person, first: j, start: org.start, owner: org }], next: titled.next };
      }
    }
    if (after && after.entry.type === 'body' && !isPossessive(tokens[nameEnd])) {
      return {
        mentions: [
          m,
          build(ctx, j, after.end, {
            form: 'body',
            kind: 'organization',
            country: null,
            noun: after.entry.noun,
            sector: after.entry.sector,
            owner: m,
          }),
        ],
        next: after.end,
      };
    }
    return { mentions: [m], next: nameEnd };
  }
  return null;
}
