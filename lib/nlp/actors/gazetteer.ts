/**
 * The lexicons as token tries, built once: names of known actors, country and region adjectives,
 * titles, government bodies and group nouns. Phrases are tokenised with the same tokenizer as the
 * text, so "Kim Jong-un" or "U.S." match however the tokenizer splits them.
 */
import {
  ADJECTIVE_INDEX,
  ALIAS_INDEX,
  GOVERNMENT_BODIES,
  GROUP_NOUNS,
  LEXICON_ACTORS,
  METONYM_INDEX,
  REGION_ADJECTIVES,
  TITLES,
  actorById,
} from '@/lib/nlp/lexicon/actors';
import type { LexiconActor } from '@/lib/nlp/lexicon/types';
import { phraseTokens, type Token } from '@/lib/nlp/tokens';
import { surnameOf } from './names';

/** What a phrase of the lexicon stands for. */
export type Entry =
  | { type: 'actor'; actor: LexiconActor }
  | { type: 'adjective'; iso3: string }
  | { type: 'region'; code: string; name: string }
  | { type: 'title'; title: string; office: string; sector: string }
  | { type: 'body'; noun: string; sector: string }
  | { type: 'group'; noun: string; sector: string };

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
}

const node = (): TrieNode => ({ next: new Map(), entries: [] });

export class Trie {
  private root = node();
  add(words: string[], entry: Entry) {
    if (words.length === 0) return;
    let n = this.root;
    for (const w of words) {
      let c = n.next.get(w);
      if (!c) n.next.set(w, (c = node()));
      n = c;
    }
    if (!n.entries.some((e) => JSON.stringify(e) === JSON.stringify(entry))) n.entries.push(entry);
  }
  /** Whether some phrase starts with this word. */
  starts(key: string): boolean {
    return this.root.next.has(key);
  }
  /** Every phrase that starts at token `i`, longest first: [end token (exclusive), entries]. */
  matchAt(tokens: readonly Token[], i: number, key: (t: Token) => string): [number, Entry[]][] {
    const found: [number, Entry[]][] = [];
    let n: TrieNode | undefined = this.root;
    for (let j = i; j < tokens.length && n; j++) {
      // a phrase never crosses a sentence
      if (tokens[j]!.sentence !== tokens[i]!.sentence) break;
      n = n.next.get(key(tokens[j]!));
      if (n?.entries.length) found.push([j + 1, n.entries]);
    }
    return found.reverse();
  }
}

export interface Gazetteer {
  /** Names, adjectives and capitalised titles, matched as written ("Kremlin", "Russian", "President"). */
  exact: Trie;
  /** Titles, bodies and group nouns, matched in lower case ("foreign ministry", "officials", "president"). */
  folded: Trie;
  /** Names of several words in lower case, for news that writes "Democratic party" for "Democratic Party". */
  caseless: Trie;
  /** Known people by their last name ("Putin" → Vladimir Putin), for names written alone. */
  surnames: Map<string, LexiconActor[]>;
}

let built: Gazetteer | null = null;

/** Words that never start an actor's name on their own, though capitalised. */
const NOT_A_NAME = new Set(['the', 'a', 'an']);

export function gazetteer(): Gazetteer {
  if (built) return built;
  const exact = new Trie();
  const folded = new Trie();
  const caseless = new Trie();
  const surnames = new Map<string, LexiconActor[]>();
  const words = (s: string) => phraseTokens(s.replace(/^the\s+/i, '')).map((w) => w.replace(/\u2019/g, "'"));
  for (const [alias, actors] of ALIAS_INDEX) {
    if (NOT_A_NAME.has(alias.toLowerCase())) continue;
    const w = words(alias);
    for (const actor of actors) {
      exact.add(w, { type: 'actor', actor });
      if (w.length >= 2 || actor.kind === 'country')
        caseless.add(
          w.map((x) => x.toLowerCase()),
          { type: 'actor', actor },
        );
    }
  }
  for (const [alias, id] of METONYM_INDEX) {
    const actor = actorById(id);
    if (actor) exact.add(words(alias), { type: 'actor', actor });
  }
  for (const [adjective, iso3] of ADJECTIVE_INDEX) exact.add(words(adjective), { type: 'adjective', iso3 });
  for (const r of REGION_ADJECTIVES)
    exact.add(words(r.adjective), { type: 'region', code: r.code, name: r.name });
  for (const t of TITLES) {
    const entry: Entry = { type: 'title', title: t.title, office: t.office, sector: t.sector };
    exact.add(words(t.title), entry);
    folded.add(words(t.title.toLowerCase()), entry);
  }
  for (const b of GOVERNMENT_BODIES)
    folded.add(words(b.noun.toLowerCase()), { type: 'body', noun: b.noun.toLowerCase(), sector: b.sector });
  for (const g of GROUP_NOUNS)
    folded.add(words(g.noun.toLowerCase()), { type: 'group', noun: g.noun.toLowerCase(), sector: g.sector });
  for (const a of LEXICON_ACTORS) {
    if (a.kind !== 'person') continue;
    const last = surnameOf(a.name, a.country);
    if (last.length < 2) continue;
    const list = surnames.get(last) ?? [];
    list.push(a);
    surnames.set(last, list);
  }
  built = { exact, folded, caseless, surnames };
  return built;
}

export const exactKey = (t: Token) => (t.text.includes('\u2019') ? t.text.replace(/\u2019/g, "'") : t.text);
export const foldedKey = (t: Token) => t.lower;
