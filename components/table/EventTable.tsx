'use client';
/**
 * The events of the current selection as a table: the accessible alternative to the charts. Column
 * headers sort (aria-sort says how); a row is focusable, arrow keys move between rows and Enter
 * opens the evidence. Long selections are shown a page at a time.
 */
import { useMemo, useState } from 'react';
import { stanceColor, stanceLabel } from '@/lib/dashboard/palette';
import { plural } from '@/lib/dashboard/describe';
import type { ActorLabel, TimelineEvent } from '@/lib/dashboard/types';
import { meetsWindow, type TimeWindow } from '@/components/network/model';
import styles from './table.module.css';

type Column = 'date' | 'source' | 'target' | 'stance' | 'type' | 'document';
const COLUMNS: { key: Column; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'source', label: 'Source' },
  { key: 'target', label: 'Target' },
  { key: 'stance', label: 'Stance' },
  { key: 'type', label: 'Type' },
  { key: 'document', label: 'Article' },
];
const PAGE = 50;

export interface EventTableProps {
  events: TimelineEvent[];
  actors: Record<string, ActorLabel>;
  /** The brushed window: rows outside it are left out (sorting is done once, before). */
  window: TimeWindow;
  focused: string | null;
  onFocusChange: (id: string | null) => void;
  onOpen: (id: string) => void;
}

export function namesOf(ids: string[], actors: Record<string, ActorLabel>): string {
  return ids.map((a) => actors[a]?.name ?? a).join(', ') || '—';
}

/** The value a column sorts by; undated events sort last whichever way. */
function keyOf(e: TimelineEvent, col: Column, actors: Record<string, ActorLabel>): string | number | null {
  switch (col) {
    case 'date':
      return e.start;
    case 'source':
      return namesOf(e.source, actors).toLowerCase();
    case 'target':
      return namesOf(e.target, actors).toLowerCase();
    case 'stance':
      return e.stanceScore;
    case 'type':
      return e.type;
    case 'document':
      return e.documentTitle.toLowerCase();
  }
}

export function sortEvents(
  events: TimelineEvent[],
  col: Column,
  dir: 'ascending' | 'descending',
  actors: Record<string, ActorLabel>,
): TimelineEvent[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return events
    .map((e, i) => ({ e, i, k: keyOf(e, col, actors) }))
    .sort((a, b) => {
      if (a.k == null || b.k == null) return a.k == null ? (b.k == null ? a.i - b.i : 1) : -1;
      const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
      return c ? c * sign : a.i - b.i;
    })
    .map((x) => x.e);
}

export default function EventTable({
  events,
  actors,
  window,
  focused,
  onFocusChange,
  onOpen,
}: EventTableProps) {
  const [sort, setSort] = useState<{ col: Column; dir: 'ascending' | 'descending' }>({
    col: 'date',
    dir: 'ascending',
  });
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(() => sortEvents(events, sort.col, sort.dir, actors), [events, sort, actors]);
  const rows = useMemo(
    () => (window.from || window.to ? sorted.filter((e) => meetsWindow(e, window)) : sorted),
    [sorted, window],
  );
  const visible = rows.slice(0, shown);
  // one Tab stop for the whole table (the focused row, else the first); arrows move between rows
  const tabStop = visible.some((e) => e.id === focused) ? focused : visible[0]?.id;

  const move = (from: HTMLTableRowElement, step: number) => {
    const next = (step > 0 ? from.nextElementSibling : from.previousElementSibling) as HTMLElement | null;
    next?.focus();
  };

  if (!rows.length) {
    return (
      <p className={styles.empty} data-testid="event-table-empty">
        No events in this selection: widen the window or the filters.
      </p>
    );
  }
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="event-table">
        <caption>
          {plural(rows.length, 'event')} in the selection
          {rows.length > shown ? ` (showing ${shown})` : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.col === c.key ? sort.dir : 'none'}>
                <button
                  type="button"
                  onClick={() =>
                    setSort((s) => ({
                      col: c.key,
                      dir: s.col === c.key && s.dir === 'ascending' ? 'descending' : 'ascending',
                    }))
                  }
                >
                  {c.label}
                  <span aria-hidden="true">
                    {sort.col === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* rows keyed by position: a brush or a sort then rewrites the text of the rows there
              are, instead of removing them and building new ones (the page of 50 is redrawn on
              every brush) */}
          {visible.map((e, i) => (
            <tr
              key={i}
              tabIndex={e.id === tabStop ? 0 : -1}
              data-event-id={e.id}
              aria-selected={focused === e.id}
              className={focused === e.id ? styles.focused : undefined}
              onFocus={() => onFocusChange(e.id)}
              onClick={() => onOpen(e.id)}
              onKeyDown={(k) => {
                if (k.key === 'Enter' || k.key === ' ') {
                  k.preventDefault();
                  onOpen(e.id);
                } else if (k.key === 'ArrowDown') {
                  k.preventDefault();
                  move(k.currentTarget, 1);
                } else if (k.key === 'ArrowUp') {
                  k.preventDefault();
                  move(k.currentTarget, -1);
                }
              }}
            >
              <td>{e.value ?? 'undated'}</td>
              <td>{namesOf(e.source, actors)}</td>
              <td>{namesOf(e.target, actors)}</td>
              <td className={styles.stanceCell}>
                <span
                  className={styles.swatch}
                  style={{ background: stanceColor(e.stance) }}
                  aria-hidden="true"
                />
                {e.stance === null ? (
                  stanceLabel(e)
                ) : (
                  <>
                    {e.stance} ({e.stanceScore > 0 ? '+' : ''}
                    {e.stanceScore})
                  </>
                )}
              </td>
              <td>{e.type}</td>
              <td className={styles.title}>{e.documentTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" className={styles.more} onClick={() => setShown((s) => s + PAGE * 5)}>
          Show more ({(rows.length - shown).toLocaleString('en-GB')} left)
        </button>
      )}
    </div>
  );
}
