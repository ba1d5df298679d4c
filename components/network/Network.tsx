'use client';

/**
 * The network of relations: actors as glyphs at their seeded layout positions fitted to the panel,
 * directed edges coloured by mean stance and sized by events, names that never overlap, zoom and
 * pan (mouse, wheel, touch, buttons), a tooltip with the evidence, grouping by country, and
 * keyboard access to every mark.
 *
 * Three layers, each memoised on what it reads: edges (one <path> each), nodes, names. Zoom is
 * semantic: the scale spreads the positions but glyphs, names and lines keep their pixel size, so
 * zooming into a cluster pulls it apart and makes room for more names. Panning only moves one <g>;
 * a new scale re-places the marks (throttled); the names are re-placed when a gesture ends. Hover
 * and focus are handled once, on the <svg>, by delegation (each mark carries data-* attributes; a
 * thin edge is found by distance, so no invisible wide stroke doubles every edge), and the hovered
 * node's edges are lit by toggling classes: the pointer never re-renders the drawing.
 */
import {
  scaleSqrt,
  select,
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3';
import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { scoreColor } from '@/lib/dashboard/palette';
import type { ActorLabel, NetworkEdge, NetworkNode, TimelineEvent } from '@/lib/dashboard/types';
import { fitToPanel, type Margins } from '@/lib/graph/fit';
import { placeLabels, wrapName, type LabelRequest, type PlacedLabel } from '@/lib/graph/labels';
import { NODE_RADIUS } from '@/lib/graph/layout';
import {
  distanceToEdge,
  edgeGeometry,
  edgeSegments,
  edgeShape,
  glyphExtent,
  glyphPath,
  shapeOf,
  type EdgeGeometry,
  type Shape,
} from './geometry';
import { groupCode, groupNetwork, NO_GROUPING, type Grouping } from './group';
import { edgeAriaLabel, eventsText, nodeAriaLabel } from './labels';
import { Legend } from './Legend';
import { canvasMeasure, estimateMeasure, type TextMeasure } from './measure';
import { edgeKey, indexNetwork, windowNetwork, type EdgeView, type NodeView } from './model';
import styles from './network.module.css';
import { tipPosition } from './tipPosition';
import { EdgeTip, NodeTip } from './Tooltip';

export interface NetworkProps {
  /** The actors, placed by lib/graph/layout.ts (x, y in layout units around 0, 0). */
  nodes: NetworkNode[];
  /** Directed edges among them; a symmetric relation comes as two edges. */
  edges: NetworkEdge[];
  /** The events behind the edges: the tooltip's evidence, and the counts under the time window. */
  events: TimelineEvent[];
  /** Names of actors, for edge ends that are not among the nodes (and countries' names). */
  actors: Record<string, ActorLabel>;
  /** The time window (YYYY-MM-DD, inclusive): only relations with an event in it are drawn. */
  window: { from: string | null; to: string | null };
  /** Actors to highlight (a thick outline; edges away from them are dimmed). */
  selectedActors: string[];
  /** A pair to highlight: its edges both ways stand out, the others are dimmed. */
  selectedPair: { a: string; b: string } | null;
  /** A node was clicked (or pressed with Enter or Space). */
  onNodeClick: (actorId: string) => void;
  /** An edge was clicked (or pressed with Enter or Space). */
  onEdgeClick: (source: string, target: string) => void;
  /** Height of the drawing in px; default 520. The width is the container's. */
  height?: number;
  /**
   * Grouping by country, when the page keeps it (e.g. in the URL: see parseGrouping and
   * writeGrouping in ./group.ts). Without it the network keeps the grouping itself.
   */
  grouping?: Grouping;
  /** The user turned grouping on or off, or expanded or regrouped a country. */
  onGroupingChange?: (grouping: Grouping) => void;
}

/** Networks with at most this many edges keep every edge in the Tab order. */
const SMALL_NETWORK_EDGES = 40;
/** The zoom scale's limits around the fitted view (1): out to see it whole, in to split a cluster. */
const SCALE_EXTENT: [number, number] = [0.5, 8];
/** Room between the outermost centres and the panel's edges: a glyph, and a name beside it. */
const MARGIN: Margins = { top: 26, right: 30, bottom: 26, left: 30 };
/** The width assumed before the container is measured. */
const DEFAULT_WIDTH = 1024;
/** The marks are re-placed for a new zoom scale at most this often, ms. */
const DRAW_EVERY = 100;
/** How far a reciprocal edge bows out of the straight line, px. */
const BEND = 16;
/** Edge width range, px. */
const WIDTH_RANGE: [number, number] = [1, 8];
/** The names' font size and line spacing, px (network.module.css .label says the same). */
const NAME_SIZE = 11;
const NAME_LINE = 13;
/** How near an edge the pointer must be to point at it, screen px. */
const HIT = 6;
/** The strongest actors are named even where the name must cover another glyph. */
const INSIST = 8;
/** Selector of the marks, for event delegation. */
const MARK = '[data-actor-id],[data-group],[data-source]';

/** Classes toggled outside React (the CSS module's names, which are always there). */
const TOGGLED = {
  pointing: styles.pointing ?? 'pointing',
  focusing: styles.focusing ?? 'focusing',
  lit: styles.lit ?? 'lit',
};

/** How an edge stands against the selection. */
type Tone = 'pair' | 'normal' | 'dim';

/** A node's look, independent of the zoom scale. */
interface NodeMarkData {
  view: NodeView;
  /** Its place in the fitted panel (zoom 1), px. */
  fx: number;
  fy: number;
  r: number;
  shape: Shape;
  selected: boolean;
  /** The country code, for a group node. */
  group: string | null;
}

interface EdgeMarkData {
  view: EdgeView;
  width: number;
  color: string;
  tone: Tone;
  label: string;
  /**
   * In the Tab order? Up to 500 edges would stand between the keyboard and the nodes, so only a
   * small network's edges are, or, once an actor or pair is selected, the edges that touch it.
   */
  tabbable: boolean;
}

/** A node at its place for the current scale, px. */
interface PlacedNode {
  x: number;
  y: number;
  mark: NodeMarkData;
}

interface PlacedLink {
  edge: EdgeMarkData;
  /** Null when its two nodes touch at this scale: then the edge is kept, with nothing to draw. */
  geometry: EdgeGeometry | null;
  d: string;
}

/** The largest inscribed radius of a glyph of radius 1: whether a country code fits inside. */
const INNER: Record<Shape, number> = { circle: 1, square: 0.886, hexagon: 0.952, triangle: 0.777 };

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The edges' opacity: 0.75 up to 100 edges, down to 0.45 from 400 (hovering lights them fully). */
function edgeOpacity(edges: number): number {
  return round2(0.75 - 0.3 * Math.min(1, Math.max(0, (edges - 100) / 300)));
}

interface NodeMarkProps {
  id: string;
  /** The country code of a group node (then `id` is its group id). */
  group: string | null;
  x: number;
  y: number;
  /** The layout position as the server gave it (for tests that compare two machines). */
  layoutX: number;
  layoutY: number;
  r: number;
  shape: Shape;
  selected: boolean;
  code: string | null;
  label: string;
}

/** One node: memoised on plain values, so a brush redraws only the nodes whose size changed. */
const NodeMark = memo(function NodeMark(p: NodeMarkProps) {
  const d = glyphPath(p.shape, p.r);
  const codeInside = p.code != null && p.r * INNER[p.shape] >= 9.5;
  const className = [styles.node, p.selected ? styles.selected : '', p.group ? styles.group : '']
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={className}
      transform={`translate(${round2(p.x)},${round2(p.y)})`}
      data-actor-id={p.group ? undefined : p.id}
      data-group={p.group ?? undefined}
      data-x={p.layoutX}
      data-y={p.layoutY}
      tabIndex={0}
      role="button"
      aria-label={p.label}
    >
      {p.selected ? (
        d ? (
          <path className={styles.halo} d={glyphPath(p.shape, p.r + 4)!} />
        ) : (
          <circle className={styles.halo} r={p.r + 4} />
        )
      ) : null}
      {/* a group is a stack: a second outline behind, a little up and right */}
      {p.group ? (
        <path className={styles.stack} d={glyphPath('square', p.r)!} transform="translate(3,-3)" />
      ) : null}
      {d ? <path className={styles.mark} d={d} /> : <circle className={styles.mark} r={p.r} />}
      {codeInside ? (
        <text className={styles.codeIn} dy="0.35em">
          {p.code}
        </text>
      ) : null}
    </g>
  );
});

interface EdgeMarkProps {
  source: string;
  target: string;
  events: number;
  /** Its band and arrowhead (geometry.ts edgeShape). */
  d: string;
  color: string;
  tone: Tone;
  tabbable: boolean;
  label: string;
}

/** One edge: a single filled path, memoised on plain values. */
const EdgeMark = memo(function EdgeMark(p: EdgeMarkProps) {
  const tone = p.tone === 'pair' ? styles.pair : p.tone === 'dim' ? styles.dim : '';
  return (
    <path
      className={tone ? `${styles.edge} ${tone}` : styles.edge}
      d={p.d || undefined}
      fill={p.color}
      data-source={p.source}
      data-target={p.target}
      data-events={p.events}
      // no tabindex at all when out of the Tab order: a focusable element costs the browser some
      // bookkeeping, and removing 400 of them (a brush) took three times as long with tabindex=-1
      tabIndex={p.tabbable ? 0 : undefined}
      role="button"
      aria-label={p.label}
    />
  );
});

/** One name: its lines as tspans under the first. */
const NameMark = memo(function NameMark({ label, bold }: { label: PlacedLabel; bold: boolean }) {
  return (
    <text
      className={bold ? `${styles.label} ${styles.bold}` : styles.label}
      x={round2(label.x)}
      y={round2(label.y)}
      textAnchor={label.anchor}
      data-label-for={label.id}
    >
      {label.lines.map((line, i) =>
        i === 0 ? (
          line
        ) : (
          <tspan key={i} x={round2(label.x)} dy={NAME_LINE}>
            {line}
          </tspan>
        ),
      )}
    </text>
  );
});

/** The mark an event happened on: a node, a group or an edge, read from its data-* attributes. */
type Target =
  | { kind: 'node'; id: string; el: Element }
  | { kind: 'group'; id: string; el: Element }
  | { kind: 'edge'; key: string; el: Element };

function targetOf(t: EventTarget | null): Target | null {
  if (!(t instanceof Element)) return null;
  const el = t.closest(MARK);
  if (!el) return null;
  const id = el.getAttribute('data-actor-id');
  if (id != null) return { kind: 'node', id, el };
  const code = el.getAttribute('data-group');
  if (code != null) return { kind: 'group', id: `group:${code}`, el };
  const source = el.getAttribute('data-source');
  const target = el.getAttribute('data-target');
  if (source == null || target == null) return null;
  return { kind: 'edge', key: edgeKey(source, target), el };
}

interface Hover {
  kind: 'node' | 'edge';
  /** Node id (an actor's or a group's) or edge key. */
  id: string;
  /** Where to show the tooltip, viewport px. */
  x: number;
  y: number;
  /**
   * Pointer hovers end when the pointer leaves; focus hovers when focus does; a tap's (a finger has
   * no hover: the first tap on a mark shows its tooltip, a second acts) with a tap elsewhere or a pan.
   */
  via: 'pointer' | 'focus' | 'tap';
}

/** Whether the element shows keyboard focus (older engines without :focus-visible: yes). */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** Names wrapped and measured, by measure, weight and text: a brush re-places names, not re-measures. */
const WRAPPED = new WeakMap<TextMeasure, Map<string, { lines: string[]; widths: number[] }>>();

function wrapped(measure: TextMeasure, text: string, bold: boolean): { lines: string[]; widths: number[] } {
  let cache = WRAPPED.get(measure);
  if (!cache) WRAPPED.set(measure, (cache = new Map()));
  const key = `${bold ? 'b' : 'p'}${text}`;
  let hit = cache.get(key);
  if (!hit) {
    const lines = wrapName(text);
    hit = { lines, widths: lines.map((l) => measure.width(l, bold)) };
    cache.set(key, hit);
  }
  return hit;
}

/** The zoom transform the marks are placed for: its scale, and its translation when placed. */
interface PlacedAt {
  k: number;
  x: number;
  y: number;
}

const sameTransform = (a: PlacedAt, b: PlacedAt) =>
  a.k === b.k && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

export default function Network({
  nodes,
  edges,
  events,
  actors,
  window: timeWindow,
  selectedActors,
  selectedPair,
  onNodeClick,
  onEdgeClick,
  height = 520,
  grouping: groupingProp,
  onGroupingChange,
}: NetworkProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const tipId = `network-tip-${uid}`;

  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [hover, setHover] = useState<Hover | null>(null);
  const [ownGrouping, setOwnGrouping] = useState<Grouping>(NO_GROUPING);
  const grouping = groupingProp ?? ownGrouping;
  const setGrouping = (g: Grouping) => {
    if (!groupingProp) setOwnGrouping(g);
    onGroupingChange?.(g);
  };

  // the names' font, measured once in the browser (the network is drawn only there)
  const [measure] = useState<TextMeasure>(() => {
    const family = typeof document !== 'undefined' ? getComputedStyle(document.body).fontFamily : '';
    return (family && canvasMeasure(NAME_SIZE, NAME_LINE, family)) || estimateMeasure(NAME_SIZE, NAME_LINE);
  });

  // ---- derived data (each step memoised on what it reads) ----

  const { from, to } = timeWindow;
  // what a brush does not change, once per view; then the window, then the grouping
  const index = useMemo(() => indexNetwork(nodes, edges, events), [nodes, edges, events]);
  const model = useMemo(() => windowNetwork(index, { from, to }), [index, from, to]);
  const countryNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const a of Object.values(actors))
      if (a.kind === 'country' && a.country && !names.has(a.country)) names.set(a.country, a.name);
    return names;
  }, [actors]);
  const groupingKey = grouping.byCountry ? `country:${[...grouping.expanded].sort().join(',')}` : '';
  const grouped = useMemo(
    () =>
      groupNetwork(
        model,
        groupingKey
          ? { byCountry: true, expanded: groupingKey.slice(8).split(',').filter(Boolean) }
          : NO_GROUPING,
        (code) => countryNames.get(code),
      ),
    [model, groupingKey, countryNames],
  );

  // the layout fitted to the panel: all the view's actors, whatever the window or the grouping,
  // so that brushing or grouping never moves anyone
  const fit = useMemo(
    () =>
      fitToPanel(
        nodes.map((n) => ({ id: n.id, x: n.x, y: n.y })),
        { width, height },
        { margin: MARGIN },
      ),
    [nodes, width, height],
  );

  // selection as strings: the parent may pass a new array with the same ids on every render
  const selectedKey = selectedActors.join('\n');
  const pairA = selectedPair?.a ?? null;
  const pairB = selectedPair?.b ?? null;

  const styled = useMemo(() => {
    const into = (id: string) => grouped.groupOf.get(id) ?? id;
    const selected = new Set((selectedKey ? selectedKey.split('\n') : []).map(into));
    if (pairA) selected.add(into(pairA));
    if (pairB) selected.add(into(pairB));
    const pa = pairA && into(pairA);
    const pb = pairB && into(pairB);
    // scales over the unwindowed data, so a node or edge keeps its size scale while brushing
    const rScale = scaleSqrt()
      .domain([0, Math.max(1, ...nodes.map((n) => n.events))])
      .range([0, NODE_RADIUS.max])
      .clamp(true);
    const wScale = scaleSqrt()
      .domain([0, Math.max(1, ...edges.map((e) => e.events))])
      .range(WIDTH_RANGE)
      .clamp(true);
    // under a window, actors left without a relation go (unless selected: the outline says where)
    const shown = grouped.windowed
      ? grouped.nodes.filter((v) => v.degree > 0 || selected.has(v.id))
      : grouped.nodes;
    const marks = shown.map<NodeMarkData>((v) => {
      // a group sits where its most active actor sits
      const at = fit.positions.get(v.members?.[0]?.id ?? v.id) ?? { x: width / 2, y: height / 2 };
      const shape = v.members ? 'square' : shapeOf(v.kind);
      return {
        view: v,
        fx: at.x,
        fy: at.y,
        r: Math.max(NODE_RADIUS.min, rScale(v.events)),
        shape,
        selected: selected.has(v.id),
        group: groupCode(v.id),
      };
    });
    const byId = new Map(marks.map((m) => [m.view.id, m]));
    const name = (id: string) => grouped.nodeById.get(id)?.name ?? actors[id]?.name ?? id;
    const tone = (e: EdgeView): Tone => {
      if (pa && pb)
        return (e.source === pa && e.target === pb) || (e.source === pb && e.target === pa) ? 'pair' : 'dim';
      if (selected.size) return selected.has(e.source) || selected.has(e.target) ? 'normal' : 'dim';
      return 'normal';
    };
    const order: Record<Tone, number> = { dim: 0, normal: 1, pair: 2 };
    const anySelected = selected.size > 0;
    const small = grouped.edges.length <= SMALL_NETWORK_EDGES;
    const links = grouped.edges
      .filter((e) => byId.has(e.source) && byId.has(e.target))
      .map<EdgeMarkData>((e) => {
        const color = scoreColor(e.meanScore);
        const t = tone(e);
        return {
          view: e,
          width: Math.round(wScale(e.events) * 10) / 10,
          color,
          tone: t,
          label: edgeAriaLabel(name(e.source), name(e.target), e),
          tabbable: anySelected ? t !== 'dim' : small,
        };
      })
      // painted in this order: the highlighted on top, and thin edges over thick ones so they
      // can still be pointed at
      .sort((a, b) => order[a.tone] - order[b.tone] || b.width - a.width);
    return { marks, byId, links };
  }, [grouped, fit, nodes, edges, actors, selectedKey, pairA, pairB, width, height]);

  const empty = styled.links.length === 0;

  // ---- zoom: the identity is the fitted view ----

  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [placedAt, setPlacedAt] = useState<PlacedAt>({ k: 1, x: 0, y: 0 });
  const drawnAtRef = useRef(0);
  const keepPlaced = (t: PlacedAt) =>
    setPlacedAt((p) => (sameTransform(p, t) ? p : { k: t.k, x: t.x, y: t.y }));

  // the container's width (the svg itself is 100% wide)
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w && w > 0) setWidth(Math.round(w));
    });
    observer.observe(stage);
    return () => observer.disconnect();
  }, []);

  // d3-zoom owns the gestures (mouse, wheel, touch: one finger pans, two pinch); React the drawing
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      // a few pixels of jitter while clicking or tapping a mark is still a click, not a pan
      .clickDistance(4)
      .tapDistance(10)
      .filter((event: Event) => {
        const e = event as MouseEvent & Event;
        // d3's default (no secondary buttons, ctrl only for pinch-wheel), and a double click on
        // a mark is two clicks on it, not a zoom; so is a double tap (d3 asks with its touchend)
        if (e.ctrlKey && e.type !== 'wheel') return false;
        if (e.button) return false;
        if ((e.type === 'dblclick' || e.type === 'touchend') && targetOf(e.target)) return false;
        return true;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // the marks move under a still pointer: its tooltip would describe the wrong one
        if (event.sourceEvent) setHover((h) => (h?.via === 'pointer' || h?.via === 'tap' ? null : h));
        setTransform(event.transform);
      })
      // a gesture's end: the names are placed for the part now in view
      .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => keepPlaced(event.transform));
    select(svg).call(behaviour);
    zoomRef.current = behaviour;
    return () => {
      select(svg).on('.zoom', null);
      zoomRef.current = null;
    };
  }, [empty]);

  // a new set of actors starts from the fitted view
  useEffect(() => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) zoomRef.current.transform(select(svg), zoomIdentity);
  }, [nodes, empty]);

  const resetZoom = () => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) zoomRef.current.transform(select(svg), zoomIdentity);
  };
  const zoomBy = (factor: number) => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) zoomRef.current.scaleBy(select(svg), factor);
  };

  // The scale the marks are placed for follows the zoom at most every DRAW_EVERY ms; in between,
  // the <g> scales geometrically by transform.k / placedAt.k, which puts every centre where it
  // belongs and lets glyphs grow or shrink a little until the next placing.
  useEffect(() => {
    if (transform.k === placedAt.k) return;
    const wait = Math.max(0, drawnAtRef.current + DRAW_EVERY - performance.now());
    const timer = setTimeout(() => setPlacedAt({ k: transform.k, x: transform.x, y: transform.y }), wait);
    return () => clearTimeout(timer);
  }, [transform, placedAt.k]);
  const k = placedAt.k;

  // ---- placing for the current scale ----

  const graph = useMemo(() => {
    const placed = new Map<string, PlacedNode>();
    const placedNodes = styled.marks.map((m) => {
      const p: PlacedNode = { x: m.fx * k, y: m.fy * k, mark: m };
      placed.set(m.view.id, p);
      return p;
    });
    const links: PlacedLink[] = [];
    for (const edge of styled.links) {
      const s = placed.get(edge.view.source);
      const t = placed.get(edge.view.target);
      if (!s || !t) continue;
      const geometry = edgeGeometry(
        { x: s.x, y: s.y, r: s.mark.r, shape: s.mark.shape },
        { x: t.x, y: t.y, r: t.mark.r, shape: t.mark.shape },
        edge.view.reciprocal ? BEND : 0,
      );
      // an edge between touching nodes keeps its element (its name, its place in the Tab order),
      // with nothing to draw until the nodes move apart
      links.push({ edge, geometry, d: geometry ? edgeShape(geometry, edge.width) : '' });
    }
    return { nodes: placedNodes, links };
  }, [styled, k]);

  // counted from when a placing was committed, so a slow machine still gets frames in between
  useEffect(() => {
    drawnAtRef.current = performance.now();
  }, [graph]);

  // names: the selected first, then by events; only inside the part of the drawing in view
  const names = useMemo(() => {
    const requests: (LabelRequest & { bold: boolean })[] = graph.nodes
      .map((p) => {
        const { view, r, shape, selected } = p.mark;
        const text = view.members ? `${view.name} (${view.members.length})` : view.name;
        const { lines, widths } = wrapped(measure, text, selected);
        return {
          id: view.id,
          x: p.x,
          y: p.y,
          ...glyphExtent(shape, r + (selected ? 4 : 0)),
          lines,
          widths,
          bold: selected,
          rank: [Number(!selected), -view.events, -view.degree],
        };
      })
      .sort(
        (a, b) =>
          a.rank[0]! - b.rank[0]! ||
          a.rank[1]! - b.rank[1]! ||
          a.rank[2]! - b.rank[2]! ||
          (a.id < b.id ? -1 : 1),
      );
    const placed = placeLabels(requests, {
      bounds: {
        x0: 2 - placedAt.x,
        y0: 2 - placedAt.y,
        x1: width - 2 - placedAt.x,
        y1: height - 2 - placedAt.y,
      },
      metrics: measure.metrics,
      insist: INSIST,
      segments: graph.links.flatMap((l) => (l.geometry ? edgeSegments(l.geometry) : [])),
    });
    const bold = new Set(requests.filter((r) => r.bold).map((r) => r.id));
    return placed.map((label) => ({ label, bold: bold.has(label.id) }));
  }, [graph, placedAt.x, placedAt.y, width, height, measure]);

  // the same elements while only the hover changes: React then skips the whole drawing
  const edgeLayer = useMemo(
    () =>
      graph.links.map(({ edge, d }) => (
        <EdgeMark
          key={edge.view.key}
          source={edge.view.source}
          target={edge.view.target}
          events={edge.view.events}
          d={d}
          color={edge.color}
          tone={edge.tone}
          tabbable={edge.tabbable}
          label={edge.label}
        />
      )),
    [graph],
  );
  const nodeLayer = useMemo(
    () =>
      graph.nodes.map(({ x, y, mark }) => {
        const v = mark.view;
        return (
          <NodeMark
            key={v.id}
            id={v.id}
            group={mark.group}
            x={x}
            y={y}
            layoutX={v.x}
            layoutY={v.y}
            r={mark.r}
            shape={mark.shape}
            selected={mark.selected}
            code={v.country}
            label={
              v.members
                ? `${v.name}: ${v.members.length} actors grouped, ${eventsText(v.events)}. Enter shows them one by one`
                : nodeAriaLabel(v)
            }
          />
        );
      }),
    [graph],
  );
  const nameLayer = useMemo(
    () => names.map(({ label, bold }) => <NameMark key={label.id} label={label} bold={bold} />),
    [names],
  );

  // the dates of the relations drawn, for the export's caption
  const dates = useMemo(() => {
    let first: string | null = null;
    let last: string | null = null;
    for (const { edge } of graph.links) {
      const f = edge.view.firstDate;
      const l = edge.view.lastDate;
      if (f && (first == null || f < first)) first = f;
      if (l && (last == null || l > last)) last = l;
    }
    return { first, last };
  }, [graph]);

  // ---- pointer, focus and keys, delegated ----

  /** The edge within HIT px of a viewport point, nearest first; null when none is. */
  const edgeNear = (clientX: number, clientY: number): PlacedLink | null => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect) return null;
    const s = transform.k / placedAt.k;
    const px = (clientX - rect.left - transform.x) / s;
    const py = (clientY - rect.top - transform.y) / s;
    let best: PlacedLink | null = null;
    let bestD = HIT / s;
    // painted last is on top: ties go to it
    for (const link of graph.links) {
      if (!link.geometry) continue;
      const dist = distanceToEdge(link.geometry, px, py);
      if (dist <= bestD) {
        bestD = dist;
        best = link;
      }
    }
    return best;
  };

  /** What the pointer is on: a mark under it, or else an edge near it. */
  const pointedAt = (e: { target: EventTarget | null; clientX: number; clientY: number }): Target | null => {
    const t = targetOf(e.target);
    if (t) return t;
    const near = edgeNear(e.clientX, e.clientY);
    if (!near) return null;
    const el = svgRef.current?.querySelector(
      `[data-source="${CSS.escape(near.edge.view.source)}"][data-target="${CSS.escape(near.edge.view.target)}"]`,
    );
    return el ? { kind: 'edge', key: near.edge.view.key, el } : null;
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    // no tooltip while dragging the view, nor from a finger (a tap shows it: see onClick)
    if (e.buttons || e.pointerType === 'touch') {
      if (hover?.via === 'pointer') setHover(null);
      return;
    }
    const t = pointedAt(e);
    svgRef.current?.classList.toggle(TOGGLED.pointing, t != null);
    if (!t) {
      if (hover?.via === 'pointer') setHover(null);
      return;
    }
    const id = t.kind === 'edge' ? t.key : t.id;
    setHover({ kind: t.kind === 'edge' ? 'edge' : 'node', id, x: e.clientX, y: e.clientY, via: 'pointer' });
  };

  const onPointerLeave = () => {
    if (hover?.via === 'pointer') setHover(null);
  };

  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    const t = targetOf(e.target);
    if (!t) return;
    // keyboard focus only: a click focuses the mark too, and its tooltip would then outstay the
    // pointer
    if (!focusVisible(t.el)) return;
    const box = t.el.getBoundingClientRect();
    const id = t.kind === 'edge' ? t.key : t.id;
    setHover({
      kind: t.kind === 'edge' ? 'edge' : 'node',
      id,
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      via: 'focus',
    });
  };

  const onBlur = () => {
    if (hover?.via === 'focus') setHover(null);
  };

  const expand = (...codes: (string | null)[]) => {
    const more = codes.filter((c): c is string => c != null && !grouping.expanded.includes(c));
    if (more.length) setGrouping({ byCountry: true, expanded: [...grouping.expanded, ...more].sort() });
  };

  const activate = (t: Target) => {
    if (t.kind === 'node') onNodeClick(t.id);
    else if (t.kind === 'group') expand(groupCode(t.id));
    else {
      const edge = grouped.edgeByKey.get(t.key);
      if (!edge) return;
      // a relation between countries is no pair of actors: show their actors instead
      const a = groupCode(edge.source);
      const b = groupCode(edge.target);
      if (a || b) expand(a, b);
      else onEdgeClick(edge.source, edge.target);
    }
  };

  // the kind of pointer that pressed last: a click from a finger is a tap
  const pressedBy = useRef<string>('mouse');
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    pressedBy.current = e.pointerType;
  };

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const t = pointedAt(e);
    if (pressedBy.current !== 'touch') {
      if (t) activate(t);
      return;
    }
    // a finger: the first tap on a mark shows its tooltip, a second tap on it acts, a tap on
    // nothing closes the tooltip
    if (!t) return setHover(null);
    const kind = t.kind === 'edge' ? 'edge' : 'node';
    const id = t.kind === 'edge' ? t.key : t.id;
    if (hover?.via === 'tap' && hover.kind === kind && hover.id === id) {
      setHover(null);
      activate(t);
    } else setHover({ kind, id, x: e.clientX, y: e.clientY, via: 'tap' });
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.key === 'Escape') {
      setHover(null);
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const t = targetOf(e.target);
    if (!t) return;
    e.preventDefault(); // Space would scroll the page
    activate(t);
  };

  // a hovered or focused node brings its own edges forward and fades the rest: classes toggled on
  // the elements, so the drawing is not re-rendered for it
  const hoverNode = hover?.kind === 'node' ? hover.id : null;
  const hoverEdge = hover?.kind === 'edge' ? hover.id : null;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const lit: Element[] = [];
    if (hoverNode) {
      const id = CSS.escape(hoverNode);
      lit.push(...svg.querySelectorAll(`[data-source="${id}"],[data-target="${id}"]`));
    }
    if (hoverEdge) {
      const edge = grouped.edgeByKey.get(hoverEdge);
      const el =
        edge &&
        svg.querySelector(
          `[data-source="${CSS.escape(edge.source)}"][data-target="${CSS.escape(edge.target)}"]`,
        );
      if (el) lit.push(el);
    }
    svg.classList.toggle(TOGGLED.focusing, hoverNode != null);
    for (const el of lit) el.classList.add(TOGGLED.lit);
    return () => {
      svg.classList.remove(TOGGLED.focusing);
      for (const el of lit) el.classList.remove(TOGGLED.lit);
    };
  }, [hoverNode, hoverEdge, grouped, edgeLayer]);

  // the tooltip is fixed to the viewport: placed beside its anchor and kept inside, before paint
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!tip || !hover) return;
    const box = tip.getBoundingClientRect();
    const viewport = {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: window.innerHeight,
    };
    const p = tipPosition({ x: hover.x, y: hover.y }, { width: box.width, height: box.height }, viewport);
    tip.style.left = `${p.left}px`;
    tip.style.top = `${p.top}px`;
    tip.style.visibility = 'visible';
  });

  // a fixed tooltip would stay put while the page scrolls away under it: a pointer's or a tap's
  // goes; a keyboard focus's follows its mark (Tab to a mark off screen scrolls the page to it,
  // after the focus has shown the tooltip)
  useEffect(() => {
    if (!hover) return;
    const onScroll = () => {
      const el = document.activeElement;
      if (hover.via !== 'focus' || !el || !svgRef.current?.contains(el)) return setHover(null);
      const box = el.getBoundingClientRect();
      setHover({ ...hover, x: box.left + box.width / 2, y: box.top + box.height / 2 });
    };
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [hover]);

  // ---- tooltip ----

  const nameOf = (id: string) => grouped.nodeById.get(id)?.name ?? actors[id]?.name ?? id;
  let tip: ReactNode = null;
  if (hover?.kind === 'node') {
    const node = grouped.nodeById.get(hover.id);
    if (node && styled.byId.has(node.id))
      tip = (
        <NodeTip node={node} windowed={grouped.windowed} actor={node.members ? undefined : actors[node.id]} />
      );
  } else if (hover?.kind === 'edge') {
    const edge = grouped.edgeByKey.get(hover.id);
    if (edge) tip = <EdgeTip edge={edge} sourceName={nameOf(edge.source)} targetName={nameOf(edge.target)} />;
  }
  if (tip && hover?.via === 'tap') {
    const group = hover.kind === 'node' && grouped.nodeById.get(hover.id)?.members;
    tip = (
      <>
        {tip}
        <p className={styles.tipAction}>
          {hover.kind === 'edge'
            ? 'Tap it again to show the events of this pair.'
            : group
              ? 'Tap it again to show its actors.'
              : 'Tap it again to show only its events.'}
        </p>
      </>
    );
  }

  const expandedNames = grouping.byCountry
    ? grouping.expanded.map((code) => ({ code, name: countryNames.get(code) ?? code }))
    : [];
  const summary =
    `Network of relations: ${styled.marks.length} ${grouping.byCountry ? 'actors and countries' : 'actors'}, ` +
    `${styled.links.length} directed relations. Tab to each; Enter selects.`;

  return (
    <figure className={styles.root}>
      <div className={styles.bar}>
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={grouping.byCountry}
            data-testid="network-group"
            onChange={(e) => setGrouping({ byCountry: e.target.checked, expanded: [] })}
          />
          Group by country
        </label>
        {expandedNames.map(({ code, name }) => (
          <button
            key={code}
            type="button"
            className={styles.chip}
            onClick={() =>
              setGrouping({ byCountry: true, expanded: grouping.expanded.filter((c) => c !== code) })
            }
            aria-label={`Group ${name} again`}
          >
            Regroup {name}
          </button>
        ))}
        {empty ? null : (
          <span className={styles.zoom}>
            <button type="button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">
              +
            </button>
            <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">
              −
            </button>
            {/* the timeline has a "Reset zoom" too: the accessible name says which */}
            <button type="button" onClick={resetZoom} aria-label="Reset zoom of the network">
              Reset zoom
            </button>
          </span>
        )}
      </div>
      <div ref={stageRef} className={styles.stage} style={{ height: empty ? undefined : height }}>
        {empty ? (
          <p className={styles.empty} style={{ height: Math.min(height, 160) }}>
            No relations in this selection.
          </p>
        ) : (
          <svg
            ref={svgRef}
            className={styles.svg}
            data-testid="network-svg"
            data-first-date={dates.first ?? undefined}
            data-last-date={dates.last ?? undefined}
            data-grouping={grouping.byCountry ? 'country' : undefined}
            width="100%"
            height={height}
            // many edges are drawn lighter, so that the names and the nodes stay readable over them
            style={{ ['--edge-opacity' as string]: edgeOpacity(styled.links.length) }}
            role="group"
            aria-label={summary}
            aria-describedby={tip ? tipId : undefined}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerLeave={onPointerLeave}
            onFocus={onFocus}
            onBlur={onBlur}
            onClick={onClick}
            onKeyDown={onKeyDown}
          >
            <g
              transform={
                `translate(${round2(transform.x)},${round2(transform.y)})` +
                (transform.k === k ? '' : ` scale(${transform.k / k})`)
              }
            >
              <g>{edgeLayer}</g>
              <g>{nodeLayer}</g>
              <g aria-hidden="true">{nameLayer}</g>
            </g>
          </svg>
        )}
      </div>
      {tip ? (
        <div ref={tipRef} role="tooltip" id={tipId} className={styles.tooltip}>
          {tip}
        </div>
      ) : null}
      <Legend grouped={grouping.byCountry} />
    </figure>
  );
}
