'use client';
/**
 * The evidence of one event: the whole article, the event's sentence highlighted with its trigger,
 * the article's other events marked, and a link to the source. A non-modal dialog: it takes the
 * focus when it opens, Escape closes it, and the focus goes back where it was.
 */
import { useEffect, useRef, useState } from 'react';
import type { Stance } from '@/lib/model';
import type { ActorLabel, TimelineEvent } from '@/lib/dashboard/types';
import { namesOf } from '@/components/table/EventTable';
import { stanceLabel } from '@/lib/dashboard/palette';
import { segments, safeHref, type Range } from './segments';
import styles from './evidence.module.css';

interface DocumentDetail {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
  events: {
    id: string;
    span: [number, number];
    triggerSpan: [number, number];
    type: string;
    stance: Stance | null;
  }[];
}

export interface EvidencePanelProps {
  event: TimelineEvent;
  actors: Record<string, ActorLabel>;
  onClose: () => void;
  /** Opens another event of the same article. */
  onOpen: (id: string) => void;
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; doc: DocumentDetail };

export default function EvidencePanel({ event, actors, onClose, onOpen }: EvidencePanelProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const panel = useRef<HTMLElement>(null);
  const current = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    panel.current?.focus();
    return () => {
      const back = opener.current as HTMLElement | null;
      if (back && back.isConnected) back.focus();
    };
  }, []);

  useEffect(() => {
    // the panel is keyed by event: a new event mounts a new panel, which starts in 'loading'
    const ctl = new AbortController();
    fetch(`/api/documents/${encodeURIComponent(event.documentId)}`, { signal: ctl.signal })
      .then(async (r) => {
        if (!r.ok) {
          const body = (await r.json().catch(() => null)) as { detail?: string } | null;
          throw new Error(body?.detail ?? `the server answered ${r.status}`);
        }
        return (await r.json()) as DocumentDetail;
      })
      .then((doc) => setLoad({ state: 'ok', doc }))
      .catch((e: Error) => e.name !== 'AbortError' && setLoad({ state: 'error', message: e.message }));
    return () => ctl.abort();
  }, [event.documentId]);

  useEffect(() => {
    // the article scrolls in its own box, to the sentence: the title and the facts above it (who,
    // stance, when) stay where they are, in view
    const mark = current.current;
    const box = mark?.closest<HTMLElement>('[data-testid="evidence-text"]');
    if (load.state === 'ok' && mark && box)
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  }, [load, event.id]);

  const href = load.state === 'ok' ? safeHref(load.doc.url) : null;
  return (
    <aside
      ref={panel}
      className={styles.panel}
      role="dialog"
      aria-modal="false"
      aria-labelledby="evidence-title"
      tabIndex={-1}
      data-testid="evidence"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className={styles.head}>
        <h2 id="evidence-title">Evidence</h2>
        <button type="button" onClick={onClose} aria-label="Close the evidence">
          ×
        </button>
      </header>
      <dl className={styles.facts}>
        <dt>Who</dt>
        <dd>
          {namesOf(event.source, actors)} {event.symmetric ? '↔' : '→'} {namesOf(event.target, actors)}
        </dd>
        {event.reportedBy && (
          <>
            <dt>Reported by</dt>
            <dd>{actors[event.reportedBy]?.name ?? event.reportedBy}</dd>
          </>
        )}
        <dt>Stance</dt>
        <dd>
          {event.stance} ({event.stanceScore > 0 ? '+' : ''}
          {event.stanceScore}){event.negated ? ', negated' : ''}
          {event.alleged ? ', alleged' : ''}
          {event.modality === 'hypothetical' || event.modality === 'conditional' ? `, ${event.modality}` : ''}
        </dd>
        <dt>When</dt>
        <dd>{event.value ?? 'undated'}</dd>
        <dt>Article</dt>
        <dd>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {event.documentTitle}
            </a>
          ) : (
            event.documentTitle
          )}{' '}
          · <a href={`/documents/${encodeURIComponent(event.documentId)}`}>its events and dates</a>
        </dd>
      </dl>
      {load.state === 'loading' && (
        <p role="status" className={styles.muted}>
          Loading the article…
        </p>
      )}
      {load.state === 'error' && (
        <p role="alert" className={styles.error}>
          The article could not be loaded: {load.message}
        </p>
      )}
      {load.state === 'ok' && <ArticleText doc={load.doc} event={event} current={current} onOpen={onOpen} />}
    </aside>
  );
}

function ArticleText({
  doc,
  event,
  current,
  onOpen,
}: {
  doc: DocumentDetail;
  event: TimelineEvent;
  current: React.RefObject<HTMLElement | null>;
  onOpen: (id: string) => void;
}) {
  const ranges: Range[] = [
    { start: event.span[0], end: event.span[1], kind: styles.sentence! },
    {
      start: event.span[0] + event.trigger.start,
      end: event.span[0] + event.trigger.end,
      kind: styles.trigger!,
    },
    ...doc.events
      .filter((e) => e.id !== event.id)
      .map((e) => ({
        start: e.triggerSpan[0],
        end: e.triggerSpan[1],
        kind: `${styles.other} ${(e.stance && styles[e.stance]) ?? ''}`,
        label: `${e.id}|${e.type} (${stanceLabel(e)})`,
      })),
  ];
  const runs = segments(doc.text.length, ranges);
  const firstCurrent = runs.findIndex((r) => r.kinds.includes(styles.sentence!));
  return (
    <div className={styles.text} data-testid="evidence-text">
      {runs.map((run, i) => {
        const text = doc.text.slice(run.start, run.end);
        if (!run.kinds.length) return text;
        const isCurrent = run.kinds.includes(styles.sentence!);
        const other = run.labels[0];
        const ref = i === firstCurrent ? current : undefined;
        return (
          <mark
            key={run.start}
            ref={ref}
            className={run.kinds.join(' ')}
            data-current={isCurrent || undefined}
            title={other ? other.split('|')[1] : undefined}
            onClick={other ? () => onOpen(other.split('|')[0]!) : undefined}
          >
            {text}
          </mark>
        );
      })}
    </div>
  );
}
