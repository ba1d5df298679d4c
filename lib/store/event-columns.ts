/**
 * The `events` table's columns, once for both engines: each column's name, its PostgreSQL type (for
 * the JSON recordset the PostgreSQL store inserts from), and its value from the event. Both stores
 * insert from this list and read their rows back into the event with `eventOfRow`; the export and
 * the dashboard take that event. A field added to the event is added here, and nowhere else in the
 * stores (the schemas aside).
 */
import type { ContractEvent } from '@/lib/model';
import { UNCODED } from '@/lib/model/vocabulary';
import { pairKey, UNDATED } from './common';
import type { EventRecord } from './types';

/**
 * What `stance` and `quad` hold for an event whose code is not a CAMEO code (a user's WEIS-coded
 * verb file): its tone is not coded. A value rather than NULL, so the columns stay NOT NULL (SQLite
 * would need a table rebuild to drop it) and the graph's counts by stance stay exact: such an event
 * counts in an edge's events and in none of cooperative, neutral, hostile. Read back as null.
 */
export { UNCODED };

/** A stored stance read back: null for an event whose tone is not coded. */
export const storedStance = (v: unknown): ContractEvent['stance'] =>
  v === UNCODED || v == null ? null : (String(v) as NonNullable<ContractEvent['stance']>);

type Kind = 'text' | 'int' | 'float' | 'bool' | 'json';

interface Column {
  name: string;
  kind: Kind;
  /** Its type in PostgreSQL's `events` (json keeps an object's key order, jsonb does not). */
  pg: string;
  /** The value stored for the event (before the engine's encoding of booleans and JSON). */
  of: (e: ContractEvent, seq: number) => unknown;
}

const col = (name: string, kind: Kind, of: Column['of'], pg?: string): Column => ({
  name,
  kind,
  of,
  pg: pg ?? { text: 'text', int: 'int', float: 'double precision', bool: 'boolean', json: 'jsonb' }[kind],
});

/** In the order of the tables' columns; `document_id` is the document's, given apart. */
export const EVENT_COLUMNS: readonly Column[] = [
  col('id', 'text', (e) => e.id),
  col('seq', 'int', (_, seq) => seq),
  col('sentence', 'int', (e) => e.sentence),
  col('span_start', 'int', (e) => e.span[0]),
  col('span_end', 'int', (e) => e.span[1]),
  col('text', 'text', (e) => e.text),
  col('trigger', 'text', (e) => e.trigger),
  col('trigger_start', 'int', (e) => e.triggerSpan[0]),
  col('trigger_end', 'int', (e) => e.triggerSpan[1]),
  col('type', 'text', (e) => e.type),
  col('cameo', 'text', (e) => e.cameo),
  col('quad', 'text', (e) => e.quad ?? UNCODED),
  col('symmetric', 'bool', (e) => e.symmetric),
  col('reported_by_raw', 'text', (e) => e.reportedBy),
  col('stance', 'text', (e) => e.stance ?? UNCODED),
  col('stance_score', 'float', (e) => e.stanceScore),
  col('stance_cues', 'json', (e) => e.stanceCues),
  col('negated', 'bool', (e) => e.negated),
  col('alleged', 'bool', (e) => e.alleged),
  col('date_value', 'text', (e) => e.date?.value ?? null),
  col('date_start', 'text', (e) => e.date?.start ?? null),
  col('date_end', 'text', (e) => e.date?.end ?? null),
  col('date_text', 'text', (e) => e.date?.text ?? null),
  col('date_basis', 'text', (e) => e.date?.basis ?? null),
  col('date_anchor', 'text', (e) => e.date?.anchor ?? null),
  // undated events sort after every date
  col('sort_date', 'text', (e) => e.date?.start ?? UNDATED),
  col('evidence', 'json', (e) => e.evidence, 'json'),
  col('pair_key', 'text', (e) => pairKey(e.source, e.target, e.symmetric)),
  col('modality', 'text', (e) => e.modality ?? 'asserted'),
  col('plover', 'json', (e) => e.plover ?? null, 'json'),
  col('trail', 'json', (e) => e.trail ?? []),
  col('code', 'text', (e) => e.code ?? null),
];

/** How an engine writes and reads booleans and JSON: SQLite as 0/1 and text, PostgreSQL natively. */
export interface Encoding {
  bool: (b: boolean) => unknown;
  json: (v: unknown) => unknown;
  readBool: (v: unknown) => boolean;
  readJson: <T>(v: unknown) => T;
}

export const SQLITE_ENCODING: Encoding = {
  bool: (b) => (b ? 1 : 0),
  json: (v) => (v == null ? null : JSON.stringify(v)),
  readBool: (v) => v === 1,
  readJson: <T>(v: unknown) => JSON.parse(String(v)) as T,
};

export const POSTGRES_ENCODING: Encoding = {
  bool: (b) => b,
  json: (v) => v,
  readBool: (v) => v === true,
  readJson: <T>(v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T)),
};

/** The stored values of an event's row, column by column, as the engine keeps them. */
export function eventRow(e: ContractEvent, seq: number, enc: Encoding): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const c of EVENT_COLUMNS) {
    const v = c.of(e, seq);
    row[c.name] = c.kind === 'bool' ? enc.bool(v as boolean) : c.kind === 'json' ? enc.json(v) : v;
  }
  return row;
}

type Row = Record<string, unknown>;

/** What a row alone does not hold: the event's settled actors, its reporter, its twins' evidence. */
export interface EventLinks {
  source: string[];
  target: string[];
  reportedBy: string | null;
  /** The evidence of the events from other articles marked as its duplicates. */
  twinEvidence: EventRecord['evidence'];
}

const text = (v: unknown) => (v == null ? null : String(v));

/** The event of a row of `events` joined with its document's title and publication date. */
export function eventOfRow(r: Row, links: EventLinks, enc: Encoding): EventRecord {
  return {
    id: String(r.id),
    documentId: String(r.document_id),
    documentTitle: String(r.title),
    documentPublished: text(r.published),
    sentence: Number(r.sentence),
    span: [Number(r.span_start), Number(r.span_end)],
    text: String(r.text),
    trigger: String(r.trigger),
    triggerSpan: [Number(r.trigger_start), Number(r.trigger_end)],
    type: String(r.type),
    cameo: text(r.cameo),
    quad: r.quad === UNCODED ? null : (r.quad as EventRecord['quad']),
    source: links.source,
    target: links.target,
    symmetric: enc.readBool(r.symmetric),
    reportedBy: links.reportedBy,
    stance: storedStance(r.stance),
    stanceScore: Number(r.stance_score),
    stanceCues: enc.readJson<string[]>(r.stance_cues),
    negated: enc.readBool(r.negated),
    alleged: enc.readBool(r.alleged),
    modality: (r.modality ?? 'asserted') as NonNullable<EventRecord['modality']>,
    ...(r.plover ? { plover: enc.readJson<NonNullable<EventRecord['plover']>>(r.plover) } : {}),
    trail: r.trail == null ? [] : enc.readJson<string[]>(r.trail),
    ...(r.code != null ? { code: String(r.code) } : {}),
    date:
      r.date_value == null
        ? null
        : {
            value: String(r.date_value),
            start: String(r.date_start),
            end: String(r.date_end),
            text: String(r.date_text ?? ''),
            basis: r.date_basis as NonNullable<EventRecord['date']>['basis'],
            anchor: r.date_anchor as NonNullable<EventRecord['date']>['anchor'],
          },
    evidence: [...enc.readJson<EventRecord['evidence']>(r.evidence), ...links.twinEvidence],
  };
}
