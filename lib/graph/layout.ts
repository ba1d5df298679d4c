/**
 * The seeded force layout of the network. It runs on the server (lib/dashboard/view.ts) so the page
 * ships positions, not a simulation: the same URL gives the same picture on every machine, and the
 * browser spends nothing on physics. Pure: no DOM, no clock, no Math.random.
 *
 * Determinism rests on three things: the input is put in one canonical order (ids compared by code
 * unit, never by locale), every random draw comes from a seeded generator (the starting positions
 * and d3's `jiggle` through `randomSource`), and the simulation runs a fixed number of ticks with
 * nothing but +, ×, ÷ and √, which IEEE 754 rounds the same everywhere. The starting positions avoid
 * sin/cos (d3's own phyllotaxis uses them), whose last bit may differ between engines. Coordinates
 * are rounded to 0.1 in the end, which also keeps the page's JSON short.
 *
 * Units: one layout unit is one CSS pixel at zoom 1 in the network view, so the collision radii here
 * are the node sizes the view draws (NODE_RADIUS), plus room for the label.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';

/** The drawn radius of the smallest and of the largest node (px at zoom 1); the view uses the same. */
export const NODE_RADIUS = { min: 4, max: 18 } as const;

export interface LayoutNode {
  /** The actor id; unique (a repeated id keeps its largest count). */
  id: string;
  /** Events the actor takes part in: sets its size, hence its collision radius. */
  events: number;
}

export interface LayoutEdge {
  /** Id of one end; the direction is ignored (a→b and b→a pull together as one link). */
  source: string;
  /** The other end. */
  target: string;
  /** Events behind the edge: a stronger pull for more of them. */
  events: number;
}

export interface LayoutOptions {
  /** Seed of the generator behind the starting positions and d3's jiggle; default 1. */
  seed?: number;
  /** Simulation steps; default 300. The cooling schedule is fitted so the last step is cold. */
  ticks?: number;
  /** Radius of the node with most events, in layout units; others scale by √events. Default NODE_RADIUS.max. */
  radius?: number;
}

/** A position in layout units, around (0, 0). */
export interface Point {
  /** Rightwards, rounded to 0.1. */
  x: number;
  /** Downwards (screen convention), rounded to 0.1. */
  y: number;
}

/**
 * mulberry32: a tiny 32-bit generator, uniform in [0, 1). Integer arithmetic only (Math.imul and
 * shifts), so every engine draws the same sequence from the same seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A count as the layout trusts it: finite and not negative. */
function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Rounded to 0.1; -0 becomes 0 and anything not finite 0, so equal layouts compare equal. */
function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 10) / 10 + 0 : 0;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  /** Drawn radius, layout units. */
  r: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  events: number;
}

/** Room around a node's mark for its name below and a little air, in layout units. */
const LABEL_ROOM = 9;

export function layoutGraph(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  options: LayoutOptions = {},
): Map<string, Point> {
  const seed = options.seed ?? 1;
  const ticks = Math.max(0, Math.floor(options.ticks ?? 300));
  const maxRadius = options.radius != null && options.radius > 0 ? options.radius : NODE_RADIUS.max;
  const minRadius = Math.min(NODE_RADIUS.min, maxRadius);

  // canonical nodes: sorted by id, one per id (the largest count wins, whatever the input order)
  const events = new Map<string, number>();
  for (const n of nodes) events.set(n.id, Math.max(events.get(n.id) ?? 0, count(n.events)));
  const ids = [...events.keys()].sort(byCodeUnit);
  const out = new Map<string, Point>();
  if (!ids.length) return out;

  const maxEvents = Math.max(1, ...events.values());
  const random = mulberry32(seed);
  // starting positions: uniform in a square whose area grows with the node count, so the
  // simulation starts neither crushed nor scattered; drawn in id order from the seeded generator
  const half = 14 * Math.sqrt(ids.length) + maxRadius;
  const simNodes: SimNode[] = ids.map((id) => ({
    id,
    r: Math.max(minRadius, maxRadius * Math.sqrt((events.get(id) ?? 0) / maxEvents)),
    x: (random() * 2 - 1) * half,
    y: (random() * 2 - 1) * half,
  }));
  const byId = new Map(simNodes.map((n) => [n.id, n]));

  // undirected links: a→b and b→a add up, keyed by the ordered pair so input order cannot matter
  const weights = new Map<string, { a: string; b: string; events: number }>();
  for (const e of edges) {
    if (e.source === e.target || !byId.has(e.source) || !byId.has(e.target)) continue;
    const [a, b] = byCodeUnit(e.source, e.target) < 0 ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}\u0000${b}`;
    const w = weights.get(key);
    if (w) w.events += count(e.events);
    else weights.set(key, { a, b, events: count(e.events) });
  }
  const pairs = [...weights.keys()].sort(byCodeUnit).map((k) => weights.get(k)!);
  const maxLink = Math.max(1, ...pairs.map((p) => p.events));
  const degree = new Map<string, number>();
  for (const p of pairs) {
    degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
    degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
  }
  const links: SimLink[] = pairs.map((p) => ({ source: p.a, target: p.b, events: p.events }));

  const alphaMin = 0.001;
  const simulation = forceSimulation<SimNode, SimLink>(simNodes)
    .randomSource(mulberry32(seed ^ 0x9e3779b9))
    .alphaMin(alphaMin)
    // cool over exactly the ticks asked for (d3's default schedule assumes 300)
    .alphaDecay(ticks > 0 ? 1 - Math.pow(alphaMin, 1 / ticks) : 0.0228)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        // hubs would be pulled apart by all their links at once: d3's 1/min(degree) keeps the
        // system stable, and the events scale it so strong relations sit closest
        .strength((l) => {
          const s = l.source as SimNode;
          const t = l.target as SimNode;
          const base = 1 / Math.min(degree.get(s.id) ?? 1, degree.get(t.id) ?? 1);
          return base * (0.25 + 0.75 * Math.sqrt(l.events / maxLink));
        })
        .distance((l) => 36 + (l.source as SimNode).r + (l.target as SimNode).r),
    )
    .force(
      'charge',
      // bigger nodes push harder; the cut-off stops far clusters from drifting for ever
      forceManyBody<SimNode>()
        .strength((d) => -40 - 2 * d.r)
        .distanceMax(500),
    )
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.r + LABEL_ROOM)
        .strength(0.9)
        .iterations(2),
    )
    // weak gravity keeps nodes without edges and small components near the middle; stronger on y,
    // so the picture comes out landscape, like the panel it is drawn in
    .force('x', forceX<SimNode>(0).strength(0.02))
    .force('y', forceY<SimNode>(0).strength(0.1))
    .force('center', forceCenter<SimNode>(0, 0))
    .stop();
  for (let i = 0; i < ticks; i++) simulation.tick();

  for (const n of simNodes) out.set(n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) });
  return out;
}
