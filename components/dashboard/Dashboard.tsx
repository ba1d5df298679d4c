'use client';
/**
 * The dashboard's interactive part: it holds what the URL does not (the event under the keyboard
 * focus) and links the views — the brush sets the window the network and the table follow, a node
 * click filters by its actor, an edge click by its pair, and any event opens its evidence.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { EMPTY_FILTERS, serializeFilters } from '@/lib/filters';
import { UNCODED_TYPE } from '@/lib/model/vocabulary';
import type { DashboardData } from '@/lib/dashboard/types';
import EvidencePanel from '@/components/evidence/EvidencePanel';
import ExportMenu from '@/components/export/ExportMenu';
import FiltersBar from '@/components/filters/FiltersBar';
import Network from '@/components/network/Network';
import EventTable from '@/components/table/EventTable';
import Timeline from '@/components/timeline/Timeline';
import { meetsWindow } from '@/components/network/model';
import { plural, readableDate } from '@/lib/dashboard/describe';
import type { Filters } from '@/lib/filters';
import { useViewState } from './url';
import styles from './dashboard.module.css';

export default function Dashboard({ data: page }: { data: DashboardData }) {
  const data = useWholeView(page);
  const loading = data.pending != null;
  const hydrated = useHydrated();
  const { state, navigate, show, setWindow, pending } = useViewState();
  const { filters } = state;
  const [focused, setFocused] = useState<string | null>(null);
  // on a phone the filters are a drawer, closed until asked for (always open on wider screens)
  const [filtersOpen, setFiltersOpen] = useState(false);
  const timeWindow = useMemo(() => ({ from: filters.from, to: filters.to }), [filters.from, filters.to]);
  const byId = useMemo(() => new Map(data.events.map((e) => [e.id, e])), [data.events]);
  const open = state.event ? byId.get(state.event) : undefined;
  const exportQuery = serializeFilters(filters).toString();
  // the summary counts what the table lists: the events of the filters, inside the brushed window
  const inWindow = useMemo(() => {
    if (!timeWindow.from && !timeWindow.to) return null;
    let n = 0;
    for (const e of data.events) if (meetsWindow(e, timeWindow)) n++;
    return n;
  }, [data.events, timeWindow]);
  const active = activeFilters(filters);

  return (
    <div className={styles.dashboard} aria-busy={pending || loading} data-complete={!loading}>
      <button
        type="button"
        className={styles.filtersToggle}
        aria-expanded={filtersOpen}
        aria-controls="filters"
        onClick={() => setFiltersOpen((o) => !o)}
      >
        Filters{active ? ` · ${active} active` : ''} {filtersOpen ? '▴' : '▾'}
      </button>
      <div id="filters" className={filtersOpen ? undefined : styles.filtersClosed}>
        <FiltersBar
          filters={filters}
          actors={data.actors}
          types={data.types}
          documents={data.documents}
          uncoded={data.types.some((t) => t.startsWith(UNCODED_TYPE))}
          onChange={(f) => navigate({ filters: f })}
          onWindow={setWindow}
          onReset={() => navigate({ filters: EMPTY_FILTERS, lanes: 'actor' })}
        />
      </div>
      <div className={styles.toolbar}>
        <p className={styles.summary} role="status" aria-live="polite">
          {pending
            ? 'Updating…'
            : loading
              ? `Loading all ${plural(data.events.length + (data.pending ?? 0), 'event')} (${data.events.length} shown)…`
              : inWindow == null
                ? `${plural(data.events.length, 'event')} ${data.events.length === 1 ? 'matches' : 'match'} the filters`
                : `${plural(inWindow, 'event')} in the window ${windowInWords(timeWindow)}, of ${plural(data.events.length, 'event')} that match the filters`}
          {data.eventsTruncated &&
            !pending &&
            ` (the first ${data.events.length} are shown: narrow the filters)`}
        </p>
        {(timeWindow.from || timeWindow.to) && (
          <button type="button" onClick={() => setWindow(null, null)}>
            Clear the window
          </button>
        )}
        <ExportMenu
          events={data.events}
          actors={data.actors}
          lanes={state.lanes}
          window={timeWindow}
          query={exportQuery}
        />
      </div>

      <section aria-labelledby="timeline-h" className={styles.panel}>
        <h2 id="timeline-h" className={styles.h}>
          Timeline
        </h2>
        <Timeline
          events={data.events}
          actors={data.actors}
          lanes={state.lanes}
          onLanesChange={(lanes) => show({ lanes })}
          window={timeWindow}
          onWindowChange={setWindow}
          focused={focused}
          onFocusChange={setFocused}
          onOpen={(id) => show({ event: id })}
        />
      </section>

      <div className={styles.columns}>
        <section aria-labelledby="network-h" className={styles.panel}>
          <h2 id="network-h" className={styles.h}>
            Relations
            {data.network.truncated && (
              <span className={styles.note}> — the {data.network.nodes.length} most active actors</span>
            )}
          </h2>
          {/* drawn in the browser only, like the timeline's canvas: its SVG (hundreds of
              edges) was half of every page's HTML */}
          {!hydrated || loading ? (
            <div className={styles.placeholder} style={{ height: 460 }} aria-busy="true" />
          ) : (
            <Network
              nodes={data.network.nodes}
              edges={data.network.edges}
              events={data.events}
              actors={data.actors}
              window={timeWindow}
              selectedActors={filters.actors}
              selectedPair={filters.pair}
              onNodeClick={(id) =>
                navigate({
                  filters: {
                    ...filters,
                    actors: filters.actors.includes(id)
                      ? filters.actors.filter((a) => a !== id)
                      : [...filters.actors, id],
                  },
                })
              }
              onEdgeClick={(a, b) => navigate({ filters: { ...filters, pair: { a, b, directed: true } } })}
              grouping={state.grouping}
              onGroupingChange={(grouping) => show({ grouping })}
              height={460}
            />
          )}
        </section>
        <section aria-labelledby="table-h" className={styles.panel}>
          <h2 id="table-h" className={styles.h}>
            Events
          </h2>
          <EventTable
            events={data.events}
            actors={data.actors}
            window={timeWindow}
            focused={focused}
            onFocusChange={setFocused}
            onOpen={(id) => show({ event: id })}
          />
        </section>
      </div>

      <IndexProgress running={data.index.running} done={data.index.done} total={data.index.total} />

      {open && (
        <EvidencePanel
          key={open.id}
          event={open}
          actors={data.actors}
          onClose={() => show({ event: null })}
          onOpen={(id) => show({ event: id })}
        />
      )}
    </div>
  );
}

const noSubscription = () => () => {};
/** False while rendering on the server and hydrating, true once the page runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * The page's HTML carries a sample of a large view (`pending` events left out): fetch the whole
 * view from the same URL's /api/dashboard and show it. New page data (a navigation, a refresh)
 * starts again from its own sample.
 */
function useWholeView(page: DashboardData): DashboardData {
  const [whole, setWhole] = useState<{ for: DashboardData; data: DashboardData } | null>(null);
  useEffect(() => {
    if (page.pending == null) return;
    const ctl = new AbortController();
    fetch(`/api/dashboard${page.query ? `?${page.query}` : ''}`, { signal: ctl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<DashboardData>) : null))
      .then((data) => {
        if (data) setWhole({ for: page, data });
      })
      .catch(() => {
        /* aborted, or offline: the sample stays, and says so */
      });
    return () => ctl.abort();
  }, [page]);
  return whole?.for === page ? whole.data : page;
}

/** While the indexer runs, asks for its progress and refreshes the data as documents arrive. */
function IndexProgress(props: { running: boolean; done: number; total: number }) {
  const router = useRouter();
  // what the last poll said; the server's figures until the first one
  const [polled, setPolled] = useState<typeof props | null>(null);
  const now = polled ?? props;
  const running = now.running;
  useEffect(() => {
    if (!running) return;
    let last = -1;
    const timer = setInterval(async () => {
      try {
        const r = await fetch('/api/status', { cache: 'no-store' });
        const s = ((await r.json()) as { index: typeof props }).index;
        setPolled(s);
        if (s.done !== last || !s.running) router.refresh();
        last = s.done;
      } catch {
        /* the next tick tries again */
      }
    }, 2000);
    return () => clearInterval(timer);
  }, [running, router]);
  if (!now.running) return null;
  return (
    <p role="status" className={styles.note}>
      Indexing: {now.done} of {now.total} documents <progress max={now.total || 1} value={now.done} />
    </p>
  );
}

/** How many filters restrict the view (each actor, the pair, each list, dates, words, document). */
function activeFilters(f: Filters): number {
  return (
    f.actors.length +
    (f.pair ? 1 : 0) +
    f.stance.length +
    f.quad.length +
    f.type.length +
    (f.from || f.to ? 1 : 0) +
    (f.q ? 1 : 0) +
    (f.document ? 1 : 0)
  );
}

/** "14 Nov 2016 to 30 Nov 2016", "from 14 Nov 2016". */
function windowInWords(w: { from: string | null; to: string | null }): string {
  if (w.from && w.to) return `${readableDate(w.from)} to ${readableDate(w.to)}`;
  return w.from ? `from ${readableDate(w.from)}` : `up to ${readableDate(w.to!)}`;
}
