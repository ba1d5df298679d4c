/**
 * Multi-class linear models over hashed features: the averaged perceptron that trains them, and the
 * compact frozen form that predicts with them.
 *
 * Training keeps a dense row of class weights per feature that ever took part in an update. The
 * frozen model keeps only rows whose averaged weights matter, quantised to 8 bits with one scale per
 * row, behind an open-addressing table keyed by the feature hash: small on disk and in memory, and
 * a lookup is a multiply, a mask and (mostly) one probe.
 */

/** The frozen, read-only model. */
export interface LinearModel {
  /** Number of classes. */
  classes: number;
  /** Open-addressing table of feature hashes (0 = empty slot); its length is a power of two. */
  keys: Int32Array;
  /** Row index of the feature in each slot of `keys`. */
  slotRow: Int32Array;
  /** Weights, `classes` per row, in units of the row's scale. */
  q: Int8Array;
  /** Scale of each row. */
  scale: Float32Array;
}

/** Row of feature `f`, or -1. */
export function findRow(m: LinearModel, f: number): number {
  const keys = m.keys;
  const mask = keys.length - 1;
  let i = Math.imul(f, 0x9e3779b1) >>> 0;
  i &= mask;
  for (;;) {
    const k = keys[i]!;
    if (k === f) return m.slotRow[i]!;
    if (k === 0) return -1;
    i = (i + 1) & mask;
  }
}

/** Adds the weights of `feats[0, n)` into `out[0, classes)` (which is zeroed first). */
export function scoreInto(m: LinearModel, feats: Int32Array, n: number, out: Float32Array): void {
  const C = m.classes;
  out.fill(0, 0, C);
  const q = m.q;
  const keys = m.keys;
  const mask = keys.length - 1;
  const slotRow = m.slotRow;
  for (let j = 0; j < n; j++) {
    const f = feats[j]!;
    let i = (Math.imul(f, 0x9e3779b1) >>> 0) & mask;
    let row = -1;
    for (;;) {
      const k = keys[i]!;
      if (k === f) {
        row = slotRow[i]!;
        break;
      }
      if (k === 0) break;
      i = (i + 1) & mask;
    }
    if (row < 0) continue;
    const s = m.scale[row]!;
    const base = row * C;
    for (let c = 0; c < C; c++) out[c]! += s * q[base + c]!;
  }
}

/** Index of the highest score among `allowed` classes (all when null); ties go to the lower index. */
export function argmax(scores: Float32Array, classes: number, allowed: Uint8Array | null = null): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < classes; c++) {
    if (allowed && !allowed[c]) continue;
    const s = scores[c]!;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}

/**
 * The averaged perceptron in training. Averaging uses the running-sum trick: besides the weights
 * `w`, `u` accumulates step × change, and the average after `t` steps is w − u / t.
 */
export class Perceptron {
  readonly classes: number;
  private readonly index = new Map<number, number>();
  private w: Float32Array;
  private u: Float64Array;
  private rows = 0;
  /** Examples seen: the clock of the averaging. */
  step = 1;

  constructor(classes: number, capacity = 1 << 14) {
    this.classes = classes;
    this.w = new Float32Array(capacity * classes);
    this.u = new Float64Array(capacity * classes);
  }

  get size(): number {
    return this.rows;
  }

  private row(f: number): number {
    let r = this.index.get(f);
    if (r === undefined) {
      r = this.rows++;
      this.index.set(f, r);
      if (this.rows * this.classes > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r;
  }

  /** Current (not averaged) scores of `feats[0, n)` into `out`. */
  score(feats: Int32Array, n: number, out: Float32Array): void {
    const C = this.classes;
    out.fill(0, 0, C);
    const w = this.w;
    for (let j = 0; j < n; j++) {
      const r = this.index.get(feats[j]!);
      if (r === undefined) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) out[c]! += w[base + c]!;
    }
  }

  /** Moves weights towards `good` and away from `bad` for the features `feats[0, n)`. */
  update(feats: Int32Array, n: number, good: number, bad: number, amount = 1): void {
    if (good === bad) return;
    const C = this.classes;
    const t = this.step;
    for (let j = 0; j < n; j++) {
      const base = this.row(feats[j]!) * C;
      this.w[base + good]! += amount;
      this.u[base + good]! += t * amount;
      this.w[base + bad]! -= amount;
      this.u[base + bad]! -= t * amount;
    }
  }

  /**
   * The averaged weights, frozen. Rows whose largest averaged weight is below `prune` (absolute)
   * are dropped: they hardly ever change a decision and make most of the size.
   */
  freeze(prune = 0): LinearModel {
    const C = this.classes;
    const t = this.step;
    // rows in the order of their feature hashes, so that the frozen model does not depend on the
    // order in which training met them
    const entries = [...this.index.entries()].sort((a, b) => a[0] - b[0]);
    const maxOf = new Float64Array(entries.length);
    let kept = 0;
    for (let e = 0; e < entries.length; e++) {
      const base = entries[e]![1] * C;
      let max = 0;
      for (let c = 0; c < C; c++) {
        const v = Math.abs(this.w[base + c]! - this.u[base + c]! / t);
        if (v > max) max = v;
      }
      maxOf[e] = max;
      if (max > 0 && max >= prune) kept++;
    }
    const keys = new Int32Array(kept);
    const q = new Int8Array(kept * C);
    const scale = new Float32Array(kept);
    let r = 0;
    for (let e = 0; e < entries.length; e++) {
      const max = maxOf[e]!;
      if (!(max > 0 && max >= prune)) continue;
      const [f, row] = entries[e]!;
      const base = row * C;
      const s = max / 127;
      for (let c = 0; c < C; c++) q[r * C + c] = Math.round((this.w[base + c]! - this.u[base + c]! / t) / s);
      scale[r] = s;
      keys[r] = f;
      r++;
    }
    return buildLinear(C, keys, q, scale);
  }
}

/** Builds the lookup table of a frozen model from its rows (`keys[r]` is the hash of row r). */
export function buildLinear(
  classes: number,
  rowKeys: Int32Array,
  q: Int8Array,
  scale: Float32Array,
): LinearModel {
  let cap = 16;
  while (cap < rowKeys.length * 2) cap *= 2;
  const keys = new Int32Array(cap);
  const slotRow = new Int32Array(cap);
  const mask = cap - 1;
  for (let r = 0; r < rowKeys.length; r++) {
    const f = rowKeys[r]!;
    let i = (Math.imul(f, 0x9e3779b1) >>> 0) & mask;
    while (keys[i] !== 0) i = (i + 1) & mask;
    keys[i] = f;
    slotRow[i] = r;
  }
  return { classes, keys, slotRow, q, scale };
}

/** The hash of each row, in row order (what a model file stores; the table is rebuilt on load). */
export function rowKeys(m: LinearModel): Int32Array {
  const out = new Int32Array(m.scale.length);
  for (let i = 0; i < m.keys.length; i++) if (m.keys[i] !== 0) out[m.slotRow[i]!] = m.keys[i]!;
  return out;
}
