/**
 * The actor lexicon in one place: every known actor (countries, seats of government, organisations,
 * media, people) and the indexes the matcher reads, built once when the module loads.
 */
import {
  AMBIGUOUS_COUNTRY_WORDS,
  COUNTRIES,
  COUNTRY_WORDS,
  SEATS_OF_GOVERNMENT,
  countryByIso3,
} from '@/lib/nlp/lexicon/countries';
import { AMBIGUOUS_MEDIA_ALIASES, MEDIA } from '@/lib/nlp/lexicon/media';
import { AMBIGUOUS_ORGANISATION_ALIASES, ORGANISATIONS } from '@/lib/nlp/lexicon/organisations';
import { PEOPLE } from '@/lib/nlp/lexicon/people';
import type { LexiconActor } from '@/lib/nlp/lexicon/types';

export { AMBIGUOUS_COUNTRY_WORDS, COUNTRIES, COUNTRY_WORDS, SEATS_OF_GOVERNMENT, countryByIso3 };
export { ORGANISATIONS } from '@/lib/nlp/lexicon/organisations';
export { MEDIA } from '@/lib/nlp/lexicon/media';
export { PEOPLE } from '@/lib/nlp/lexicon/people';
export {
  GOVERNMENT_BODIES,
  TITLES,
  type GovernmentBody,
  type OfficeKind,
  type Title,
} from '@/lib/nlp/lexicon/titles';
export {
  GROUP_NOUNS,
  REGION_ADJECTIVES,
  type GroupNoun,
  type RegionAdjective,
} from '@/lib/nlp/lexicon/groups';

/** Every actor of the lexicon: countries, seats of government, organisations, media, people. Ids are unique. */
export const LEXICON_ACTORS: LexiconActor[] = [
  ...COUNTRIES,
  ...SEATS_OF_GOVERNMENT,
  ...ORGANISATIONS,
  ...MEDIA,
  ...PEOPLE,
];

const BY_ID = new Map<string, LexiconActor>();
for (const a of LEXICON_ACTORS) if (!BY_ID.has(a.id)) BY_ID.set(a.id, a);

/** The actor of an id ("russia", "kremlin", "vladimir-putin"), or undefined. */
export function actorById(id: string): LexiconActor | undefined {
  return BY_ID.get(id);
}

/**
 * Every name and alias, as written, to the actors it names: "Kremlin" → [Kremlin], "King Abdullah" →
 * [the Saudi king, the Jordanian king]. Several actors share a surface form only where news does too.
 */
export const ALIAS_INDEX: Map<string, LexiconActor[]> = (() => {
  const index = new Map<string, LexiconActor[]>();
  for (const a of LEXICON_ACTORS) {
    for (const form of new Set([a.name, ...a.aliases])) {
      const list = index.get(form);
      if (!list) index.set(form, [a]);
      else if (!list.includes(a)) list.push(a);
    }
  }
  return index;
})();

/** Country adjectives and demonyms to the state's ISO alpha-3: "Russian" → "RUS", "US" → "USA". */
export const ADJECTIVE_INDEX: Map<string, string> = (() => {
  const index = new Map<string, string>();
  for (const w of COUNTRY_WORDS) for (const adj of w.adjectives) if (!index.has(adj)) index.set(adj, w.iso3);
  return index;
})();

/**
 * Capitals and seats of government to the actor they stand for: "Moscow" → "russia", "Kremlin" →
 * "kremlin", "Downing Street" → "downing-street", "Brussels" → "european-union".
 */
export const METONYM_INDEX: Map<string, string> = (() => {
  const index = new Map<string, string>();
  for (const w of COUNTRY_WORDS) {
    const state = countryByIso3(w.iso3);
    for (const m of w.metonyms) {
      const id = m.actor ?? state?.id;
      if (id && !index.has(m.alias)) index.set(m.alias, id);
    }
  }
  return index;
})();

/**
 * Every surface form of the lexicon that is also something else (a first name, a common word at a
 * sentence start, another body of the same name), for the matcher to take only with a context that
 * confirms it.
 */
export const AMBIGUOUS_ALIASES: Set<string> = new Set([
  ...AMBIGUOUS_COUNTRY_WORDS,
  ...AMBIGUOUS_ORGANISATION_ALIASES,
  ...AMBIGUOUS_MEDIA_ALIASES,
]);
