'use client';

/**
 * The timeline's tooltip, in a component of its own so that hovering re-renders it alone: the
 * timeline calls `show`/`hide` on its handle from pointer events, and its 10k marks, hit divs and
 * labels are left untouched. The tooltip is fixed to the viewport and placed after it is measured:
 * right of and below its anchor, flipped to the left or above where it would leave the viewport,
 * then clamped inside it, so on a 390-px phone it is never cut.
 */
import { useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { stanceColor } from '@/lib/dashboard/palette';
import type { ActorLabel, TimelineEvent } from '@/lib/dashboard/types';
import {
  actorsWording,
  dateWording,
  flagsWording,
  formatUtc,
  DAY,
  placeTooltip,
  reportedWording,
  stanceWording,
  triggerParts,
} from './model';
import styles from './Timeline.module.css';

/** What a tooltip shows. */
export type TipContent =
  | { kind: 'event'; event: TimelineEvent }
  /** A "+N" badge: how many marks it stands for and the dates they cover (UTC ms). */
  | { kind: 'badge'; count: number; t0: number; t1: number };

export interface TipTarget {
  /** A stable key of what is shown (a mark or badge index), so an unchanged target is not re-rendered. */
  key: string;
  content: TipContent;
  /** Where it points, in viewport pixels; read when the tooltip is placed, after it renders. */
  anchor: () => { x: number; y: number } | null;
}

/** What the timeline calls from its pointer handlers. */
export interface TipHandle {
  show(target: TipTarget): void;
  hide(): void;
}

export function TooltipLayer({
  handle,
  actors,
  fallback,
}: {
  handle: Ref<TipHandle>;
  actors: Record<string, ActorLabel>;
  /** Shown when nothing is hovered: the keyboard focus, while the plot has it. */
  fallback: TipTarget | null;
}) {
  const [hover, setHover] = useState<TipTarget | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useImperativeHandle(
    handle,
    () => ({
      // flushSync: the tooltip is in the DOM when the pointer event's handler returns, not a
      // scheduler task later (pointermove is a continuous event, which React would batch).
      show: (t) => flushSync(() => setHover((old) => (old?.key === t.key ? old : t))),
      hide: () => setHover(null),
    }),
    [],
  );
  const tip = hover ?? fallback;

  // Placed from its own measured size, directly on the element (no second render), in the next
  // animation frame: measuring it at once would force a layout of the whole page inside the pointer
  // event, where the frame's own layout does the same work once, just before it is painted. Placed
  // again when the page or the plot scrolls, or the window changes size: it is fixed to the viewport
  // and its anchor is not.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !tip) return;
    el.style.visibility = 'hidden';
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const a = tip.anchor();
        const root = document.documentElement;
        // An anchor scrolled out of sight takes its tooltip with it.
        if (!a || a.y < 0 || a.y > window.innerHeight || a.x < 0 || a.x > root.clientWidth) {
          el.style.visibility = 'hidden';
          return;
        }
        const { left, top } = placeTooltip(
          a,
          { w: el.offsetWidth, h: el.offsetHeight },
          { w: root.clientWidth, h: window.innerHeight },
        );
        el.style.left = `${left}px`;
        el.style.top = `${top}px`;
        el.style.visibility = 'visible';
      });
    };
    place();
    addEventListener('scroll', place, { capture: true, passive: true });
    addEventListener('resize', place);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', place, { capture: true });
      removeEventListener('resize', place);
    };
  }, [tip]);

  if (!tip) return null;
  return (
    <div ref={ref} role="tooltip" className={styles.tooltip}>
      {tip.content.kind === 'event' ? (
        <EventTip event={tip.content.event} actors={actors} />
      ) : (
        <BadgeTip {...tip.content} />
      )}
    </div>
  );
}

/** The tooltip of one event; every string goes through React, so article text is escaped. */
function EventTip({ event: e, actors }: { event: TimelineEvent; actors: Record<string, ActorLabel> }) {
  const [before, trigger, after] = triggerParts(e);
  const reported = reportedWording(e, actors);
  const flags = flagsWording(e);
  return (
    <>
      <p className={styles.sentence}>
        {before}
        <strong>{trigger}</strong>
        {after}
      </p>
      <p>{actorsWording(e, actors)}</p>
      {reported && <p className={styles.muted}>{reported}</p>}
      <p>
        <span className={styles.swatch} style={{ background: stanceColor(e.stance) }} />
        {stanceWording(e)}
      </p>
      {flags && <p>{flags}</p>}
      <p className={styles.muted}>{dateWording(e)}</p>
      <p className={styles.docTitle}>{e.documentTitle}</p>
    </>
  );
}

function BadgeTip({ count, t0, t1 }: { count: number; t0: number; t1: number }) {
  const a = formatUtc(t0, 'd MMM yyyy');
  const b = formatUtc(t1 - DAY, 'd MMM yyyy');
  return (
    <>
      <p>
        <strong>
          {count} more event{count === 1 ? '' : 's'}
        </strong>{' '}
        {a === b ? `on ${a}` : `from ${a} to ${b}`}
      </p>
      <p className={styles.muted}>Click, or zoom in, to see each of them.</p>
    </>
  );
}
