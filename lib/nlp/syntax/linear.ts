/**
 * Multi-class linear models over hashed features: the averaged perceptron that trains them, and the
 * compact frozen form that predicts with them.
 *
 * Training keeps a dense row of class weights per feature that ever took part in an update. The
 * frozen model keeps only rows whose averaged weights matter, quantised to 8 bits with one scale per
 * row, behind an open-addressing table keyed by the feature hash: small on disk and in memory, and
 * a lookup is a multiply, a mask and (mostly) one probe.
 */

/**
 * The frozen, read-only model, behind an open-addressing table keyed by feature hash. With few
 * classes (the parser's three transitions) a slot holds the key and the weights themselves, so a
 * feature costs one memory read: when the rows' scales take at most 256 values (as training makes
 * them, see `Perceptron.rowSet`) a slot is 8 bytes, the key then three 8-bit weights and the index
 * of the row's scale ("packed"); otherwise the key and float weights ("dense"). With many classes
 * rows are sparse (after averaging and quantisation most features keep two or three classes out
 * of fifty or a hundred): a slot holds the key, the row's scale and up to four entries (class and
 * 8-bit weight), so that most features cost one memory read too; longer rows keep their entries
 * in a side array. A bit filter in front of the table answers lookups of most features the model
 * does not have without touching the table.
 */
export interface LinearModel {
  /** Number of classes. */
  classes: number;
  /** Number of rows (features). */
  rows: number;
  /** Slot layout: "packed" (≤ 3 classes, ≤ 256 scales), "dense" (≤ 3 classes) or "sparse". */
  layout: 'packed' | 'dense' | 'sparse';
  /** 32-bit words per slot: 2 (packed), 1 + classes (dense) or 4 (sparse). */
  stride: number;
  /**
   * The table. Word 0 of a slot is the feature hash (0 = empty). Packed: then the 8-bit weights of
   * classes 0, 1, 2 in bits 0–23 and the index of the row's scale (in `scales`) in bits 24–31.
   * Dense: the weights (float bits, see `tableF`). Sparse: the row's scale (float bits), then two
   * words of two 16-bit entries each (class << 8 | 8-bit weight in units of the scale; 0 = no more
   * entries); a row with more than four entries has 0 in word 2 and its first entry << 8 | its
   * number of entries in word 3, its entries in `entries`.
   */
  table: Int32Array;
  /** `table` seen as floats. */
  tableF: Float32Array;
  /** Entries of the sparse rows longer than four: class << 8 | 8-bit weight. */
  entries: Int32Array;
  /** Packed: the rows' scales, and their 16-bit codes (see scaleOf). */
  scales: Float64Array;
  scaleCodes: Uint16Array;
  /** Bit filter: bit (hash · c) >>> shift is set for every feature in the table. */
  filter: Int32Array;
  filterShift: number;
  /**
   * Whether every sum of up to 256 of the model's weights is exact in float64 (see exactSums): then
   * scores do not depend on the order in which features are added, and callers may keep partial sums
   * (of the features a word always has, say) and add the rest later, with the very same result.
   */
  exact: boolean;
  /**
   * Exact models with 4-word slots (dense with three classes, sparse): a direct-mapped cache of
   * recently used slots (copies of the table's; key 0 = empty), so that the features that come
   * back again and again (tags, labels, frequent words) are read from a few hundred KB instead of
   * all over the table. Written while scoring: the only state a frozen model changes, and it never
   * changes a score.
   */
  recent: Int32Array | null;
  /** `recent` seen as floats. */
  recentF: Float32Array | null;
  /** 32 − log2(slots of `recent`). */
  recentShift: number;
}

/** Rows of a frozen model in plain arrays (what training makes and the file stores). */
export interface RowSet {
  classes: number;
  /** Feature hash of each row, sorted as unsigned numbers. */
  keys: Int32Array;
  /** Entries of each row. */
  lens: Uint8Array;
  /** Class and weight of each entry, row after row. */
  cls: Uint8Array;
  q: Int8Array;
  /** Scale of each row, as a 16-bit logarithm (see scaleOf). */
  scale: Uint16Array;
}

/** A scale stored as 16 bits: 2^((v − 32768) / 1024), about 0.07% apart. */
export const scaleOf = (v: number) => Math.pow(2, (v - 32768) / 1024);
export const scaleCode = (s: number) => Math.max(1, Math.min(65535, Math.round(Math.log2(s) * 1024) + 32768));

/** Entries a sparse row keeps in its slot. */
const INLINE = 4;
/**
 * Models with three classes or fewer keep their rows' scale codes on a grid this coarse (2^(1/32),
 * about 2% apart) so that the scales take few values and fit the 8-byte packed slot.
 */
export const DENSE_GRID = 32;

const slotOf = (f: number, mask: number) => (Math.imul(f, 0x9e3779b1) >>> 0) & mask;
const filterBit = (f: number, shift: number) => Math.imul(f, 0x2545f491) >>> shift;

/** Scratch space of scoreInto: home slots and hashes of the features that passed the filter. */
const homes = new Int32Array(256);
const keep = new Int32Array(256);
/** Keeps the touching loads of scoreInto from being optimised away. */
let sink = 0;
/** (For tests: reading it keeps `sink` alive.) */
export const touchSink = () => sink;

/** Adds the weights of `feats[0, n)` into `out[0, classes)` (which is zeroed first; n ≤ 256). */
export function scoreInto(m: LinearModel, feats: Int32Array, n: number, out: Float64Array): void {
  score(m, feats, n, out, false);
}

/**
 * Adds the weights of `feats[0, n)` to what `out[0, classes)` holds (n ≤ 256). With an exact model
 * (`m.exact`), scoreInto of features A then addInto of features B gives the same bits as scoreInto
 * of A and B together.
 */
export function addInto(m: LinearModel, feats: Int32Array, n: number, out: Float64Array): void {
  score(m, feats, n, out, true);
}

function score(m: LinearModel, feats: Int32Array, n: number, out: Float64Array, add: boolean): void {
  if (m.recent) {
    if (m.layout === 'dense') scoreRecent3(m, m.recent, m.recentF!, feats, n, out, add);
    else scoreRecentRows(m, m.recent, m.recentF!, feats, n, out, add);
    return;
  }
  const kept = probe(m, feats, n);
  if (m.layout === 'packed') scorePacked(m, kept, out, add);
  else if (m.layout === 'dense' && m.classes === 3) scoreDense3(m, kept, out, add);
  else scoreRows(m, kept, out, add);
}

/**
 * Keeps in `keep`/`homes` the features that pass the filter, with their home slots; returns how
 * many. It touches the home slot of each, with no branch on what is read: the loads are
 * independent, so the processor overlaps their cache misses instead of waiting for each in turn,
 * and the scoring loop then mostly finds the slots in the cache.
 */
function probe(m: LinearModel, feats: Int32Array, n: number): number {
  const table = m.table;
  const stride = m.stride;
  const filter = m.filter;
  const shift = m.filterShift;
  const mask = (table.length / stride - 1) | 0;
  let touched = 0;
  let kept = 0;
  for (let j = 0; j < n; j++) {
    const f = feats[j]!;
    const bit = filterBit(f, shift);
    const pass = (filter[bit >>> 5]! >>> (bit & 31)) & 1;
    const i = slotOf(f, mask);
    homes[kept] = i;
    keep[kept] = f;
    kept += pass;
    touched ^= table[i * stride]!;
  }
  sink ^= touched;
  return kept;
}

function scorePacked(m: LinearModel, kept: number, out: Float64Array, add: boolean): void {
  const table = m.table;
  const scales = m.scales;
  const mask = (table.length / 2 - 1) | 0;
  const C = m.classes;
  let o0 = add ? out[0]! : 0;
  let o1 = add && C > 1 ? out[1]! : 0;
  let o2 = add && C > 2 ? out[2]! : 0;
  for (let j = 0; j < kept; j++) {
    const f = keep[j]!;
    let i = homes[j]!;
    for (;;) {
      const k = table[2 * i]!;
      if (k === f) {
        const w = table[2 * i + 1]!;
        const s = scales[w >>> 24]!;
        o0 += s * ((w << 24) >> 24);
        o1 += s * ((w << 16) >> 24);
        o2 += s * ((w << 8) >> 24);
        break;
      }
      if (k === 0) break;
      i = (i + 1) & mask;
    }
  }
  out[0] = o0;
  if (C > 1) out[1] = o1;
  if (C > 2) out[2] = o2;
}

/**
 * The dense layout with three classes (the parser's transitions when their scales do not fit the
 * packed slot): the same sums as scoreRows, in the same order, kept in locals instead of read from
 * and written back to `out` for every feature.
 */
function scoreDense3(m: LinearModel, kept: number, out: Float64Array, add: boolean): void {
  const table = m.table;
  const tableF = m.tableF;
  const mask = (table.length / 4 - 1) | 0;
  let o0 = add ? out[0]! : 0;
  let o1 = add ? out[1]! : 0;
  let o2 = add ? out[2]! : 0;
  for (let j = 0; j < kept; j++) {
    const f = keep[j]!;
    let i = homes[j]!;
    for (;;) {
      const at = i << 2;
      const k = table[at]!;
      if (k === f) {
        o0 += tableF[at + 1]!;
        o1 += tableF[at + 2]!;
        o2 += tableF[at + 3]!;
        break;
      }
      if (k === 0) break;
      i = (i + 1) & mask;
    }
  }
  out[0] = o0;
  out[1] = o1;
  out[2] = o2;
}

/**
 * Slots in a model's cache of recent slots, of 16 bytes: 2^15 for the parser's transitions (a
 * hundred features a step), 2^14 for the others.
 */
const RECENT_BITS_DENSE = 15;
const RECENT_BITS_SPARSE = 14;
const recentOf = (f: number, shift: number) => (Math.imul(f, 0x2c1b3c6d) >>> shift) << 2;
/** Scratch space of the cached scorers: features to look up in the table. */
const missed = new Int32Array(256);

/**
 * scoreDense3 behind the cache of recent slots. Features found in the cache are added at once;
 * the others are looked up in the table afterwards (touched first, as in probe, so that their
 * cache misses overlap), added, and cached. The order of the additions differs from scoreDense3's,
 * so this is only for exact models, where it gives the same sums.
 */
function scoreRecent3(
  m: LinearModel,
  recent: Int32Array,
  recentF: Float32Array,
  feats: Int32Array,
  n: number,
  out: Float64Array,
  add: boolean,
): void {
  const table = m.table;
  const tableF = m.tableF;
  const filter = m.filter;
  const shift = m.filterShift;
  const mask = (table.length / 4 - 1) | 0;
  const rs = m.recentShift;
  let o0 = add ? out[0]! : 0;
  let o1 = add ? out[1]! : 0;
  let o2 = add ? out[2]! : 0;
  let misses = 0;
  let touched = 0;
  for (let j = 0; j < n; j++) {
    const f = feats[j]!;
    const c = recentOf(f, rs);
    if (recent[c] === f) {
      o0 += recentF[c + 1]!;
      o1 += recentF[c + 2]!;
      o2 += recentF[c + 3]!;
      continue;
    }
    const bit = filterBit(f, shift);
    if (((filter[bit >>> 5]! >>> (bit & 31)) & 1) === 0) continue;
    touched ^= table[slotOf(f, mask) << 2]!;
    missed[misses++] = f;
  }
  sink ^= touched;
  for (let x = 0; x < misses; x++) {
    const f = missed[x]!;
    let i = slotOf(f, mask);
    for (;;) {
      const at = i << 2;
      const k = table[at]!;
      if (k === f) {
        const w0 = tableF[at + 1]!;
        const w1 = tableF[at + 2]!;
        const w2 = tableF[at + 3]!;
        o0 += w0;
        o1 += w1;
        o2 += w2;
        const c = recentOf(f, rs);
        recent[c] = f;
        recentF[c + 1] = w0;
        recentF[c + 2] = w1;
        recentF[c + 3] = w2;
        break;
      }
      if (k === 0) break;
      i = (i + 1) & mask;
    }
  }
  out[0] = o0;
  out[1] = o1;
  out[2] = o2;
}

/** scoreRows (sparse) behind the cache of recent slots, as scoreRecent3 does for scoreDense3. */
function scoreRecentRows(
  m: LinearModel,
  recent: Int32Array,
  recentF: Float32Array,
  feats: Int32Array,
  n: number,
  out: Float64Array,
  add: boolean,
): void {
  if (!add) out.fill(0, 0, m.classes);
  const table = m.table;
  const tableF = m.tableF;
  const entries = m.entries;
  const filter = m.filter;
  const shift = m.filterShift;
  const mask = (table.length / 4 - 1) | 0;
  const rs = m.recentShift;
  let misses = 0;
  let touched = 0;
  for (let j = 0; j < n; j++) {
    const f = feats[j]!;
    const c = recentOf(f, rs);
    if (recent[c] === f) {
      addSparseRow(recent, recentF, c, entries, out);
      continue;
    }
    const bit = filterBit(f, shift);
    if (((filter[bit >>> 5]! >>> (bit & 31)) & 1) === 0) continue;
    touched ^= table[slotOf(f, mask) << 2]!;
    missed[misses++] = f;
  }
  sink ^= touched;
  for (let x = 0; x < misses; x++) {
    const f = missed[x]!;
    let i = slotOf(f, mask);
    for (;;) {
      const at = i << 2;
      const k = table[at]!;
      if (k === f) {
        addSparseRow(table, tableF, at, entries, out);
        const c = recentOf(f, rs);
        recent[c] = f;
        recent[c + 1] = table[at + 1]!;
        recent[c + 2] = table[at + 2]!;
        recent[c + 3] = table[at + 3]!;
        break;
      }
      if (k === 0) break;
      i = (i + 1) & mask;
    }
  }
}

/** Adds the sparse row in slot `at` of `words` (the table, or a copy of its slot) to `out`. */
function addSparseRow(
  words: Int32Array,
  wordsF: Float32Array,
  at: number,
  entries: Int32Array,
  out: Float64Array,
): void {
  const s = wordsF[at + 1]!;
  const e0 = words[at + 2]!;
  if (e0 !== 0) {
    let x = e0 & 0xffff;
    out[x >>> 8]! += s * ((x << 24) >> 24);
    x = e0 >>> 16;
    if (x !== 0) {
      out[x >>> 8]! += s * ((x << 24) >> 24);
      const e1 = words[at + 3]!;
      x = e1 & 0xffff;
      if (x !== 0) {
        out[x >>> 8]! += s * ((x << 24) >> 24);
        x = e1 >>> 16;
        if (x !== 0) out[x >>> 8]! += s * ((x << 24) >> 24);
      }
    }
  } else {
    const info = words[at + 3]!;
    const start = info >>> 8;
    const end = start + (info & 255);
    for (let e = start; e < end; e++) {
      const x = entries[e]!;
      out[x >>> 8]! += s * ((x << 24) >> 24);
    }
  }
}

function scoreRows(m: LinearModel, kept: number, out: Float64Array, add: boolean): void {
  const C = m.classes;
  if (!add) out.fill(0, 0, C);
  const table = m.table;
  const tableF = m.tableF;
  const stride = m.stride;
  const mask = (table.length / stride - 1) | 0;
  const dense = m.layout === 'dense';
  const entries = m.entries;
  for (let j = 0; j < kept; j++) {
    const f = keep[j]!;
    let i = homes[j]!;
    for (;;) {
      const at = i * stride;
      const k = table[at]!;
      if (k === f) {
        if (dense) {
          for (let c = 0; c < C; c++) out[c]! += tableF[at + 1 + c]!;
        } else addSparseRow(table, tableF, at, entries, out);
        break;
      }
      if (k === 0) break;
      i = (i + 1) & mask;
    }
  }
}

/** Index of the highest score among `allowed` classes (all when null); ties go to the lower index. */
export function argmax(scores: Float64Array, classes: number, allowed: Uint8Array | null = null): number {
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

/** Builds the frozen model from its rows. */
export function buildLinear(r: RowSet): LinearModel {
  const rows = r.keys.length;
  const C = r.classes;
  if (r.cls.length >= 1 << 23) throw new Error(`linear model too large: ${r.cls.length} entries`);
  if (C > 256) throw new Error(`linear model with ${C} classes: at most 256`);
  // the distinct scales, in order (for the packed layout), and each one's value, worked out once
  // per code rather than once per row (a million Math.pow calls made most of the model's loading)
  const seen = new Uint8Array(65536);
  for (let row = 0; row < rows; row++) seen[r.scale[row]!] = 1;
  const codes: number[] = [];
  const scaleByCode = new Float64Array(65536);
  const scaleIndex = new Int32Array(65536);
  for (let code = 0; code < 65536; code++) {
    if (!seen[code]) continue;
    scaleIndex[code] = codes.length;
    scaleByCode[code] = scaleOf(code);
    codes.push(code);
  }
  const layout = C > 3 ? 'sparse' : codes.length <= 256 ? 'packed' : 'dense';
  const stride = layout === 'packed' ? 2 : layout === 'dense' ? 1 + C : 4;
  const scaleCodes = Uint16Array.from(layout === 'packed' ? codes : []);
  const scales = Float64Array.from(scaleCodes, scaleOf);
  // at most 80% full: probes stay short (the filter turns most absent features away before they
  // probe) and the table stays small
  let cap = 16;
  while (cap * 0.8 < rows) cap *= 2;
  const table = new Int32Array(cap * stride);
  const tableF = new Float32Array(table.buffer);
  let overflow = 0;
  if (layout === 'sparse')
    for (let row = 0; row < rows; row++) if (r.lens[row]! > INLINE) overflow += r.lens[row]!;
  const entries = new Int32Array(overflow);
  overflow = 0;
  // about 8 bits per row: a feature the model lacks gets past the filter about 1 time in 8
  let bits = 1024;
  while (bits < rows * 8) bits *= 2;
  const filter = new Int32Array(bits / 32);
  const filterShift = 32 - Math.log2(bits);
  const mask = cap - 1;
  let start = 0;
  for (let row = 0; row < rows; row++) {
    const f = r.keys[row]!;
    const bit = filterBit(f, filterShift);
    filter[bit >>> 5]! |= 1 << (bit & 31);
    let i = slotOf(f, mask);
    while (table[i * stride] !== 0) i = (i + 1) & mask;
    const at = i * stride;
    table[at] = f;
    const len = r.lens[row]!;
    const s = scaleByCode[r.scale[row]!]!;
    if (layout === 'packed') {
      let w = scaleIndex[r.scale[row]!]! << 24;
      for (let e = start; e < start + len; e++) w |= (r.q[e]! & 255) << (8 * r.cls[e]!);
      table[at + 1] = w;
    } else if (layout === 'dense') {
      for (let e = start; e < start + len; e++) tableF[at + 1 + r.cls[e]!] = s * r.q[e]!;
    } else {
      tableF[at + 1] = s;
      if (len <= INLINE) {
        for (let j = 0; j < len; j++) {
          const x = (r.cls[start + j]! << 8) | (r.q[start + j]! & 255);
          table[at + 2 + (j >> 1)]! |= x << (16 * (j & 1));
        }
      } else {
        table[at + 3] = (overflow << 8) | len;
        for (let j = 0; j < len; j++)
          entries[overflow++] = (r.cls[start + j]! << 8) | (r.q[start + j]! & 255);
      }
    }
    start += len;
  }
  const exact = exactSums(layout, table, tableF, stride, scales);
  const recentBits = layout === 'dense' ? RECENT_BITS_DENSE : RECENT_BITS_SPARSE;
  const recent = exact && stride === 4 ? new Int32Array(4 << recentBits) : null;
  return {
    classes: C,
    rows,
    layout,
    stride,
    table,
    tableF,
    entries,
    scales,
    scaleCodes,
    filter,
    filterShift,
    exact,
    recent,
    recentF: recent && new Float32Array(recent.buffer),
    recentShift: 32 - recentBits,
  };
}

/**
 * Whether the scores are sums that float64 makes without rounding. Every weight as scoring adds it
 * is a float32 (dense), a float32 scale times an integer below 128 (sparse) or a float64 scale
 * times such an integer (packed), so it is a whole multiple of the last place of the smallest
 * such float: 2^low, with low = exponentOf(smallest) − 23 (float32) or − 52 (float64). When 256
 * of the largest weights stay below 2^(52 + low), every partial sum of up to 256 weights is such a
 * multiple that fits the 53-bit significand, so it is exact, whatever the order of the additions.
 * (The model committed here has about nine bits to spare; packed scales, powers of 2^(1/1024),
 * usually are not exact.)
 */
function exactSums(
  layout: LinearModel['layout'],
  table: Int32Array,
  tableF: Float32Array,
  stride: number,
  scales: Float64Array,
): boolean {
  let min = Infinity;
  let max = 0;
  if (layout === 'packed') {
    for (const s of scales) {
      min = Math.min(min, s);
      max = Math.max(max, 127 * s);
    }
  } else {
    for (let at = 0; at < table.length; at += stride) {
      if (table[at] === 0) continue;
      for (let c = 1; c < (layout === 'dense' ? stride : 2); c++) {
        const v = Math.abs(tableF[at + c]!);
        if (v === 0) continue;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    if (layout === 'sparse') max *= 127;
  }
  if (min === Infinity) return true;
  const low = exponentOf(min) - (layout === 'packed' ? 52 : 23);
  return 256 * max < 2 ** (52 + low);
}

const bits = new DataView(new ArrayBuffer(8));
/** The binary exponent of |v| (v finite, normal and not 0): 2^e ≤ |v| < 2^(e + 1). */
export function exponentOf(v: number): number {
  bits.setFloat64(0, v);
  return ((bits.getUint32(0) >>> 20) & 0x7ff) - 1023;
}

/** The rows of a frozen model, sorted by feature hash (for writing it out). */
export function rowSet(m: LinearModel): RowSet {
  const C = m.classes;
  const stride = m.stride;
  const slots: number[] = [];
  for (let i = 0; i < m.table.length; i += stride) if (m.table[i] !== 0) slots.push(i);
  slots.sort((a, b) => (m.table[a]! >>> 0) - (m.table[b]! >>> 0));
  const keys = new Int32Array(slots.length);
  const lens = new Uint8Array(slots.length);
  const scale = new Uint16Array(slots.length);
  const cls: number[] = [];
  const q: number[] = [];
  slots.forEach((i, row) => {
    keys[row] = m.table[i]!;
    const push = (c: number, v: number) => {
      cls.push(c);
      q.push(v);
      lens[row]!++;
    };
    if (m.layout === 'packed') {
      const w = m.table[i + 1]!;
      scale[row] = m.scaleCodes[w >>> 24]!;
      for (let c = 0; c < C; c++) {
        const v = (w << (24 - 8 * c)) >> 24;
        if (v !== 0) push(c, v);
      }
    } else if (m.layout === 'dense') {
      let max = 0;
      for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(m.tableF[i + 1 + c]!));
      const code = scaleCode(max / 127);
      const s = scaleOf(code);
      scale[row] = code;
      for (let c = 0; c < C; c++) {
        const v = Math.round(m.tableF[i + 1 + c]! / s);
        if (v !== 0) push(c, v);
      }
    } else {
      scale[row] = scaleCode(m.tableF[i + 1]!);
      if (m.table[i + 2] !== 0) {
        for (let j = 0; j < INLINE; j++) {
          const x = (m.table[i + 2 + (j >> 1)]! >>> (16 * (j & 1))) & 0xffff;
          if (x === 0) break;
          push(x >>> 8, (x << 24) >> 24);
        }
      } else {
        const info = m.table[i + 3]!;
        for (let e = info >>> 8, end = e + (info & 255); e < end; e++)
          push(m.entries[e]! >>> 8, (m.entries[e]! << 24) >> 24);
      }
    }
  });
  return { classes: C, keys, lens, cls: Uint8Array.from(cls), q: Int8Array.from(q), scale };
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
  score(feats: Int32Array, n: number, out: Float64Array): void {
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
    return buildLinear(this.rowSet(prune));
  }

  /** The averaged, pruned and quantised rows, sorted by feature hash (independent of training order). */
  rowSet(prune = 0): RowSet {
    const C = this.classes;
    const t = this.step;
    const entries = [...this.index.entries()].sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0));
    const keys: number[] = [];
    const lens: number[] = [];
    const cls: number[] = [];
    const q: number[] = [];
    const scale: number[] = [];
    const avg = new Float64Array(C);
    for (const [f, row] of entries) {
      const base = row * C;
      let max = 0;
      for (let c = 0; c < C; c++) {
        const v = this.w[base + c]! - this.u[base + c]! / t;
        avg[c] = v;
        if (Math.abs(v) > max) max = Math.abs(v);
      }
      if (max === 0 || max < prune) continue;
      let code = scaleCode(max / 127);
      // few classes: scales on a coarse grid (rounded up), so that they fit the packed layout
      if (C <= 3) code = Math.min(65535, Math.ceil(code / DENSE_GRID) * DENSE_GRID);
      const s = scaleOf(code);
      let len = 0;
      for (let c = 0; c < C; c++) {
        const v = Math.max(-127, Math.min(127, Math.round(avg[c]! / s)));
        if (v === 0) continue;
        cls.push(c);
        q.push(v);
        len++;
      }
      if (len === 0) continue;
      keys.push(f);
      lens.push(len);
      scale.push(code);
    }
    return {
      classes: C,
      keys: Int32Array.from(keys),
      lens: Uint8Array.from(lens),
      cls: Uint8Array.from(cls),
      q: Int8Array.from(q),
      scale: Uint16Array.from(scale),
    };
  }
}

/**
 * The model without rows whose largest weight is below `threshold` (each row's largest is 127 × its
 * scale), and without single weights below `entryThreshold`.
 */
export function pruneLinear(m: LinearModel, threshold: number, entryThreshold = 0): LinearModel {
  const r = rowSet(m);
  const keys: number[] = [];
  const lens: number[] = [];
  const scale: number[] = [];
  const cls: number[] = [];
  const q: number[] = [];
  let e = 0;
  for (let row = 0; row < r.keys.length; row++) {
    const start = e;
    e += r.lens[row]!;
    const s = scaleOf(r.scale[row]!);
    if (127 * s < threshold) continue;
    let len = 0;
    for (let x = start; x < e; x++) {
      if (Math.abs(r.q[x]! * s) < entryThreshold) continue;
      cls.push(r.cls[x]!);
      q.push(r.q[x]!);
      len++;
    }
    if (len === 0) continue;
    keys.push(r.keys[row]!);
    lens.push(len);
    scale.push(r.scale[row]!);
  }
  return buildLinear({
    classes: r.classes,
    keys: Int32Array.from(keys),
    lens: Uint8Array.from(lens),
    scale: Uint16Array.from(scale),
    cls: Uint8Array.from(cls),
    q: Int8Array.from(q),
  });
}
