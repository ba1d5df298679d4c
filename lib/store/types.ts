/**
 * What the dashboard asks of its store. SQLite answers today (./sqlite.ts); docs/ARCHITECTURE.md
 * says how PostgreSQL would answer the same questions when one machine is outgrown.
 */
import type { ContractActor, ContractEvent, ContractMention, RelationEdge, Span } from '@/lib/model';
import type { Bin, Filters, PageRequest } from '@/lib/filters';
import type { EventText as ActText } from '@/lib/nlp/events/dedupe';
import type { ActorLabel } from '@/lib/model';

/** A document as lists show it. */
export interface DocumentSummary {
  id: string;
  title: string;
  published: string | null;
  publishedBasis: string | null;
  source: string | null;
  url: string | null;
  path: string;
  origin: 'corpus' | 'upload';
  /** Events found in it. */
  eventCount: number;
  indexedAt: string;
}

/** A document with everything to highlight in its text. */
export interface DocumentDetail extends DocumentSummary {
  text: string;
  mentions: { span: Span; text: string; actorId: string | null; form: string }[];
  timexes: { span: Span; text: string; type: string; value: string; sentence: number }[];
  events: {
    id: string;
    span: Span;
    triggerSpan: Span;
    type: string;
    /** Null when the event's tone is not coded (a code outside CAMEO). */
    stance: ContractEvent['stance'];
    sentence: number;
  }[];
}

/** An actor with what the current filters count of it. */
export interface ActorSummary {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  aliases: string[];
  /** Mentions in the whole corpus. */
  mentions: number;
  /** Events under the filters: in all, as source, as target. */
  events: number;
  asSource: number;
  asTarget: number;
  /** CAMEO actor code, its role (agent code) and how it was reached, where the extraction coded it. */
  code?: string;
  role?: string | null;
  trail?: string[];
}

/** An event as the routes return it: the contract's fields, actor ids resolved across the corpus. */
export type EventRecord = ContractEvent & {
  documentTitle: string;
  /** The document's publication date (what relative dates were resolved against), or null. */
  documentPublished: string | null;
};

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  /** Events under the filters in which the actor is related to another (as source or target). */
  events: number;
}

/** An edge of the graph: the relation of lib/model, as the store aggregates it. */
export type GraphEdge = RelationEdge;

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when more actors or edges matched than the limits allow. */
  truncated: boolean;
}

export interface TimelineBin {
  /** The bin's first day (YYYY-MM-DD), or null for undated events. */
  start: string | null;
  cooperative: number;
  neutral: number;
  hostile: number;
  /** Events whose tone is not coded (a user's code outside CAMEO). */
  uncoded: number;
}

export interface IndexState {
  running: boolean;
  /** Files (or uploads) done and found so far. */
  done: number;
  total: number;
  /** Documents extracted anew in this run, and skipped as unchanged. */
  extracted: number;
  unchanged: number;
  /** Documents another indexer working on the same database took (PostgreSQL: see claimDocument). */
  elsewhere?: number;
  removed: number;
  problems: number;
  startedAt: string | null;
  updatedAt: string | null;
  finishedAt: string | null;
  /** The process running the index (same machine), to tell a run that was killed from one going on. */
  pid?: number;
  /** The last run stopped without finishing (its process is gone): the next run resumes it. */
  interrupted?: boolean;
}

export interface StoreStats {
  documents: number;
  events: number;
  actors: number;
}

/**
 * One document as the store writes it: plain values, built from an extraction by the domain layer
 * (lib/domain). The store knows nothing of how they were found.
 */
export interface StoredDocument {
  id: string;
  origin: 'corpus' | 'upload';
  /** The folder or file it was indexed from (corpus documents), or the upload's id. */
  root: string | null;
  path: string;
  title: string;
  published: string | null;
  publishedBasis: string | null;
  source: string | null;
  url: string | null;
  text: string;
  contentHash: string;
  extractorVersion: string;
  actors: StoredActorRecord[];
  mentions: ContractMention[];
  timexes: { span: [number, number]; text: string; type: string; value: string; sentence: number }[];
  events: ContractEvent[];
}

/** An actor as one document found it (before the corpus settles who is who). */
export interface StoredActorRecord {
  id: string;
  name: string;
  kind: ContractActor['kind'];
  country: string | null;
  aliases: string[];
  mentions: number;
  tentative: boolean;
  openingOnly: boolean;
  code: string | null;
  role: string | null;
  trail: string[] | null;
}

/** Who is who across the corpus: the merged actors, and for each raw id its actor (null: dropped). */
export interface SettledActors {
  actors: ContractActor[];
  actorOf: Map<string, string | null>;
  renamed: number;
  dropped: number;
}

/** What the duplicate check sees of an event (the store picks the candidates, the domain decides). */
export interface EventText extends ActText {
  id: string;
  /** A user's code outside CAMEO (events.code), else null. */
  code: string | null;
}

/** Whether a later event states the same as an earlier one of another document (lib/domain). */
export type SameEvent = (earlier: EventText, later: EventText) => boolean;

/**
 * The writing side of a store. Writes that must be atomic take the domain's decision as a function
 * and run it inside their transaction: settling reads every actor record and rewrites the actors
 * from what `settle` returns, with no other write in between.
 */
export interface StoreWriter {
  /** The hash and extractor version a document was indexed with, if it is there. */
  documentState(
    id: string,
  ): { contentHash: string; extractorVersion: string; origin: 'corpus' | 'upload'; path: string } | undefined;
  /** What was found in a stored document: its title, date, and how many events, actors and time expressions. */
  documentCounts(
    id: string,
  ): { title: string; published: string | null; events: number; actors: number; timexes: number } | null;
  corpusRoots(): { root: string; documents: number }[];
  documentsUnder(root: string, origin?: 'corpus' | 'upload'): string[];
  /** Replaces one document's rows in one transaction; events that repeat another document's are marked. */
  putDocument(doc: StoredDocument, sameEvent: SameEvent): void;
  /** Deletes a document; events of other documents that repeated its events are looked at again. */
  removeDocument(id: string, sameEvent: SameEvent): void;
  /** Reads every actor record by document and rewrites the corpus's actors from `settle`, atomically. */
  settleActors(
    settle: (byDocument: Iterable<{ documentId: string; records: StoredActorRecord[] }>) => SettledActors,
  ): { actors: number; renamed: number; dropped: number };
  setIndexState(state: IndexState): void;
  indexState(): IndexState;
  /**
   * Several indexers on one database (PostgreSQL): takes this version of a document for `worker`,
   * or says another worker has it (false), so no document is extracted twice. A store with one
   * writer process (SQLite) has no such method: every document is this run's.
   */
  claimDocument?(id: string, contentHash: string, extractorVersion: string, worker: string): boolean;
}

/** The reading side of a store: what routes and pages ask. */
export type StoreReader = Store;

export interface Store {
  listDocuments(page: PageRequest): Page<DocumentSummary>;
  getDocument(id: string): DocumentDetail | null;
  events(filters: Filters, page: PageRequest): Page<EventRecord>;
  actors(filters: Filters, options: { limit: number; name?: string | null }): ActorSummary[];
  /** The `limit` actors with most events, and the `edges` (default 500) strongest edges among them. */
  graph(filters: Filters, options: { limit: number; edges?: number }): Graph;
  timeline(filters: Filters, bin: Bin): TimelineBin[];
  exportEvents(filters: Filters): Iterable<EventRecord>;
  stats(): StoreStats;
  /** Name, kind and country of these actors (those that exist). */
  actorsById(ids: string[]): ActorLabel[];
  /** The event types present, sorted. */
  eventTypes(): string[];
  /** A document's source URL, or null. */
  getDocumentUrl(id: string): string | null;
  indexState(): IndexState;
  /** The folders (or files) corpus documents were indexed from, with how many each gave. */
  corpusRoots(): { root: string; documents: number }[];
  /** Changes whenever the data does (any process): for caches and ETags. */
  version(): string;
}

/** The same questions, answered later: how a store behind a network (PostgreSQL) answers them. */
export type Async<T> = {
  [K in keyof T]: NonNullable<T[K]> extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : T[K];
};

/** A store read with `await`: every engine, SQLite included (see lib/store/engine.ts). */
export type AsyncStoreReader = Omit<Async<Store>, 'exportEvents'> & {
  exportEvents(filters: Filters): AsyncIterable<EventRecord>;
};
/** A store written with `await`. */
export type AsyncStoreWriter = Async<StoreWriter>;
