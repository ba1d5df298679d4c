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
