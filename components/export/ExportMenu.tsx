'use client';
/**
 * Export: the timeline and the network as SVG or PNG (drawn in the browser from what is shown),
 * the filtered events as CSV or JSON (streamed by /api/export with the same filters and window).
 */
import { useState } from 'react';
import type { ActorLabel, TimelineEvent } from '@/lib/dashboard/types';
import { exportNetworkSvg } from '@/components/network/export';
import { svgToPngBlob, timelineSvg } from '@/components/timeline/export';
import { describeView } from '@/lib/dashboard/describe';
import { EMPTY_FILTERS, parseFilters } from '@/lib/filters';
import styles from './export.module.css';

export interface ExportMenuProps {
  events: TimelineEvent[];
  actors: Record<string, ActorLabel>;
  lanes: 'actor' | 'pair';
  window: { from: string | null; to: string | null };
  /** The filters as a query string (window included), for /api/export. */
  query: string;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const svgBlob = (svg: string) => new Blob([svg], { type: 'image/svg+xml' });

export default function ExportMenu({ events, actors, lanes, window, query }: ExportMenuProps) {
  const [error, setError] = useState('');
  const run = (what: () => Promise<void> | void) => async () => {
    setError('');
    try {
      await what();
    } catch (e) {
      setError(`The export failed: ${(e as Error).message}`);
    }
  };
  // The timeline's picture carries the view in words: the filters come back from the query string.
  const timelinePicture = () => {
    const parsed = parseFilters(new URLSearchParams(query));
    const view = describeView(parsed.ok ? parsed.value : EMPTY_FILTERS, (id) => actors[id]?.name, window);
    return timelineSvg(events, actors, lanes, window, view);
  };
  const networkSvg = () => {
    const el = document.querySelector<SVGSVGElement>('[data-testid="network-svg"]');
    if (!el) throw new Error('the network is not drawn');
    // the caption: the view in words (the query carries the window too)
    const parsed = parseFilters(new URLSearchParams(query));
    const view = describeView(parsed.ok ? parsed.value : EMPTY_FILTERS, (id) => actors[id]?.name, window);
    return exportNetworkSvg(el, view);
  };
  const q = query ? `&${query}` : '';
  return (
    <details className={styles.menu}>
      <summary>Export</summary>
      <ul>
        <li>
          Timeline:{' '}
          <button
            type="button"
            onClick={run(() => save(svgBlob(timelinePicture().svg), 'detente-timeline.svg'))}
          >
            SVG
          </button>{' '}
          <button
            type="button"
            onClick={run(async () => {
              const t = timelinePicture();
              save(await svgToPngBlob(t.svg, t.width * 2, t.height * 2), 'detente-timeline.png');
            })}
          >
            PNG
          </button>
        </li>
        <li>
          Network:{' '}
          <button type="button" onClick={run(() => save(svgBlob(networkSvg().svg), 'detente-network.svg'))}>
            SVG
          </button>{' '}
          <button
            type="button"
            onClick={run(async () => {
              const n = networkSvg();
              save(await svgToPngBlob(n.svg, n.width * 2, n.height * 2), 'detente-network.png');
            })}
          >
            PNG
          </button>
        </li>
        <li>
          Events:{' '}
          <a href={`/api/export?format=csv${q}`} download="detente-events.csv">
            CSV
          </a>{' '}
          <a href={`/api/export?format=json${q}`} download="detente-events.json">
            JSON
          </a>
        </li>
      </ul>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </details>
  );
}
