/**
 * The shapes of the lexicons: data about actors (countries, organisations, people, media, groups)
 * and about interactions (verb classes mapped to CAMEO). The data files beside this one fill them;
 * lib/nlp/actors and lib/nlp/interactions read them.
 */

/** What kind of actor something is, as the contract names it. */
export type ActorKind = 'person' | 'organization' | 'country' | 'group' | 'media' | 'other';

/** The quad classes and stances, defined once in lib/model. */
export type { Quad, Stance } from '@/lib/model';
import type { Quad } from '@/lib/model';

/** An actor the lexicon knows by name. */
export interface LexiconActor {
  /** Stable slug, unique across the lexicon: "russia", "vladimir-putin", "nato", "the-guardian". */
  id: string;
  /** Canonical display name: "Russia", "Vladimir Putin", "NATO", "The Guardian". */
  name: string;
  kind: ActorKind;
  /**
   * ISO 3166-1 alpha-3 of the state it belongs to or acts for (the Kremlin: "RUS"), or a bloc code:
   * "EUR" for the European Union and its bodies, "IGO" for other intergovernmental organisations,
   * "NGO" for non-governmental ones, "IMG" for armed groups acting across borders; null when unknown.
   */
  country: string | null;
  /**
   * Surface forms that name it, as written in news, matched case-sensitively on word boundaries
   * (the canonical name is matched too and need not be repeated). "the" is never part of an alias:
   * "the Kremlin" matches the alias "Kremlin".
   */
  aliases: string[];
  /** CAMEO-style actor code where one is usual: "RUSGOV", "IGOUNO", "USAMED". */
  code?: string;
  /** For a person: the offices they held, to type "President Putin" and to date it. */
  roles?: { title: string; country: string; from?: number; to?: number }[];
}

/** A country's words beyond its names: how news writes its people, its capital, its seat of power. */
export interface CountryWords {
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  /** Adjectives and demonyms: "Russian", "Hungarian", "British", "US" (as in "US officials"). */
  adjectives: string[];
  /** Capitals and seats of government used for the state: "Moscow", "the Kremlin", "Downing Street". */
  metonyms: { alias: string; actor?: string }[];
}

/** A class of interaction verbs and nouns, mapped to CAMEO. One rule, with the sentence it is for. */
export interface VerbClass {
  /** A readable event type, shown in the dashboard: "praise", "accuse", "consult", "threaten". */
  type: string;
  /** CAMEO event code, root ("05") or full ("051"). */
  cameo: string;
  quad: Quad;
  /** Goldstein-like score of the class, −10 (most hostile) … +10 (most cooperative). */
  goldstein: number;
  /**
   * Verb lemmas (American spelling, base form): "congratulate", "accuse". Multi-word entries are
   * phrasal verbs or fixed phrases matched on lemmas in order: "look forward to", "join force",
   * "keep in touch", "call on". An entry with an object noun ("express readiness") only matches with it.
   */
  verbs: string[];
  /** Nouns that name the event: "talks", "phone conversation", "visit", "sanction", "bombing". */
  nouns?: string[];
  /** Both sides act alike (talks, agreements, meetings): one event with both actors. */
  symmetric?: boolean;
  /** Prepositions that bring in the target when it is not the direct object: "with" (meet with), "to" (appeal to). */
  targetPreps?: string[];
  /** The direct object is a topic, not a target: "discussed Syria". The target then comes from `targetPreps`. */
  objectIsTopic?: boolean;
  /** The verb takes no actor object at all (deny, resign): the target is empty unless a preposition gives one. */
  intransitive?: boolean;
  /** An example sentence the class must code, with source and target as written in it. */
  example: { sentence: string; source: string; target: string | null };
}
