/**
 * Per-token hashes computed once per sentence: the word, a normalised form, affixes, shape. The
 * tagger and parser build their features from these integers only.
 */
import { hashString } from './hash';

/** Number of hashes kept per token. */
export const ATOMS = 12;
export const A_FORM = 0;
export const A_NORM = 1;
export const A_SUF1 = 2;
export const A_SUF2 = 3;
export const A_SUF3 = 4;
export const A_SUF4 = 5;
export const A_PRE1 = 6;
export const A_PRE2 = 7;
export const A_PRE3 = 8;
export const A_SHAPE = 9;
export const A_FLAGS = 10;
/** The word's ambiguity class: which tags it took in training (0 when unknown or no lexicon given). */
export const A_AMB = 11;

/** Hash of a position before the sentence start / after its end. */
export const PAD_BEFORE = hashString('<s>');
export const PAD_AFTER = hashString('</s>');

/**
 * The form used for word features: lower case, curly quotes straight, digits as 0 (so "1,250" and
 * "3,400" share their statistics).
 */
export function normalise(form: string): string {
  let s = form.toLowerCase();
  if (/[\u2018\u2019\u201c\u201d]/.test(s))
    s = s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  if (/\d/.test(s)) s = s.replace(/\d/g, '0');
  return s;
}

/** Hash of a short shape: each run of upper, lower, digit or other becomes one "X", "x", "d" or itself. */
function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  const n = Math.min(w.length, 24);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = 88;
    else if (c >= 97 && c <= 122) k = 120;
    else if (c >= 48 && c <= 57) k = 100;
    else k = c;
    if (k === last) continue;
    last = k;
    h = Math.imul(h ^ k, 0x01000193);
  }
  return (h ^ (h >>> 15)) | 1;
}

/**
 * Word hashes of a sentence: `ATOMS` integers per token, token after token. `lexicon` maps
 * normalised forms to their ambiguity class.
 */
export function wordAtoms(forms: readonly string[], lexicon?: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(forms.length * ATOMS);
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    const norm = normalise(form);
    const b = i * ATOMS;
    const L = norm.length;
    out[b + A_FORM] = hashString(form);
    out[b + A_NORM] = hashString(norm);
    out[b + A_SUF1] = hashString(norm, Math.max(0, L - 1));
    out[b + A_SUF2] = hashString(norm, Math.max(0, L - 2));
    out[b + A_SUF3] = hashString(norm, Math.max(0, L - 3));
    out[b + A_SUF4] = hashString(norm, Math.max(0, L - 4));
    out[b + A_PRE1] = hashString(norm, 0, Math.min(L, 1));
    out[b + A_PRE2] = hashString(norm, 0, Math.min(L, 2));
    out[b + A_PRE3] = hashString(norm, 0, Math.min(L, 3));
    out[b + A_SHAPE] = shapeHash(form);
    const c0 = form.charCodeAt(0);
    let flags = 1;
    if (c0 >= 65 && c0 <= 90) flags |= 2;
    if (i === 0) flags |= 4;
    if (form !== norm && form.toUpperCase() === form && /[A-Z]/.test(form)) flags |= 8;
    if (form.includes('-')) flags |= 16;
    if (/\d/.test(form)) flags |= 32;
    out[b + A_FLAGS] = flags;
    out[b + A_AMB] = lexicon?.get(norm) ?? 0;
  }
  return out;
}
