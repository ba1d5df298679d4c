/**
 * The shapes of the CAMEO verb dictionary (PETRARCH2's `CAMEO.2.0.txt`) and of the CAMEO→PLOVER
 * table, as parsed by ./parse-verbs.ts and ./parse-plover.ts, compiled by scripts/build-cameo.ts
 * into ./dict/cameo.json.gz and read back by ./load.ts.
 *
 * Words are kept lower-case; `line` numbers are 1-based lines of the vendored file, so that any
 * decision can be traced back to the dictionary.
 */

/**
 * A code in square brackets: `[057]`, `[042:043]`, `[:173]`, `[---]`.
 * `[A:B]` is a paired event (TABARI's convention): A from source to target and B from target back
 * to source ("X visited Y" [042:043] is X makes a visit, Y hosts it). `[---]` is the null code: the
 * verb or pattern is known and codes no event.
 */
export interface EventCode {
  /** Source → target CAMEO code ("057"), or null for none (`[---]`, `[:173]`). */
  code: string | null;
  /** Target → source CAMEO code of a paired event, or null. */
  reverse: string | null;
  /** As written between the brackets: "042:043", "---", "080!". */
  raw: string;
}

/**
 * One element of a pattern term.
 * - `word`: a word or a run of words joined with `_` in the file (`TO_WITHDRAW`), lower-case; a run
 *   must match consecutive tokens.
 * - `synset`: `&NAME`, any member of the synonym set.
 * - `source` (`$`) and `target` (`+`): slots that say which noun plays which part.
 * - `any` (`^`): any noun phrase (TABARI's "skip a noun phrase").
 */
export type Term =
  | { kind: 'word'; words: string[] }
  | { kind: 'synset'; name: string }
  | { kind: 'source' }
  | { kind: 'target' }
  | { kind: 'any' };

/**
 * A noun phrase of a pattern: a bare word is its own head; `{HUMANITARIAN AID}` has the head AID
 * (the last word, PETRARCH2's convention) and the modifier HUMANITARIAN, found anywhere under the
 * head; `FIGHTER_&AIRCRAFT` (joined with `_`) needs its words next to each other.
 */
export interface NounPhrase {
  kind: 'np';
  head: Term;
  modifiers: Term[];
  /** Written with `_`: the modifiers stand right before the head, in order. */
  consecutive: boolean;
}

/** `(TO BORDER)`, `(FOR {HUMANITARIAN AID})`, `(WITH)`: a preposition and the nouns it governs. */
export interface PrepPhrase {
  kind: 'pp';
  /** The preposition, lower-case ("to", "for"). */
  prep: string;
  /** What it governs; empty in `(WITH)`, whose object is then the event's target. */
  objects: NounPhrase[];
}

export type PatternElement = NounPhrase | PrepPhrase;

/** A verb pattern: `- PRE * POST [code] # comment`. */
export interface VerbPattern {
  /** Index in the dictionary's `patterns`. */
  id: number;
  /** 1-based line in CAMEO.2.0.txt. */
  line: number;
  /** Index of its verb block. */
  block: number;
  /** The pattern as written, between `-` and the code, spaces collapsed: "* {HUMANITARIAN AID}". */
  text: string;
  code: EventCode;
  /** Elements before `*` (the verb): usually the subject ("&MILITARY *", "WILL NOT *"). */
  pre: PatternElement[];
  /** Elements after `*`: objects, particles, prepositional phrases. */
  post: PatternElement[];
  /** The comment after `#` (which verb the pattern came from, who added it). */
  comment: string;
  /** Synsets it names that the file never defines: the pattern can never match (PETRARCH2 skips them too). */
  undefinedSynsets?: string[];
}

/** A verb of a block: `GIVE {GIVES GIVING GAVE GIVEN } [070]`, `+CALL_OFF [160]`. */
export interface VerbEntry {
  /** Index in the dictionary's `verbs`. */
  id: number;
  line: number;
  block: number;
  /** The verb word itself, lower-case: the lemma it is looked up by ("give", "call" for +CALL_OFF). */
  lemma: string;
  /** Words of a multi-word verb before the verb word (`WIRE_+TAP` → ["wire"]), lower-case. */
  front: string[];
  /** Words of a multi-word verb after the verb word (`+CALL_OFF` → ["off"]), lower-case. */
  back: string[];
  /**
   * Inflected forms of the verb word, lower-case: the `{…}` list where given (then nothing else, as
   * PETRARCH2 reads it), else the regular -s/-ed/-ing forms made by PETRARCH2's rules.
   */
  forms: string[];
  /** Its own code (`REQUEST [020]`), or null when it takes the block's. */
  code: EventCode | null;
  /** The line as written, comment removed, spaces collapsed. */
  text: string;
}

/** `---  GRANT   [060]  ---` and what follows, up to the next block. */
export interface VerbBlock {
  id: number;
  line: number;
  /** Its name: "GRANT", "EXPLAIN_VERBAL". */
  name: string;
  /** The block's code, used by its verbs without a code of their own when no pattern matches. */
  code: EventCode;
  verbs: number[];
  patterns: number[];
}

/** `&CEASEFIRE` and its `+` members. */
export interface Synset {
  /** With the ampersand: "&CEASEFIRE". */
  name: string;
  line: number;
  /** Members as lower-case words (`+CEASE_FIRE` → ["cease", "fire"], to match consecutive tokens). */
  members: string[][];
}

/** A verb transformation (`~ a (a b ATTACK) SAY = a b 015`): kept as written, not applied here. */
export interface Transformation {
  line: number;
  text: string;
}

/** A line that the parser read but did not turn into an entry, and why. */
export interface SkippedLine {
  line: number;
  text: string;
  reason: string;
}

export interface VerbDictionary {
  synsets: Synset[];
  blocks: VerbBlock[];
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  transformations: Transformation[];
  /** Lines that hold content but are not entries; comments and blank lines are not listed. */
  skipped: SkippedLine[];
}

/** One row of CAMEO2PLOVER: what a CAMEO code is in PLOVER. */
export interface PloverCoding {
  /** PLOVER event type: "AGREE", "CONSULT", "ASSAULT" … */
  event: string;
  /** PLOVER mode ("visit", "arrest", "demo"), or "" when the table gives none. */
  mode: string;
  /** PLOVER contexts ("economic", "crime", "corruption"); empty when the table gives none. */
  context: string[];
  /** The table's description of the CAMEO code: "Sign formal agreement". */
  description: string;
}

export interface PloverTable {
  /** CAMEO code (two to four digits) → its PLOVER coding; roots ("03") give only the event. */
  codes: Record<string, PloverCoding>;
  /** Lines read but not used, with the reason (duplicates, the closing rule …). */
  skipped: SkippedLine[];
}
