/**
 * One automaton over tokens for every phrase of the actor dictionaries: a trie keyed on lower-cased
 * tokens, matched left to right, longest match first. Tokens are numbered once (a vocabulary map);
 * a node's children live in one map keyed by the number `node * VOCAB_LIMIT + token`, so the trie of
 * ~40,000 phrases is one map of numbers and a few arrays instead of one map per node (it loads in
 * a fraction of the time, and a step costs one numeric lookup).
 */

/** More distinct tokens than any dictionary has; node * VOCAB_LIMIT + token stays an exact integer. */
const VOCAB_LIMIT = 1 << 22;

export interface TrieHit<P> {
  /** Token range [start, end) of the match. */
  start: number;
  end: number;
  payloads: readonly P[];
}

/**
 * An automaton as stored: its vocabulary, its edges as (parent, token, child) triples and its
 * payloads as (node, code) pairs. Loading it fills two maps and an array, with no phrase split.
 */
export interface SerializedTrie {
  vocab: string[];
  edges: Int32Array;
  payloads: Int32Array;
  /** Nodes, the root included. */
  nodes: number;
  /** Phrases added. */
  size: number;
}

export class TokenTrie<P> {
  /** Token → its number. A token not in it starts and continues no phrase. */
  private vocab = new Map<string, number>();
  /** Children of the root, by token number: most tokens of a text stop here. */
  private root: number[] = [];
  /** Children of the other nodes, keyed node * VOCAB_LIMIT + token number. */
  private edges = new Map<number, number>();
  /** What the phrase ending at each node stands for (undefined for inner nodes). */
  private payload: (P[] | undefined)[] = [undefined];
  /** Phrases added. */
  size = 0;

  /** Adds a phrase given as its tokens (already lower-cased). */
  add(tokens: readonly string[], payload: P): void {
    if (tokens.length === 0) return;
    let node = 0;
    for (let k = 0; k < tokens.length; k++) {
      const word = tokens[k]!;
      let tok = this.vocab.get(word);
      if (tok === undefined) {
        tok = this.vocab.size;
        if (tok >= VOCAB_LIMIT) throw new Error('TokenTrie: too many distinct tokens');
        this.vocab.set(word, tok);
      }
      let next = node === 0 ? this.root[tok] : this.edges.get(node * VOCAB_LIMIT + tok);
      if (next === undefined) {
        next = this.payload.length;
        this.payload.push(undefined);
        if (node === 0) this.root[tok] = next;
        else this.edges.set(node * VOCAB_LIMIT + tok, next);
      }
      node = next;
    }
    const list = this.payload[node];
    if (list) list.push(payload);
    else this.payload[node] = [payload];
    this.size++;
  }

  /** The automaton as arrays; `encode` turns a payload into a non-negative integer. */
  serialize(encode: (p: P) => number): SerializedTrie {
    const vocab = [...this.vocab.keys()];
    const edges = new Int32Array((this.root.filter((x) => x !== undefined).length + this.edges.size) * 3);
    let k = 0;
    this.root.forEach((child, tok) => {
      if (child === undefined) return;
      edges[k++] = 0;
      edges[k++] = tok;
      edges[k++] = child;
    });
    for (const [key, child] of this.edges) {
      edges[k++] = Math.floor(key / VOCAB_LIMIT);
      edges[k++] = key % VOCAB_LIMIT;
      edges[k++] = child;
    }
    const pairs: number[] = [];
    this.payload.forEach((list, node) => {
      for (const p of list ?? []) pairs.push(node, encode(p));
    });
    return { vocab, edges, payloads: Int32Array.from(pairs), nodes: this.payload.length, size: this.size };
  }

  /** The automaton `serialize` stored; `decode` turns an integer back into its payload. */
  static deserialize<P>(s: SerializedTrie, decode: (n: number) => P): TokenTrie<P> {
    const t = new TokenTrie<P>();
    s.vocab.forEach((w, k) => t.vocab.set(w, k));
    const { edges, payloads } = s;
    for (let k = 0; k < edges.length; k += 3) {
      const parent = edges[k]!;
      if (parent === 0) t.root[edges[k + 1]!] = edges[k + 2]!;
      else t.edges.set(parent * VOCAB_LIMIT + edges[k + 1]!, edges[k + 2]!);
    }
    t.payload = new Array<P[] | undefined>(s.nodes).fill(undefined);
    for (let k = 0; k < payloads.length; k += 2) {
      const node = payloads[k]!;
      const p = decode(payloads[k + 1]!);
      const list = t.payload[node];
      if (list) list.push(p);
      else t.payload[node] = [p];
    }
    t.size = s.size;
    return t;
  }

  /** Whether some phrase starts with this token. */
  starts(token: string): boolean {
    const tok = this.vocab.get(token);
    return tok !== undefined && this.root[tok] !== undefined;
  }

  /** The longest phrase starting at `i` and ending at or before `to`, or null. */
  longestAt(keys: readonly string[], i: number, to = keys.length): TrieHit<P> | null {
    const first = this.vocab.get(keys[i]!);
    let node = first === undefined ? undefined : this.root[first];
    if (node === undefined) return null;
    let best: TrieHit<P> | null = null;
    for (let j = i; ;) {
      const p = this.payload[node];
      if (p) best = { start: i, end: j + 1, payloads: p };
      if (++j >= to) break;
      const tok = this.vocab.get(keys[j]!);
      if (tok === undefined) break;
      const next = this.edges.get(node * VOCAB_LIMIT + tok);
      if (next === undefined) break;
      node = next;
    }
    return best;
  }

  /** The payloads of exactly this phrase, or undefined. */
  get(keys: readonly string[]): readonly P[] | undefined {
    const hit = keys.length ? this.longestAt(keys, 0, keys.length) : null;
    return hit && hit.end === keys.length ? hit.payloads : undefined;
  }

  /** Every longest match in keys [from, to), left to right, not overlapping. */
  matchAll(keys: readonly string[], from = 0, to = keys.length): TrieHit<P>[] {
    const out: TrieHit<P>[] = [];
    for (let i = from; i < to;) {
      const hit = this.longestAt(keys, i, to);
      if (hit) {
        out.push(hit);
        i = hit.end;
      } else i++;
    }
    return out;
  }
}
