/**
 * What the network shows, derived from its props with no React and no DOM: the edges under the time
 * window (their counts, mean score and dates recomputed from the events that meet it), the events
 * behind each edge for the hover evidence, and each node's totals. Kept pure so it is cheap to
 * memoise and easy to reason about; Network.tsx only draws the result.
 */
import type { NetworkEdge, NetworkNode, Stance, TimelineEvent } from '@/lib/dashboard/types';
import type { RelationEdge } from '@/lib/model';

/** The brushed time window (YYYY-MM-DD, inclusive); both null for no window. */
export interface TimeWindow {
  /** First day in the window, or null for no lower bound. */
  from: string | null;
  /** Last day in the window, or null for no upper bound. */
  to: string | null;
}

/** The key of a directed edge. NUL cannot occur in an actor id, so keys never collide. */
export function edgeKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/**
 * Whether an event's days meet the window: it ends on or after `from` and starts on or before `to`
 * (the store's own test, so the client and the server agree). An undated event meets no window.
 * ISO days compare as strings.
 */
export function meetsWindow(e: TimelineEvent, w: TimeWindow): boolean {
  if (!w.from && !w.to) return true;
  const start = e.start ?? e.end;
  const end = e.end ?? e.start;
  if (!start || !end) return false;
  if (w.from && end < w.from) return false;
  if (w.to && start > w.to) return false;
  return true;
}

/**
 * A directed edge as drawn: the relation (lib/model) recounted over the window, with the events the
 * page shipped instead of the store's evidence ids.
 */
export interface EdgeView extends Omit<RelationEdge, 'evidence'> {
  /** edgeKey(source, target). */
  key: string;
  /** The events of this direction that the page shipped (in the window), most recent first. */
  items: TimelineEvent[];
  /** True when the opposite direction is drawn too: the two then bend apart. */
  reciprocal: boolean;
}

/** A node as drawn, with its totals over the relations drawn. */
export interface NodeView {
  /** The actor id. */
  id: string;
  /** Its name, in full. */
  name: string;
  /** person | organization | country | group | media | other: sets the glyph. */
  kind: string;
  /** ISO 3166-1 alpha-3 or a bloc code (EUR, IGO …); null when unknown. */
  country: string | null;
  /** The layout position, as given (layout units). */
  x: number;
  y: number;
  /** Events with a relation: the window's when one is set, else the server's count. */
  events: number;
  /** Those events by stance; null when the page shipped no events to count them from. */
  stances: Record<Stance, number> | null;
  /** First day over its drawn edges. */
  firstDate: string | null;
  /** Last day over its drawn edges. */
  lastDate: string | null;
  /** Drawn edges touching it, either way. */
  degree: number;
  /**
   * For a node that stands for a country's actors grouped together (./group.ts): those actors, most
   * events first. Undefined for an actor's own node.
   */
  members?: NodeView[];
}

export interface NetworkModel {
  /** Every node given, in the order given, with its totals. */
  nodes: NodeView[];
  /** The edges to draw: those given, recounted and thinned by the window. */
  edges: EdgeView[];
  /** Nodes by actor id, for the tooltip. */
  nodeById: Map<string, NodeView>;
  /** Edges by edgeKey(source, target). */
  edgeByKey: Map<string, EdgeView>;
  /** True when the window filtered the edges (a window is set and events were shipped). */
  windowed: boolean;
}

/** Most recent first: by last day, then first day; undated last; ids break ties so order is stable. */
export function byRecency(a: TimelineEvent, b: TimelineEvent): number {
  const ea = a.end ?? a.start ?? '';
  const eb = b.end ?? b.start ?? '';
  if (ea !== eb) return ea < eb ? 1 : -1;
  const sa = a.start ?? '';
  const sb = b.start ?? '';
  if (sa !== sb) return sa < sb ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The stance most of the events have, or null on a tie (for "mostly cooperative"). */
export function dominantStance(c: { cooperative: number; neutral: number; hostile: number }): Stance | null {
  const entries: [Stance, number][] = [
    ['cooperative', c.cooperative],
    ['neutral', c.neutral],
    ['hostile', c.hostile],
  ];
  entries.sort((a, b) => b[1] - a[1]);
  const [first, second] = entries;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return null;
  return first[0];
}

/** Counts, mean, first and last day of a list of events. */
export function summarise(items: Iterable<TimelineEvent>) {
  let cooperative = 0;
  let neutral = 0;
  let hostile = 0;
  let sum = 0;
  let first: string | null = null;
  let last: string | null = null;
  let n = 0;
  for (const e of items) {
    n++;
    if (e.stance === 'cooperative') cooperative++;
    else if (e.stance === 'hostile') hostile++;
    else neutral++;
    sum += e.stanceScore;
    const start = e.start ?? e.end;
    const end = e.end ?? e.start;
    if (start && (first == null || start < first)) first = start;
    if (end && (last == null || end > last)) last = end;
  }
  return {
    events: n,
    cooperative,
    neutral,
    hostile,
    // rounded as the store rounds it
    meanScore: n ? Math.round((sum / n) * 100) / 100 : 0,
    firstDate: first,
    lastDate: last,
  };
}

/**
 * What does not change while brushing, computed once per view: the given edges by key, and the
 * events behind each, most recent first. A brush then only filters these lists by date: no key is
 * built, nothing is sorted.
 */
export interface NetworkIndex {
  nodes: NetworkNode[];
  /** The given edges (loops dropped), by edgeKey. */
  given: Map<string, NetworkEdge>;
  /** The events behind each given edge, most recent first. */
  byPair: Map<string, TimelineEvent[]>;
  /** True when the page shipped events (without them the window cannot recount anything). */
  hasEvents: boolean;
}

export function indexNetwork(
  nodes: NetworkNode[],
  edges: NetworkEdge[],
  events: TimelineEvent[],
): NetworkIndex {
  const given = new Map<string, NetworkEdge>();
  for (const e of edges) if (e.source !== e.target) given.set(edgeKey(e.source, e.target), e);
  // every directed pair of an event, both ways when symmetric (as the store's event_pairs table
  // has them), each event once per pair
  const byPair = new Map<string, TimelineEvent[]>();
  const keys = new Set<string>();
  for (const e of events) {
    keys.clear();
    for (const s of e.source)
      for (const t of e.target) {
        if (s === t) continue;
        keys.add(edgeKey(s, t));
        if (e.symmetric) keys.add(edgeKey(t, s));
      }
    for (const k of keys) {
      if (!given.has(k)) continue;
      const list = byPair.get(k);
      if (list) list.push(e);
      else byPair.set(k, [e]);
    }
  }
  for (const list of byPair.values()) list.sort(byRecency);
  return { nodes, given, byPair, hasEvents: events.length > 0 };
}

/**
 * The network under the window. Edges are those the server chose (the strongest among the top
 * actors), never more: the window only recounts them and drops those left without an event. When
 * no window is set, or the page shipped no events (too many matched), the edges stay as given.
 */
export function deriveNetwork(
  nodes: NetworkNode[],
  edges: NetworkEdge[],
  events: TimelineEvent[],
  window: TimeWindow,
): NetworkModel {
  return windowNetwork(indexNetwork(nodes, edges, events), window);
}

/** deriveNetwork on an index made once: what a brush costs. */
export function windowNetwork(index: NetworkIndex, window: TimeWindow): NetworkModel {
  const { nodes, given } = index;
  const windowed = Boolean(window.from || window.to) && index.hasEvents;

  const out: EdgeView[] = [];
  for (const [key, e] of given) {
    // already most recent first: the index is sorted, and filtering keeps the order
    const all = index.byPair.get(key) ?? [];
    const items = windowed ? all.filter((ev) => meetsWindow(ev, window)) : all;
    if (windowed) {
      if (!items.length) continue;
      out.push({ key, source: e.source, target: e.target, ...summarise(items), items, reciprocal: false });
    } else {
      out.push({
        key,
        source: e.source,
        target: e.target,
        events: e.events,
        cooperative: e.cooperative,
        neutral: e.neutral,
        hostile: e.hostile,
        meanScore: e.meanScore,
        firstDate: e.firstDate,
        lastDate: e.lastDate,
        items,
        reciprocal: false,
      });
    }
  }
  const edgeByKey = new Map(out.map((e) => [e.key, e]));
  for (const e of out) e.reciprocal = edgeByKey.has(edgeKey(e.target, e.source));

  const views = nodeViews(
    nodes.map((n) => ({ ...n, members: undefined })),
    out,
    windowed,
    index.hasEvents,
  );
  return {
    nodes: views,
    edges: out,
    nodeById: new Map(views.map((v) => [v.id, v])),
    edgeByKey,
    windowed,
  };
}

/**
 * Each node's totals over the drawn edges: the distinct events behind them (its count when
 * `counted`, else the node's own `events`), their stances, first and last day, and its degree.
 */
export function nodeViews(
  nodes: (Omit<NodeView, 'stances' | 'firstDate' | 'lastDate' | 'degree'> & { events: number })[],
  edges: EdgeView[],
  counted: boolean,
  hasEvents: boolean,
): NodeView[] {
  const known = new Set(nodes.map((n) => n.id));
  // by identity: the page's events are distinct objects, and a Set of objects is cheaper than a
  // Map keyed by id strings
  const seen = new Map<string, Set<TimelineEvent>>();
  const degree = new Map<string, number>();
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      if (!known.has(id)) continue;
      degree.set(id, (degree.get(id) ?? 0) + 1);
      let bag = seen.get(id);
      if (!bag) seen.set(id, (bag = new Set()));
      for (const ev of e.items) bag.add(ev);
      const f = first.get(id);
      if (e.firstDate && (f == null || e.firstDate < f)) first.set(id, e.firstDate);
      const l = last.get(id);
      if (e.lastDate && (l == null || e.lastDate > l)) last.set(id, e.lastDate);
    }
  }
  return nodes.map((n) => {
    const c = summarise(seen.get(n.id) ?? []);
    return {
      ...n,
      events: counted ? c.events : n.events,
      stances: hasEvents ? { cooperative: c.cooperative, neutral: c.neutral, hostile: c.hostile } : null,
      firstDate: first.get(n.id) ?? null,
      lastDate: last.get(n.id) ?? null,
      degree: degree.get(n.id) ?? 0,
    };
  });
}
