/**
 * The project's own types, validated with zod where data crosses a boundary (files, the command
 * line, HTTP). The JSON that leaves `npm run extract` is fixed by ../shared/CONTRACT.md; these types
 * may add fields but never rename or drop one.
 */
import { z } from 'zod';

// the vocabulary's lists live in a module of their own, without zod, so the browser can read them
export { MODALITIES, QUADS, STANCES, type Modality, type Quad, type Stance } from './vocabulary';
import type { Modality, Quad, Stance } from './vocabulary';

/** An ISO calendar day, `YYYY-MM-DD`. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** [start, end) in UTF-16 code units into a document's text. */
export type Span = [start: number, end: number];

/** A document as read from the corpus, before any NLP. */
export interface SourceDocument {
  /** Stable id: a `.jsonl` line's `id`, else derived from the file's path (see lib/corpus). */
  id: string;
  /** The given title, else the first non-empty line of the text. */
  title: string;
  /** The text every span points into: for a file, its content after any front matter. */
  text: string;
  /** Publication date (ISO day), or null when neither the document nor the command line gives one. */
  published: string | null;
  /** `dateline` when `published` was read from the top of the text (lib/corpus/dateline.ts). */
  publishedFrom?: 'dateline';
  /** Where it was read from: a file path, with `#L<n>` for a `.jsonl` line. */
  path: string;
  /** The outlet that published it ("the Guardian"), when known. */
  source?: string;
  /** Where it can be read online, when known. */
  url?: string;
}

/** Something that could not be read or understood; named, and the rest goes on. */
export interface Problem {
  /** The file (and `#L<n>` line) it concerns. */
  path: string;
  /** What went wrong, in words a user can act on. */
  message: string;
}

/** A sentence of a document, by offsets only (slice the text to read it). */
export interface Sentence {
  /** Position in the document, from 0. */
  index: number;
  /** First UTF-16 code unit of the sentence (no leading spaces). */
  start: number;
  /** One past the last code unit (no trailing spaces or newline). */
  end: number;
}

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/** A time expression, TimeML TIMEX3 style. */
export interface Timex {
  documentId: string;
  span: Span;
  /** The words as written. */
  text: string;
  type: TimexType;
  /**
   * TIMEX3 value: `2016-11-14`, `2017-01`, `2016-W46`, `2016-Q3`, `199` (a decade), `P200Y`,
   * `PRESENT_REF`, or with `X` for what the text and the reference date cannot tell (`XXXX-XX-XX`).
   */
  value: string;
  /** How the value was reached: `explicit` (the text names it) or `relative` (from the reference date). */
  basis: 'explicit' | 'relative';
  /** Index of the sentence it lies in. */
  sentence: number;
}

/** The JSON document of ../shared/CONTRACT.md, as it leaves the program. */
export interface ContractDocument {
  id: string;
  title: string;
  published: string | null;
  path: string;
  source?: string;
  url?: string;
}

/** The whole output of `npm run extract` (actors, mentions and events are filled by later stages). */
export interface ExtractionOutput {
  documents: ContractDocument[];
  actors: ContractActor[];
  mentions: ContractMention[];
  events: ContractEvent[];
  timexes: Omit<Timex, 'basis' | 'sentence'>[];
  problems: Problem[];
}

/** Front matter, sidecar and `.jsonl` metadata keys, as users write them. */
export const DocumentMeta = z.object({
  id: z
    .union([z.string().min(1), z.number()])
    .transform(String)
    .optional(),
  title: z.string().optional(),
  published: z.union([z.string(), z.date()]).optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** One `.jsonl` line: the metadata keys plus the required text. */
export const JsonlRecord = DocumentMeta.extend({ text: z.string() });

/** An actor of the corpus, as the contract prints it. */
export interface ContractActor {
  /** Stable slug: "vladimir-putin", "russia", "usa-officials". */
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'country' | 'group' | 'media' | 'other';
  /** ISO 3166-1 alpha-3, or a bloc code ("EUR", "IGO"), or null. */
  country: string | null;
  /** Every surface form seen in the documents. */
  aliases: string[];
  /** How many times the documents name it. */
  mentions: number;
  /** The documents that name it. */
  documents: string[];
  /** CAMEO actor code at the date of the first article that codes it: "RUSGOV", "IGOUNO", "USACOP". */
  code?: string;
  /** The CAMEO role (agent) code: GOV, MIL, COP, REB, OPP, BUS, MED, CVL, ELI, …, or null. */
  role?: string | null;
  /** How the code was reached: "from the Phoenix countries list (line 39559), RUSGOV from 2008-05-08". */
  trail?: string[];
}

/** A span of a document that names an actor. */
export interface ContractMention {
  documentId: string;
  actorId: string;
  span: Span;
  text: string;
  /** How it names the actor: name, titled, role, body, group, adjective, pronoun. */
  form: string;
}

/** Where an event's evidence lies: one per sentence that states it (a standfirst repeating the lead adds one). */
export interface EventEvidence {
  documentId: string;
  sentence: number;
  span: Span;
  text: string;
}

/** An interaction between actors, as the contract prints it (with added fields). */
export interface ContractEvent {
  id: string;
  documentId: string;
  /** Index of the sentence in the document. */
  sentence: number;
  /** The evidence sentence's span in the document text. */
  span: Span;
  /** The sentence. */
  text: string;
  /** The words that express the interaction ("congratulated"). */
  trigger: string;
  triggerSpan: Span;
  /** Readable event type ("praise", "accuse", "consult"). */
  type: string;
  /** CAMEO code, root or full. */
  cameo: string | null;
  /** Null when the event's code is not a CAMEO code (a user's WEIS-coded verb file): not coded. */
  quad: Quad | null;
  /** Who acts or speaks (actor ids). */
  source: string[];
  /** Toward whom (actor ids); may be empty. */
  target: string[];
  /** Both sides act alike: counts in both directions. */
  symmetric: boolean;
  /** Who reported it ("the Kremlin said …"), an actor id, or null. */
  reportedBy: string | null;
  /** Null when the event's code is not a CAMEO code: its tone is not coded (score 0, no cues). */
  stance: Stance | null;
  /** −10 … +10, Goldstein-like. */
  stanceScore: number;
  /** The words that moved the score ("directly", "extremely unsatisfactory", "not"). */
  stanceCues: string[];
  negated: boolean;
  /** Stated as an accusation or a report, not as a fact ("accused Russia of hacking …"). */
  alleged: boolean;
  /** Asserted, hypothetical ("could impose sanctions"), conditional ("if Iran attacked …") or alleged. */
  modality?: Modality;
  /**
   * The code a user's verb dictionary gives the event's verb when it is not a CAMEO code ("064" of a
   * WEIS-coded file), passed through as written; `cameo`, stance and quad stay the project's, or,
   * for an event only the user's file found, are null.
   */
  code?: string;
  /** PLOVER event type, mode and context of the CAMEO code (CAMEO2PLOVER), where the table has one. */
  plover?: { event: string; mode: string; context: string[] };
  date: null | {
    value: string;
    start: string;
    end: string;
    text: string;
    basis: 'explicit' | 'relative' | 'document';
    /** Where the date was found: the clause, the reporting statement, the article's news peg, the publication date. */
    anchor: 'clause' | 'report' | 'peg' | 'publication';
  };
  /** Every sentence that states it, the one above first (other documents' included, see `duplicateOf`). */
  evidence: EventEvidence[];
  /**
   * The id of an earlier document's event that tells the same happening (same actors, stance, date
   * and act, nearly the same sentence): this event stays in its own document's list, the earlier
   * one holds the evidence of both and is the one the dashboard draws.
   */
  duplicateOf?: string;
  /**
   * How the code and the actors were reached: the dictionary entry and pattern with the relations
   * used, or the rule's verb class; then each actor's code with where it came from ("source
   * Vladimir Putin: from the Phoenix countries list (line 39559), RUSGOV from 2008-05-08").
   */
  trail?: string[];
}

/** An actor as lists and charts label it: the store answers with it, the dashboard draws it. */
export interface ActorLabel {
  id: string;
  name: string;
  /** person | organization | country | group | media | other */
  kind: string;
  country: string | null;
  /** CAMEO actor code ("RUSGOV") where a dictionary gave one, and how it was reached. */
  code?: string | null;
  trail?: string[];
}

/**
 * A directed relation between two actors over a set of events (a symmetric event counts each way):
 * the store aggregates it, the dashboard ships it, the network draws it.
 */
export interface RelationEdge {
  source: string;
  target: string;
  events: number;
  cooperative: number;
  neutral: number;
  hostile: number;
  /** Mean stance score, −10 … +10, of its events with a tone (an uncoded event has none); 0 when none has. */
  meanScore: number;
  /** First day of its earliest event (YYYY-MM-DD); null when all are undated. */
  firstDate: string | null;
  /** Last day of its latest event. */
  lastDate: string | null;
  /** A few event ids to show as evidence. */
  evidence: string[];
}
