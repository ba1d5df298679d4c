'use client';

/**
 * The timeline: one lane per actor (or per actor pair), one mark per event per lane, on a zoomable
 * UTC time axis, with a brush strip below that picks the time window shared with the rest of the
 * dashboard.
 *
 * Marks are painted on a <canvas> so 10k events stay smooth; everything that needs the DOM (axes,
 * lane labels, the brush, the tooltip) is SVG or HTML on top. The pure parts (lanes, dates, words,
 * keyboard moves) live in ./model.ts; this file wires them to d3-zoom, d3-brush, a quadtree for
 * hover, and React state.
 */
import {
  axisBottom,
  brushX,
  path as d3path,
  scaleBand,
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
import { useDeferredValue, useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import { QUAD_LABEL, QUAD_SHAPE, STANCE_COLOR } from '@/lib/dashboard/palette';
import type { ActorLabel, Quad, Stance, TimelineEvent } from '@/lib/dashboard/types';
import { drawTimeline, markGroups } from './draw';
import {
  actorsWording,
  announcement,
  buildLanes,
  DAY,
  dateWording,
  defaultHeight,
  eventSpan,
  flagsWording,
  formatUtc,
  labelChars,
  layoutMarks,
  markRadius,
  MarkFinder,
  markTime,
  NAV_KEYS,
  navigate,
  paddedDomain,
  plotLayout,
  rangeToWindow,
  reportedWording,
  shortLabel,
  stanceWording,
  timeTicks,
  triggerParts,
  windowRange,
  type LaneModel,
  type NavKey,
} from './model';
import { traceShape, type Shape } from './shapes';
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
  /** Height of the plot in px; by default it fits the lanes, 140–520 px. */
  height?: number;
}

/** Height of the brush strip. */
const BRUSH_H = 36;
/** Hover finds the nearest mark within this many pixels. */
const HIT_RADIUS = 8;
/** Browser tests get an invisible div per visible mark, up to this many (more would cost frames). */
const HIT_CAP = 2000;
/** The tooltip's widest extent (26rem at 16 px), to flip it left near the right edge. */
const TOOLTIP_W = 416;
/** The deepest zoom shows about two days across the plot. */
const MIN_VISIBLE_SPAN = 2 * DAY;

const STANCES: Stance[] = ['cooperative', 'neutral', 'hostile'];
/** Two decimals are plenty for SVG path coordinates. */
const n2 = (v: number) => Math.round(v * 100) / 100;
const QUADS = Object.keys(QUAD_SHAPE) as Quad[];

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
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const brushGRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const lastDomainRef = useRef<[number, number] | null>(null);
  const radioName = useId();

  const [width, setWidth] = useState(0);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  /**
   * The hovered mark (an index into model.marks), with the marks it indexes: after the lanes or the
   * events change, an old index would name some other mark until the pointer moves again.
   */
  const [hover, setHover] = useState<{ mark: number; marks: LaneModel['marks'] } | null>(null);
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

  // ——— Derived data (all memoised: pointermove must not recompute any of it) ———

  const model = useMemo(() => buildLanes(events, actors, laneMode), [events, actors, laneMode]);
  const hasUndated = model.undatedCount > 0;
  const plotH = height ?? defaultHeight(model.datedLanes, hasUndated);
  const longestLabel = useMemo(() => Math.max(0, ...model.lanes.map((l) => l.label.length)), [model.lanes]);
  const layout = useMemo(
    () => plotLayout(width, plotH, model.datedLanes, hasUndated, longestLabel),
    [width, plotH, model.datedLanes, hasUndated, longestLabel],
  );
  const plotW = layout.right - layout.left;
  const ready = width > 0;

  const domain = useMemo(() => paddedDomain(model.extent), [model.extent]);
  const maxK = Math.max(1, (domain[1] - domain[0]) / MIN_VISIBLE_SPAN);
  /** The unzoomed scale: the brush strip and the zoom's reference. */
  const x0 = useMemo(
    () => scaleUtc().domain(domain).range([layout.left, layout.right]),
    [domain, layout.left, layout.right],
  );
  /** The zoomed scale of the main plot. */
  const xs = useMemo(() => transform.rescaleX(x0), [transform, x0]);
  const visible = useMemo((): [number, number] => {
    const [a, b] = xs.domain();
    return [a!.getTime(), b!.getTime()];
  }, [xs]);
  const ticks = useMemo(() => timeTicks(visible, plotW), [visible, plotW]);

  const band = useMemo(
    () =>
      scaleBand<number>()
        .domain(Array.from({ length: model.datedLanes }, (_, i) => i))
        .range([layout.top, layout.datedBottom])
        .padding(0),
    [model.datedLanes, layout.top, layout.datedBottom],
  );
  const laneCenter = useMemo(() => {
    const half = band.bandwidth() / 2;
    return (lane: number) => (lane < model.datedLanes ? (band(lane) ?? 0) + half : layout.undatedY);
  }, [band, model.datedLanes, layout.undatedY]);

  const r = markRadius(layout.rowH);
  const positions = useMemo(
    () => layoutMarks(model, (t) => xs(t), laneCenter, layout, r),
    [model, xs, laneCenter, layout, r],
  );

  // Hover's hit test: a quadtree of the mark positions, rebuilt (lazily) whenever they change.
  const finder = useMemo(() => new MarkFinder(positions), [positions]);

  const range = useMemo(
    () => windowRange({ from: timeWindow.from, to: timeWindow.to }),
    [timeWindow.from, timeWindow.to],
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
  const hovered = hover !== null && hover.marks === model.marks ? hover.mark : null;
  const focusedEvent = focusedIdx !== null ? events[focusedIdx] : undefined;

  // ——— Imperative pieces: canvas, axis, zoom, brush ———

  // Paint in the next animation frame; a newer render cancels a pending one, so a burst of zoom
  // events paints once per frame.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !ready) return;
    const frame = requestAnimationFrame(() => {
      const dpr = globalThis.devicePixelRatio || 1;
      const w = Math.round(layout.width * dpr);
      const h = Math.round(layout.height * dpr);
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      drawTimeline({
        ctx,
        dpr,
        layout,
        laneCenter,
        model,
        events,
        groups,
        pos: positions,
        r,
        focusedMark,
        gridX: ticks.ticks.map((t) => xs(t)),
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, layout, laneCenter, model, events, groups, positions, r, focusedMark, ticks, xs]);

  // The x axis, by d3-axis, labelled with date-fns in the format that suits the visible span.
  useEffect(() => {
    const g = axisRef.current;
    if (!g || !ready) return;
    const axis = axisBottom(xs)
      .tickValues(ticks.ticks.map((t) => new Date(t)))
      .tickFormat((d) => formatUtc(+d, ticks.format))
      .tickSizeOuter(0);
    select(g).call(axis);
  }, [xs, ticks, ready]);

  // d3-zoom on the plot: wheel and drag, x only (we only ever use rescaleX). Recreated when the plot's
  // size changes; d3 keeps the current transform on the element, so a resize does not lose the zoom.
  useEffect(() => {
    const el = plotRef.current;
    if (!el || !ready) return;
    const extent: [[number, number], [number, number]] = [
      [layout.left, 0],
      [layout.right, layout.height],
    ];
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, maxK])
      .extent(extent)
      .translateExtent(extent)
      .on('zoom', (ev: D3ZoomEvent<HTMLDivElement, unknown>) => setTransform(ev.transform));
    const sel = select(el);
    // No double-click zoom: a click on a mark opens it, and a second click should not jump the view.
    sel.call(z).on('dblclick.zoom', null);
    zoomRef.current = z;
    return () => {
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [ready, layout.left, layout.right, layout.height, maxK]);

  // New data with another date extent: start unzoomed (an old transform would show an arbitrary slice).
  useEffect(() => {
    const last = lastDomainRef.current;
    lastDomainRef.current = domain;
    if (!last || (last[0] === domain[0] && last[1] === domain[1])) return;
    const el = plotRef.current;
    if (el && zoomRef.current) select(el).call(zoomRef.current.transform, zoomIdentity);
  }, [domain]);

  const emitWindow = useEffectEvent((from: string | null, to: string | null) => onWindowChange(from, to));

  // The brush over the full extent. Only user gestures report (sourceEvent set): moves made by the
  // effect below, to show props.window, must not echo back as changes.
  useEffect(() => {
    const g = brushGRef.current;
    if (!g || !ready) return;
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
  }, [ready, layout.left, layout.right, x0]);

  // Show props.window on the brush when it changes from outside (or the brush was rebuilt).
  useEffect(() => {
    const g = brushGRef.current;
    const b = brushRef.current;
    if (!g || !b || !ready) return;
    if (!range) {
      select(g).call(b.move, null);
      return;
    }
    const clamp = (t: number) => Math.max(domain[0], Math.min(domain[1], t));
    const a = x0(clamp(range[0]));
    const z = x0(clamp(range[1]));
    select(g).call(b.move, z - a >= 1 ? [a, z] : null);
  }, [range, domain, x0, ready]);

  // ——— Interaction ———

  function pointAt(clientX: number, clientY: number): number | null {
    const el = plotRef.current;
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    return finder.find(clientX - rect.left, clientY - rect.top, HIT_RADIUS);
  }

  function onPointerMove(e: React.PointerEvent<HTMLDivElement>) {
    // Only the quadtree lookup and one state update: everything else is memoised.
    const hit = pointAt(e.clientX, e.clientY);
    if (hit !== hovered) setHover(hit === null ? null : { mark: hit, marks: model.marks });
  }

  function onClick(e: React.MouseEvent<HTMLDivElement>) {
    const hit = pointAt(e.clientX, e.clientY);
    if (hit === null) return;
    const id = events[model.marks[hit]!.event]!.id;
    setPreferredMark(hit);
    onFocusChange(id);
    onOpen(id);
  }

  /** Pan so a keyboard-focused mark that lies outside the zoomed view comes into it. */
  function reveal(mark: number) {
    const m = model.marks[mark];
    const el = plotRef.current;
    const z = zoomRef.current;
    if (!m || m.undated >= 0 || !el || !z) return;
    const x = positions.x[mark]!;
    if (x >= layout.left && x <= layout.right) return;
    select(el).call(z.translateTo, x0(markTime([m.t0, m.t1])), layout.height / 2);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const next = navigate(model, positions.x, focusedMark, e.key as NavKey);
      if (next === null) return;
      setPreferredMark(next);
      setHover(null);
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

  // ——— Memoised SVG/HTML layers (same elements between hovers, so React skips them) ———

  const laneLabels = useMemo(() => {
    const size = Math.max(8, Math.min(12, layout.rowH * 0.85));
    const maxChars = labelChars(layout);
    return model.lanes.map((lane, i) => {
      const cut = shortLabel(lane.label, maxChars);
      const reserved = lane.kind === 'other' || lane.kind === 'undated';
      return (
        <text
          key={lane.key}
          x={layout.left - 8}
          y={laneCenter(i)}
          dy="0.35em"
          textAnchor="end"
          fontSize={size}
          className={reserved ? `${styles.laneLabel} ${styles.reserved}` : styles.laneLabel}
        >
          <title>{`${lane.label}: ${lane.count} event${lane.count === 1 ? '' : 's'}`}</title>
          {cut}
        </text>
      );
    });
  }, [model.lanes, laneCenter, layout]);

  // The hit divs follow the marks at low priority: during a zoom gesture React may skip to the
  // latest positions instead of restyling 2000 divs every frame.
  const hitPositions = useDeferredValue(positions);
  const hitDivs = useMemo(() => {
    if (!ready || hitPositions.x.length !== model.marks.length) return [];
    const out: React.ReactElement[] = [];
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

  // The overview in the brush strip, over the full extent whatever the zoom: a tick per 2-px column
  // holding events, its height growing with their number (square root, so one event still shows)
  // and split by stance. 10k events make three paths, not 10k elements.
  const overview = useMemo(() => {
    if (!ready) return null;
    const cols = new Map<number, Record<Stance, number>>();
    for (const e of events) {
      const span = eventSpan(e);
      if (!span) continue;
      const col = Math.floor(x0(markTime(span)) / 2);
      const c = cols.get(col) ?? { cooperative: 0, neutral: 0, hostile: 0 };
      c[e.stance] += 1;
      cols.set(col, c);
    }
    let max = 1;
    for (const c of cols.values()) max = Math.max(max, c.cooperative + c.neutral + c.hostile);
    const d: Record<Stance, string[]> = { cooperative: [], neutral: [], hostile: [] };
    const base = BRUSH_H - 5;
    const minH = 6;
    const room = BRUSH_H - 10 - minH;
    for (const [col, c] of cols) {
      const total = c.cooperative + c.neutral + c.hostile;
      const h = minH + room * Math.sqrt(total / max);
      let y = base;
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
  }, [ready, events, x0]);

  // ——— Tooltip ———

  // Hover first; else the keyboard focus while the plot has it, if its mark is in view.
  const tipMark =
    hovered !== null && positions.hittable[hovered]
      ? hovered
      : hasFocus && focusedMark !== null && positions.hittable[focusedMark]
        ? focusedMark
        : null;
  const tipEvent = tipMark !== null ? events[model.marks[tipMark]!.event] : undefined;
  let tooltip: React.ReactNode = null;
  if (tipMark !== null && tipEvent && ready) {
    const mx = positions.x[tipMark]!;
    const my = positions.y[tipMark]!;
    // Right of the mark, or left of it near the right edge; below it, or above in the lower half.
    const style: React.CSSProperties = {};
    if (mx + 14 + TOOLTIP_W > layout.width && mx > layout.width / 2) style.right = layout.width - mx + 14;
    else style.left = mx + 14;
    if (my > layout.height / 2) style.bottom = layout.height - my + 10;
    else style.top = my + 10;
    tooltip = <Tooltip event={tipEvent} actors={actors} style={style} />;
  }

  const zoomed = transform.k !== 1 || transform.x !== 0;
  const undatedText = model.undatedCount > 0 ? `, ${model.undatedCount} undated` : '';

  return (
    <div
      ref={rootRef}
      className={styles.root}
      data-testid="timeline"
      data-marks={ready ? positions.drawnCount : 0}
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
        <span className={styles.count}>
          {events.length} event{events.length === 1 ? '' : 's'}
          {undatedText}
        </span>
      </div>

      <div
        ref={plotRef}
        className={styles.plot}
        style={{ height: plotH }}
        tabIndex={0}
        role="application"
        aria-label={
          `Timeline of ${events.length} events in ${model.lanes.length} lanes. ` +
          'Left and Right arrows move between events in date order, Up and Down between lanes, ' +
          'Home and End to the first and last event, Enter opens the evidence, Escape clears the focus. ' +
          'Scroll to zoom, drag to pan.'
        }
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={() => setHasFocus(true)}
        onBlur={() => setHasFocus(false)}
      >
        <canvas
          ref={canvasRef}
          data-testid="timeline-canvas"
          // The cursor is set on the canvas (which the pointer is over), not on the plot: a class
          // change on the plot would restyle all of its descendants, the hit divs included.
          className={hovered !== null ? `${styles.layer} ${styles.pointing}` : styles.layer}
          style={{ width: layout.width, height: layout.height }}
          aria-hidden="true"
        />
        <svg className={styles.layer} width={layout.width} height={layout.height} aria-hidden="true">
          {laneLabels}
          <g ref={axisRef} transform={`translate(0,${layout.axisY})`} />
        </svg>
        <div className={styles.hits}>{hitDivs}</div>
        {tooltip}
      </div>

      <svg
        data-testid="timeline-brush"
        className={styles.brush}
        width={Math.max(0, layout.width)}
        height={BRUSH_H}
        aria-label="Time window: drag to select, click outside the selection to clear"
        role="img"
      >
        <rect x={layout.left} y={0.5} width={plotW} height={BRUSH_H - 1} fill="#fff" stroke="#d9d6cf" />
        {overview}
        {ready && zoomed && (
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

      <div aria-live="polite" className={styles.srOnly}>
        {focusedEvent ? announcement(focusedEvent, actors) : ''}
      </div>

      <Legend />
    </div>
  );
}

/** The tooltip of one event; every string goes through React, so article text is escaped. */
function Tooltip({
  event: e,
  actors,
  style,
}: {
  event: TimelineEvent;
  actors: Record<string, ActorLabel>;
  style: React.CSSProperties;
}) {
  const [before, trigger, after] = triggerParts(e);
  const reported = reportedWording(e, actors);
  const flags = flagsWording(e);
  return (
    <div role="tooltip" className={styles.tooltip} style={style}>
      <p className={styles.sentence}>
        {before}
        <strong>{trigger}</strong>
        {after}
      </p>
      <p>{actorsWording(e, actors)}</p>
      {reported && <p className={styles.muted}>{reported}</p>}
      <p>
        <span className={styles.swatch} style={{ background: STANCE_COLOR[e.stance] }} />
        {stanceWording(e)}
      </p>
      {flags && <p>{flags}</p>}
      <p className={styles.muted}>{dateWording(e)}</p>
      <p className={styles.docTitle}>{e.documentTitle}</p>
    </div>
  );
}

/** An SVG path string for a legend glyph. */
function glyph(shape: Shape, r: number): string {
  const p = d3path();
  traceShape(p, shape, 8, 8, r);
  return p.toString();
}

function Legend() {
  return (
    <ul className={styles.legend} aria-label="Legend">
      <li className={styles.legendHead}>Stance</li>
      {STANCES.map((s) => (
        <li key={s}>
          <span className={styles.swatch} style={{ background: STANCE_COLOR[s] }} />
          {s}
        </li>
      ))}
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
    </ul>
  );
}
