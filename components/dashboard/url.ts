'use client';
/**
 * The dashboard's state lives in the URL. Filters that change what the server selects (actors,
 * stance, …) navigate, so the page re-renders on the server; the time window, the lanes and the
 * open event only change what the browser shows, so they are written with history.pushState
 * (which Next.js keeps in step with useSearchParams) and cost no round trip. Both keep Back and
 * Forward working.
 */
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useOptimistic, useState, useTransition } from 'react';
import { EMPTY_FILTERS, boundOf, parseFilters, serializeFilters, type Filters } from '@/lib/filters';
import { parseGrouping, writeGrouping, type Grouping } from '@/components/network/group';

export interface ViewState {
  filters: Filters;
  lanes: 'actor' | 'pair';
  /** The event whose evidence is open. */
  event: string | null;
  /** The network's grouping of actors by country, and the countries opened up. */
  grouping: Grouping;
}

/** Parameters that only the browser reads. */
const LOCAL = ['from', 'to', 'lanes', 'event', 'group', 'expand'];

export function queryOf(state: ViewState): string {
  const p = serializeFilters(state.filters);
  if (state.lanes === 'pair') p.set('lanes', 'pair');
  if (state.event) p.set('event', state.event);
  writeGrouping(p, state.grouping);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function useViewState() {
  const params = useSearchParams();
  const router = useRouter();
  // a navigation re-renders the page on the server: the old view stays up meanwhile, marked pending
  const [pending, startTransition] = useTransition();
  // A brushed window shows at once: Next.js applies a pushState to useSearchParams in a
  // transition (rendered in slices, after other work), so the window is also kept here, for as
  // long as the URL it was brushed on is the current one (Back or any navigation drops it).
  // The same holds for everything `show` writes (lanes, the open event, the grouping): what was
  // shown is kept until the URL it was shown on moves on.
  const [brushed, setBrushed] = useState<{ on: string; from: string | null; to: string | null } | null>(null);
  const [shown, setShown] = useState<{ on: string; state: Omit<ViewState, 'filters'> } | null>(null);
  const key = params.toString();
  // the URL moved on (the push landed, or Back): it says what the window is from now
  if (brushed && brushed.on !== key) setBrushed(null);
  if (shown && shown.on !== key) setShown(null);
  const fromUrl: ViewState = useMemo(() => {
    const parsed = parseFilters(new URLSearchParams(key));
    const filters = parsed.ok ? parsed.value : EMPTY_FILTERS;
    const local =
      shown?.on === key
        ? shown.state
        : {
            lanes: params.get('lanes') === 'pair' ? ('pair' as const) : ('actor' as const),
            event: params.get('event'),
            grouping: parseGrouping(params),
          };
    return {
      filters: brushed?.on === key ? { ...filters, from: brushed.from, to: brushed.to } : filters,
      ...local,
    };
  }, [params, key, brushed, shown]);
  // Controls answer at once: while a navigation is on its way to the server, the state it asked
  // for is shown (a ticked box stays ticked); the URL follows, and wins when it lands.
  const [state, showAhead] = useOptimistic(fromUrl, (_: ViewState, next: ViewState) => next);

  /** Changes filters the server selects with: a navigation. */
  const navigate = useCallback(
    (next: Partial<ViewState>) => {
      const target = { ...state, ...next, event: next.event ?? null };
      startTransition(() => {
        showAhead(target);
        router.push(`/${queryOf(target)}`, { scroll: false });
      });
    },
    [router, state, showAhead],
  );

  /** Changes what only the browser shows: a history entry, no round trip. */
  const show = useCallback(
    (next: Partial<ViewState>) => {
      const merged = { ...state, ...next, filters: { ...state.filters, ...(next.filters ?? {}) } };
      const current = new URLSearchParams(window.location.search);
      const target = new URLSearchParams(queryOf(merged).slice(1));
      // only the local parameters may differ; anything else is a navigation
      const same = [...new Set([...current.keys(), ...target.keys()])].every(
        (k) => LOCAL.includes(k) || current.getAll(k).join(',') === target.getAll(k).join(','),
      );
      if (!same) return navigate(merged);
      setShown({ on: key, state: { lanes: merged.lanes, event: merged.event, grouping: merged.grouping } });
      window.history.pushState(null, '', `/${queryOf(merged)}`);
    },
    [state, navigate, key],
  );

  const setWindow = useCallback(
    (from: string | null, to: string | null) => {
      const bounds = { from: from ? boundOf(from, false) : null, to: to ? boundOf(to, true) : null };
      setBrushed({ on: key, ...bounds });
      // the views redraw in this task; the history entry (which Next.js turns into a router
      // update of its own) follows in the next one
      setTimeout(() => show({ filters: { ...state.filters, ...bounds } }), 0);
    },
    [show, state.filters, key],
  );

  return { state, navigate, show, setWindow, pending };
}
