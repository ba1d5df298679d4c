/**
 * What the dashboard asks of its store. SQLite answers today (./sqlite.ts); docs/ARCHITECTURE.md
 * says how PostgreSQL would answer the same questions when one machine is outgrown.
 */
import type { ContractEvent, Span } from '@/lib/model';
import type { Bin, Filters, PageRequest } from '@/lib/filters';
import type { ActorLabel } from '@/lib/dashboard/types';

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
  events: { id: string; span: Span; triggerSpan: Span; type: string; stance: string; sentence: number }[];
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

export interface GraphEdge {
  source: string;
  target: string;
  events: number;
  cooperative: number;
  neutral: number;
  hostile: number;
  /** Mean stance score, −10 … +10. */
  meanScore: number;
  firstDate: string | null;
  lastDate: string | null;
  /** A few event ids to show as evidence. */
  evidence: string[];
}

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
}

export interface IndexState {
  running: boolean;
  /** Files (or uploads) done and found so far. */
  done: number;
  total: number;
  /** Documents extracted anew in this run, and skipped as unchanged. */
  extracted: number;
  unchanged: number;
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
