/**
 * The words every layer shares: stances, quad classes and modalities, as lists (for parsing and
 * menus) and the unions derived from them. No dependency at all: the browser's bundle imports it
 * (through lib/filters) and must not pull in zod, whose start-up probe for eval breaks the pages'
 * Content-Security-Policy.
 */

/** The stances of a statement, in the order the dashboard lists them. */
export const STANCES = ['cooperative', 'neutral', 'hostile'] as const;
export type Stance = (typeof STANCES)[number];
/**
 * The stance stored, filtered on and written in URLs for an event whose tone is not coded (a code
 * outside CAMEO from a user's verb file): the event itself has a null stance.
 */
export const UNCODED = 'uncoded';
/** How the type of an event whose tone is not coded begins: "user code W31". */
export const UNCODED_TYPE = 'user code ';
/** The stances a view can select: the three, and events whose tone is not coded. */
export const STANCE_FILTERS = [...STANCES, UNCODED] as const;
/** The four quad classes of event data, plus neutral (CAMEO roots 01–02). */
export const QUADS = [
  'verbal_cooperation',
  'material_cooperation',
  'verbal_conflict',
  'material_conflict',
  'neutral',
] as const;
export type Quad = (typeof QUADS)[number];
/** Whether an act is said to have happened (lib/nlp/interactions/modality.ts). */
export const MODALITIES = ['asserted', 'alleged', 'hypothetical', 'conditional'] as const;
export type Modality = (typeof MODALITIES)[number];
