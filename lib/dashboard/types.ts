/**
 * The plain data the page hands to its client components (the timeline, the network, the table,
 * the evidence panel). Built on the server by ./view.ts from the store; nothing here is a class.
 */

import type { ActorLabel, ContractEvent, Modality, RelationEdge } from '@/lib/model';
export type { Quad, Stance } from '@/lib/model';

type EventDate = NonNullable<ContractEvent['date']>;

/** An actor as the charts label it (defined with the rest of the vocabulary, in lib/model). */
export type { ActorLabel } from '@/lib/model';

/** The fields the timeline takes from the store's event as they are (lib/model's ContractEvent). */
type SharedEventFields =
  | 'id'
  | 'documentId'
  | 'stance'
  | 'stanceScore'
  | 'stanceCues'
  | 'quad'
  | 'type'
  | 'cameo'
  | 'code'
  | 'source'
  | 'target'
  | 'symmetric'
  | 'reportedBy'
  | 'negated'
  | 'alleged'
  | 'span';

/**
 * One event, as the timeline, the tooltip and the table need it: the store's event (one definition,
 * in lib/model) with its date laid flat, the trigger as offsets into the sentence, and its article.
 */
export type TimelineEvent = Pick<ContractEvent, SharedEventFields> & {
  /** The first and last day the date covers (YYYY-MM-DD); null for an undated event. */
  start: string | null;
  end: string | null;
  /** The date as written in TIMEX3 ("2016-11-14", "2017-01", "2016"); null when undated. */
  value: string | null;
  /** How the date was found: explicit, relative, document (taken from the publication date). */
  basis: EventDate['basis'] | null;
  /** The words the date came from ("Monday"), "" for the publication date. */
  dateText: string;
  /** The day the date was resolved against (the article's publication date), if any. */
  reference: string | null;
  /** Stated, alleged, hypothetical ("could impose sanctions") or conditional ("if … attacked"). */
  modality: Modality;
  /** The evidence sentence (the event's `text`), and where the trigger lies in it (offsets into it). */
  sentence: string;
  trigger: { start: number; end: number };
  documentTitle: string;
};

/** A node of the network, placed. */
export interface NetworkNode extends ActorLabel {
  /** Events with a relation under the filters (without the time window). */
  events: number;
  /** Position from the seeded layout (lib/graph/layout.ts), in layout units around (0, 0). */
  x: number;
  y: number;
}

/** A directed edge of the network (a symmetric event gives one each way): the store's, as it is. */
export type NetworkEdge = RelationEdge;

/** Everything the dashboard shows for one URL. */
export interface DashboardData {
  /** The filters of the URL, as lib/filters serialises them (the canonical query string). */
  query: string;
  /** Lanes of the timeline: one per actor, or one per actor pair. */
  lanes: 'actor' | 'pair';
  events: TimelineEvent[];
  /** True when more events matched than the page ships (the timeline says so). */
  eventsTruncated: boolean;
  /**
   * Events left out of the page's first paint (a sample is shipped with the HTML): the browser then
   * fetches the whole view from /api/dashboard. Absent when the page holds them all.
   */
  pending?: number;
  actors: Record<string, ActorLabel>;
  network: { nodes: NetworkNode[]; edges: NetworkEdge[]; truncated: boolean };
  documents: { id: string; title: string; published: string | null }[];
  /** Event types present, for the type filter. */
  types: string[];
  stats: { documents: number; events: number; actors: number };
  index: { running: boolean; done: number; total: number };
}
