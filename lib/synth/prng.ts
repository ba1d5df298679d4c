/**
 * A small seeded PRNG (mulberry32) and a string/number hash, both built only from 32-bit integer
 * operations so that every platform produces the same stream. Never Math.random, never the clock.
 */

/** murmur3's 32-bit finaliser: spreads the bits of `h` over the whole word. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the parts (numbers by their decimal text), finalised with mix32. */
export function hash(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = typeof part === 'number' ? String(Math.trunc(part)) : part;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/** A weighted choice: the value and its (non-negative) weight. */
export type Weighted<T> = readonly [value: T, weight: number];

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(items: readonly Weighted<T>[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    if (!(total > 0)) throw new Error('Rng.weighted: no positive weight');
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }

  /** A fresh generator derived from this one's next output and a label. */
  fork(label: string): Rng {
    return new Rng(hash(label, Math.floor(this.next() * 4294967296)));
  }
}

/** A pick that depends only on the key (for facts that must agree across articles). */
export function pickBy<T>(items: readonly T[], ...key: readonly (string | number)[]): T {
  if (items.length === 0) throw new Error('pickBy: empty list');
  return items[hash(...key) % items.length] as T;
}
