/**
 * The seeded network layout (lib/graph/layout.ts): the same graph must give the same positions
 * whatever order it comes in, the positions must be usable numbers, and the forces must do their
 * job (related actors end up nearer each other than unrelated ones).
 */
import { describe, expect, it } from 'vitest';
import { layoutGraph, mulberry32, type LayoutEdge, type LayoutNode } from '@/lib/graph/layout';

/** A random graph from a seed: `n` nodes, about `m` distinct directed edges, some both ways. */
function randomGraph(n: number, m: number, seed: number): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const random = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `actor-${i}`,
    events: 1 + Math.floor(random() * 40),
  }));
  const seen = new Set<string>();
  const edges: LayoutEdge[] = [];
  for (let tries = 0; edges.length < m && tries < m * 20; tries++) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    edges.push({ source: `actor-${a}`, target: `actor-${b}`, events: 1 + Math.floor(random() * 9) });
  }
  return { nodes, edges };
}

/** A copy of the array in another order (a seeded Fisher–Yates shuffle). */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe('layoutGraph', () => {
  const { nodes, edges } = randomGraph(40, 70, 7);

  it('gives the same positions for the same input', () => {
    const first = layoutGraph(nodes, edges);
    const second = layoutGraph(
      nodes.map((n) => ({ ...n })),
      edges.map((e) => ({ ...e })),
    );
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it('does not depend on the order of nodes and edges', () => {
    const first = layoutGraph(nodes, edges);
    for (const seed of [1, 2, 3]) {
      const other = layoutGraph(shuffled(nodes, seed), shuffled(edges, seed + 10));
      expect(Object.fromEntries(other)).toEqual(Object.fromEntries(first));
    }
  });

  it('treats a→b and b→a as one undirected link', () => {
    const two = [
      { source: 'a', target: 'b', events: 3 },
      { source: 'b', target: 'a', events: 2 },
    ];
    const one = [{ source: 'b', target: 'a', events: 5 }];
    const ns = [
      { id: 'a', events: 5 },
      { id: 'b', events: 5 },
      { id: 'c', events: 1 },
    ];
    expect(Object.fromEntries(layoutGraph(ns, two))).toEqual(Object.fromEntries(layoutGraph(ns, one)));
  });

  it('changes with the seed, and is repeatable for each seed', () => {
    const a = Object.fromEntries(layoutGraph(nodes, edges, { seed: 42 }));
    expect(Object.fromEntries(layoutGraph(nodes, edges, { seed: 42 }))).toEqual(a);
    expect(Object.fromEntries(layoutGraph(nodes, edges, { seed: 43 }))).not.toEqual(a);
  });

  it('places every node, linked or not, at finite coordinates rounded to 0.1', () => {
    const withLoners = [...nodes, { id: 'loner', events: 3 }, { id: 'zero', events: 0 }];
    const positions = layoutGraph(withLoners, [
      ...edges,
      { source: 'actor-1', target: 'nobody', events: 4 }, // an end outside the node list: ignored
      { source: 'actor-2', target: 'actor-2', events: 1 }, // a loop: ignored
    ]);
    expect([...positions.keys()].sort()).toEqual(withLoners.map((n) => n.id).sort());
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
    }
  });

  it('puts linked pairs closer than unlinked ones, on average', () => {
    const positions = layoutGraph(nodes, edges);
    const linked = new Set(edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]));
    const near: number[] = [];
    const far: number[] = [];
    for (const a of nodes)
      for (const b of nodes) {
        if (a.id >= b.id) continue;
        const d = distance(positions.get(a.id)!, positions.get(b.id)!);
        (linked.has(`${a.id}|${b.id}`) ? near : far).push(d);
      }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(near.length).toBeGreaterThan(0);
    expect(mean(near)).toBeLessThan(mean(far));
  });

  it('keeps nodes from sitting on top of each other', () => {
    const positions = [...layoutGraph(nodes, edges).values()];
    for (let i = 0; i < positions.length; i++)
      for (let j = i + 1; j < positions.length; j++)
        expect(distance(positions[i]!, positions[j]!)).toBeGreaterThan(4);
  });

  it('answers an empty map for an empty graph', () => {
    expect(layoutGraph([], []).size).toBe(0);
    expect(layoutGraph([], [{ source: 'a', target: 'b', events: 1 }]).size).toBe(0);
  });

  it('places a single node', () => {
    const positions = layoutGraph([{ id: 'solo', events: 2 }], []);
    expect(positions.size).toBe(1);
    const p = positions.get('solo')!;
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('lays out 200 nodes and 800 edges', () => {
    const big = randomGraph(200, 800, 11);
    const positions = layoutGraph(big.nodes, big.edges);
    expect(positions.size).toBe(200);
    for (const { x, y } of positions.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});
