/**
 * Grouping the network by country: the actors of one country (its state, leaders, government
 * bodies, groups: every actor whose `country` is that code) drawn as one node, their relations
 * with the rest merged into one edge each way, and any country expanded back into its actors. Works
 * on the derived model (./model.ts), so grouped relations follow the time window like the others.
 * Pure; the URL form of the state is here too, so the page and the network read it alike.
 */
import { byRecency, edgeKey, summarise, type EdgeView, type NetworkModel, type NodeView } from './model';

/** How the network groups its actors. */
export interface Grouping {
  /** Actors of one country drawn as one node. */
  byCountry: boolean;
  /** Countries (codes, e.g. "RUS") shown actor by actor all the same, while byCountry is on. */
  expanded: string[];
}

export const NO_GROUPING: Grouping = { byCountry: false, expanded: [] };

/**
 * The id of a country's group node. Actor ids are lower-case slugs, so "group:" and the upper-case
 * code can never name an actor.
 */
export function groupId(code: string): string {
  return `group:${code}`;
}

/** The country code of a group node's id, or null for an actor's id. */
export function groupCode(id: string): string | null {
  return id.startsWith('group:') ? id.slice(6) : null;
}

/**
 * Codes of actors that belong to no country: intergovernmental bodies (UN, NATO), non-governmental
 * ones (Red Cross, Amnesty), and armed groups that work across borders. Grouping all of these would
 * make one node of NATO and the UN.
 */
const NO_COUNTRY = new Set(['IGO', 'NGO', 'IMG']);

/** The code an actor is grouped under, or null when it stays alone. */
export function countryOf(node: { country: string | null }): string | null {
  const c = node.country;
  return c && /^[A-Z]{3}$/.test(c) && !NO_COUNTRY.has(c) ? c : null;
}

/** A grouped network: the model, and which group node each grouped actor went into. */
export interface GroupedModel extends NetworkModel {
  /** Actor id → its group node's id, for the actors drawn inside a group. */
  groupOf: Map<string, string>;
}

/** Whether an edge's own list of events is all of its events (then they can be counted once). */
const complete = (e: EdgeView) => e.items.length === e.events;

/** Events of several lists, each once, most recent first. */
function union(lists: EdgeView['items'][]): EdgeView['items'] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort(byRecency);
}

/**
 * Edges merged into one: the distinct events behind them when every list is whole (an event from
 * two Russian actors to one American counts once), else the sums of their counts and the mean of
 * their scores weighted by events.
 */
function mergeEdges(key: string, source: string, target: string, parts: EdgeView[]): EdgeView {
  const items = union(parts.map((e) => e.items));
  if (parts.every(complete)) return { key, source, target, ...summarise(items), items, reciprocal: false };
  const events = parts.reduce((s, e) => s + e.events, 0);
  const sum = (f: (e: EdgeView) => number) => parts.reduce((s, e) => s + f(e), 0);
  const firsts = parts.map((e) => e.firstDate).filter((d): d is string => d != null);
  const lasts = parts.map((e) => e.lastDate).filter((d): d is string => d != null);
  return {
    key,
    source,
    target,
    events,
    cooperative: sum((e) => e.cooperative),
    neutral: sum((e) => e.neutral),
    hostile: sum((e) => e.hostile),
    meanScore: events ? Math.round((sum((e) => e.meanScore * e.events) / events) * 100) / 100 : 0,
    firstDate: firsts.length ? firsts.sort()[0]! : null,
    lastDate: lasts.length ? lasts.sort().pop()! : null,
    items,
    reciprocal: false,
  };
}

/**
 * The model grouped by country, with the `expanded` countries left as their actors. A country
 * needs two actors among the nodes to make a group. A group node sits where its most active actor
 * sits (so collapsing and expanding never moves anyone else, and expanding restores the picture),
 * and is named after the country's own actor when there is one, else by `countryName`, else by its
 * code. Its count is the distinct events of its actors' drawn relations, inside the country too
 * (or the sum of their counts when the page lacks some of those events).
 */
export function groupNetwork(
  model: NetworkModel,
  grouping: Grouping,
  countryName: (code: string) => string | undefined = () => undefined,
): GroupedModel {
  const groupOf = new Map<string, string>();
  if (!grouping.byCountry) return { ...model, groupOf };
  const expanded = new Set(grouping.expanded);

  const buckets = new Map<string, NodeView[]>();
  for (const n of model.nodes) {
    const code = countryOf(n);
    if (!code || expanded.has(code)) continue;
    const list = buckets.get(code);
    if (list) list.push(n);
    else buckets.set(code, [n]);
  }
  for (const [code, list] of buckets) {
    if (list.length < 2) buckets.delete(code);
    else for (const n of list) groupOf.set(n.id, groupId(code));
  }
  if (!groupOf.size) return { ...model, groupOf };
  const to = (id: string) => groupOf.get(id) ?? id;

  // edges between the new ends; one inside a group is no edge (it still counts for the group)
  const parts = new Map<string, { source: string; target: string; edges: EdgeView[] }>();
  for (const e of model.edges) {
    const source = to(e.source);
    const target = to(e.target);
    if (source === target) continue;
    const key = edgeKey(source, target);
    const p = parts.get(key);
    if (p) p.edges.push(e);
    else parts.set(key, { source, target, edges: [e] });
  }
  const edges: EdgeView[] = [];
  for (const [key, p] of parts) {
    const only = p.edges[0]!;
    edges.push(
      p.edges.length === 1 && only.source === p.source && only.target === p.target
        ? { ...only }
        : mergeEdges(key, p.source, p.target, p.edges),
    );
  }
  const edgeByKey = new Map(edges.map((e) => [e.key, e]));
  for (const e of edges) e.reciprocal = edgeByKey.has(edgeKey(e.target, e.source));

  // every original edge that touches a group's actors, for its totals
  const touching = new Map<string, EdgeView[]>();
  for (const e of model.edges)
    for (const g of new Set([groupOf.get(e.source), groupOf.get(e.target)])) {
      if (!g) continue;
      const list = touching.get(g);
      if (list) list.push(e);
      else touching.set(g, [e]);
    }
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);

  const groupView = (code: string, members: NodeView[]): NodeView => {
    const id = groupId(code);
    const ranked = [...members].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
    const lead = ranked[0]!;
    const own = members.find((m) => m.kind === 'country');
    const rel = touching.get(id) ?? [];
    const whole = rel.every(complete);
    const c = summarise(union(rel.map((e) => e.items)));
    const firsts = members.map((m) => m.firstDate).filter((d): d is string => d != null);
    const lasts = members.map((m) => m.lastDate).filter((d): d is string => d != null);
    return {
      id,
      name: own?.name ?? countryName(code) ?? code,
      kind: 'country',
      country: code,
      x: lead.x,
      y: lead.y,
      events: whole ? c.events : members.reduce((s, m) => s + m.events, 0),
      stances: lead.stances ? { cooperative: c.cooperative, neutral: c.neutral, hostile: c.hostile } : null,
      firstDate: firsts.length ? firsts.sort()[0]! : null,
      lastDate: lasts.length ? lasts.sort().pop()! : null,
      degree: degree.get(id) ?? 0,
      members: ranked,
    };
  };

  // in the model's order, each group where its first actor was
  const nodes: NodeView[] = [];
  const placed = new Set<string>();
  for (const n of model.nodes) {
    const g = groupOf.get(n.id);
    if (!g) {
      nodes.push({ ...n, degree: degree.get(n.id) ?? 0 });
      continue;
    }
    if (placed.has(g)) continue;
    placed.add(g);
    const code = groupCode(g)!;
    nodes.push(groupView(code, buckets.get(code)!));
  }
  return {
    nodes,
    edges,
    nodeById: new Map(nodes.map((v) => [v.id, v])),
    edgeByKey,
    windowed: model.windowed,
    groupOf,
  };
}

/**
 * URL parameters of the grouping: `group=country`, and `expand=RUS,USA` for expanded countries.
 * Like the lanes, they change only what the browser shows: the page keeps them with its local
 * parameters (components/dashboard/url.ts LOCAL), reads them with parseGrouping, writes them with
 * writeGrouping, and hands them to <Network grouping onGroupingChange>.
 */
export const GROUPING_PARAMS = ['group', 'expand'] as const;

/** The grouping a URL asks for; anything unreadable is ignored (a view, not a filter). */
export function parseGrouping(params: URLSearchParams): Grouping {
  const byCountry = params.get('group') === 'country';
  const expanded = byCountry
    ? [
        ...new Set(
          params
            .getAll('expand')
            .flatMap((v) => v.split(','))
            .map((v) => v.trim())
            .filter((v) => /^[A-Z]{3}$/.test(v)),
        ),
      ].sort()
    : [];
  return { byCountry, expanded };
}

/** The grouping written into `params` (in place, replacing what was there); canonical order. */
export function writeGrouping(params: URLSearchParams, g: Grouping): URLSearchParams {
  params.delete('group');
  params.delete('expand');
  if (g.byCountry) {
    params.set('group', 'country');
    const expanded = [...new Set(g.expanded)].sort();
    if (expanded.length) params.set('expand', expanded.join(','));
  }
  return params;
}
