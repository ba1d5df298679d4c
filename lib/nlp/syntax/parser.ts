/**
 * Dependency parser: a greedy arc-hybrid transition system (unlabelled) scored by an averaged
 * perceptron over Zhang & Nivre (2011)-style features, trained with Goldberg & Nivre's (2013)
 * dynamic oracle and exploration. A second perceptron names each arc as it is made: in arc-hybrid
 * the dependent's subtree is then complete, and the head's children so far are known (so "was"
 * before a subject points to nsubj:pass, "by" under an obl to obl:agent); those labels are
 * features of the later transitions. A third names the arcs again on the finished tree, with the
 * head's own label and the siblings on both sides in view, where the second was unsure (the
 * margin between its two best labels below `relabelBelow`; about one word in ten): its labels,
 * and the second's elsewhere, are the labels given.
 *
 * Word 0 is the root, at the bottom of the stack. Arc-hybrid transitions, with stack …|s1|s0 and
 * buffer b0|…:
 *   SHIFT  moves b0 onto the stack;
 *   LEFT   makes b0 the head of s0 and pops s0;
 *   RIGHT  makes s1 the head of s0 and pops s0.
 * RIGHT onto the root is allowed only when the buffer is empty, so each tree has one root word.
 */
import { feat, hashString } from './hash';
import { argmax, Perceptron, scoreInto, type LinearModel } from './linear';
import { prng, shuffle } from './prng';

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** The parser's model. */
export interface ParserModel {
  /** XPOS tags the features know (index + 1 is the tag's id; 0: unknown). */
  xpos: string[];
  /** UPOS tags the features know (same numbering). */
  upos: string[];
  /** Dependency relations, with subtypes. */
  labels: string[];
  /** Transition scores: SHIFT, LEFT, RIGHT. */
  arcs: LinearModel;
  /** Relation scores of an arc as it is made, one class per label: features of later transitions. */
  attacher: LinearModel;
  /** Relation scores on the finished tree (head's label, siblings on both sides in view). */
  labeller: LinearModel;
  /**
   * Words whose label at attachment won by a margin smaller than this are labelled again by
   * `labeller` (Infinity: every word). Picked on dev after training.
   */
  relabelBelow: number;
}

/** A sentence to parse: per word its normalised-form hash and its tags. */
export interface ParseInput {
  /** Hash of each word's normalised form (words.ts `A_NORM`). */
  norm: Int32Array;
  /** XPOS of each word. */
  xpos: readonly string[];
  /** UPOS of each word. */
  upos: readonly string[];
  /** Ambiguity class of each word (words.ts `A_AMB`; 0 when unknown): robust where a tag is wrong. */
  amb?: Int32Array;
}

/** A parse: for word i (0-based), heads[i] is the 1-based head (0 = root), labels[i] a label index. */
export interface ParseOutput {
  heads: Int32Array;
  labels: Int32Array;
}

const ROOT_WORD = hashString('<root>');
const NONE_WORD = hashString('<none>');
/** Most features of a transition / of an arc. */
export const ARC_FEATS = 120;

/**
 * A sentence being parsed. Arrays run over 0 (root) … n (words) and n + 1, a "nothing here" slot
 * whose features are fixed, so that features of missing positions need no branches.
 */
export class Config {
  readonly n: number;
  readonly none: number;
  /** Word hash, XPOS id, UPOS id and word+XPOS hash per position. */
  readonly W: Int32Array;
  readonly T: Int32Array;
  readonly U: Int32Array;
  readonly WT: Int32Array;
  readonly A: Int32Array;
  readonly stack: Int32Array;
  sp = 0;
  /** Next buffer word; `none` (n + 1) when the buffer is empty. */
  b = 1;
  readonly heads: Int32Array;
  /** Two leftmost and two rightmost children so far; counts of left and right children. */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Nearest left and right child so far. */
  readonly lnear: Int32Array;
  readonly rnear: Int32Array;
  /** Label given when the word was attached, + 1 (0: not attached). */
  readonly L: Int32Array;
  /** By how much that label's score beat the next best. */
  readonly margin: Float64Array;
  /** Punctuation marks and verbs among positions 0 … i − 1 (for "what lies between" features). */
  readonly puncts: Int32Array;
  readonly verbs: Int32Array;

  constructor(model: { xposId: Map<string, number>; uposId: Map<string, number> }, input: ParseInput) {
    const n = input.norm.length;
    this.n = n;
    this.none = n + 1;
    const size = n + 2;
    this.W = new Int32Array(size);
    this.T = new Int32Array(size);
    this.U = new Int32Array(size);
    this.WT = new Int32Array(size);
    this.A = new Int32Array(size);
    this.A[0] = 1;
    this.A[n + 1] = 2;
    this.W[0] = ROOT_WORD;
    this.T[0] = 1 << 10;
    this.U[0] = 1 << 10;
    this.W[n + 1] = NONE_WORD;
    this.T[n + 1] = (1 << 10) + 1;
    this.U[n + 1] = (1 << 10) + 1;
    for (let i = 1; i <= n; i++) {
      this.W[i] = input.norm[i - 1]!;
      this.T[i] = model.xposId.get(input.xpos[i - 1]!) ?? 0;
      this.U[i] = model.uposId.get(input.upos[i - 1]!) ?? 0;
      this.A[i] = input.amb ? input.amb[i - 1]! : 0;
    }
    for (let i = 0; i < size; i++) this.WT[i] = feat(127, this.W[i]!, this.T[i]!);
    this.stack = new Int32Array(n + 1);
    this.stack[this.sp++] = 0;
    this.heads = new Int32Array(size).fill(-1);
    this.lc1 = new Int32Array(size).fill(n + 1);
    this.lc2 = new Int32Array(size).fill(n + 1);
    this.rc1 = new Int32Array(size).fill(n + 1);
    this.rc2 = new Int32Array(size).fill(n + 1);
    this.nl = new Int32Array(size);
    this.nr = new Int32Array(size);
    this.lnear = new Int32Array(size).fill(n + 1);
    this.rnear = new Int32Array(size).fill(n + 1);
    this.L = new Int32Array(size);
    this.margin = new Float64Array(size);
    this.puncts = new Int32Array(size + 1);
    this.verbs = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) {
      const x = i >= 1 && i <= n ? input.xpos[i - 1]! : '';
      const u = i >= 1 && i <= n ? input.upos[i - 1]! : '';
      this.puncts[i + 1] = this.puncts[i]! + (u === 'PUNCT' ? 1 : 0);
      this.verbs[i + 1] = this.verbs[i]! + (x.startsWith('VB') || x === 'MD' ? 1 : 0);
    }
  }

  /** Punctuation marks (capped at 3) and verbs (capped at 2) strictly between a and b (a < b), as one number. */
  between(a: number, b: number): number {
    if (a >= b) return 15;
    const p = this.puncts[b]! - this.puncts[a + 1]!;
    const v = this.verbs[b]! - this.verbs[a + 1]!;
    return (p > 3 ? 3 : p) * 4 + (v > 2 ? 2 : v);
  }

  /** Head and dependent of the arc that transition `t` (LEFT or RIGHT) makes. */
  arcOf(t: number): [head: number, dep: number] {
    const s0 = this.stack[this.sp - 1]!;
    return [t === LEFT ? this.b : this.stack[this.sp - 2]!, s0];
  }

  done(): boolean {
    return this.sp === 1 && this.b > this.n;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b <= this.n;
    if (t === LEFT) return this.sp >= 2 && this.b <= this.n;
    return this.sp >= 3 || (this.sp === 2 && this.b > this.n);
  }

  attach(h: number, d: number): void {
    const none = this.none;
    this.heads[d] = h;
    if (d < h) {
      this.nl[h]!++;
      if (this.lnear[h] === none || d > this.lnear[h]!) this.lnear[h] = d;
      if (this.lc1[h] === none || d < this.lc1[h]!) {
        this.lc2[h] = this.lc1[h]!;
        this.lc1[h] = d;
      } else if (this.lc2[h] === none || d < this.lc2[h]!) this.lc2[h] = d;
    } else {
      this.nr[h]!++;
      if (this.rnear[h] === none || d < this.rnear[h]!) this.rnear[h] = d;
      if (this.rc1[h] === none || d > this.rc1[h]!) {
        this.rc2[h] = this.rc1[h]!;
        this.rc1[h] = d;
      } else if (this.rc2[h] === none || d > this.rc2[h]!) this.rc2[h] = d;
    }
  }

  apply(t: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (t === LEFT) {
      this.attach(this.b, this.stack[--this.sp]!);
    } else {
      const s0 = this.stack[--this.sp]!;
      this.attach(this.stack[this.sp - 1]!, s0);
    }
  }

  /** Dynamic-oracle cost of `t` against gold heads `g` (1-based; g[0] unused): gold arcs it makes unreachable. */
  cost(t: number, g: Int32Array): number {
    const n = this.n;
    const sp = this.sp;
    const stack = this.stack;
    const b = this.b;
    let c = 0;
    if (t === SHIFT) {
      for (let k = 1; k < sp; k++) {
        const x = stack[k]!;
        if (g[x] === b) c++;
      }
      const h = g[b]!;
      for (let k = 0; k < sp - 1; k++) if (stack[k] === h) c++;
      return c;
    }
    const s0 = stack[sp - 1]!;
    for (let k = b; k <= n; k++) if (g[k] === s0) c++;
    const h = g[s0]!;
    if (t === LEFT) {
      if (h !== b && (h > b || (sp >= 2 && h === stack[sp - 2]))) c++;
    } else if (h >= b && b <= n) c++;
    return c;
  }
}

const dist = (d: number) => (d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8);
const cap = (v: number) => (v > 3 ? 3 : v);

/** Features of the configuration into `out`; returns how many. */
export function arcFeatures(c: Config, out: Int32Array): number {
  const none = c.none;
  const { W, T, U, WT, stack, sp, lc1, lc2, rc1, rc2, nl, nr } = c;
  const s0 = sp >= 1 ? stack[sp - 1]! : none;
  const s1 = sp >= 2 ? stack[sp - 2]! : none;
  const s2 = sp >= 3 ? stack[sp - 3]! : none;
  const b0 = c.b;
  const b1 = b0 + 1 <= c.n ? b0 + 1 : none;
  const b2 = b0 + 2 <= c.n ? b0 + 2 : none;
  const s0l1 = lc1[s0]!;
  const s0l2 = lc2[s0]!;
  const s0r1 = rc1[s0]!;
  const s0r2 = rc2[s0]!;
  const s1l1 = lc1[s1]!;
  const s1r1 = rc1[s1]!;
  const s1r2 = rc2[s1]!;
  const b0l1 = lc1[b0]!;
  const b0l2 = lc2[b0]!;
  const s0w = W[s0]!;
  const s0t = T[s0]!;
  const s0wt = WT[s0]!;
  const b0w = W[b0]!;
  const b0t = T[b0]!;
  const b0wt = WT[b0]!;
  const b1t = T[b1]!;
  const b2t = T[b2]!;
  const s1w = W[s1]!;
  const s1t = T[s1]!;
  const s1wt = WT[s1]!;
  const s2t = T[s2]!;
  const d = b0 <= c.n && s0 !== none ? dist(b0 - s0) : 0;
  const d1 = s1 !== none && s0 !== none ? dist(s0 - s1) : 0;
  let k = 0;
  out[k++] = feat(0, 0);
  out[k++] = feat(1, s0wt);
  out[k++] = feat(2, s0w);
  out[k++] = feat(3, s0t);
  out[k++] = feat(4, b0wt);
  out[k++] = feat(5, b0w);
  out[k++] = feat(6, b0t);
  out[k++] = feat(7, WT[b1]!);
  out[k++] = feat(8, W[b1]!);
  out[k++] = feat(9, b1t);
  out[k++] = feat(10, WT[b2]!);
  out[k++] = feat(11, W[b2]!);
  out[k++] = feat(12, b2t);
  out[k++] = feat(13, s1wt);
  out[k++] = feat(14, s1w);
  out[k++] = feat(15, s1t);
  out[k++] = feat(16, s2t);
  out[k++] = feat(17, W[s2]!);
  // pairs
  out[k++] = feat(21, s0wt, b0t);
  out[k++] = feat(22, s0t, b0wt);
  out[k++] = feat(24, s0t, b0t);
  out[k++] = feat(25, b0t, b1t);
  out[k++] = feat(27, s1t, s0w);
  out[k++] = feat(28, s1w, s0t);
  out[k++] = feat(29, s1t, s0t);
  out[k++] = feat(32, s1t, b0t);
  // triples
  out[k++] = feat(33, b0t, b1t, b2t);
  out[k++] = feat(34, s0t, b0t, b1t);
  out[k++] = feat(35, s1t, s0t, b0t);
  out[k++] = feat(36, s0t, T[s0l1]!, b0t);
  out[k++] = feat(37, s0t, T[s0r1]!, b0t);
  out[k++] = feat(38, s0t, b0t, T[b0l1]!);
  out[k++] = feat(39, s2t, s1t, s0t);
  out[k++] = feat(40, s1t, s0t, T[s0l1]!);
  out[k++] = feat(41, s1t, s0t, T[s0r1]!);
  out[k++] = feat(42, s1t, T[s1r1]!, s0t);
  out[k++] = feat(43, s1t, T[s1l1]!, s0t);
  out[k++] = feat(44, s0w, b0t, b1t);
  out[k++] = feat(45, s0t, b0w, b1t);
  out[k++] = feat(47, s1w, s0t, b0t);
  // distance
  out[k++] = feat(48, s0w, d);
  out[k++] = feat(49, s0t, d);
  out[k++] = feat(50, b0w, d);
  out[k++] = feat(51, b0t, d);
  out[k++] = feat(53, s0t, b0t, d);
  out[k++] = feat(54, s1t, s0t, d1);
  // valency
  out[k++] = feat(56, s0w, cap(nr[s0]!));
  out[k++] = feat(57, s0t, cap(nr[s0]!));
  out[k++] = feat(58, s0w, cap(nl[s0]!));
  out[k++] = feat(59, s0t, cap(nl[s0]!));
  out[k++] = feat(60, b0w, cap(nl[b0]!));
  out[k++] = feat(61, b0t, cap(nl[b0]!));
  out[k++] = feat(62, s1t, cap(nr[s1]!), cap(nl[s1]!));
  // children
  out[k++] = feat(63, W[s0l1]!);
  out[k++] = feat(64, T[s0l1]!);
  out[k++] = feat(65, W[s0r1]!);
  out[k++] = feat(66, T[s0r1]!);
  out[k++] = feat(67, W[b0l1]!);
  out[k++] = feat(68, T[b0l1]!);
  out[k++] = feat(69, W[s1r1]!);
  out[k++] = feat(70, T[s1r1]!);
  out[k++] = feat(71, T[s1l1]!);
  out[k++] = feat(72, W[s0l2]!);
  out[k++] = feat(73, T[s0l2]!);
  out[k++] = feat(74, W[s0r2]!);
  out[k++] = feat(75, T[s0r2]!);
  out[k++] = feat(76, W[b0l2]!);
  out[k++] = feat(77, T[b0l2]!);
  out[k++] = feat(78, s0t, T[s0l1]!, T[s0l2]!);
  out[k++] = feat(79, s0t, T[s0r1]!, T[s0r2]!);
  out[k++] = feat(80, b0t, T[b0l1]!, T[b0l2]!);
  out[k++] = feat(81, s1t, T[s1r1]!, T[s1r2]!);
  out[k++] = feat(82, s0wt, W[s0l1]!);
  out[k++] = feat(83, s0wt, W[s0r1]!);
  out[k++] = feat(84, b0wt, W[b0l1]!);
  // coarse tags
  out[k++] = feat(85, U[s1]!, U[s0]!, U[b0]!);
  out[k++] = feat(86, U[s0]!, U[b0]!, U[b1]!);
  out[k++] = feat(87, U[s2]!, U[s1]!, U[s0]!);
  out[k++] = feat(89, s0t, b0t, d1);
  // labels given so far
  const L = c.L;
  out[k++] = feat(90, s0t, L[s0l1]!, L[s0r1]!);
  out[k++] = feat(91, b0t, L[b0l1]!, L[b0l2]!);
  out[k++] = feat(92, s1t, L[s1r1]!, L[s1l1]!);
  out[k++] = feat(93, s0w, L[s0l1]!);
  out[k++] = feat(94, s0w, L[s0r1]!);
  out[k++] = feat(95, b0w, L[b0l1]!);
  out[k++] = feat(96, s0t, L[s0l2]!, L[s0r2]!);
  out[k++] = feat(97, s0t, b0t, L[b0l1]!);
  out[k++] = feat(98, s0t, L[c.lnear[s0]!]!, L[c.rnear[s0]!]!);
  out[k++] = feat(99, b0t, L[c.lnear[b0]!]!, s0t);
  // what lies between
  const bs0b0 = s0 !== none && b0 !== none ? c.between(s0, b0) : 16;
  const bs1s0 = s1 !== none && s0 !== none ? c.between(s1, s0) : 16;
  out[k++] = feat(100, s0t, b0t, bs0b0);
  out[k++] = feat(101, s1t, s0t, bs1s0);
  out[k++] = feat(102, s0w, b0t, bs0b0);
  out[k++] = feat(103, s1t, s0w, bs1s0);
  out[k++] = feat(104, s0t, b0t, T[b0 + 3 <= c.n ? b0 + 3 : none]!);
  // pairs and triples of words
  out[k++] = feat(18, s0wt, b0wt);
  out[k++] = feat(19, s0wt, b0w);
  out[k++] = feat(20, s0w, b0wt);
  out[k++] = feat(23, s0w, b0w);
  out[k++] = feat(26, s1wt, s0wt);
  out[k++] = feat(30, s1w, s0w);
  out[k++] = feat(31, s1wt, b0wt);
  out[k++] = feat(46, s1t, s0t, b0w);
  out[k++] = feat(52, s0w, b0w, d);
  out[k++] = feat(55, s1w, s0w, d1);
  out[k++] = feat(88, s0w, s1w, b0w);
  // ambiguity classes: what the words can be, whatever the tagger chose
  const A = c.A;
  out[k++] = feat(105, A[s0]!, b0t);
  out[k++] = feat(106, s0t, A[b0]!);
  out[k++] = feat(107, A[s0]!, A[b0]!);
  out[k++] = feat(108, A[b0]!, A[b1]!);
  out[k++] = feat(109, A[s1]!, A[s0]!, b0t);
  return k;
}

/** Label features of the arc head → dep as it is made: dep's subtree is complete, head's is not. */
function attachFeatures(c: Config, h: number, dep: number, out: Int32Array): number {
  const { W, T, U, WT, L, lc1, rc1, lnear, rnear } = c;
  const dir = dep < h ? 1 : 2;
  const d = dist(Math.abs(h - dep));
  const dw = W[dep]!;
  const dt = T[dep]!;
  const hw = W[h]!;
  const ht = T[h]!;
  const near = lnear[dep]!;
  const hnear = dep < h ? lnear[h]! : rnear[h]!;
  const hfar = dep < h ? lc1[h]! : rc1[h]!;
  let k = 0;
  out[k++] = feat(0, 0);
  out[k++] = feat(1, WT[dep]!);
  out[k++] = feat(2, dw);
  out[k++] = feat(3, dt);
  out[k++] = feat(4, WT[h]!);
  out[k++] = feat(5, hw);
  out[k++] = feat(6, ht);
  out[k++] = feat(7, dt, ht, dir);
  out[k++] = feat(8, dw, ht, dir);
  out[k++] = feat(9, dt, hw, dir);
  out[k++] = feat(10, dw, hw);
  out[k++] = feat(11, dt, ht, d * 4 + dir);
  out[k++] = feat(12, U[dep]!, U[h]!, dir);
  out[k++] = feat(13, W[near]!, dt);
  out[k++] = feat(14, T[near]!, dt, ht);
  out[k++] = feat(15, W[near]!, ht, dir);
  out[k++] = feat(16, L[near]!, dt);
  out[k++] = feat(17, W[lc1[dep]!]!, dt);
  out[k++] = feat(18, L[lc1[dep]!]!, L[rc1[dep]!]!, dt);
  out[k++] = feat(19, T[rc1[dep]!]!, dt);
  out[k++] = feat(20, W[hnear]!, dt, dir);
  out[k++] = feat(21, L[hnear]!, dt, dir);
  out[k++] = feat(22, L[hnear]!, ht, dir);
  out[k++] = feat(23, L[hfar]!, dt, dir);
  out[k++] = feat(24, W[hnear]!, ht, dir);
  out[k++] = feat(25, cap(c.nl[dep]!), cap(c.nr[dep]!), dt);
  out[k++] = feat(26, h === 0 ? 1 : 0, dt);
  out[k++] = feat(27, T[dep - 1]!, dt, T[dep + 1 <= c.n ? dep + 1 : c.none]!);
  out[k++] = feat(28, W[dep - 1]!, dt);
  out[k++] = feat(29, dw, W[near]!, ht);
  return k;
}

/** Label features of the arc head → dep, with the tree and the labels given so far. */
function labelFeatures(
  c: Config,
  dep: number,
  labels: Int32Array,
  kids: Int32Array[],
  out: Int32Array,
): number {
  const { W, T, U, WT, lc1, lc2, rc1, heads } = c;
  const none = c.none;
  const h = heads[dep]!;
  const dir = dep < h ? 1 : 2;
  const d = dist(Math.abs(h - dep));
  const dw = W[dep]!;
  const dt = T[dep]!;
  const hw = W[h]!;
  const ht = T[h]!;
  const hl = h === 0 ? 0 : labels[h - 1]! + 1;
  const g = h === 0 ? none : heads[h]!;
  // siblings next to dep (other children of h on each side) and the label given to the one before
  const sib = kids[h]!;
  let left = none;
  let right = none;
  let leftLabel = 0;
  for (let j = 0; j < sib.length; j++) {
    const x = sib[j]!;
    if (x < dep) {
      left = x;
      leftLabel = labels[x - 1]! + 1;
    } else if (x > dep) {
      right = x;
      break;
    }
  }
  // the nearest left child of dep (its case marker, determiner, auxiliary …) and the first word of its phrase
  const ownKids = kids[dep]!;
  let near = none;
  for (let j = 0; j < ownKids.length && ownKids[j]! < dep; j++) near = ownKids[j]!;
  const l1 = lc1[dep]!;
  const r1 = rc1[dep]!;
  let k = 0;
  out[k++] = feat(0, 0);
  out[k++] = feat(1, WT[dep]!);
  out[k++] = feat(2, dw);
  out[k++] = feat(3, dt);
  out[k++] = feat(4, WT[h]!);
  out[k++] = feat(5, hw);
  out[k++] = feat(6, ht);
  out[k++] = feat(7, dt, ht, dir);
  out[k++] = feat(8, dw, ht, dir);
  out[k++] = feat(9, dt, hw, dir);
  out[k++] = feat(10, dw, hw);
  out[k++] = feat(11, dt, ht, d * 4 + dir);
  out[k++] = feat(12, U[dep]!, U[h]!, dir);
  out[k++] = feat(13, hl, dt, dir);
  out[k++] = feat(14, hl, ht);
  out[k++] = feat(15, T[g]!, ht, dt);
  out[k++] = feat(16, W[left]!, dt, dir);
  out[k++] = feat(17, T[left]!, dt, ht);
  out[k++] = feat(18, W[right]!, dt, dir);
  out[k++] = feat(19, T[right]!, dt, ht);
  out[k++] = feat(20, leftLabel, dt, dir);
  out[k++] = feat(21, leftLabel, ht);
  out[k++] = feat(22, W[near]!, dt);
  out[k++] = feat(23, T[near]!, dt, ht);
  out[k++] = feat(24, W[near]!, ht);
  out[k++] = feat(25, W[l1]!, dt);
  out[k++] = feat(26, T[l1]!, T[lc2[dep]!]!, dt);
  out[k++] = feat(27, T[r1]!, dt);
  out[k++] = feat(28, W[r1]!, dt);
  out[k++] = feat(29, cap(c.nl[dep]!), cap(c.nr[dep]!), dt);
  out[k++] = feat(30, W[near]!, ht, dir);
  out[k++] = feat(31, W[left]!, W[right]!, dt);
  out[k++] = feat(32, hw, W[right]!, dir);
  out[k++] = feat(33, h === 0 ? 1 : 0, dt);
  out[k++] = feat(34, W[g]!, hw, dt);
  out[k++] = feat(35, dw, W[near]!, ht);
  out[k++] = feat(36, T[dep - 1]!, dt, T[dep + 1 <= c.n ? dep + 1 : none]!);
  out[k++] = feat(37, W[dep - 1]!, dt);
  out[k++] = feat(38, hl, W[near]!, dt);
  // the label the arc got when it was made
  const A = c.L;
  out[k++] = feat(39, A[dep]!);
  out[k++] = feat(40, A[dep]!, dt, ht);
  out[k++] = feat(41, A[dep]!, hl);
  out[k++] = feat(42, A[dep]!, W[near]!);
  out[k++] = feat(43, A[dep]!, W[left]!, W[right]!);
  out[k++] = feat(44, A[dep]!, A[left]!, dir);
  return k;
}

/** Children of each position, in order. */
function childrenOf(c: Config): Int32Array[] {
  const counts = new Int32Array(c.n + 2);
  for (let i = 1; i <= c.n; i++) counts[c.heads[i]!]!++;
  const kids = Array.from(counts, (k) => new Int32Array(k));
  const fill = new Int32Array(c.n + 2);
  for (let i = 1; i <= c.n; i++) {
    const h = c.heads[i]!;
    kids[h]![fill[h]!++] = i;
  }
  return kids;
}

/** Words from the root down, breadth first, so that a head is labelled before its dependents. */
function topDown(kids: Int32Array[]): number[] {
  const order: number[] = [];
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    for (const x of kids[queue[q]!]!) {
      order.push(x);
      queue.push(x);
    }
  }
  return order;
}

/** Ids of tags, built once per model. */
const idCache = new WeakMap<ParserModel, { xposId: Map<string, number>; uposId: Map<string, number> }>();
function ids(model: { xpos: string[]; upos: string[] }) {
  return {
    xposId: new Map(model.xpos.map((t, i) => [t, i + 1])),
    uposId: new Map(model.upos.map((t, i) => [t, i + 1])),
  };
}
export function idsOf(model: ParserModel) {
  let v = idCache.get(model);
  if (!v) idCache.set(model, (v = ids(model)));
  return v;
}

const ALL = [SHIFT, LEFT, RIGHT];

/** Parses one sentence. */
export function parse(model: ParserModel, input: ParseInput): ParseOutput {
  return parseMany(model, [input])[0]!;
}

/**
 * Parses sentences in two sweeps: first every tree (transitions and the labels given as arcs are
 * made), then every final labelling. Each sweep keeps one model's tables warm in the cache; going
 * back and forth between models sentence by sentence was about a third slower.
 */
export function parseMany(model: ParserModel, inputs: readonly ParseInput[]): ParseOutput[] {
  const feats = new Int32Array(ARC_FEATS);
  const scores = new Float64Array(Math.max(3, model.labels.length));
  const L = model.labels.length;
  const configs = inputs.map((input) => {
    const c = new Config(idsOf(model), input);
    while (!c.done()) {
      const canShift = c.valid(SHIFT);
      const canLeft = c.valid(LEFT);
      const canRight = c.valid(RIGHT);
      let best: number;
      // with only one move possible (nothing on the stack but the root, or an empty buffer) there
      // is nothing to score
      if (canShift && !canLeft && !canRight) best = SHIFT;
      else if (canRight && !canShift && !canLeft) best = RIGHT;
      else {
        const k = arcFeatures(c, feats);
        scoreInto(model.arcs, feats, k, scores);
        best = -1;
        if (canShift) best = SHIFT;
        if (canLeft && (best < 0 || scores[LEFT]! > scores[best]!)) best = LEFT;
        if (canRight && (best < 0 || scores[RIGHT]! > scores[best]!)) best = RIGHT;
      }
      if (best !== SHIFT) {
        const d = c.stack[c.sp - 1]!;
        const h = best === LEFT ? c.b : c.stack[c.sp - 2]!;
        const k2 = attachFeatures(c, h, d, feats);
        scoreInto(model.attacher, feats, k2, scores);
        let top = 0;
        let topScore = scores[0]!;
        let next = -Infinity;
        for (let x = 1; x < L; x++) {
          const v = scores[x]!;
          if (v > topScore) {
            next = topScore;
            topScore = v;
            top = x;
          } else if (v > next) next = v;
        }
        c.L[d] = top + 1;
        c.margin[d] = topScore - next;
      }
      c.apply(best);
    }
    return c;
  });
  return configs.map((c) => ({
    heads: c.heads.slice(1, c.n + 1),
    labels: labelTree(model, c, feats, scores),
  }));
}

/** Final labels: the labeller's where the label given at attachment was unsure, that label elsewhere. */
function labelTree(model: ParserModel, c: Config, feats: Int32Array, scores: Float64Array): Int32Array {
  const labels = new Int32Array(c.n);
  let unsure = 0;
  for (let d = 1; d <= c.n; d++) {
    labels[d - 1] = c.L[d]! - 1;
    if (c.margin[d]! < model.relabelBelow) unsure++;
  }
  if (unsure === 0) return labels;
  const kids = childrenOf(c);
  for (const d of topDown(kids)) {
    if (c.margin[d]! >= model.relabelBelow) continue;
    const k = labelFeatures(c, d, labels, kids, feats);
    scoreInto(model.labeller, feats, k, scores);
    labels[d - 1] = argmax(scores, model.labels.length);
  }
  return labels;
}

/** A training sentence for the parser. */
export interface ParserExample extends ParseInput {
  /** Gold head of each word (1-based, 0 = root). */
  heads: Int32Array;
  /** Gold relation of each word. */
  deprels: readonly string[];
}

/** Settings of parser training. */
export interface ParserOptions {
  /** Passes over the data. */
  epochs: number;
  /** Seed of the shuffling and exploration. */
  seed: number;
  /** From this epoch on, a wrong transition is followed with probability `explore`. */
  exploreFrom: number;
  explore: number;
  /** Rows whose largest averaged weight is smaller are dropped. */
  prune: number;
  /** The transition model is pruned at `prune` × this (its rows are many and cheap to lose). */
  arcPrune: number;
  /**
   * Called after each epoch with the frozen model, and a function that freezes the same weights
   * with another pruning threshold.
   */
  onEpoch?: (
    epoch: number,
    model: ParserModel,
    seconds: number,
    refreeze: (prune: number) => ParserModel,
  ) => void;
}

export const DEFAULT_PARSER_OPTIONS: ParserOptions = {
  epochs: 15,
  seed: 1,
  exploreFrom: 2,
  explore: 0.9,
  prune: 0.5,
  arcPrune: 2,
};

/** Trains parser and labeller. Deterministic for equal data and options. */
export function trainParser(
  data: readonly ParserExample[],
  options: Partial<ParserOptions> = {},
): ParserModel {
  const o = { ...DEFAULT_PARSER_OPTIONS, ...options };
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  const xpos = sorted(data.flatMap((s) => s.xpos));
  const upos = sorted(data.flatMap((s) => s.upos));
  const labels = sorted(data.flatMap((s) => s.deprels));
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const tagIds = ids({ xpos, upos });
  const arcs = new Perceptron(3, 1 << 16);
  const att = new Perceptron(labels.length, 1 << 14);
  const lab = new Perceptron(labels.length, 1 << 14);
  const order = data.map((_, i) => i);
  const rand = prng(o.seed);
  const feats = new Int32Array(ARC_FEATS);
  const scores = new Float64Array(Math.max(3, labels.length));
  const costs = new Int32Array(3);
  const freeze = (prune = o.prune): ParserModel => ({
    xpos,
    upos,
    labels,
    arcs: arcs.freeze(prune * o.arcPrune),
    attacher: att.freeze(prune),
    labeller: lab.freeze(prune),
    relabelBelow: Infinity,
  });
  let model: ParserModel | null = null;
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, rand);
    const explore = epoch >= o.exploreFrom ? o.explore : 0;
    for (const si of order) {
      const s = data[si]!;
      const n = s.heads.length;
      const gold = new Int32Array(n + 2);
      gold.set(s.heads, 1);
      const c = new Config(tagIds, s);
      while (!c.done()) {
        const k = arcFeatures(c, feats);
        arcs.score(feats, k, scores);
        let pred = -1;
        let min = Infinity;
        for (const t of ALL) {
          if (!c.valid(t)) continue;
          costs[t] = c.cost(t, gold);
          if (costs[t]! < min) min = costs[t]!;
          if (pred < 0 || scores[t]! > scores[pred]!) pred = t;
        }
        let oracle = -1;
        for (const t of ALL) {
          if (c.valid(t) && costs[t] === min && (oracle < 0 || scores[t]! > scores[oracle]!)) oracle = t;
        }
        let next = oracle;
        if (costs[pred]! > min) {
          arcs.update(feats, k, oracle, pred);
          if (explore > 0 && rand() < explore) next = pred;
        } else next = pred;
        arcs.step++;
        if (next !== SHIFT) {
          // label the arc as it is made; learn only from arcs the gold tree has
          const [h, d] = c.arcOf(next);
          const k2 = attachFeatures(c, h, d, feats);
          att.score(feats, k2, scores);
          const p = argmax(scores, labels.length);
          if (gold[d] === h) {
            att.update(feats, k2, labelId.get(s.deprels[d - 1]!)!, p);
            att.step++;
          }
          c.L[d] = p + 1;
        }
        c.apply(next);
      }
      // the final labeller learns on the tree the parser made (as it will be used), from the
      // words whose head is right, with its own earlier predictions as context
      const kids = childrenOf(c);
      const got = new Int32Array(n);
      for (const d of topDown(kids)) {
        const k = labelFeatures(c, d, got, kids, feats);
        lab.score(feats, k, scores);
        const p = argmax(scores, labels.length);
        if (c.heads[d] === gold[d]) {
          lab.update(feats, k, labelId.get(s.deprels[d - 1]!)!, p);
          lab.step++;
        }
        got[d - 1] = p;
      }
    }
    if (o.onEpoch || epoch === o.epochs) {
      model = freeze();
      o.onEpoch?.(epoch, model, (performance.now() - t0) / 1000, freeze);
    }
  }
  return model ?? freeze();
}

/**
 * Follows the dynamic oracle alone (lowest-cost transition, ties to SHIFT, LEFT, RIGHT) from the
 * empty configuration: the heads it reaches. For a projective tree they are the gold heads; for
 * a non-projective one, a tree that loses as few gold arcs as it can. (For tests.)
 */
export function oracleHeads(gold: Int32Array): Int32Array {
  const n = gold.length;
  const g = new Int32Array(n + 2);
  g.set(gold, 1);
  const none = new Array<string>(n).fill('');
  const c = new Config(ids({ xpos: [], upos: [] }), { norm: new Int32Array(n), xpos: none, upos: none });
  while (!c.done()) {
    let best = -1;
    let min = Infinity;
    for (const t of ALL) {
      if (!c.valid(t)) continue;
      const cost = c.cost(t, g);
      if (cost < min) {
        min = cost;
        best = t;
      }
    }
    c.apply(best);
  }
  return c.heads.slice(1, n + 1);
}
