/**
 * The key under the network: what the colours, the shapes and the arrows mean. Colour is never the
 * only cue (the stance is named beside its swatch; kinds are told by shape).
 */
import { STANCE_COLOR } from '@/lib/dashboard/palette';
import type { Stance } from '@/lib/dashboard/types';
import { glyphPath, type Shape } from './geometry';
import styles from './network.module.css';

const STANCE_TEXT: Record<Stance, string> = {
  cooperative: 'cooperative (mean score ≥ 1)',
  neutral: 'neutral',
  hostile: 'hostile (mean score ≤ −1)',
};

/** Kinds that share a shape are listed together. */
const KINDS: { shape: Shape; label: string }[] = [
  { shape: 'circle', label: 'person, other' },
  { shape: 'square', label: 'country' },
  { shape: 'hexagon', label: 'organisation, media' },
  { shape: 'triangle', label: 'group' },
];

function Glyph({ shape }: { shape: Shape }) {
  const d = glyphPath(shape, 6);
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" className={styles.legendGlyph}>
      {d ? <path d={d} /> : <circle r={6} />}
    </svg>
  );
}

export function Legend() {
  return (
    <div className={styles.legend}>
      <ul aria-label="Stance of a relation">
        {(Object.keys(STANCE_COLOR) as Stance[]).map((s) => (
          <li key={s}>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="21" y2="5" stroke={STANCE_COLOR[s]} strokeWidth="3" />
            </svg>
            {STANCE_TEXT[s]}
          </li>
        ))}
      </ul>
      <ul aria-label="Kind of actor">
        {KINDS.map((k) => (
          <li key={k.shape}>
            <Glyph shape={k.shape} />
            {k.label}
          </li>
        ))}
      </ul>
      <p>arrow: from → to; width: events; size: events of the actor</p>
    </div>
  );
}
