'use client';

/**
 * The timeline: one lane per actor (or per actor pair), one mark per event per lane, on a zoomable
 * UTC time axis, with a brush strip below that picks the time window shared with the rest of the
 * dashboard, and undated events listed apart.
 *
 * Marks are painted on a <canvas> so 10k events stay smooth; everything that needs the DOM (axis,
 * lane labels, the brush, the tooltip, the undated list) is SVG or HTML around it. The pure parts
 * (lanes, their rows, the default domain, dates, words, keyboard moves, hit testing) live in
 * ./model.ts; this file wires them to d3-zoom, d3-brush and React. Hover does not re-render this
 * component: it repaints an overlay canvas and re-renders the tooltip alone (./Tooltip.tsx).
 */
import {
  brushX,
  path as d3path,
  scaleUtc,
  select,
  zoom,
  zoomIdentity,
  type BrushBehavior,
  type D3BrushEvent,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3';
import {
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react';
import {
  drawnStance,
  QUAD_LABEL,
  QUAD_SHAPE,
  quadShape,
  STANCE_COLOR,
  stanceColor,
  UNCODED_SHAPE,
} from '@/lib/dashboard/palette';
import type { ActorLabel, Quad, Stance, TimelineEvent } from '@/lib/dashboard/types';
import { drawHover, drawTimeline, markGroups } from './draw';
import {
  actorsWording,
  announcement,
  axisLabels,
  buildLanes,
  DAY,
  eventSpan,
  extendedDomain,
  findBadge,
  labelChars,
  laneCenter,
  layoutMarks,
  MAX_LANES,
  MarkFinder,
  markTime,
  NAV_KEYS,
  navigate,
  outlierWording,
  planLanes,
  plotLayout,
  rangeToWindow,
  robustDomain,
  shortLabel,
  timeTicks,
  windowRange,
  type NavKey,
} from './model';
import { traceShape, type Shape } from './shapes';
import { TooltipLayer, type TipHandle, type TipTarget } from './Tooltip';
import styles from './Timeline.module.css';

export interface TimelineProps {
  /** Up to ~10k events. */
  events: TimelineEvent[];
  actors: Record<string, ActorLabel>;
  /**
   * One lane per actor (an event appears in the lane of each of its source and target actors), or
   * one per unordered actor pair "A – B" (events without a pair go to a lane per single actor).
   */
  lanes: 'actor' | 'pair';
  /** The toolbar's lanes toggle. */
  onLanesChange: (lanes: 'actor' | 'pair') => void;
  /** The brushed window (YYYY-MM-DD days). */
  window: { from: string | null; to: string | null };
  /** On brush end; (null, null) when the brush is cleared. */
  onWindowChange: (from: string | null, to: string | null) => void;
  /** The event that has keyboard focus / is highlighted. */
  focused: string | null;
  onFocusChange: (id: string | null) => void;
  /** Click on a mark, or Enter on the focused event: open its evidence. */
  onOpen: (id: string) => void;
  /**
   * Most px the lanes take before the rest fold into one "+ N more actors" lane (default 480). The
   * lanes are as tall as their marks need, never less than 22 px.
   */
  height?: number;
}

/** Height of the brush strip. */
const BRUSH_H = 36;
/** Height of the axis under the lanes. */
const AXIS_H = 24;
/** Hover finds the nearest mark within this many pixels (marks are 10 px apart). */
const HIT_RADIUS = 7;
/** Browser tests get an invisible div per visible mark, up to this many (more would cost frames). */
const HIT_CAP = 2000;
/** The deepest zoom shows about two days across the plot. */
const MIN_VISIBLE_SPAN = 2 * DAY;
/** The lanes' height budget by default, and the rows a lane may have with every lane shown. */
const LANES_BUDGET = 480;
const ALL_LANES_ROWS = 3;
/** Undated events listed at most (the table lists them all). */
const UNDATED_CAP = 200;
/** Width per undated item, to list about a row and a half of them until asked for all. */
const UNDATED_ITEM_W = 160;

const STANCES: Stance[] = ['cooperative', 'neutral', 'hostile'];
/** Two decimals are plenty for SVG path coordinates. */
const n2 = (v: number) => Math.round(v * 100) / 100;
const QUADS = Object.keys(QUAD_SHAPE) as Quad[];
const NO_EXTEND = { before: false, after: false };

export default function Timeline({
  events,
  actors,
  lanes: laneMode,
  onLanesChange,
  window: timeWindow,
  onWindowChange,
  focused,
  onFocusChange,
  onOpen,
  height,
}: TimelineProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lanesRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const brushGRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const lastDomainRef = useRef<[number, number] | null>(null);
  const tipRef = useRef<TipHandle>(null);
  /** What the pointer is over: a mark or a badge index, kept out of React state (see the file's doc). */
  const hoverRef = useRef<{ badge: boolean; index: number } | null>(null);
  const radioName = useId();
  const lanesId = useId();
  const undatedId = useId();

  const [width, setWidth] = useState(0);
  const [dpr, setDpr] = useState(1);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  /** Outliers let into the domain (after a click on an edge marker), with the events they are for. */
  const [extendState, setExtendState] = useState({ for: events, ...NO_EXTEND });
  const extend = extendState.for === events ? extendState : NO_EXTEND;
  const setExtend = (e: { before: boolean; after: boolean }) => setExtendState({ for: events, ...e });
  const [allLanes, setAllLanes] = useState(false);
  const [allUndated, setAllUndated] = useState(false);
  /**
   * Which of the focused event's marks has focus: an event in two lanes has two marks, and Up/Down
   * need to know which lane the user is in. Only a preference: it is checked against `focused`.
   */
  const [preferredMark, setPreferredMark] = useState<number | null>(null);
  const [hasFocus, setHasFocus] = useState(false);

  // Width from the container, so the chart follows the page's layout rather than the window.
  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      setWidth(Math.floor(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // The canvas follows devicePixelRatio, which changes with the browser's zoom or another screen.
  useEffect(() => {
    let mq: MediaQueryList | null = null;
    const update = () => {
      setDpr(globalThis.devicePixelRatio || 1);
      mq?.removeEventListener('change', update);
      mq = matchMedia(`(resolution: ${globalThis.devicePixelRatio || 1}dppx)`);
      mq.addEventListener('change', update);
    };
    update();
    return () => mq?.removeEventListener('change', update);
  }, []);

  // ——— Derived data (all memoised: pointermove must not recompute any of it) ———

  const spans = useMemo(() => events.map((e) => eventSpan(e)), [events]);
  const robust = useMemo(() => robustDomain(spans), [spans]);
  const { before: extendBefore, after: extendAfter } = extend;
  const domain = useMemo(
    (): [number, number] | null =>
      robust ? extendedDomain(robust, { before: extendBefore, after: extendAfter }) : null,
    [robust, extendBefore, extendAfter],
  );
  const base = useMemo(() => buildLanes(events, actors, laneMode, MAX_LANES), [events, actors, laneMode]);
  const longestLabel = useMemo(
    () => Math.max(16, ...base.lanes.filter((l) => l.kind !== 'undated').map((l) => l.label.length)),
    [base.lanes],
  );
  const layout = useMemo(() => plotLayout(width, longestLabel), [width, longestLabel]);
  const plotW = layout.right - layout.left;
  const ready = width > 0;

  /** The unzoomed scale: the brush strip, the lanes' rows and the zoom's reference. */
  const x0 = useMemo(
    () =>
      scaleUtc()
        .domain(domain ?? [0, DAY])
        .range([layout.left, layout.right]),
    [domain, layout.left, layout.right],
  );
  const plan = useMemo(
    () =>
      planLanes(events, actors, laneMode, x0, {
        base,
        bounds: [layout.left, layout.right],
        budget: allLanes ? Infinity : (height ?? LANES_BUDGET),
        maxRows: allLanes ? ALL_LANES_ROWS : undefined,
      }),
    [events, actors, laneMode, x0, base, allLanes, height, layout.left, layout.right],
  );
  const { model, geometry } = plan;
  /** Lanes folded into "+ N more" by the height budget (beyond those past MAX_LANES, always folded). */
  const foldedOf = (m: typeof model) => m.lanes.find((l) => l.kind === 'other')?.folded ?? 0;
  const folded = foldedOf(model) - foldedOf(base);
  const datedCount = events.length - model.undatedCount;
  /** The plot (and its pointer listener) exists only when something is dated. */
  const hasDates = datedCount > 0;

  const maxK = domain ? Math.max(1, (domain[1] - domain[0]) / MIN_VISIBLE_SPAN) : 1;
  /** The zoomed scale of the main plot. */
  const xs = useMemo(() => transform.rescaleX(x0), [transform, x0]);
  const visible = useMemo((): [number, number] => {
    const [a, b] = xs.domain();
    return [a!.getTime(), b!.getTime()];
  }, [xs]);
  const ticks = useMemo(() => timeTicks(visible, plotW), [visible, plotW]);
  const labels = useMemo(
    () => axisLabels(ticks, (t) => xs(t), layout.left, layout.right),
    [ticks, xs, layout.left, layout.right],
  );

  const positions = useMemo(
    () => layoutMarks(model, geometry, (t) => xs(t), layout, [xs(x0.domain()[0]!), xs(x0.domain()[1]!)]),
    [model, geometry, xs, x0, layout],
  );
  // Hover's hit test: a grid of the mark positions, rebuilt (lazily) whenever they change.
  const finder = useMemo(() => new MarkFinder(positions), [positions]);

  // The window fades the marks outside it: work over every mark, done after the views a brush
  // filters (the network and the table) have been redrawn, in a render of its own.
  const fadeWindow = useDeferredValue(timeWindow);
  const range = useMemo(
    () => windowRange({ from: fadeWindow.from, to: fadeWindow.to }),
    [fadeWindow.from, fadeWindow.to],
  );

  // Marks sorted into looks (stance, hollow, faded) once per data and window, not per frame.
  const groups = useMemo(() => markGroups(model, events, range), [model, events, range]);

  const eventIndex = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const focusedIdx = focused !== null ? (eventIndex.get(focused) ?? null) : null;
  const focusedMark =
    focusedIdx === null
      ? null
      : preferredMark !== null && model.marks[preferredMark]?.event === focusedIdx
        ? preferredMark
        : (model.marksByEvent[focusedIdx]?.[0] ?? null);
  const focusedEvent = focusedIdx !== null ? events[focusedIdx] : undefined;

  // ——— Imperative pieces: canvas, zoom, brush ———

  // Paint in the next animation frame; a newer render cancels a pending one, so a burst of zoom
  // events paints once per frame.
  useEffect(() => {
    const canvas = canvasRef.current;
    const overlay = overlayRef.current;
    if (!canvas || !ready) return;
    const frame = requestAnimationFrame(() => {
      const w = Math.round(layout.width * dpr);
      const h = Math.round(geometry.total * dpr);
      for (const c of [canvas, overlay]) {
        if (!c) continue;
        if (c.width !== w) c.width = w;
        if (c.height !== h) c.height = h;
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      drawTimeline({
        ctx,
        dpr,
        layout,
        geometry,
        model,
        events,
        groups,
        pos: positions,
        focusedMark,
        gridX: labels.map((l) => l.x),
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, dpr, layout, geometry, model, events, groups, positions, focusedMark, labels]);

  // New positions (a zoom, new data): what was hovered is somewhere else now.
  useEffect(() => {
    hoverRef.current = null;
    tipRef.current?.hide();
    const overlay = overlayRef.current;
    const ctx = overlay?.getContext('2d');
    if (overlay && ctx) drawHover(ctx, dpr, { width: layout.width, height: geometry.total }, null);
  }, [positions, dpr, layout.width, geometry.total]);

  // The lanes' box in the viewport, read once and kept until something may have moved it (a render,
  // a scroll anywhere, a resize): pointermove then reads no layout, which would be forced (and cost
  // a layout of the whole page) whenever anything changed since the last frame.
  const rectRef = useRef<DOMRect | null>(null);
  useLayoutEffect(() => {
    rectRef.current = null;
  });
  useEffect(() => {
    const drop = () => (rectRef.current = null);
    addEventListener('scroll', drop, { capture: true, passive: true });
    addEventListener('resize', drop);
    return () => {
      removeEventListener('scroll', drop, { capture: true });
      removeEventListener('resize', drop);
    };
  }, []);
  function lanesRect(el: HTMLElement): DOMRect {
    return (rectRef.current ??= el.getBoundingClientRect());
  }

  const hasPlot = ready && domain !== null;
  // d3-zoom on the plot: wheel and drag, x only (we only ever use rescaleX). Recreated when the plot's
  // size changes; d3 keeps the current transform on the element, so a resize does not lose the zoom.
  useEffect(() => {
    const el = plotRef.current;
    if (!el || !hasPlot) return;
    const extent: [[number, number], [number, number]] = [
      [layout.left, 0],
      [layout.right, geometry.total],
    ];
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, maxK])
      .extent(extent)
      .translateExtent(extent)
      .filter((ev: Event) => {
        if (ev.type === 'wheel') {
          // When the lanes scroll inside the plot, the wheel scrolls them and Ctrl + wheel zooms.
          const sc = scrollRef.current;
          const scrolls = sc !== null && sc.scrollHeight > sc.clientHeight + 1;
          return !scrolls || (ev as WheelEvent).ctrlKey || (ev as WheelEvent).metaKey;
        }
        // One finger scrolls the page (a phone's page must stay scrollable); two pinch and pan.
        if (ev.type.startsWith('touch')) return (ev as TouchEvent).touches.length > 1;
        return !(ev as MouseEvent).ctrlKey && !(ev as MouseEvent).button;
      })
      .on('zoom', (ev: D3ZoomEvent<HTMLDivElement, unknown>) => setTransform(ev.transform));
    const sel = select(el);
    // No double-click zoom: a click on a mark opens it, and a second click should not jump the view.
    sel.call(z).on('dblclick.zoom', null);
    zoomRef.current = z;
    return () => {
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [hasPlot, layout.left, layout.right, geometry.total, maxK]);

  // New data with another date extent: start unzoomed (an old transform would show an arbitrary slice).
  useEffect(() => {
    if (!domain) return;
    const last = lastDomainRef.current;
    lastDomainRef.current = domain;
    if (!last || (last[0] === domain[0] && last[1] === domain[1])) return;
    const el = plotRef.current;
    if (el && zoomRef.current) select(el).call(zoomRef.current.transform, zoomIdentity);
    else setTransform(zoomIdentity);
  }, [domain]);

  const emitWindow = useEffectEvent((from: string | null, to: string | null) => onWindowChange(from, to));

  // The brush over the unzoomed domain. Only user gestures report (sourceEvent set): moves made by
  // the effect below, to show props.window, must not echo back as changes.
  useEffect(() => {
    const g = brushGRef.current;
    if (!g || !hasPlot) return;
    const b = brushX<unknown>()
      .extent([
        [layout.left, 1],
        [layout.right, BRUSH_H - 1],
      ])
      .on('end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return;
        const s = ev.selection as [number, number] | null;
        // A click outside the selection leaves an empty one: d3 reports it as null, i.e. cleared.
        if (!s) return emitWindow(null, null);
        const w = rangeToWindow(x0.invert(s[0]).getTime(), x0.invert(s[1]).getTime());
        emitWindow(w.from, w.to);
      });
    const sel = select(g);
    sel.call(b);
    brushRef.current = b;
    return () => {
      sel.on('.brush', null);
      brushRef.current = null;
    };
  }, [hasPlot, layout.left, layout.right, x0]);

  // Show props.window on the brush when it changes from outside (or the brush was rebuilt).
  useEffect(() => {
    const g = brushGRef.current;
    const b = brushRef.current;
    if (!g || !b || !hasPlot || !domain) return;
    if (!range) {
      select(g).call(b.move, null);
      return;
    }
    const clamp = (t: number) => Math.max(domain[0], Math.min(domain[1], t));
    const a = x0(clamp(range[0]));
    const z = x0(clamp(range[1]));
    select(g).call(b.move, z - a >= 1 ? [a, z] : null);
  }, [range, domain, x0, hasPlot]);

  // ——— Interaction ———

  // The tooltip's anchors find their elements by id when the tooltip is placed, not through refs:
  // the focus tooltip's target is made during render, where refs may not be read.

  /** A dated mark's centre in viewport pixels (for the tooltip), or null when it is not on screen. */
  function markAnchor(mark: number): { x: number; y: number } | null {
    const el = document.getElementById(lanesId);
    if (!el || !positions.hittable[mark]) return null;
    const rect = lanesRect(el);
    return { x: rect.left + positions.x[mark]!, y: rect.top + positions.y[mark]! };
  }

  /** An undated event's list item's centre in viewport pixels. */
  function undatedAnchor(mark: number): { x: number; y: number } | null {
    const li = document.getElementById(undatedId)?.querySelector(`[data-mark="${mark}"]`);
    if (!li) return null;
    const r = li.getBoundingClientRect();
    return { x: r.left + Math.min(r.width, 24), y: r.top + r.height / 2 };
  }

  function eventTip(mark: number): TipTarget {
    const m = model.marks[mark]!;
    return {
      key: `m${mark}`,
      content: { kind: 'event', event: events[m.event]! },
      anchor: () => (m.undated >= 0 ? undatedAnchor(mark) : markAnchor(mark)),
    };
  }

  /** Paint the hover ring and set the cursor: straight on the elements, with no React render. */
  function paintHover(target: { badge: boolean; index: number } | null) {
    hoverRef.current = target;
    const overlay = overlayRef.current;
    const ctx = overlay?.getContext('2d');
    if (overlay && ctx) {
      const at = !target
        ? null
        : target.badge
          ? { x: positions.badges[target.index]!.x, y: positions.badges[target.index]!.y, badge: true }
          : { x: positions.x[target.index]!, y: positions.y[target.index]!, badge: false };
      drawHover(ctx, dpr, { width: layout.width, height: geometry.total }, at);
    }
    canvasRef.current?.classList.toggle(styles.pointing!, target !== null);
  }

  /** The mark or badge under a viewport point. */
  function hitAt(clientX: number, clientY: number): { badge: boolean; index: number } | null {
    const el = lanesRef.current;
    if (!el) return null;
    const rect = lanesRect(el);
    const px = clientX - rect.left;
    const py = clientY - rect.top;
    if (px < layout.left - HIT_RADIUS || px > layout.right + HIT_RADIUS || py < 0 || py > geometry.total)
      return null;
    const mark = finder.find(px, py, HIT_RADIUS);
    if (mark !== null) return { badge: false, index: mark };
    const b = findBadge(positions.badges, px, py);
    return b === null ? null : { badge: true, index: b };
  }

  function onPointerMove(e: { clientX: number; clientY: number }) {
    // Only the grid lookup, the overlay and the tooltip: this component does not re-render.
    const hit = hitAt(e.clientX, e.clientY);
    const cur = hoverRef.current;
    if (hit?.badge === cur?.badge && hit?.index === cur?.index) return;
    paintHover(hit);
    if (!hit) return tipRef.current?.hide();
    if (!hit.badge) return tipRef.current?.show(eventTip(hit.index));
    const b = positions.badges[hit.index]!;
    const el = lanesRef.current;
    tipRef.current?.show({
      key: `b${hit.index}`,
      content: { kind: 'badge', count: b.marks.length, t0: b.t0, t1: b.t1 },
      anchor: () => {
        const rect = el?.getBoundingClientRect();
        return rect ? { x: rect.left + b.x, y: rect.top + b.y } : null;
      },
    });
  }

  function onPointerLeave() {
    if (hoverRef.current === null) return;
    paintHover(null);
    tipRef.current?.hide();
  }

  // Hover reacts to pointerrawupdate where the browser has it: Chromium holds pointermove back until
  // its next frame begins (up to 16 ms), pointerrawupdate is dispatched as the input arrives. The
  // handler is the same and does nothing twice (an unchanged hit returns at once), so pointermove
  // stays as the fallback for browsers without it.
  const onRawMove = useEffectEvent((e: PointerEvent) => onPointerMove(e));
  useEffect(() => {
    const el = plotRef.current;
    if (!el || !('onpointerrawupdate' in globalThis)) return;
    const listener = (e: Event) => onRawMove(e as PointerEvent);
    el.addEventListener('pointerrawupdate', listener);
    return () => el.removeEventListener('pointerrawupdate', listener);
  }, [hasDates]);

  /** Zoom so that [t0, t1) fills most of the plot (a badge's dates: its marks then find room). */
  function zoomTo(t0: number, t1: number) {
    const el = plotRef.current;
    const z = zoomRef.current;
    if (!el || !z || !domain) return;
    const span = Math.max(t1 - t0, MIN_VISIBLE_SPAN) * 1.5;
    const k = Math.max(1, Math.min(maxK, (domain[1] - domain[0]) / span));
    const mid = (t0 + t1) / 2;
    const tx = (layout.left + layout.right) / 2 - k * x0(mid);
    select(el).call(z.transform, zoomIdentity.translate(tx, 0).scale(k));
  }

  function onClick(e: React.MouseEvent<HTMLDivElement>) {
    const hit = hitAt(e.clientX, e.clientY);
    if (hit === null) return;
    if (hit.badge) {
      const b = positions.badges[hit.index]!;
      return zoomTo(b.t0, b.t1);
    }
    openMark(hit.index);
  }

  function openMark(mark: number) {
    const id = events[model.marks[mark]!.event]!.id;
    setPreferredMark(mark);
    onFocusChange(id);
    onOpen(id);
  }

  /**
   * Bring a keyboard-focused mark into view: let its side's outliers in when it is one of them,
   * pan to it when it is zoomed out of view, zoom in on it when it is counted in a badge.
   */
  function reveal(mark: number) {
    const m = model.marks[mark];
    const el = plotRef.current;
    const z = zoomRef.current;
    if (!m || m.undated >= 0 || !el || !z || !domain) return;
    if (m.t1 <= domain[0] || m.t0 >= domain[1]) {
      setExtend({ before: extend.before || m.t1 <= domain[0], after: extend.after || m.t0 >= domain[1] });
      return;
    }
    if (positions.badge[mark]! >= 0) return zoomTo(m.t0, m.t1);
    const x = positions.x[mark]!;
    if (x < layout.left || x > layout.right) {
      select(el).call(z.translateTo, x0(markTime([m.t0, m.t1])), geometry.total / 2);
    }
    // Keep its lane in view when the lanes scroll.
    const sc = scrollRef.current;
    const y = positions.y[mark]!;
    if (sc && (y < sc.scrollTop || y > sc.scrollTop + sc.clientHeight))
      sc.scrollTop = y - sc.clientHeight / 2;
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const next = navigate(model, positions.x, focusedMark, e.key as NavKey);
      if (next === null) return;
      setPreferredMark(next);
      paintHover(null);
      tipRef.current?.hide();
      onFocusChange(events[model.marks[next]!.event]!.id);
      reveal(next);
    } else if (e.key === 'Enter' && focused !== null && focusedIdx !== null) {
      e.preventDefault();
      onOpen(focused);
    } else if (e.key === 'Escape' && focused !== null) {
      e.preventDefault();
      onFocusChange(null);
    }
  }

  function resetZoom() {
    const el = plotRef.current;
    if (el && zoomRef.current) select(el).call(zoomRef.current.transform, zoomIdentity);
  }

  // ——— Memoised SVG/HTML layers (same elements between renders, so React skips them) ———

  const laneLabels = useMemo(() => {
    const maxChars = labelChars(layout);
    return model.lanes.slice(0, model.datedLanes).map((lane, i) => {
      const cut = shortLabel(lane.label, maxChars);
      const reserved = lane.kind === 'other';
      return (
        <text
          key={lane.key}
          x={layout.left - 8}
          y={laneCenter(geometry, i)}
          dy="0.35em"
          textAnchor="end"
          className={reserved ? `${styles.laneLabel} ${styles.reserved}` : styles.laneLabel}
        >
          <title>{`${lane.label}: ${lane.count} event${lane.count === 1 ? '' : 's'}`}</title>
          {cut}
        </text>
      );
    });
  }, [model.lanes, model.datedLanes, geometry, layout]);

  // The hit divs follow the marks at low priority: during a zoom gesture React may skip to the
  // latest positions instead of restyling 2000 divs every frame.
  const hitPositions = useDeferredValue(positions);
  const hitDivs = useMemo(() => {
    if (!ready || hitPositions.x.length !== model.marks.length) return [];
    const out: ReactElement[] = [];
    outer: for (const ev of model.order) {
      for (const m of model.marksByEvent[ev] ?? []) {
        if (!hitPositions.hittable[m]) continue;
        if (out.length >= HIT_CAP) break outer;
        out.push(
          <div
            key={m}
            aria-hidden="true"
            data-testid="timeline-hit"
            data-event-id={events[ev]!.id}
            data-lane={model.lanes[model.marks[m]!.lane]?.label}
            className={styles.hit}
            style={{ left: hitPositions.x[m], top: hitPositions.y[m] }}
          />,
        );
      }
    }
    return out;
  }, [ready, model, hitPositions, events]);

  // The overview in the brush strip, over the unzoomed domain: a tick per 2-px column holding
  // events, its height growing with their number (square root, so one event still shows) and split
  // by stance. 10k events make three paths, not 10k elements.
  const overview = useMemo(() => {
    if (!hasPlot) return null;
    const cols = new Map<number, Record<Stance, number>>();
    events.forEach((e, i) => {
      const span = spans[i];
      if (!span) return;
      const x = x0(markTime(span));
      if (x < layout.left || x > layout.right) return;
      const col = Math.floor(x / 2);
      const c = cols.get(col) ?? { cooperative: 0, neutral: 0, hostile: 0 };
      c[drawnStance(e.stance)] += 1;
      cols.set(col, c);
    });
    let max = 1;
    for (const c of cols.values()) max = Math.max(max, c.cooperative + c.neutral + c.hostile);
    const d: Record<Stance, string[]> = { cooperative: [], neutral: [], hostile: [] };
    const baseY = BRUSH_H - 5;
    const minH = 6;
    const room = BRUSH_H - 10 - minH;
    for (const [col, c] of cols) {
      const total = c.cooperative + c.neutral + c.hostile;
      const h = minH + room * Math.sqrt(total / max);
      let y = baseY;
      for (const stance of STANCES) {
        if (c[stance] === 0) continue;
        const part = (h * c[stance]) / total;
        d[stance].push(`M${col * 2 + 1} ${n2(y)}V${n2(y - part)}`);
        y -= part;
      }
    }
    return STANCES.map((stance) => (
      <path key={stance} d={d[stance].join('')} stroke={STANCE_COLOR[stance]} strokeWidth={1.5} fill="none" />
    ));
  }, [hasPlot, events, spans, x0, layout.left, layout.right]);

  const undatedMarks = useMemo(
    () => (model.undatedCount > 0 ? (model.marksByLane[model.datedLanes] ?? []) : []),
    [model],
  );
  // About a row and a half of them until asked for all; never a button that hides only one or two.
  const undatedFew = Math.max(3, Math.floor(width / UNDATED_ITEM_W));
  const undatedShown = allUndated || undatedMarks.length <= undatedFew + 2 ? UNDATED_CAP : undatedFew;
  const undatedItems = useMemo(
    () =>
      undatedMarks.slice(0, undatedShown).map((m) => {
        const e = events[model.marks[m]!.event]!;
        return (
          <li key={m}>
            <button
              type="button"
              tabIndex={-1}
              data-testid="timeline-hit"
              data-event-id={e.id}
              data-lane="undated"
              data-mark={m}
              data-focused={focusedMark === m ? '' : undefined}
              className={styles.undatedItem}
              onPointerEnter={() => tipRef.current?.show(eventTip(m))}
              onPointerLeave={() => tipRef.current?.hide()}
              onClick={() => openMark(m)}
            >
              <Glyph
                shape={quadShape(e.quad)}
                color={stanceColor(e.stance)}
                hollow={e.basis === 'document'}
              />
              <span>
                {actorsWording(e, actors)}: {e.type}
              </span>
            </button>
          </li>
        );
      }),
    // eventTip and openMark read only refs, model, events and props already listed
    [undatedMarks, undatedShown, events, model, actors, focusedMark], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // ——— Tooltip for the keyboard focus ———

  // Hover first (inside TooltipLayer); else the keyboard focus while the plot has it, if it is shown.
  const focusTip: TipTarget | null =
    hasFocus &&
    focusedMark !== null &&
    ready &&
    (model.marks[focusedMark]!.undated >= 0 || positions.hittable[focusedMark])
      ? eventTip(focusedMark)
      : null;

  const zoomed = transform.k !== 1 || transform.x !== 0;
  const undatedText = model.undatedCount > 0 ? `, ${model.undatedCount} undated` : '';
  const scrolls = allLanes && geometry.total > 480;

  return (
    <div
      ref={rootRef}
      className={styles.root}
      data-testid="timeline"
      data-marks={ready ? positions.drawnCount : 0}
      // for tests: the event the keyboard is on (the live region says it in words)
      data-focused-event={focused ?? ''}
    >
      <div className={styles.toolbar}>
        <fieldset className={styles.lanesToggle}>
          <legend>Lanes</legend>
          {(['actor', 'pair'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={radioName}
                value={mode}
                checked={laneMode === mode}
                onChange={() => onLanesChange(mode)}
              />
              by {mode}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={resetZoom} disabled={!zoomed}>
          Reset zoom
        </button>
        {(folded > 0 || allLanes) && (
          <button type="button" onClick={() => setAllLanes(!allLanes)} aria-pressed={allLanes}>
            {allLanes ? 'Fewer lanes' : `All ${base.datedLanes} lanes`}
          </button>
        )}
        <span className={styles.count}>
          {events.length} event{events.length === 1 ? '' : 's'}
          {undatedText}
        </span>
      </div>

      {events.length === 0 ? (
        <p className={styles.empty} role="status" data-testid="timeline-empty">
          No events match these filters: there is nothing to place in time. Widen the filters, or press Reset
          above, to see events here.
        </p>
      ) : datedCount === 0 ? (
        <p className={styles.empty} role="status" data-testid="timeline-empty">
          None of these {events.length} events has a date, so there is no time axis to draw: they are listed
          below.
        </p>
      ) : (
        <>
          {robust && (robust.before || robust.after) && ready && (
            <div className={styles.edges} style={{ marginLeft: layout.left, width: plotW }}>
              {robust.before && (
                <button
                  type="button"
                  data-testid="timeline-outliers-before"
                  onClick={() => setExtend({ ...extend, before: !extend.before })}
                  title={
                    extend.before
                      ? 'Show the bulk of the events again'
                      : 'Stretch the time axis to include them'
                  }
                >
                  {extend.before
                    ? `Hide the ${outlierWording(robust.before)} ▸`
                    : `◂ ${outlierWording(robust.before)}`}
                </button>
              )}
              {robust.after && (
                <button
                  type="button"
                  data-testid="timeline-outliers-after"
                  className={styles.edgeAfter}
                  onClick={() => setExtend({ ...extend, after: !extend.after })}
                  title={
                    extend.after
                      ? 'Show the bulk of the events again'
                      : 'Stretch the time axis to include them'
                  }
                >
                  {extend.after
                    ? `◂ Hide the ${outlierWording(robust.after)}`
                    : `${outlierWording(robust.after)} ▸`}
                </button>
              )}
            </div>
          )}
          <div
            ref={plotRef}
            className={styles.plot}
            tabIndex={0}
            role="application"
            aria-label={
              `Timeline of ${events.length} events in ${model.lanes.length} lanes. ` +
              'Left and Right arrows move between events in date order, Up and Down between lanes, ' +
              'Home and End to the first and last event, Enter opens the evidence, Escape clears the focus. ' +
              (scrolls ? 'Ctrl and scroll to zoom' : 'Scroll to zoom') +
              ', drag to pan.'
            }
            onPointerEnter={() => (rectRef.current = null)}
            onPointerMove={onPointerMove}
            onPointerLeave={onPointerLeave}
            onClick={onClick}
            onKeyDown={onKeyDown}
            onFocus={() => setHasFocus(true)}
            onBlur={() => setHasFocus(false)}
          >
            <div
              ref={scrollRef}
              className={scrolls ? `${styles.scroller} ${styles.scrolls}` : styles.scroller}
            >
              <div ref={lanesRef} id={lanesId} className={styles.lanes} style={{ height: geometry.total }}>
                <canvas
                  ref={canvasRef}
                  data-testid="timeline-canvas"
                  className={styles.layer}
                  style={{ width: layout.width, height: geometry.total }}
                  aria-hidden="true"
                />
                <canvas
                  ref={overlayRef}
                  className={styles.layer}
                  style={{ width: layout.width, height: geometry.total }}
                  aria-hidden="true"
                />
                <svg className={styles.layer} width={layout.width} height={geometry.total} aria-hidden="true">
                  {laneLabels}
                </svg>
                <div className={styles.hits}>{hitDivs}</div>
              </div>
            </div>
            <svg
              className={styles.axis}
              width={layout.width}
              height={AXIS_H}
              data-testid="timeline-axis"
              aria-hidden="true"
            >
              {ready && (
                <>
                  <path d={`M${layout.left} 0.5H${layout.right}`} stroke="currentColor" />
                  {labels.map((l) => (
                    <g key={l.t} transform={`translate(${n2(Math.round(l.x) + 0.5)},0)`}>
                      <path d="M0 0V5" stroke="currentColor" />
                      <text y={8} dy="0.71em" textAnchor={l.anchor}>
                        {l.text}
                      </text>
                    </g>
                  ))}
                </>
              )}
            </svg>
          </div>
        </>
      )}

      {undatedMarks.length > 0 && (
        <div className={styles.undated} data-testid="timeline-undated">
          <h3 className={styles.undatedHead}>
            Undated <span className={styles.muted}>({model.undatedCount}, not on the time axis)</span>
          </h3>
          <ul
            id={undatedId}
            className={allUndated ? `${styles.undatedList} ${styles.scrolls}` : styles.undatedList}
          >
            {undatedItems}
            {undatedMarks.length > undatedShown && (
              <li>
                {allUndated ? (
                  <span className={styles.muted}>
                    and {undatedMarks.length - undatedShown} more (in the table below)
                  </span>
                ) : (
                  <button type="button" className={styles.more} onClick={() => setAllUndated(true)}>
                    + {undatedMarks.length - undatedShown} more
                  </button>
                )}
              </li>
            )}
          </ul>
        </div>
      )}

      {datedCount > 0 && (
        <svg
          data-testid="timeline-brush"
          className={styles.brush}
          width={Math.max(0, layout.width)}
          height={BRUSH_H}
          aria-label="Time window: drag to select, click outside the selection to clear"
          role="img"
        >
          <rect
            x={layout.left}
            y={0.5}
            width={Math.max(0, plotW)}
            height={BRUSH_H - 1}
            fill="#fff"
            stroke="#d9d6cf"
          />
          {overview}
          {hasPlot && zoomed && (
            // Where the main plot is zoomed to, for orientation.
            <rect
              x={x0(visible[0])}
              y={2}
              width={Math.max(1, x0(visible[1]) - x0(visible[0]))}
              height={BRUSH_H - 4}
              fill="none"
              stroke="#1d232a"
              strokeDasharray="3 2"
            />
          )}
          <g ref={brushGRef} />
        </svg>
      )}

      <TooltipLayer handle={tipRef} actors={actors} fallback={focusTip} />

      <div aria-live="polite" className={styles.srOnly}>
        {focusedEvent ? announcement(focusedEvent, actors) : ''}
      </div>

      {events.length > 0 && <Legend uncoded={events.some((e) => e.stance === null)} />}
    </div>
  );
}

/** An SVG path string for a legend glyph. */
function glyph(shape: Shape, r: number): string {
  const p = d3path();
  traceShape(p, shape, 8, 8, r);
  return p.toString();
}

/** A mark's shape in its stance colour, as in the plot (hollow for a publication date). */
function Glyph({ shape, color, hollow }: { shape: Shape; color: string; hollow: boolean }) {
  return (
    <svg width={16} height={16} aria-hidden="true" className={styles.glyph}>
      <path
        d={glyph(shape, 4.5)}
        fill={hollow ? 'none' : color}
        stroke={hollow ? color : 'none'}
        strokeWidth={1.4}
      />
    </svg>
  );
}

function Legend({ uncoded }: { uncoded: boolean }) {
  return (
    <ul className={styles.legend} aria-label="Legend">
      <li className={styles.legendHead}>Stance</li>
      {STANCES.map((s) => (
        <li key={s}>
          <span className={styles.swatch} style={{ background: STANCE_COLOR[s] }} />
          {s}
        </li>
      ))}
      {uncoded && (
        <li>
          <svg width={16} height={16} aria-hidden="true">
            <path d={glyph(UNCODED_SHAPE, 5)} fill={stanceColor(null)} />
          </svg>
          grey plus: tone not coded (a code of your own verb file)
        </li>
      )}
      <li className={styles.legendHead}>Act</li>
      {QUADS.map((q) => (
        <li key={q}>
          <svg width={16} height={16} aria-hidden="true">
            <path d={glyph(QUAD_SHAPE[q], 5)} fill="#5b6570" />
          </svg>
          {QUAD_LABEL[q]}
        </li>
      ))}
      <li className={styles.legendHead}>Date</li>
      <li>
        <svg width={16} height={16} aria-hidden="true">
          <path d={glyph('circle', 5)} fill="none" stroke="#5b6570" strokeWidth={1.4} />
        </svg>
        hollow: date from the publication date
      </li>
      <li>
        <svg width={28} height={16} aria-hidden="true">
          <path d="M2 8H26" stroke="#5b6570" strokeWidth={2} strokeOpacity={0.6} />
          <path d={glyph('circle', 4)} fill="#5b6570" transform="translate(6,0)" />
        </svg>
        bar: a month or a year
      </li>
      <li>
        <svg width={28} height={16} aria-hidden="true">
          <rect x={1.5} y={3.5} width={25} height={9} rx={3} fill="#fff" stroke="#d9d6cf" />
          <text x={14} y={11} fontSize={8.5} fontWeight={600} textAnchor="middle" fill="#1d232a">
            +N
          </text>
        </svg>
        more on those days: zoom in
      </li>
    </ul>
  );
}
