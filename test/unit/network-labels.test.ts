/**
 * Names in the network (lib/graph/labels.ts): on dense graphs of 60–150 actors, laid out and fitted
 * as the page does it, no two names overlap, the strongest actors are named, no name is cut, and
 * every name stays in the panel and off other nodes' glyphs.
 */
import { describe, expect, it } from 'vitest';
import { fitToPanel } from '@/lib/graph/fit';
import {
  inflate,
  overlapShare,
  overlaps,
  placeLabels,
  segmentHitsBox,
  wrapName,
  type Box,
  type LabelRequest,
} from '@/lib/graph/labels';
import { denseGraph, labelRequests, laidOut, METRICS } from './network-fixtures';

const MARGIN = { top: 26, right: 30, bottom: 26, left: 30 };
/** Panels the dashboard gives the network: two columns at 1440, one at 1024, a phone. */
const PANELS = [
  { width: 830, height: 460 },
  { width: 980, height: 460 },
  { width: 350, height: 460 },
];
const INSIST = 8;

function scene(n: number, seed: number, panel: { width: number; height: number }) {
  const graph = denseGraph(n, seed);
  const nodes = laidOut(graph);
  const fit = fitToPanel(nodes, panel, { margin: MARGIN });
  const requests = labelRequests(graph.nodes, fit.positions);
  const bounds: Box = { x0: 2, y0: 2, x1: panel.width - 2, y1: panel.height - 2 };
  // the edges as straight lines between centres, for the names to steer clear of
  const at = fit.positions;
  const segments = graph.edges.map((e) => ({
    x1: at.get(e.source)!.x,
    y1: at.get(e.source)!.y,
    x2: at.get(e.target)!.x,
    y2: at.get(e.target)!.y,
  }));
  const placed = placeLabels(requests, { bounds, metrics: METRICS, insist: INSIST, segments });
  return { graph, requests, placed, bounds };
}

const glyphBox = (r: LabelRequest): Box => ({
  x0: r.x - r.halfWidth,
  y0: r.y - r.top,
  x1: r.x + r.halfWidth,
  y1: r.y + r.bottom,
});

describe('placeLabels on dense graphs', () => {
  const cases = [60, 100, 150].flatMap((n) => PANELS.map((panel) => ({ n, panel })));

  it.each(cases)('$n actors in $panel.width × $panel.height: no two names overlap', ({ n, panel }) => {
    const { placed } = scene(n, n, panel);
    // the acceptance check allows 5 % of pairs; the placement promises none
    expect(overlapShare(placed.map((p) => p.box))).toBe(0);
    expect(placed.length).toBeGreaterThan(1);
  });

  it.each(cases)('$n actors in $panel.width × $panel.height: the strongest are named', ({ n, panel }) => {
    const { placed, requests } = scene(n, n, panel);
    const named = new Set(placed.map((p) => p.id));
    for (const r of requests.slice(0, INSIST)) expect(named, r.id).toContain(r.id);
  });

  it.each(cases)(
    '$n actors in $panel.width × $panel.height: names whole, in the panel, off other glyphs',
    ({ n, panel }) => {
      const { placed, requests, bounds, graph } = scene(n, n, panel);
      const nameOf = new Map(graph.nodes.map((g) => [g.id, g.name]));
      const rank = new Map(requests.map((r, i) => [r.id, i]));
      for (const p of placed) {
        expect(p.lines.join(' ')).toBe(nameOf.get(p.id)!.trim().split(/\s+/).join(' '));
        expect(p.box.x0).toBeGreaterThanOrEqual(bounds.x0);
        expect(p.box.x1).toBeLessThanOrEqual(bounds.x1);
        expect(p.box.y0).toBeGreaterThanOrEqual(bounds.y0);
        expect(p.box.y1).toBeLessThanOrEqual(bounds.y1);
        // only the insisted strongest may cover a glyph
        if (rank.get(p.id)! < INSIST) continue;
        for (const r of requests)
          if (r.id !== p.id) expect(overlaps(p.box, glyphBox(r)), `${p.id} on ${r.id}`).toBe(false);
      }
    },
  );

  it('names most actors on a desktop panel, and more as the drawing is zoomed in', () => {
    const graph = denseGraph(150, 150);
    const nodes = laidOut(graph);
    const panel = { width: 830, height: 460 };
    const fit = fitToPanel(nodes, panel, { margin: MARGIN });
    const at = (k: number) => {
      // the network's semantic zoom about the panel's centre: positions spread, glyphs keep size
      const scaled = new Map(
        [...fit.positions].map(([id, p]) => [
          id,
          {
            x: panel.width / 2 + (p.x - panel.width / 2) * k,
            y: panel.height / 2 + (p.y - panel.height / 2) * k,
          },
        ]),
      );
      return placeLabels(labelRequests(graph.nodes, scaled), {
        bounds: { x0: -5000, y0: -5000, x1: 5000, y1: 5000 },
        metrics: METRICS,
      }).length;
    };
    const fitted = scene(150, 150, panel).placed.length;
    expect(fitted / 150).toBeGreaterThan(0.4);
    expect(at(2)).toBeGreaterThan(at(1));
    expect(at(4)).toBeGreaterThan(at(2));
  });

  it('gives the same names at the same places for the same input', () => {
    const a = scene(120, 5, PANELS[0]!);
    const b = scene(120, 5, PANELS[0]!);
    expect(b.placed).toEqual(a.placed);
  });
});

describe('placeLabels, one case at a time', () => {
  const request = (id: string, x: number, y: number, name: string): LabelRequest => ({
    id,
    x,
    y,
    halfWidth: 5,
    top: 5,
    bottom: 5,
    lines: [name],
    widths: [name.length * 6],
  });
  const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };

  it('puts a lone name under its node, centred', () => {
    const [p] = placeLabels([request('a', 200, 150, 'Qatar')], { bounds, metrics: METRICS });
    expect(p!.side).toBe('below');
    expect(p!.anchor).toBe('middle');
    expect(p!.x).toBe(200);
    expect(p!.box.y0).toBeGreaterThan(155);
  });

  it('moves a name off the panel’s edge: a node at the bottom right is named above or to its left', () => {
    const [p] = placeLabels([request('a', 395, 295, 'United Arab Emirates')], { bounds, metrics: METRICS });
    expect(['above-left', 'left', 'above']).toContain(p!.side);
    expect(p!.box.x1).toBeLessThanOrEqual(400);
    expect(p!.box.y1).toBeLessThanOrEqual(300);
  });

  it('leaves out a name that has no free place rather than overlap another', () => {
    // a node ringed by eight others: its every place is taken by a name kept before it or a glyph
    const ring = [-1, 0, 1].flatMap((dx) =>
      [-1, 0, 1]
        .filter((dy) => dx || dy)
        .map((dy) => request(`r${dx}${dy}`, 200 + dx * 22, 150 + dy * 16, 'Ring')),
    );
    const placed = placeLabels([...ring, request('middle', 200, 150, 'Middle')], {
      bounds,
      metrics: METRICS,
    });
    expect(placed.map((p) => p.id)).not.toContain('middle');
    expect(overlapShare(placed.map((p) => p.box))).toBe(0);
  });

  it('keeps names apart by the padding asked for', () => {
    const placed = placeLabels(
      [request('a', 100, 100, 'Alpha Bravo'), request('b', 100, 124, 'Charlie Delta')],
      { bounds, metrics: METRICS, pad: 4 },
    );
    expect(placed).toHaveLength(2);
    expect(overlaps(inflate(placed[0]!.box, 3.9), placed[1]!.box)).toBe(false);
  });

  it('takes the free place crossing the fewest edges: a line under the node sends its name above', () => {
    const under = { x1: 100, y1: 163, x2: 300, y2: 163 };
    const [plain] = placeLabels([request('a', 200, 150, 'Vladimir Putin')], { bounds, metrics: METRICS });
    expect(plain!.side).toBe('below');
    const [p] = placeLabels([request('a', 200, 150, 'Vladimir Putin')], {
      bounds,
      metrics: METRICS,
      segments: [under],
    });
    expect(p!.side).toBe('above');
    expect(segmentHitsBox(under, p!.box)).toBe(false);
  });

  it('still names a node whose every place crosses an edge (edges only steer)', () => {
    // a star of lines through the node: every place crosses one
    const star = [0, 1, 2, 3].map((i) => {
      const a = (i * Math.PI) / 4;
      return {
        x1: 200 - 80 * Math.cos(a),
        y1: 150 - 80 * Math.sin(a),
        x2: 200 + 80 * Math.cos(a),
        y2: 150 + 80 * Math.sin(a),
      };
    });
    const placed = placeLabels([request('a', 200, 150, 'Hub')], { bounds, metrics: METRICS, segments: star });
    expect(placed).toHaveLength(1);
  });

  it('keeps names off the obstacles given (buttons over the drawing)', () => {
    const obstacle = { x0: 150, y0: 155, x1: 250, y1: 200 };
    const [p] = placeLabels([request('a', 200, 150, 'Obama administration')], {
      bounds,
      metrics: METRICS,
      obstacles: [obstacle],
    });
    expect(p!.side).not.toBe('below');
    expect(overlaps(p!.box, obstacle)).toBe(false);
  });
});

describe('segmentHitsBox', () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it.each([
    ['crossing it', { x1: -5, y1: 5, x2: 15, y2: 5 }, true],
    ['inside it', { x1: 2, y1: 2, x2: 3, y2: 3 }, true],
    ['through a corner', { x1: -1, y1: 1, x2: 1, y2: -1 }, true],
    ['beside it', { x1: 12, y1: -5, x2: 12, y2: 15 }, false],
    ['pointing at it but stopping short', { x1: -10, y1: 5, x2: -1, y2: 5 }, false],
    ['passing a corner', { x1: -2, y1: 11, x2: 11, y2: 24 }, false],
  ])('a segment %s: %s', (_, seg, hit) => {
    expect(segmentHitsBox(seg, box)).toBe(hit);
  });
});

describe('wrapName', () => {
  it.each([
    ['Qatar', ['Qatar']],
    ['Obama administration', ['Obama administration']],
    // two lines, the longest as short as it can be (20 against 21 the other way)
    ['Russian intelligence agencies', ['Russian intelligence', 'agencies']],
    // 52 characters: three lines, none longer than 22
    [
      'Organization for Security and Co-operation in Europe',
      ['Organization', 'for Security and', 'Co-operation in Europe'],
    ],
  ])('wrapName(%j) is %j', (name, lines) => {
    expect(wrapName(name)).toEqual(lines);
  });

  it('never cuts a word, however long', () => {
    expect(wrapName('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragilisticexpialidocious']);
    expect(wrapName('The Supercalifragilisticexpialidocious Council').join(' ')).toBe(
      'The Supercalifragilisticexpialidocious Council',
    );
  });

  it('gives the name back when its lines are joined, for any name', () => {
    for (const name of [
      'a',
      'Kim Jong-un',
      'Islamic Revolutionary Guard Corps of the Republic',
      '  two  spaces ',
    ]) {
      const lines = wrapName(name);
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(lines.join(' ')).toBe(name.trim().split(/\s+/).join(' '));
    }
  });
});
