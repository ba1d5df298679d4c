/**
 * The words of the network: accessible names of nodes and edges, date ranges. Names are never
 * shortened (lib/graph/labels.ts wraps them instead).
 * Plain strings; React escapes them where they are shown.
 */
import { dominantStance, type EdgeView, type NodeView } from './model';

/** "1 event", "12 events". */
export function eventsText(n: number): string {
  return `${n} event${n === 1 ? '' : 's'}`;
}

/** "Vladimir Putin, person, RUS, 12 events" (the country left out when unknown). */
export function nodeAriaLabel(v: Pick<NodeView, 'name' | 'kind' | 'country' | 'events'>): string {
  return [v.name, v.kind, v.country, eventsText(v.events)].filter(Boolean).join(', ');
}

/** "Mostly cooperative", or "mixed" on a tie. */
export function stanceSummary(e: Pick<EdgeView, 'cooperative' | 'neutral' | 'hostile'>): string {
  const d = dominantStance(e);
  return d ? `mostly ${d}` : 'mixed';
}

/** "Vladimir Putin to Donald Trump, 4 events, mostly cooperative". */
export function edgeAriaLabel(sourceName: string, targetName: string, e: EdgeView): string {
  return `${sourceName} to ${targetName}, ${eventsText(e.events)}, ${stanceSummary(e)}`;
}

/** "2016-11-14 – 2017-01-20", one day alone, or "undated". */
export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (!first || !last || first === last) return (first ?? last)!;
  return `${first} – ${last}`;
}

/** A mean score with its sign: "+3.2", "−1.5", "0.0". */
export function scoreText(score: number): string {
  const v = Math.round(score * 10) / 10;
  if (v > 0) return `+${v.toFixed(1)}`;
  if (v < 0) return `−${Math.abs(v).toFixed(1)}`;
  return '0.0';
}
