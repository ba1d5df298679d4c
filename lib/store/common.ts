/** What both engines share: keys, cursors, search words and the shaping of answers, so the same data gives the same answers. */
import { processAlive } from './queue';
import type { Graph, IndexState } from './types';

/** Sort key of an undated event: after every date. */
export const UNDATED = '9999-99-99';

// the key under which an event's twins are looked for, as `npm run extract` looks for them
export { pairKey } from '@/lib/nlp/events/dedupe';

/** A page cursor as the routes hand it out: opaque, URL-safe. */
export const encodeCursor = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export const decodeCursor = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

/** The words of a text search (letters and digits only, at most 12): no operator of the user's reaches an engine. */
export function searchWords(q: string): string[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

type Row = Record<string, unknown>;

/**
 * The graph from the rows both engines' queries give: the ranked actors (`id`, `w`), the edge rows
 * among them (`src`, `tgt`, `n`, `coop`, `neu`, `hos`, `mean`, `first`, `last`, `ev1`, `ev2`) and the
 * actors' names. The strongest `edges` edges are kept, sorted by source and target.
 */
export function graphFromRows(
  ranked: Row[],
  rows: Row[],
  info: Map<string, Row>,
  options: { limit: number; edges?: number },
): Graph {
  const ids = ranked.slice(0, options.limit).map((r) => String(r.id));
  const weight = new Map(ranked.map((r) => [String(r.id), Number(r.w)]));
  const kept = new Set(ids);
  const text = (v: unknown) => (v == null ? null : String(v));
  const nodes = ids.map((id) => ({
    id,
    name: String(info.get(id)?.name ?? id),
    kind: String(info.get(id)?.kind ?? 'other'),
    country: text(info.get(id)?.country),
    events: weight.get(id) ?? 0,
  }));
  // the strongest edges among those nodes, up to the limit: a readable network, a light answer
  const among = rows.filter((r) => kept.has(String(r.src)) && kept.has(String(r.tgt)));
  const strongest = [...among]
    .sort(
      (a, b) =>
        Number(b.n) - Number(a.n) || (String(a.src) + String(a.tgt) < String(b.src) + String(b.tgt) ? -1 : 1),
    )
    .slice(0, options.edges ?? 500);
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const edges = strongest
    .map((r) => ({
      source: String(r.src),
      target: String(r.tgt),
      events: Number(r.n),
      cooperative: Number(r.coop),
      neutral: Number(r.neu),
      hostile: Number(r.hos),
      meanScore: Math.round(Number(r.mean) * 100) / 100,
      firstDate: text(r.first),
      lastDate: text(r.last),
      evidence: [...new Set([String(r.ev1), String(r.ev2)])],
    }))
    .sort((a, b) => order(a.source, b.source) || order(a.target, b.target));
  return { nodes, edges, truncated: ranked.length > ids.length || among.length > strongest.length };
}

/** The index state as kept in `meta.index_state` (or none yet); a run whose process is gone is not running. */
export function indexStateOf(raw: string | undefined): IndexState {
  const empty: IndexState = {
    running: false,
    done: 0,
    total: 0,
    extracted: 0,
    unchanged: 0,
    removed: 0,
    problems: 0,
    startedAt: null,
    updatedAt: null,
    finishedAt: null,
  };
  const state = raw ? { ...empty, ...(JSON.parse(raw) as Partial<IndexState>) } : empty;
  if (state.running && state.pid != null && !processAlive(state.pid))
    return { ...state, running: false, interrupted: true };
  return state;
}
