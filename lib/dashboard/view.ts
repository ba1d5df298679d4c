/**
 * What the dashboard shows for one URL, read from the store on the server: the events of the
 * filters (the time window aside: the client applies it, so brushing needs no round trip), the
 * network placed by the seeded layout, and the lists the filters bar offers. The same URL gives the
 * same data and the same positions.
 */
import {
  EMPTY_FILTERS,
  parseFilters,
  serializeFilters,
  type Filters,
  type FilterError,
  type Parsed,
} from '@/lib/filters';
import { layoutGraph } from '@/lib/graph/layout';
import { asEngine, type Readable } from '@/lib/api/engine';
import type { Engine } from '@/lib/store/engine';
import type { EventRecord } from '@/lib/store/types';
import type { DashboardData, TimelineEvent } from './types';

/** The most events a page ships to the timeline: `DETENTE_MAX_TIMELINE_EVENTS`, default 10000. */
export function timelineCap(): number {
  const v = Number(process.env.DETENTE_MAX_TIMELINE_EVENTS);
  return Number.isInteger(v) && v > 0 ? v : 10_000;
}

/** The most events the page's HTML carries: `DETENTE_FIRST_PAINT_EVENTS`, default 200. */
export function firstPaintCap(): number {
  const v = Number(process.env.DETENTE_FIRST_PAINT_EVENTS);
  return Number.isInteger(v) && v > 0 ? v : 200;
}

/**
 * The view for the page's first paint: at most `cap` events, spread evenly over the view's (in its
 * order, so over its whole time span), with how many were left out. The browser fetches the rest;
 * a page stays light however many events match, so many readers at once cost little.
 */
export function firstPaint(
  data: DashboardData,
  cap: number,
  filters: Filters = EMPTY_FILTERS,
): DashboardData {
  const n = data.events.length;
  if (n <= cap) return data;
  const events = Array.from({ length: cap }, (_, i) => data.events[Math.floor((i * n) / cap)]!);
  // only the actors the sample and the filters name
  const keep = new Set<string>();
  for (const e of events)
    for (const a of [...e.source, ...e.target, ...(e.reportedBy ? [e.reportedBy] : [])]) keep.add(a);
  for (const a of filters.actors) keep.add(a);
  if (filters.pair) keep.add(filters.pair.a).add(filters.pair.b);
  const actors = Object.fromEntries(Object.entries(data.actors).filter(([id]) => keep.has(id)));
  // the network comes with the whole view (it is drawn in the browser only, after the fetch)
  const network = { nodes: [], edges: [], truncated: data.network.truncated };
  return { ...data, events, actors, network, pending: n - cap };
}

/** The URL's parameters, from the page's `searchParams`. */
export function toSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach((x) => out.append(k, x));
    else if (v != null) out.append(k, v);
  }
  return out;
}

export type DashboardView =
  { ok: true; data: DashboardData; filters: Filters } | { ok: false; errors: FilterError[] };

const shared = globalThis as unknown as { __detenteViews?: Map<string, DashboardView> };

/** Views kept: each holds up to `timelineCap()` events, so only a few. */
const VIEWS_KEPT = 8;

/**
 * The view for this version of the data and these parameters, computed once: a link shared with
 * many people (or reloaded) costs the queries and the layout only the first time. A new version of
 * the data (an upload, the indexer) makes new keys; the oldest views go first.
 */
export async function cachedDashboardView(
  store: Readable,
  params: URLSearchParams,
  /** The filters of `params`, when the caller has read them already (they are read once per request). */
  parsed: Parsed<Filters> = parseFilters(params),
): Promise<DashboardView> {
  const engine = asEngine(store);
  // a bad link is answered at once and never cached
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const lanes = lanesOf(params);
  const views = (shared.__detenteViews ??= new Map());
  // keyed on the canonical view: two spellings of one view ("stance=hostile,neutral" and
  // "stance=neutral&stance=hostile") share an entry; what only the browser reads (the open event,
  // the network's grouping) is no part of it
  const key = `${await engine.version()}\u0000${serializeFilters(parsed.value).toString()}\u0000${lanes}`;
  const hit = views.get(key);
  if (hit) {
    views.delete(key);
    views.set(key, hit);
    return hit;
  }
  const view = await viewOf(engine, parsed.value, lanes);
  views.set(key, view);
  if (views.size > VIEWS_KEPT) views.delete(views.keys().next().value as string);
  return view;
}

const lanesOf = (params: URLSearchParams): 'pair' | 'actor' =>
  params.get('lanes') === 'pair' ? 'pair' : 'actor';

/** The view for these parameters, asked of the store (the SQLite store itself, or any engine). */
export async function dashboardView(given: Readable, params: URLSearchParams): Promise<DashboardView> {
  const parsed = parseFilters(params);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  return viewOf(asEngine(given), parsed.value, lanesOf(params));
}

/** The store's event as the timeline takes it: the date laid flat, the trigger within the sentence. */
export const toTimelineEvent = (e: EventRecord): TimelineEvent => ({
  id: e.id,
  documentId: e.documentId,
  start: e.date?.start ?? null,
  end: e.date?.end ?? null,
  value: e.date?.value ?? null,
  basis: e.date?.basis ?? null,
  dateText: e.date?.text ?? '',
  reference: e.documentPublished,
  stance: e.stance,
  stanceScore: e.stanceScore,
  stanceCues: e.stanceCues,
  quad: e.quad,
  type: e.type,
  cameo: e.cameo,
  ...(e.code ? { code: e.code } : {}),
  source: e.source,
  target: e.target,
  symmetric: e.symmetric,
  reportedBy: e.reportedBy,
  negated: e.negated,
  alleged: e.alleged,
  modality: e.modality ?? 'asserted',
  sentence: e.text,
  trigger: { start: e.triggerSpan[0] - e.span[0], end: e.triggerSpan[1] - e.span[0] },
  span: e.span,
  documentTitle: e.documentTitle,
});

/** The view of filters already read. */
async function viewOf(store: Engine, filters: Filters, lanes: 'pair' | 'actor'): Promise<DashboardView> {
  // the window (from/to) is applied in the browser: everything else here
  const unwindowed: Filters = { ...filters, from: null, to: null };
  const cap = timelineCap();
  const page = await store.events(unwindowed, { limit: cap, cursor: null });
  const events = page.items.map(toTimelineEvent);
  const graph = await store.graph(unwindowed, { limit: 150, edges: 500 });
  const positions = layoutGraph(
    graph.nodes.map((n) => ({ id: n.id, events: n.events })),
    graph.edges.map((e) => ({ source: e.source, target: e.target, events: e.events })),
  );
  const ids = new Set<string>(graph.nodes.map((n) => n.id));
  for (const e of events)
    for (const a of [...e.source, ...e.target, ...(e.reportedBy ? [e.reportedBy] : [])]) ids.add(a);
  for (const a of filters.actors) ids.add(a);
  if (filters.pair) ids.add(filters.pair.a).add(filters.pair.b);
  const actors = Object.fromEntries((await store.actorsById([...ids])).map((a) => [a.id, a]));
  const stats = await store.stats();
  const index = await store.indexState();
  const documents = (await store.listDocuments({ limit: 500, cursor: null })).items.map((d) => ({
    id: d.id,
    title: d.title,
    published: d.published,
  }));
  const types = await store.eventTypes();
  const query = serializeFilters(filters);
  if (lanes === 'pair') query.set('lanes', 'pair');
  return {
    ok: true,
    filters,
    data: {
      query: query.toString(),
      lanes,
      events,
      eventsTruncated: page.nextCursor != null,
      actors,
      network: {
        nodes: graph.nodes.map((n) => ({
          ...n,
          x: positions.get(n.id)?.x ?? 0,
          y: positions.get(n.id)?.y ?? 0,
        })),
        edges: graph.edges,
        truncated: graph.truncated,
      },
      documents,
      types,
      stats,
      index: { running: index.running, done: index.done, total: index.total },
    },
  };
}
