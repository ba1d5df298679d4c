/**
 * The key under the network: what the colours, the shapes and the arrows mean. Colour is never the
 * only cue (the stance is named beside its swatch; kinds are told by shape).
 */
import { STANCE_COLOR } from '@/lib/dashboard/palette';
import type { Stance } from '@/lib/dashboard/types';
import { LEGEND_KINDS, LEGEND_NOTE, LEGEND_STANCES } from './export';
import { glyphPath, type Shape } from './geometry';
import styles from './network.module.css';

function Glyph({ shape }: { shape: Shape }) {
  const d = glyphPath(shape, 6);
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" className={styles.legendGlyph}>
      {d ? <path d={d} /> : <circle r={6} />}
    </svg>
  );
}

/** A country's actors grouped: two squares stacked, as the network draws them. */
function GroupGlyph() {
  const d = glyphPath('square', 5)!;
  return (
    <svg width="18" height="16" viewBox="-7 -9 18 16" aria-hidden="true" className={styles.legendGlyph}>
      <path d={d} transform="translate(3,-3)" />
      <path d={d} />
    </svg>
  );
}

/** The key; `grouped` adds the glyph of a country's grouped actors. */
export function Legend({ grouped = false }: { grouped?: boolean }) {
  return (
    <div className={styles.legend}>
      <ul aria-label="Stance of a relation">
        {LEGEND_STANCES.map(({ stance, label }) => (
          <li key={stance}>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="21" y2="5" stroke={STANCE_COLOR[stance as Stance]} strokeWidth="3" />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <ul aria-label="Kind of actor">
        {LEGEND_KINDS.map((k) => (
          <li key={k.shape}>
            <Glyph shape={k.shape} />
            {k.label}
          </li>
        ))}
        {grouped ? (
          <li>
            <GroupGlyph />
            {"a country's actors (click to show them)"}
          </li>
        ) : null}
      </ul>
      <p>{LEGEND_NOTE}</p>
    </div>
  );
}
