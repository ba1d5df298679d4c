/**
 * What the network's tooltip says about a node or an edge. All text goes through React, which
 * escapes it: an article's sentence can never run as markup here.
 */
import type { ReactNode } from 'react';
import { STANCE_COLOR } from '@/lib/dashboard/palette';
import type { ActorLabel, Stance, TimelineEvent } from '@/lib/dashboard/types';
import { dateRange, eventsText, scoreText } from './labels';
import type { EdgeView, NodeView } from './model';
import styles from './network.module.css';

const STANCES: Stance[] = ['cooperative', 'neutral', 'hostile'];

/** Evidence sentences shown for an edge. */
const EVIDENCE = 3;
/** Characters kept either side of the trigger in a long sentence. */
const CONTEXT = 110;

function StanceCounts({ counts }: { counts: Record<Stance, number> }) {
  return (
    <ul className={styles.tipStances}>
      {STANCES.map((s) => (
        <li key={s}>
          <span className={styles.swatch} style={{ background: STANCE_COLOR[s] }} aria-hidden="true" />
          {counts[s]} {s}
        </li>
      ))}
    </ul>
  );
}

/**
 * The sentence with its trigger in <strong>. A long sentence is cut to the trigger's surroundings
 * (at word breaks) so three of them fit a tooltip; offsets out of range show the sentence plain.
 */
export function Evidence({ event }: { event: TimelineEvent }): ReactNode {
  const text = event.sentence;
  const { start, end } = event.trigger;
  if (!(start >= 0 && end > start && end <= text.length)) return clip(text, 0, text.length);
  const from = cutStart(text, start - CONTEXT);
  const to = cutEnd(text, end + CONTEXT);
  return (
    <>
      {from > 0 ? '…' : ''}
      {text.slice(from, start)}
      <strong>{text.slice(start, end)}</strong>
      {text.slice(end, to)}
      {to < text.length ? '…' : ''}
    </>
  );
}

/** A plain sentence, cut to about twice CONTEXT. */
function clip(text: string, from: number, to: number): ReactNode {
  const end = cutEnd(text, Math.min(to, from + 2 * CONTEXT));
  return end < text.length ? `${text.slice(from, end)}…` : text;
}

/** The first word break at or after `i` (0 when `i` is before the start). */
function cutStart(text: string, i: number): number {
  if (i <= 0) return 0;
  const space = text.indexOf(' ', i);
  return space < 0 ? i : space + 1;
}

/** The last word break at or before `i` (the end when `i` is past it). */
function cutEnd(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const space = text.lastIndexOf(' ', i);
  return space <= 0 ? i : space;
}

/** Members of a group listed by name in its tooltip; the rest are counted. */
const MEMBERS = 8;

export function NodeTip({
  node,
  windowed,
  actor,
}: {
  node: NodeView;
  windowed: boolean;
  /** The actor's label, for its CAMEO code and how the code was reached. */
  actor?: ActorLabel;
}) {
  const members = node.members;
  return (
    <>
      <p className={styles.tipTitle}>{node.name}</p>
      {members ? (
        <>
          <p className={styles.tipMeta}>
            {node.country} · {members.length} actors grouped (click to show them)
          </p>
          <p>
            {members
              .slice(0, MEMBERS)
              .map((m) => m.name)
              .join(', ')}
            {members.length > MEMBERS ? ` and ${members.length - MEMBERS} more` : ''}
          </p>
        </>
      ) : (
        <p className={styles.tipMeta}>
          {node.kind}
          {node.country ? ` · ${node.country}` : ''}
        </p>
      )}
      <p>
        {eventsText(node.events)} with a relation{windowed ? ' in the time window' : ''}
      </p>
      {node.stances ? <StanceCounts counts={node.stances} /> : null}
      <p className={styles.tipMeta}>{dateRange(node.firstDate, node.lastDate)}</p>
      {actor?.code ? (
        <p className={styles.tipMeta} data-testid="actor-code">
          {/* a user's dictionary may code outside CAMEO: its code is named as a code */}
          {actor.trail?.[0]?.startsWith('from the user dictionary') ? 'Code' : 'CAMEO'} {actor.code}
          {actor.trail?.length ? `: ${actor.trail.join('; ')}` : ''}
        </p>
      ) : null}
    </>
  );
}

export function EdgeTip({
  edge,
  sourceName,
  targetName,
}: {
  edge: EdgeView;
  sourceName: string;
  targetName: string;
}) {
  const evidence = edge.items.slice(0, EVIDENCE);
  return (
    <>
      <p className={styles.tipTitle}>
        {sourceName} → {targetName}
      </p>
      <p>
        {eventsText(edge.events)} · mean score {scoreText(edge.meanScore)}
      </p>
      <StanceCounts counts={edge} />
      <p className={styles.tipMeta}>{dateRange(edge.firstDate, edge.lastDate)}</p>
      {evidence.length ? (
        <ol className={styles.tipEvidence}>
          {evidence.map((e) => (
            <li key={e.id}>
              <Evidence event={e} />
              <span className={styles.tipMeta}>
                {' '}
                — {e.documentTitle}
                {e.value ? `, ${e.value}` : ''}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
