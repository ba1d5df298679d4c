/**
 * Colours and shapes shared by the timeline, the network and their legends. Stance colours come
 * from the Okabe–Ito palette, told apart by people with the common colour-vision deficiencies;
 * shape (quad class) carries meaning too, so colour is never the only cue.
 */
import type { ModalityValue } from '@/lib/filters';
import type { Quad, Stance } from './types';

export const STANCE_COLOR: Record<Stance, string> = {
  cooperative: '#0072B2', // blue
  neutral: '#7F7F7F', // grey
  hostile: '#D55E00', // vermillion
};

/**
 * The stance an event is drawn with: its own, or for an event whose tone is not coded (a code
 * outside CAMEO from a user's verb file) neutral grey.
 */
export const drawnStance = (s: Stance | null): Stance => s ?? 'neutral';

/** The colour of an event's stance; neutral grey when its tone is not coded. */
export const stanceColor = (s: Stance | null): string => STANCE_COLOR[drawnStance(s)];

/** An event's stance in words: "tone not coded (code 064 of the user's scheme)" when it has none. */
export const stanceLabel = (e: { stance: Stance | null; code?: string }): string =>
  e.stance ?? `tone not coded${e.code ? ` (code ${e.code} of the user's scheme)` : ''}`;

/** A colour for a mean stance score (−10 … +10): vermillion through grey to blue. */
export function scoreColor(score: number): string {
  if (score >= 1) return STANCE_COLOR.cooperative;
  if (score <= -1) return STANCE_COLOR.hostile;
  return STANCE_COLOR.neutral;
}

/** The mark of each quad class: verbal acts are round, material ones angular; conflict points down. */
export const QUAD_SHAPE: Record<Quad, 'circle' | 'square' | 'triangle' | 'diamond' | 'ring'> = {
  verbal_cooperation: 'circle',
  material_cooperation: 'square',
  verbal_conflict: 'triangle',
  material_conflict: 'diamond',
  neutral: 'ring',
};

/** The mark of an event with no quad class (a code outside CAMEO from a user's verb file): a plus. */
export const UNCODED_SHAPE = 'plus';

/** The mark of an event's quad class; the plus when it has none. */
export const quadShape = (q: Quad | null) => (q ? QUAD_SHAPE[q] : UNCODED_SHAPE);

export const QUAD_LABEL: Record<Quad, string> = {
  verbal_cooperation: 'verbal cooperation',
  material_cooperation: 'material cooperation',
  verbal_conflict: 'verbal conflict',
  material_conflict: 'material conflict',
  neutral: 'neutral',
};

/** How each modality reads in the filters and the tooltips. */
export const MODALITY_LABEL: Record<ModalityValue, string> = {
  asserted: 'stated',
  alleged: 'alleged',
  hypothetical: 'hypothetical',
  conditional: 'conditional',
};

/** The glyph of each actor kind in the network. */
export const KIND_SHAPE: Record<string, 'circle' | 'square' | 'hexagon' | 'triangle'> = {
  person: 'circle',
  country: 'square',
  organization: 'hexagon',
  group: 'triangle',
  media: 'hexagon',
  other: 'circle',
};
