/**
 * Synthetic networks for the network's unit tests: dense graphs of 60–150 actors with names as
 * long and as varied as the news gives them ("Obama administration", "Organization for Security
 * and Co-operation in Europe"), laid out by the real seeded layout. Everything from a seed.
 */
import { layoutGraph, mulberry32, NODE_RADIUS, type LayoutEdge } from '@/lib/graph/layout';
import { glyphExtent, shapeOf } from '@/components/network/geometry';
import { wrapName, type LabelRequest, type LineMetrics } from '@/lib/graph/labels';

const WORDS = [
  'Obama',
  'administration',
  'Ministry',
  'of',
  'Foreign',
  'Affairs',
  'Russian',
  'intelligence',
  'agencies',
  'Security',
  'Council',
  'Organization',
  'for',
  'Co-operation',
  'in',
  'Europe',
  'Kim',
  'Jong-un',
  'Islamic',
  'Revolutionary',
  'Guard',
  'Corps',
  'Democratic',
  'National',
  'Committee',
  'Xi',
  'Jinping',
  'Qatar',
  'Human',
  'Rights',
  'Watch',
  'Supercalifragilisticexpialidocious',
];

const KINDS = ['person', 'country', 'organization', 'group', 'media', 'other'];

export interface SyntheticNode {
  id: string;
  name: string;
  kind: string;
  events: number;
}

const graphs = new Map<string, { nodes: SyntheticNode[]; edges: LayoutEdge[] }>();

/**
 * A dense graph: `n` actors, about 3.3 edges per actor, a few hubs with many events. The same
 * object for the same arguments, so its layout is computed once per test file.
 */
export function denseGraph(n: number, seed: number): { nodes: SyntheticNode[]; edges: LayoutEdge[] } {
  const key = `${n}:${seed}`;
  const known = graphs.get(key);
  if (known) return known;
  const graph = makeGraph(n, seed);
  graphs.set(key, graph);
  return graph;
}

function makeGraph(n: number, seed: number): { nodes: SyntheticNode[]; edges: LayoutEdge[] } {
  const random = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, i) => {
    // mostly one or two words, now and then three or four (news names average about 13 characters)
    const words = 1 + Math.floor(Math.pow(random(), 2.5) * 4);
    const name = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(' ');
    // a long tail: most actors have a few events, a few have very many
    const events = 1 + Math.floor(Math.pow(random(), 3) * 80);
    return { id: `actor-${i}`, name, kind: KINDS[Math.floor(random() * KINDS.length)]!, events };
  });
  const seen = new Set<string>();
  const edges: LayoutEdge[] = [];
  const m = Math.round(n * 3.3);
  for (let tries = 0; edges.length < m && tries < m * 20; tries++) {
    // ends drawn towards the first actors: hubs, as in the news
    const a = Math.floor(Math.pow(random(), 1.6) * n);
    const b = Math.floor(random() * n);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    edges.push({ source: `actor-${a}`, target: `actor-${b}`, events: 1 + Math.floor(random() * 9) });
  }
  return { nodes, edges };
}

const layouts = new WeakMap<object, (SyntheticNode & { x: number; y: number })[]>();

/** The seeded layout of a synthetic graph, as the server computes it (once per graph object). */
export function laidOut(graph: { nodes: SyntheticNode[]; edges: LayoutEdge[] }) {
  let out = layouts.get(graph);
  if (!out) {
    const positions = layoutGraph(graph.nodes, graph.edges);
    out = graph.nodes.map((n) => ({ ...n, ...positions.get(n.id)! }));
    layouts.set(graph, out);
  }
  return out;
}

/** A fixed advance per character of 11 px text: what the browser's canvas would say, roughly. */
export const ADVANCE = 6.2;
export const METRICS: LineMetrics = { lineHeight: 13, ascent: 10.5, descent: 2.8 };

/**
 * Name requests as the network makes them: glyph sizes by events (the view's scale), most events
 * first, names wrapped and measured.
 */
export function labelRequests(
  nodes: SyntheticNode[],
  positions: Map<string, { x: number; y: number }>,
): LabelRequest[] {
  const max = Math.max(1, ...nodes.map((n) => n.events));
  return [...nodes]
    .sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1))
    .map((n) => {
      const p = positions.get(n.id)!;
      const r = Math.max(NODE_RADIUS.min, NODE_RADIUS.max * Math.sqrt(n.events / max));
      const lines = wrapName(n.name);
      return {
        id: n.id,
        x: p.x,
        y: p.y,
        ...glyphExtent(shapeOf(n.kind), r),
        lines,
        widths: lines.map((l) => [...l].length * ADVANCE),
      };
    });
}
