/**
 * Integer hashing for features. Strings are hashed once per token; a feature is then a cheap mix of
 * a template number and one to three integers, so the hot loops build no strings.
 */

/** murmur3's finaliser: spreads every input bit over the 32 bits. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** FNV-1a over the UTF-16 code units of `s[from, to)`, finalised. Never 0. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h) || 1;
}

/** A feature: template `t` (a small integer) with up to three values. Never 0 (0 marks an empty slot). */
export function feat(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h = (h << 13) | (h >>> 19);
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h ^ c, 0x27d4eb2f);
  return fmix(h) || 1;
}
