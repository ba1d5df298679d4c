'use client';

/**
 * The network of relations: actors as glyphs at their seeded layout positions, directed edges
 * coloured by mean stance, sized by events, with zoom and pan, a tooltip with the evidence, and
 * keyboard access to every mark.
 *
 * Zoom is semantic: the zoom scale spreads the positions but glyphs, labels and lines keep their
 * pixel size, so zooming into a dense cluster pulls it apart instead of magnifying the clutter.
 * Panning only moves one <g> (no React work); a change of scale re-places the marks (throttled),
 * whose inner glyphs are memoised, so only positions and edge paths change. Hover and focus are
 * handled once, on the <svg>, by delegation (each mark carries data-* attributes), so moving the
 * pointer re-renders the tooltip, never the marks.
 */
import { Graph, type LinkProvidedProps, type NodeProvidedProps } from '@visx/network';
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
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { STANCE_COLOR, scoreColor } from '@/lib/dashboard/palette';
import type { ActorLabel, NetworkEdge, NetworkNode, Stance, TimelineEvent } from '@/lib/dashboard/types';
import { NODE_RADIUS } from '@/lib/graph/layout';
import { ARROW_LENGTH, ARROW_WIDTH, bottomOf, edgePath, glyphPath, shapeOf, type Shape } from './geometry';
import { edgeAriaLabel, nodeAriaLabel, truncate } from './labels';
import { Legend } from './Legend';
import { deriveNetwork, edgeKey, type EdgeView, type NodeView } from './model';
import styles from './network.module.css';
import { EdgeTip, NodeTip } from './Tooltip';

export interface NetworkProps {
  /** The actors, placed by lib/graph/layout.ts (x, y in layout units around 0, 0). */
  nodes: NetworkNode[];
  /** Directed edges among them; a symmetric relation comes as two edges. */
  edges: NetworkEdge[];
  /** The events behind the edges: the tooltip's evidence, and the counts under the time window. */
  events: TimelineEvent[];
  /** Names of actors, for edge ends that are not among the nodes. */
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
}

/** Networks with at most this many edges keep every edge in the Tab order. */
const SMALL_NETWORK_EDGES = 40;

/** The zoom scale's limits: far enough out to see 150 actors, far enough in to split a cluster. */
const SCALE_EXTENT: [number, number] = [0.3, 6];
/** The fitted view never magnifies a small network more than this: two nodes need no 6× spread. */
const FIT_MAX = 3;
/** Room kept around the nodes when fitting: half a long name across, a glyph and a name down. */
const FIT_PAD = { x: 56, y: 34 };
/** The width assumed before the container is measured (and on the server). */
const DEFAULT_WIDTH = 1024;
/** The marks are re-placed for a new zoom scale at most this often, ms (see `k` below). */
const DRAW_EVERY = 100;
/** How far a reciprocal edge bows out of the straight line, px. */
const BEND = 16;
/** Edge width range, px. */
const WIDTH_RANGE: [number, number] = [1, 8];
/** Rough advance of one character of a node's name (10.5 px system-ui), for label collisions. */
const CHAR_WIDTH = 5.6;
/** Height of a name's line, px. */
const NAME_HEIGHT = 12;
/** Selector of the marks, for event delegation. */
const MARK = '[data-actor-id],[data-source]';

const STANCES: Stance[] = ['cooperative', 'neutral', 'hostile'];

/** How an edge stands against the selection. */
type Tone = 'pair' | 'normal' | 'dim';

/** A node's look, independent of the zoom scale (so its glyph can be memoised). */
interface NodeMarkData {
  view: NodeView;
  r: number;
  shape: Shape;
  selected: boolean;
  /** Place among the drawn nodes by events (0 = most): who gets a name when space is short. */
  rank: number;
}

/** A node at its screen place for the current scale (what visx's Nodes positions). */
interface PlacedNode {
  x: number;
  y: number;
  r: number;
  shape: Shape;
  mark: NodeMarkData;
  showName: boolean;
}

interface EdgeMarkData {
  view: EdgeView;
  width: number;
  color: string;
  /** The marker (arrowhead) of the edge's colour, as url(#…). */
  marker: string;
  tone: Tone;
  label: string;
  /**
   * In the Tab order? Up to 500 edges would stand between the keyboard and the nodes (visx draws
   * edges first), so only a small network's edges are, or, once an actor or pair is selected, the
   * edges that touch it: select a node with Enter, then Tab reaches its relations.
   */
  tabbable: boolean;
}

interface PlacedLink {
  source: PlacedNode;
  target: PlacedNode;
  edge: EdgeMarkData;
}

/** The id of the arrowhead marker of a stance colour, unique to one Network on the page. */
function markerId(uid: string, s: Stance): string {
  return `network-arrow-${uid}-${s}`;
}

/** The stance whose colour scoreColor gave, to pick the arrowhead of the same colour. */
function stanceOfColor(color: string): Stance {
  return STANCES.find((s) => STANCE_COLOR[s] === color) ?? 'neutral';
}

/** The largest inscribed radius of a glyph of radius 1: whether a country code fits inside. */
const INNER: Record<Shape, number> = { circle: 1, square: 0.886, hexagon: 0.952, triangle: 0.777 };

const NodeGlyph = memo(function NodeGlyph({ mark, showName }: { mark: NodeMarkData; showName: boolean }) {
  const { view, r, shape, selected } = mark;
  const d = glyphPath(shape, r);
  const codeInside = r * INNER[shape] >= 9.5;
  const halo = selected ? glyphPath(shape, r + 4) : null;
  return (
    <g
      className={selected ? `${styles.node} ${styles.selected}` : styles.node}
      data-actor-id={view.id}
      data-x={view.x}
      data-y={view.y}
      tabIndex={0}
      role="button"
      aria-label={nodeAriaLabel(view)}
    >
      <title>{view.name}</title>
      {selected ? (
        halo ? (
          <path className={styles.halo} d={halo} />
        ) : (
          <circle className={styles.halo} r={r + 4} />
        )
      ) : null}
      {d ? <path className={styles.mark} d={d} /> : <circle className={styles.mark} r={r} />}
      {/* the code inside the glyph when it fits, else beside it with the name (space allowing) */}
      {view.country && (codeInside || showName) ? (
        codeInside ? (
          <text className={styles.codeIn} dy="0.35em">
            {view.country}
          </text>
        ) : (
          <text className={styles.codeOut} x={r * 0.75 + 2} y={-r * 0.75 - 1}>
            {view.country}
          </text>
        )
      ) : null}
      {showName ? (
        <text className={styles.name} y={bottomOf(shape, r) + 11}>
          {truncate(view.name)}
        </text>
      ) : null}
    </g>
  );
});

/** visx hands each node over alone; the glyph below is memoised on everything but the position. */
function NodeMark({ node }: NodeProvidedProps<PlacedNode>) {
  return <NodeGlyph mark={node.mark} showName={node.showName} />;
}

function LinkMark({ link }: LinkProvidedProps<PlacedLink>) {
  const { edge } = link;
  const d = edgePath(link.source, link.target, edge.view.reciprocal ? BEND : 0);
  const tone = edge.tone === 'pair' ? styles.pair : edge.tone === 'dim' ? styles.dim : '';
  return (
    <g
      className={`${styles.edge} ${tone}`}
      data-source={edge.view.source}
      data-target={edge.view.target}
      data-events={edge.view.events}
      tabIndex={edge.tabbable ? 0 : -1}
      role="button"
      aria-label={edge.label}
    >
      {d ? (
        <>
          <path className={styles.hit} d={d} data-hit="" />
          <path
            className={styles.line}
            d={d}
            stroke={edge.color}
            strokeWidth={edge.width}
            markerEnd={edge.marker}
          />
        </>
      ) : null}
    </g>
  );
}

interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The transform that shows all of `bounds` in a width × height view, with room for the labels. */
function fitTransform(bounds: Bounds | null, width: number, height: number): ZoomTransform {
  if (!bounds) return zoomIdentity.translate(width / 2, height / 2);
  const spanX = bounds.maxX - bounds.minX;
  const spanY = bounds.maxY - bounds.minY;
  const kx = spanX > 0 ? (width - 2 * FIT_PAD.x) / spanX : FIT_MAX;
  const ky = spanY > 0 ? (height - 2 * FIT_PAD.y) / spanY : FIT_MAX;
  const k = Math.min(FIT_MAX, Math.max(SCALE_EXTENT[0], Math.min(kx, ky)));
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return zoomIdentity.translate(width / 2 - k * cx, height / 2 - k * cy).scale(k);
}

/** The mark an event happened on: a node or an edge, read from its data-* attributes. */
type Target = { kind: 'node'; id: string; el: Element } | { kind: 'edge'; key: string; el: Element };

function targetOf(t: EventTarget | null): Target | null {
  if (!(t instanceof Element)) return null;
  const el = t.closest(MARK);
  if (!el) return null;
  const id = el.getAttribute('data-actor-id');
  if (id != null) return { kind: 'node', id, el };
  const source = el.getAttribute('data-source');
  const target = el.getAttribute('data-target');
  if (source == null || target == null) return null;
  return { kind: 'edge', key: edgeKey(source, target), el };
}

interface Hover {
  kind: 'node' | 'edge';
  /** Node id or edge key. */
  id: string;
  /** Where to show the tooltip, px from the stage's top left. */
  x: number;
  y: number;
  /** Pointer hovers end when the pointer leaves; focus hovers when focus does. */
  via: 'pointer' | 'focus';
}

/** Whether the element shows keyboard focus (older engines without :focus-visible: yes). */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** A CSS string for an attribute selector's quoted value. */
function cssString(v: string): string {
  return `"${v.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

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
}: NetworkProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const svgId = `network-${uid}`;
  const tipId = `network-tip-${uid}`;

  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  /** True while the view is the fitted one (until the user zooms or pans): it refits on resize. */
  const fittedRef = useRef(true);
  /** The node set the view was last fitted for: a new set is fitted afresh, the same one kept. */
  const fittedKeyRef = useRef<string | null>(null);

  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [hover, setHover] = useState<Hover | null>(null);

  // ---- derived data (each step memoised on what it reads) ----

  const { from, to } = timeWindow;
  const model = useMemo(
    () => deriveNetwork(nodes, edges, events, { from, to }),
    [nodes, edges, events, from, to],
  );

  // selection as strings: the parent may pass a new array with the same ids on every render
  const selectedKey = selectedActors.join('\n');
  const pairA = selectedPair?.a ?? null;
  const pairB = selectedPair?.b ?? null;

  const styled = useMemo(() => {
    const selected = new Set(selectedKey ? selectedKey.split('\n') : []);
    if (pairA) selected.add(pairA);
    if (pairB) selected.add(pairB);
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
    const shown = model.windowed
      ? model.nodes.filter((v) => v.degree > 0 || selected.has(v.id))
      : model.nodes;
    const ranked = [...shown].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1));
    const rank = new Map(ranked.map((v, i) => [v.id, i]));
    const marks = shown.map<NodeMarkData>((v) => {
      const shape = shapeOf(v.kind);
      return {
        view: v,
        r: Math.max(NODE_RADIUS.min, rScale(v.events)),
        shape,
        selected: selected.has(v.id),
        rank: rank.get(v.id) ?? 0,
      };
    });
    const byId = new Map(marks.map((m) => [m.view.id, m]));
    const name = (id: string) => model.nodeById.get(id)?.name ?? actors[id]?.name ?? id;
    const tone = (e: EdgeView): Tone => {
      if (pairA && pairB)
        return (e.source === pairA && e.target === pairB) || (e.source === pairB && e.target === pairA)
          ? 'pair'
          : 'dim';
      if (selected.size) return selected.has(e.source) || selected.has(e.target) ? 'normal' : 'dim';
      return 'normal';
    };
    const order: Record<Tone, number> = { dim: 0, normal: 1, pair: 2 };
    const anySelected = selected.size > 0;
    const small = model.edges.length <= SMALL_NETWORK_EDGES;
    const links = model.edges
      .filter((e) => byId.has(e.source) && byId.has(e.target))
      .map<EdgeMarkData>((e) => {
        const color = scoreColor(e.meanScore);
        return {
          view: e,
          width: Math.round(wScale(e.events) * 10) / 10,
          color,
          marker: `url(#${markerId(uid, stanceOfColor(color))})`,
          tone: tone(e),
          label: edgeAriaLabel(name(e.source), name(e.target), e),
          tabbable: false,
        };
      })
      // painted in this order: the highlighted on top, and thin edges over thick ones so they
      // can still be pointed at
      .sort((a, b) => order[a.tone] - order[b.tone] || b.width - a.width)
      .map((l) => ({ ...l, tabbable: anySelected ? l.tone !== 'dim' : small }));
    return { marks, byId, links };
  }, [model, nodes, edges, actors, selectedKey, pairA, pairB, uid]);

  const empty = styled.links.length === 0;

  // ---- zoom ----

  const nodeKey = useMemo(
    () =>
      nodes
        .map((n) => n.id)
        .sort()
        .join('\n'),
    [nodes],
  );
  const bounds = useMemo<Bounds | null>(() => {
    if (!nodes.length) return null;
    const xs = nodes.map((n) => n.x);
    const ys = nodes.map((n) => n.y);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  }, [nodes]);
  const fit = useMemo(() => fitTransform(bounds, width, height), [bounds, width, height]);
  const [transform, setTransform] = useState<ZoomTransform>(fit);

  // the container's width, for the fit (the svg itself is 100% wide)
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

  // d3-zoom owns the gestures; React owns the drawing: each zoom event hands the transform over
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      // a few pixels of jitter while clicking a mark is still a click, not a pan
      .clickDistance(4)
      .filter((event: Event) => {
        const e = event as MouseEvent & Event;
        // d3's default (no secondary buttons, ctrl only for pinch-wheel), and a double click on
        // a mark is two clicks on it, not a zoom
        if (e.ctrlKey && e.type !== 'wheel') return false;
        if (e.button) return false;
        if (e.type === 'dblclick' && targetOf(e.target)) return false;
        return true;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) {
          fittedRef.current = false;
          // the marks move under a still pointer: its tooltip would describe the wrong one
          setHover((h) => (h?.via === 'pointer' ? null : h));
        }
        setTransform(event.transform);
      });
    select(svg).call(behaviour);
    zoomRef.current = behaviour;
    // a new svg starts fitted (the effect below applies the fit)
    fittedRef.current = true;
    fittedKeyRef.current = null;
    return () => {
      select(svg).on('.zoom', null);
      zoomRef.current = null;
    };
  }, [empty]);

  // fit a new node set; refit on resize until the user takes over; keep the zoom otherwise
  useEffect(() => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (!svg || !behaviour) return;
    if (fittedKeyRef.current !== nodeKey) {
      fittedKeyRef.current = nodeKey;
      fittedRef.current = true;
    }
    if (fittedRef.current) behaviour.transform(select(svg), fit);
  }, [fit, nodeKey, empty]);

  const resetZoom = () => {
    const svg = svgRef.current;
    if (!svg || !zoomRef.current) return;
    fittedRef.current = true;
    zoomRef.current.transform(select(svg), fit);
  };
  const zoomBy = (factor: number) => {
    const svg = svgRef.current;
    if (!svg || !zoomRef.current) return;
    fittedRef.current = false;
    zoomRef.current.scaleBy(select(svg), factor);
  };

  // ---- placing for the current scale ----

  // The scale the marks are placed for. It follows the zoom at most every DRAW_EVERY ms; in between,
  // the <g> scales geometrically by transform.k / k, which puts every centre where it belongs
  // and only lets glyphs grow or shrink a little until the next placing. A wheel gesture then
  // costs a re-render a few times a second, not one per wheel event.
  const [k, setK] = useState(fit.k);
  const drawnAtRef = useRef(0);
  useEffect(() => {
    if (transform.k === k) return;
    const wait = Math.max(0, drawnAtRef.current + DRAW_EVERY - performance.now());
    const timer = setTimeout(() => setK(transform.k), wait);
    return () => clearTimeout(timer);
  }, [transform.k, k]);

  const graph = useMemo(() => {
    const placed = new Map<string, PlacedNode>();
    const placedNodes = styled.marks.map((m) => {
      const p: PlacedNode = {
        x: m.view.x * k,
        y: m.view.y * k,
        r: m.r,
        shape: m.shape,
        mark: m,
        showName: false,
      };
      placed.set(m.view.id, p);
      return p;
    });
    // names where they do not collide: selected nodes first, then by events, each name kept only
    // if its box is clear of those already kept; zooming in makes room, so more names appear
    const kept: [number, number, number, number][] = [];
    const order = [...placedNodes].sort(
      (a, b) => Number(b.mark.selected) - Number(a.mark.selected) || a.mark.rank - b.mark.rank,
    );
    for (const p of order) {
      const half = (truncate(p.mark.view.name).length * CHAR_WIDTH) / 2 + 2;
      const top = p.y + bottomOf(p.shape, p.r) + 1;
      const box: [number, number, number, number] = [p.x - half, top, p.x + half, top + NAME_HEIGHT];
      const clear = !kept.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
      if (clear || p.mark.selected) {
        kept.push(box);
        p.showName = true;
      }
    }
    const links: PlacedLink[] = [];
    for (const edge of styled.links) {
      const source = placed.get(edge.view.source);
      const target = placed.get(edge.view.target);
      if (source && target) links.push({ source, target, edge });
    }
    return { nodes: placedNodes, links };
  }, [styled, k]);

  // counted from when a placing was committed, so a slow machine still gets frames in between
  useEffect(() => {
    drawnAtRef.current = performance.now();
  }, [graph]);

  // the same element while only the hover changes: React then skips the whole drawing
  const drawing = useMemo(
    () => <Graph<PlacedLink, PlacedNode> graph={graph} nodeComponent={NodeMark} linkComponent={LinkMark} />,
    [graph],
  );

  // ---- pointer, focus and keys, delegated ----

  const stagePoint = (clientX: number, clientY: number) => {
    const rect = stageRef.current?.getBoundingClientRect();
    return rect ? { x: clientX - rect.left, y: clientY - rect.top } : { x: clientX, y: clientY };
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    // no tooltip while dragging the view
    if (e.buttons) {
      if (hover) setHover(null);
      return;
    }
    const t = targetOf(e.target);
    if (!t) {
      if (hover?.via === 'pointer') setHover(null);
      return;
    }
    const { x, y } = stagePoint(e.clientX, e.clientY);
    setHover({ kind: t.kind, id: t.kind === 'node' ? t.id : t.key, x, y, via: 'pointer' });
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
    const { x, y } = stagePoint(box.left + box.width / 2, box.top + box.height / 2);
    setHover({ kind: t.kind, id: t.kind === 'node' ? t.id : t.key, x, y, via: 'focus' });
  };

  const onBlur = () => {
    if (hover?.via === 'focus') setHover(null);
  };

  const activate = (t: Target) => {
    if (t.kind === 'node') onNodeClick(t.id);
    else {
      const edge = model.edgeByKey.get(t.key);
      if (edge) onEdgeClick(edge.source, edge.target);
    }
  };

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const t = targetOf(e.target);
    if (t) activate(t);
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

  // ---- tooltip ----

  const nameOf = (id: string) => model.nodeById.get(id)?.name ?? actors[id]?.name ?? id;
  let tip: ReactNode = null;
  if (hover?.kind === 'node') {
    const node = model.nodeById.get(hover.id);
    if (node && styled.byId.has(node.id)) tip = <NodeTip node={node} windowed={model.windowed} />;
  } else if (hover?.kind === 'edge') {
    const edge = model.edgeByKey.get(hover.id);
    if (edge) tip = <EdgeTip edge={edge} sourceName={nameOf(edge.source)} targetName={nameOf(edge.target)} />;
  }
  const tipStyle = hover
    ? {
        // beside the pointer, flipped left or up near the right or bottom edge
        left: hover.x + (hover.x > width * 0.6 ? -14 : 14),
        top: hover.y + (hover.y > height * 0.5 ? -14 : 14),
        transform: `translate(${hover.x > width * 0.6 ? '-100%' : '0'}, ${hover.y > height * 0.5 ? '-100%' : '0'})`,
      }
    : undefined;

  // a hovered or focused node brings its own edges forward and fades the rest: one CSS rule,
  // so the 500 edges are not re-rendered for it
  const focusRule =
    hover?.kind === 'node'
      ? `#${svgId} .${styles.edge}{opacity:.12}` +
        `#${svgId} .${styles.edge}[data-source=${cssString(hover.id)}],` +
        `#${svgId} .${styles.edge}[data-target=${cssString(hover.id)}]{opacity:1}`
      : null;

  const summary = `Network of relations: ${styled.marks.length} actors, ${styled.links.length} directed relations. Tab to each; Enter selects.`;

  return (
    <figure className={styles.root}>
      <div ref={stageRef} className={styles.stage} style={{ height: empty ? undefined : height }}>
        {empty ? (
          <p className={styles.empty} style={{ height: Math.min(height, 160) }}>
            No relations in this selection.
          </p>
        ) : (
          <>
            <svg
              ref={svgRef}
              id={svgId}
              className={styles.svg}
              data-testid="network-svg"
              width="100%"
              height={height}
              role="group"
              aria-label={summary}
              aria-describedby={tip ? tipId : undefined}
              onPointerMove={onPointerMove}
              onPointerLeave={onPointerLeave}
              onFocus={onFocus}
              onBlur={onBlur}
              onClick={onClick}
              onKeyDown={onKeyDown}
            >
              <defs>
                {STANCES.map((s) => (
                  // one arrowhead per stance colour, ARROW_LENGTH px long whatever the line's
                  // width; its base sits on the path's end, so its tip reaches the target's outline
                  <marker
                    key={s}
                    id={markerId(uid, s)}
                    viewBox="0 0 10 12"
                    preserveAspectRatio="none"
                    refX={0}
                    refY={6}
                    markerWidth={ARROW_LENGTH}
                    markerHeight={ARROW_WIDTH}
                    markerUnits="userSpaceOnUse"
                    orient="auto"
                  >
                    <path d="M0,0L10,6L0,12Z" fill={STANCE_COLOR[s]} />
                  </marker>
                ))}
              </defs>
              {focusRule ? <style>{focusRule}</style> : null}
              <g
                transform={
                  `translate(${round2(transform.x)},${round2(transform.y)})` +
                  (transform.k === k ? '' : ` scale(${transform.k / k})`)
                }
              >
                {drawing}
              </g>
            </svg>
            <div className={styles.controls}>
              <button type="button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">
                +
              </button>
              <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">
                −
              </button>
              <button type="button" onClick={resetZoom}>
                Reset zoom
              </button>
            </div>
            {tip ? (
              <div role="tooltip" id={tipId} className={styles.tooltip} style={tipStyle}>
                {tip}
              </div>
            ) : null}
          </>
        )}
      </div>
      <Legend />
    </figure>
  );
}
