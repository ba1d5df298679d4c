/**
 * Coding one verb of a dependency-parsed sentence with the CAMEO verb dictionary.
 *
 * The verb's lemma selects its verb entries (multi-word verbs such as `+CALL_OFF` first, when their
 * particle is there), and so their blocks; each pattern of those blocks is tried against the verb's
 * dependents:
 *
 * - words after `*` are looked for in what the verb governs: its object (or, in a passive, its
 *   subject), obliques, particles, xcomp and ccomp, and everything under them, but not in
 *   coordinated verbs, adverbial clauses, relative clauses or parentheticals; words before `*` in its
 *   subject (or passive agent) and the auxiliaries and adverbs before it. Other words may come
 *   between, so "provide * aid" matches "provided humanitarian aid";
 * - a noun phrase `{HUMANITARIAN AID}` needs its head (the last word) and its modifiers under that
 *   head; a `_` run (`FIGHTER_&AIRCRAFT`) needs them next to each other;
 * - `(FOR &CEASEFIRE)` needs the preposition and its nouns under the word it governs; `(WITH)` takes
 *   whatever "with" governs as the target;
 * - `$`, `+`, `^` take a noun (source, target, any);
 * - nouns match in any number: the pattern's AID matches "aid" and "aids", SANCTIONS "sanction".
 *
 * The pattern that matches the most words wins; on a tie the later one in the file, as PETRARCH2
 * does for patterns written twice (its tree keeps the last). No pattern: the verb's own code, else
 * its block's. `[---]` codes nothing: the result says so (`code: null`) rather than vanishing.
 *
 * Pure: the same tokens and dictionary give the same result; odd trees (bad heads, cycles) give
 * a result or null, never an exception.
 */
import type { CameoDictionary } from './compile';
import { ploverOf } from './parse-plover';
import type {
  EventCode,
  NounPhrase,
  PatternElement,
  PloverCoding,
  Term,
  VerbEntry,
  VerbPattern,
} from './types';

/** The little the matcher needs of a parsed word (lib/nlp/syntax's SyntaxToken has all of it). */
export interface TreeToken {
  /** 1-based position in the sentence; `head` refers to it. */
  id: number;
  /** As written. */
  form: string;
  /** Dictionary form ("provided" → "provide"). */
  lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, PRON, VERB …). */
  upos: string;
  /** `id` of the head, 0 for the root. */
  head: number;
  /** UD relation to the head, with subtype ("nsubj:pass", "obl:agent", "compound:prt"). */
  deprel: string;
  /** Penn tag, where known: tells a participle (VBN) from a past tense (VBD). */
  xpos?: string;
}

/** A sentence prepared once for any number of verbs: children lists and lower-case words. */
export interface CameoTree {
  tokens: readonly TreeToken[];
  /** Index of each token's head, -1 for the root (or a head that is not in the sentence). */
  heads: Int32Array;
  /** Indexes of each token's dependents, in sentence order. */
  children: number[][];
  /** Lower-case forms and lemmas. */
  forms: string[];
  lemmas: string[];
  /** Per token, the keys a pattern word can meet it by: last piece of form and lemma, and their singulars. */
  tokenKeys: string[][];
  /** All tokens' keys: a pattern naming a word that is not here cannot match (checked first). */
  keys: Set<string>;
}

/** A word that can fill the source or target, with how it was reached. */
export interface RoleFiller {
  /** Token id. */
  token: number;
  /**
   * The relation path from the verb: "nsubj", "obl:agent", "nsubj:pass", "obj", "obl:to",
   * "obj>nmod:poss", "$ slot", "+ slot", "(with)", "controller nsubj" …
   */
  via: string;
  /**
   * Fillers of one group are alternatives of equal rank (coordinated nouns: "France and Germany");
   * groups come in order of preference: take the first group that holds an actor.
   */
  group: number;
}

/** The code the dictionary gives one verb in its sentence. */
export interface CameoMatch {
  /** Token id of the verb. */
  verb: number;
  /** The entry that the verb matched: its line and text in CAMEO.2.0.txt, and its block's name. */
  entry: { line: number; text: string; block: string };
  /** Token ids of the other words of a multi-word verb ("off" of "called off"). */
  particles: number[];
  /** CAMEO code from source to target, or null when the dictionary codes no event (`[---]`). */
  code: string | null;
  /** CAMEO code of the paired event from target back to source (`[042:043]`), or null. */
  reverse: string | null;
  /** Both directions carry the same code (`[057:057]`): a symmetric act (signing, meeting). */
  symmetric: boolean;
  /** Where the code came from: a pattern, the verb's own code, or its block's. */
  codeFrom: 'pattern' | 'verb' | 'block';
  /** The pattern that matched, or null when the default code applied. */
  pattern: { line: number; text: string; code: string; comment: string } | null;
  /**
   * The pattern's score: one point per word matched, ½ per slot (`$`, `+`, `^`), 0.01 more per
   * word matched as written rather than through number; the highest wins. 0 without a pattern.
   */
  score: number;
  /** Token ids of the words the pattern matched. */
  matched: number[];
  /** The verb is passive ("was expelled by"): source and target come from the agent and the subject. */
  passive: boolean;
  /** Who did it, in order of preference. */
  source: RoleFiller[];
  /** To whom, in order of preference. */
  target: RoleFiller[];
  /** PLOVER event type, mode and context of `code` (with `row`, the table row used), or null. */
  plover: (PloverCoding & { row: string }) | null;
  /** PLOVER coding of `reverse`, or null. */
  reversePlover: (PloverCoding & { row: string }) | null;
  /** How the code was reached, for the event's trail: "verb PROVIDE (GRANT, line 6182)", "pattern …". */
  trail: string[];
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X', 'SYM']);
/** Relations that start another event or an aside: never searched for a pattern's words. */
const PRUNE = new Set([
  'conj',
  'cc',
  'parataxis',
  'advcl',
  'acl:relcl',
  'punct',
  'reparandum',
  'discourse',
  'vocative',
  'list',
]);
const PRUNE_ACL = new Set([...PRUNE, 'acl']);
/** Prepositions that bring in a target when the pattern does not say: "provided aid to the refugees". */
const TARGET_PREPS = new Set([
  'to',
  'with',
  'against',
  'on',
  'upon',
  'at',
  'toward',
  'towards',
  'into',
  'onto',
]);
/** Relative pronouns: "the country that attacked": the subject is the noun the clause modifies. */
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Prepares a sentence: the tokens as given, with heads resolved by id. Never throws. */
export function prepareTree(tokens: readonly TreeToken[]): CameoTree {
  const n = tokens.length;
  const byId = new Map<number, number>();
  tokens.forEach((t, i) => byId.set(t.id, i));
  const heads = new Int32Array(n);
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const h = byId.get(tokens[i]!.head);
    heads[i] = h === undefined || h === i ? -1 : h;
    if (heads[i]! >= 0) children[heads[i]!]!.push(i);
  }
  const forms = tokens.map((t) => String(t.form ?? '').toLowerCase());
  const lemmas = tokens.map((t) => String(t.lemma ?? '').toLowerCase());
  const keys = new Set<string>();
  const tokenKeys = forms.map((form, i) => {
    const ks = new Set<string>();
    for (const w of [form, lemmas[i]!]) {
      const p = pieces(w);
      const tail = p[p.length - 1];
      if (tail === undefined) continue;
      ks.add(tail);
      ks.add(singular(tail));
    }
    for (const k of ks) keys.add(k);
    return [...ks];
  });
  return { tokens, heads, children, forms, lemmas, tokenKeys, keys };
}

const rel = (tree: CameoTree, i: number) => String(tree.tokens[i]!.deprel ?? '');
const base = (r: string) => r.split(':')[0]!;

/** Indexes under `i` (itself included), not entering pruned relations; safe on cycles. */
function subtree(tree: CameoTree, i: number, prune: ReadonlySet<string> = PRUNE): number[] {
  let memo = prune === PRUNE ? subtrees.get(tree) : undefined;
  if (prune === PRUNE && !memo) subtrees.set(tree, (memo = new Map()));
  const known = memo?.get(i);
  if (known) return known;
  const out: number[] = [];
  const seen = new Set<number>();
  const stack = [i];
  while (stack.length) {
    const k = stack.pop()!;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(k);
    for (const c of tree.children[k]!) if (!prune.has(rel(tree, c)) && !seen.has(c)) stack.push(c);
  }
  memo?.set(i, out);
  return out;
}
const subtrees = new WeakMap<CameoTree, Map<number, number[]>>();

/** Nominal pieces of a word: "cease-fire" → ["cease", "-", "fire"]. */
const pieces = (w: string) => w.split(/(-)/).filter((p) => p.length > 0);

/** The singular a plural pattern noun may stand for: "sanctions" → "sanction", "rallies" → "rally". */
function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !/(is|us|ss)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * Where a run of words ends at token `t`: the index of its first token and whether the last word
 * is the token as written, or null. The last word matches the token's form or lemma, in any
 * number; the others match forms, token after token (a hyphenated word matches one token or its
 * split pieces).
 */
function runEndsAt(
  tree: CameoTree,
  words: readonly string[],
  t: number,
): { first: number; exact: boolean } | null {
  const { want, lastAlts } = runOf(words);
  if (want.length === 0) return null;
  let j = want.length - 1;
  const last = want[j]!;
  const formPieces = pieces(tree.forms[t]!);
  let exact = false;
  let matched = false;
  // the head token: form or lemma, singular or plural
  for (const hp of [formPieces, pieces(tree.lemmas[t]!)]) {
    if (hp.length === 0 || hp.length > j + 1) continue;
    const tail = hp[hp.length - 1]!;
    if (!lastAlts.has(tail) && !lastAlts.has(singular(tail))) continue;
    let ok = true;
    for (let q = hp.length - 2, w = j - 1; q >= 0; q--, w--) if (hp[q] !== want[w]) ok = false;
    if (ok) {
      exact = hp === formPieces && tail === last;
      j -= hp.length;
      matched = true;
      break;
    }
  }
  if (!matched) return null;
  let k = t - 1;
  while (j >= 0) {
    if (k < 0) return null;
    const tp = pieces(tree.forms[k]!);
    if (tp.length === 0 || tp.length > j + 1) return null;
    for (let q = tp.length - 1; q >= 0; q--, j--) if (tp[q] !== want[j]) return null;
    k--;
  }
  return { first: k + 1, exact };
}

/** A run of pattern words split into pieces, with the forms its last word may take. */
interface Run {
  want: string[];
  lastAlts: Set<string>;
}
const runs = new WeakMap<readonly string[], Run>();
function runOf(words: readonly string[]): Run {
  let r = runs.get(words);
  if (!r) {
    const want = words.flatMap(pieces);
    const last = want[want.length - 1];
    r = { want, lastAlts: last === undefined ? new Set() : new Set([last, singular(last)]) };
    runs.set(words, r);
  }
  return r;
}

/** A synset's members by the keys their last word can meet a token by. */
interface SynsetIndex {
  byKey: Map<string, string[][]>;
}
const synsetIndexes = new WeakMap<object, Map<string, SynsetIndex>>();
function synsetIndex(dict: CameoDictionary, name: string): SynsetIndex {
  let all = synsetIndexes.get(dict.synsets);
  if (!all) synsetIndexes.set(dict.synsets, (all = new Map()));
  let ix = all.get(name);
  if (!ix) {
    ix = { byKey: new Map() };
    for (const m of dict.synsets[name] ?? [])
      for (const k of runOf(m).lastAlts) {
        const l = ix.byKey.get(k);
        if (l) l.push(m);
        else ix.byKey.set(k, [m]);
      }
    all.set(name, ix);
  }
  return ix;
}

/** A pattern word written as the token is ("PROTESTERS" for "protesters") outranks one matched through number ("PROTESTER"). */
const EXACT_BONUS = 0.01;

interface TermHit {
  /** First and last token index of the words matched. */
  first: number;
  last: number;
  /** Points: words matched, or ½ for a slot. */
  score: number;
}

/** Whether term `term` ends at token `t`; the longest synset member wins. */
function termAt(tree: CameoTree, dict: CameoDictionary, term: Term, t: number): TermHit | null {
  switch (term.kind) {
    case 'word': {
      const r = runEndsAt(tree, term.words, t);
      return r && { first: r.first, last: t, score: term.words.length + (r.exact ? EXACT_BONUS : 0) };
    }
    case 'synset': {
      let best: TermHit | null = null;
      const ix = synsetIndex(dict, term.name);
      const members = new Set<string[]>();
      for (const k of tree.tokenKeys[t]!) for (const m of ix.byKey.get(k) ?? []) members.add(m);
      for (const m of members) {
        if (best && m.length + EXACT_BONUS <= best.score) continue;
        const r = runEndsAt(tree, m, t);
        const score = m.length + (r?.exact ? EXACT_BONUS : 0);
        if (r && (!best || score > best.score)) best = { first: r.first, last: t, score };
      }
      return best;
    }
    case 'source':
    case 'target':
    case 'any':
      return NOMINAL.has(tree.tokens[t]!.upos) ? { first: t, last: t, score: 0.5 } : null;
  }
}

interface Binding {
  used: Set<number>;
  matched: number[];
  score: number;
  source: number | null;
  target: number | null;
  /** Words governed by an empty prepositional phrase ("(WITH)"): targets. */
  governed: { token: number; prep: string }[];
}

/** The verb's arguments, as the patterns and the roles see them. */
interface Frame {
  verb: number;
  passive: boolean;
  /** Logical subject (active subject, passive agent, controller …) with how it was found. */
  subjects: { token: number; via: string }[];
  /** Logical object (active object, passive subject, the noun of a reduced relative …). */
  objects: { token: number; via: string }[];
  /** Search space after `*`, in order of closeness to the verb. */
  post: number[];
  /** Search space before `*`. */
  pre: number[];
}

function childrenWith(tree: CameoTree, i: number, test: (r: string) => boolean): number[] {
  return tree.children[i]!.filter((c) => test(rel(tree, c)));
}

function isPassive(tree: CameoTree, v: number): boolean {
  if (
    childrenWith(
      tree,
      v,
      (r) => r === 'nsubj:pass' || r === 'aux:pass' || r === 'csubj:pass' || r === 'obl:agent',
    ).length
  )
    return true;
  // "troops deployed by Russia": a past participle modifying a noun
  const t = tree.tokens[v]!;
  if (rel(tree, v) !== 'acl' || t.upos !== 'VERB') return false;
  return t.xpos ? t.xpos === 'VBN' : /(ed|en|wn)$/.test(tree.forms[v]!);
}

/** The by-phrase of a passive: obl:agent, or an obl whose case is "by". */
function agentsOf(tree: CameoTree, v: number): number[] {
  return childrenWith(tree, v, (r) => r === 'obl:agent' || r === 'obl').filter(
    (c) =>
      rel(tree, c) === 'obl:agent' ||
      tree.children[c]!.some((g) => rel(tree, g) === 'case' && tree.forms[g] === 'by'),
  );
}

/** Logical subject of verb `v`, following control, coordination and relative clauses up (bounded). */
function subjectsOf(tree: CameoTree, v: number, depth = 0): { token: number; via: string }[] {
  if (depth > 4) return [];
  const r = rel(tree, v);
  const head = tree.heads[v]!;
  if (isPassive(tree, v)) return agentsOf(tree, v).map((t) => ({ token: t, via: 'obl:agent' }));
  const own = childrenWith(tree, v, (x) => x === 'nsubj' || x === 'csubj' || x === 'nsubj:outer');
  const relative = own.filter((s) => RELATIVE.has(tree.lemmas[s]!));
  // "the country that attacked …", "forces attacking the city": the modified noun
  if ((r === 'acl:relcl' || r === 'acl') && head >= 0 && relative.length === own.length)
    return [{ token: head, via: `${r} head` }];
  if (own.length) return own.map((t) => ({ token: t, via: 'nsubj' }));
  if (head < 0) return [];
  if (r === 'xcomp') {
    // object control ("urged Iran to stop") before subject control ("agreed to stop")
    const obj = childrenWith(tree, head, (x) => x === 'obj');
    if (obj.length) return obj.map((t) => ({ token: t, via: 'controller obj' }));
    const pass = childrenWith(tree, head, (x) => x === 'nsubj:pass');
    if (pass.length) return pass.map((t) => ({ token: t, via: 'controller nsubj:pass' }));
    return subjectsOf(tree, head, depth + 1).map((s) => ({ token: s.token, via: `controller ${s.via}` }));
  }
  if (r === 'conj' || r === 'ccomp' || r === 'advcl') {
    if (r !== 'conj') return [];
    return subjectsOf(tree, head, depth + 1).map((s) => ({ token: s.token, via: `shared ${s.via}` }));
  }
  return [];
}

/** Logical object of verb `v`. */
function objectsOf(tree: CameoTree, v: number, passive: boolean): { token: number; via: string }[] {
  const r = rel(tree, v);
  const head = tree.heads[v]!;
  if (passive) {
    const s = childrenWith(tree, v, (x) => x === 'nsubj:pass');
    const nonRel = s.filter((t) => !RELATIVE.has(tree.lemmas[t]!));
    if (nonRel.length) return nonRel.map((t) => ({ token: t, via: 'nsubj:pass' }));
    // "the deal that was signed", "troops deployed by Russia"
    if ((r === 'acl:relcl' || r === 'acl') && head >= 0) return [{ token: head, via: `${r} head` }];
    return [];
  }
  const o = childrenWith(tree, v, (x) => x === 'obj');
  const nonRel = o.filter((t) => !RELATIVE.has(tree.lemmas[t]!));
  if (nonRel.length) return nonRel.map((t) => ({ token: t, via: 'obj' }));
  if (r === 'acl:relcl' && head >= 0) {
    // "the deal that Iran signed": the relative's own subject is someone else
    const own = childrenWith(tree, v, (x) => x === 'nsubj');
    if (own.some((s) => !RELATIVE.has(tree.lemmas[s]!))) return [{ token: head, via: 'acl:relcl head' }];
  }
  return [];
}

function frameOf(tree: CameoTree, v: number, particles: readonly number[]): Frame {
  const passive = isPassive(tree, v);
  const subjects = subjectsOf(tree, v);
  const objects = objectsOf(tree, v, passive);
  const subjectSet = new Set(subjects.map((s) => s.token));
  const agents = new Set(passive ? agentsOf(tree, v) : []);
  const post: number[] = [];
  const pre: number[] = [];
  const seen = new Set<number>([v, ...particles]);
  const push = (list: number[], xs: number[]) => {
    for (const x of xs)
      if (!seen.has(x)) {
        seen.add(x);
        list.push(x);
      }
  };
  // closest first: the object, then the verb's other dependents by position, then their subtrees
  // the noun a relative or participle clause modifies: without that clause (the verb is in it)
  const own = (t: number) => subtree(tree, t, t === tree.heads[v] ? PRUNE_ACL : PRUNE);
  for (const o of objects) push(post, own(o.token));
  for (const s of subjects) push(pre, own(s.token));
  for (const c of tree.children[v]!) {
    const r = rel(tree, c);
    if (PRUNE.has(r) || subjectSet.has(c) || agents.has(c)) continue;
    if (c < v && (base(r) === 'aux' || r === 'advmod' || r === 'mark' || base(r) === 'nsubj' || r === 'expl'))
      push(pre, subtree(tree, c));
    else push(post, subtree(tree, c));
  }
  return { verb: v, passive, subjects, objects, post, pre };
}

/** Tries to bind noun phrase `np` to an unused token of `space`. */
function bindNP(
  tree: CameoTree,
  dict: CameoDictionary,
  np: NounPhrase,
  space: readonly number[],
  spaceSet: ReadonlySet<number>,
  b: Binding,
  prefer: readonly number[] = [],
): { head: number; score: number } | null {
  const order = prefer.length ? [...prefer.filter((p) => spaceSet.has(p)), ...space] : space;
  for (const t of order) {
    if (b.used.has(t)) continue;
    const hit = termAt(tree, dict, np.head, t);
    if (!hit) continue;
    let clash = false;
    // inside a run, a hyphen is attached as punctuation: it need not be in the search space
    for (let k = hit.first; k <= hit.last; k++)
      if (b.used.has(k) || (k !== t && !spaceSet.has(k) && tree.forms[k] !== '-')) clash = true;
    if (clash) continue;
    const taken: number[] = [];
    for (let k = hit.first; k <= hit.last; k++) taken.push(k);
    let score = hit.score;
    let ok = true;
    if (np.consecutive) {
      let end = hit.first - 1;
      for (let m = np.modifiers.length - 1; m >= 0 && ok; m--) {
        const mh = end >= 0 && !b.used.has(end) ? termAt(tree, dict, np.modifiers[m]!, end) : null;
        if (!mh) ok = false;
        else {
          for (let k = mh.first; k <= mh.last; k++) taken.push(k);
          score += mh.score;
          end = mh.first - 1;
        }
      }
    } else if (np.modifiers.length) {
      // modifiers under the head, or just before it (a tagger slip may attach them elsewhere)
      const near = subtree(tree, t).filter((k) => spaceSet.has(k) || k === t);
      for (let k = Math.max(0, hit.first - 3); k < hit.first; k++)
        if (spaceSet.has(k) && !near.includes(k)) near.push(k);
      for (const mod of np.modifiers) {
        let found: TermHit | null = null;
        for (const k of near) {
          if (b.used.has(k) || taken.includes(k)) continue;
          found = termAt(tree, dict, mod, k);
          if (found && found.first >= 0) {
            for (let q = found.first; q <= found.last; q++) taken.push(q);
            break;
          }
          found = null;
        }
        if (!found) {
          ok = false;
          break;
        }
        score += found.score;
      }
    }
    if (!ok) continue;
    for (const k of taken) b.used.add(k);
    if (np.head.kind === 'word' || np.head.kind === 'synset') b.matched.push(...taken);
    else b.matched.push(...taken.filter((k) => k !== t));
    if (np.head.kind === 'source') b.source = t;
    if (np.head.kind === 'target') b.target = t;
    return { head: t, score };
  }
  return null;
}

/** Tries to bind one element (noun or prepositional phrase) in `space`. */
function bindElement(
  tree: CameoTree,
  dict: CameoDictionary,
  el: PatternElement,
  frame: Frame,
  space: readonly number[],
  spaceSet: ReadonlySet<number>,
  b: Binding,
  prefer: readonly number[],
): number | null {
  if (el.kind === 'np') {
    const r = bindNP(
      tree,
      dict,
      el,
      space,
      spaceSet,
      b,
      el.head.kind === 'word' || el.head.kind === 'synset' ? [] : prefer,
    );
    return r ? r.score : null;
  }
  for (const p of space) {
    if (b.used.has(p) || tree.forms[p] !== el.prep) continue;
    const r = rel(tree, p);
    let governed = -1;
    if (r === 'case' || r === 'mark') governed = tree.heads[p]!;
    else if (tree.heads[p] === frame.verb) governed = frame.objects[0]?.token ?? -1;
    else continue;
    if (governed === frame.verb) governed = -1;
    if (el.objects.length === 0) {
      b.used.add(p);
      b.matched.push(p);
      if (governed >= 0) b.governed.push({ token: governed, prep: el.prep });
      return 1;
    }
    if (governed < 0) continue;
    const inner = subtree(tree, governed).filter((k) => spaceSet.has(k) || k === governed);
    inner.sort((x, y) => (x === governed ? -1 : y === governed ? 1 : 0));
    const innerSet = new Set(inner);
    const trial: Binding = {
      ...b,
      used: new Set(b.used),
      matched: [...b.matched],
      governed: [...b.governed],
    };
    trial.used.add(p);
    trial.matched.push(p);
    let score = 1;
    let ok = true;
    for (const o of el.objects) {
      const got = bindNP(tree, dict, o, inner, innerSet, trial, [governed]);
      if (!got) {
        ok = false;
        break;
      }
      score += got.score;
    }
    if (!ok) continue;
    Object.assign(b, trial);
    return score;
  }
  return null;
}

/** Per pattern, the word sets of which the sentence must hold one each (its words, synsets, prepositions). */
const needs = new WeakMap<VerbPattern, ReadonlySet<string>[]>();
function needsOf(dict: CameoDictionary, p: VerbPattern): ReadonlySet<string>[] {
  let n = needs.get(p);
  if (n) return n;
  const out: ReadonlySet<string>[] = [];
  const term = (t: Term) => {
    if (t.kind === 'word') out.push(runOf(t.words).lastAlts);
    if (t.kind === 'synset') out.push(new Set(synsetIndex(dict, t.name).byKey.keys()));
  };
  const np = (x: NounPhrase) => {
    term(x.head);
    x.modifiers.forEach(term);
  };
  for (const el of [...p.pre, ...p.post]) {
    if (el.kind === 'np') np(el);
    else {
      out.push(new Set([el.prep]));
      el.objects.forEach(np);
    }
  }
  needs.set(p, (n = out));
  return n;
}

/** Whether the sentence holds a word of every set the pattern needs (cheap; most patterns fail here). */
function mayMatch(tree: CameoTree, dict: CameoDictionary, p: VerbPattern): boolean {
  for (const need of needsOf(dict, p)) {
    let found = false;
    if (need.size <= tree.keys.size) {
      for (const k of need)
        if (tree.keys.has(k)) {
          found = true;
          break;
        }
    } else
      for (const k of tree.keys)
        if (need.has(k)) {
          found = true;
          break;
        }
    if (!found) return false;
  }
  return true;
}

/** A block's patterns by a word of their first need, and those that need no word (slots only). */
interface BlockIndex {
  byKey: Map<string, VerbPattern[]>;
  always: VerbPattern[];
}
const blockIndexes = new WeakMap<object, BlockIndex>();
function blockIndex(dict: CameoDictionary, block: number): BlockIndex {
  const b = dict.blocks[block]!;
  let ix = blockIndexes.get(b);
  if (!ix) {
    ix = { byKey: new Map(), always: [] };
    for (const pid of b.patterns) {
      const p = dict.patterns[pid]!;
      if (p.undefinedSynsets) continue;
      const first = needsOf(dict, p)[0];
      if (!first) ix.always.push(p);
      else
        for (const k of first) {
          const l = ix.byKey.get(k);
          if (l) l.push(p);
          else ix.byKey.set(k, [p]);
        }
    }
    blockIndexes.set(b, ix);
  }
  return ix;
}

/** The patterns of a block that the sentence's words leave possible. */
function candidatePatterns(tree: CameoTree, dict: CameoDictionary, block: number): VerbPattern[] {
  const ix = blockIndex(dict, block);
  const out = new Set<VerbPattern>(ix.always);
  for (const k of tree.keys) for (const p of ix.byKey.get(k) ?? []) out.add(p);
  return [...out].filter((p) => mayMatch(tree, dict, p));
}

/** Binds a whole pattern, element by element (greedy, in the pattern's order); null if one fails. */
function bindPattern(
  tree: CameoTree,
  dict: CameoDictionary,
  p: VerbPattern,
  frame: Frame,
  used: ReadonlySet<number>,
  spaces: { pre: Set<number>; post: Set<number> },
): Binding | null {
  if (p.undefinedSynsets) return null;
  const b: Binding = { used: new Set(used), matched: [], score: 0, source: null, target: null, governed: [] };
  const sides: [PatternElement[], number[], Set<number>, number[]][] = [
    [p.pre, frame.pre, spaces.pre, frame.subjects.map((s) => s.token)],
    [p.post, frame.post, spaces.post, frame.objects.map((o) => o.token)],
  ];
  for (const [elements, space, set, prefer] of sides) {
    for (const el of elements) {
      const s = bindElement(tree, dict, el, frame, space, set, b, prefer);
      if (s === null) return null;
      b.score += s;
    }
  }
  return b;
}

/** Whether the other words of a multi-word verb are there; their token indexes, or null. */
function particlesOf(tree: CameoTree, v: number, e: VerbEntry): number[] | null {
  const out: number[] = [];
  for (let q = 0; q < e.front.length; q++) {
    const k = v - e.front.length + q;
    if (k < 0 || tree.forms[k] !== e.front[q]) return null;
    out.push(k);
  }
  if (!e.back.length) return out;
  // right after the verb ("called off the talks", "asked for help") …
  if (e.back.every((w, q) => tree.forms[v + 1 + q] === w)) {
    for (let q = 0; q < e.back.length; q++) out.push(v + 1 + q);
    return out;
  }
  // … or further on, as the verb's particle or its oblique's preposition ("called the talks off")
  if (e.back.length === 1) {
    const w = e.back[0]!;
    for (const c of tree.children[v]!) {
      const r = rel(tree, c);
      if ((r === 'compound:prt' || r === 'advmod') && tree.forms[c] === w) return [...out, c];
      if (base(r) === 'obl')
        for (const g of tree.children[c]!)
          if (rel(tree, g) === 'case' && tree.forms[g] === w) return [...out, g];
    }
  }
  return null;
}

/** The dictionary's entries for the verb at index `v`: multi-word verbs whose particles are there first. */
function entriesFor(
  tree: CameoTree,
  dict: CameoDictionary,
  v: number,
): { entry: VerbEntry; particles: number[] }[] {
  const lemma = tree.lemmas[v]!;
  const keys = [lemma, lemma.replace(/is(e|ed|es|ing)$/, 'iz$1'), lemma.replace(/iz(e|ed|es|ing)$/, 'is$1')];
  const ids: number[] = [];
  for (const k of keys) for (const id of dict.byLemma.get(k) ?? []) if (!ids.includes(id)) ids.push(id);
  // the lemmatiser may miss a form the dictionary lists ("sped", "overrode")
  if (!ids.length) for (const id of dict.byForm.get(tree.forms[v]!) ?? []) ids.push(id);
  if (!ids.length) for (const id of dict.byLemma.get(tree.forms[v]!) ?? []) ids.push(id);
  const multi: { entry: VerbEntry; particles: number[] }[] = [];
  const single: { entry: VerbEntry; particles: number[] }[] = [];
  for (const id of ids.sort((a, b) => a - b)) {
    const e = dict.verbs[id]!;
    if (!e.front.length && !e.back.length) {
      single.push({ entry: e, particles: [] });
      continue;
    }
    const p = particlesOf(tree, v, e);
    if (p) multi.push({ entry: e, particles: p });
  }
  return multi.length ? multi : single;
}

/** Adds a noun and the nouns coordinated with it ("France and Germany") to a role list. */
function addFillers(
  tree: CameoTree,
  list: RoleFiller[],
  token: number,
  via: string,
  group: number,
  avoid: ReadonlySet<number>,
) {
  const add = (t: number, v: string) => {
    if (avoid.has(t) || list.some((f) => f.token === tree.tokens[t]!.id)) return;
    list.push({ token: tree.tokens[t]!.id, via: v, group });
  };
  add(token, via);
  const stack = [token];
  const seen = new Set<number>();
  while (stack.length) {
    const k = stack.pop()!;
    if (seen.has(k)) continue;
    seen.add(k);
    for (const c of tree.children[k]!)
      if (rel(tree, c) === 'conj' && NOMINAL.has(tree.tokens[c]!.upos)) {
        add(c, `${via}>conj`);
        stack.push(c);
      }
  }
}

/** PLOVER codings by CAMEO code, looked up once per dictionary; shared, so frozen. */
const ploverCache = new WeakMap<object, Map<string, CameoMatch['plover']>>();
function ploverCached(dict: CameoDictionary, code: string): CameoMatch['plover'] {
  let m = ploverCache.get(dict.plover);
  if (!m) ploverCache.set(dict.plover, (m = new Map()));
  if (!m.has(code)) {
    const p = ploverOf({ codes: dict.plover }, code);
    if (p) Object.freeze(p.context);
    m.set(code, p && Object.freeze(p));
  }
  return m.get(code)!;
}

const codeOf = (c: EventCode) => ({ code: c.code, reverse: c.reverse });

/**
 * Codes the verb with token id `verbId` of a prepared sentence. Null when the dictionary does not
 * list the verb (or the id is not in the sentence); otherwise the code (possibly null: `[---]`),
 * the pattern, the source and target candidates and the PLOVER coding.
 */
export function matchVerb(dict: CameoDictionary, tree: CameoTree, verbId: number): CameoMatch | null {
  // ids are positions in a well-formed sentence; look further only when they are not
  const v =
    tree.tokens[verbId - 1]?.id === verbId ? verbId - 1 : tree.tokens.findIndex((t) => t.id === verbId);
  if (v < 0) return null;
  const entries = entriesFor(tree, dict, v);
  if (!entries.length) return null;

  let best: { b: Binding; p: VerbPattern; e: (typeof entries)[number]; frame: Frame } | null = null;
  const blocksSeen = new Set<number>();
  const frames = new Map<string, Frame>();
  for (const e of entries) {
    if (blocksSeen.has(e.entry.block)) continue;
    blocksSeen.add(e.entry.block);
    const key = e.particles.join(',');
    let frame = frames.get(key);
    if (!frame) frames.set(key, (frame = frameOf(tree, v, e.particles)));
    const spaces = { pre: new Set(frame.pre), post: new Set(frame.post) };
    const used = new Set(e.particles);
    for (const p of candidatePatterns(tree, dict, e.entry.block)) {
      const b = bindPattern(tree, dict, p, frame, used, spaces);
      if (!b || b.score <= 0) continue;
      if (!best || b.score > best.b.score || (b.score === best.b.score && p.line > best.p.line))
        best = { b, p, e, frame };
    }
  }

  // no pattern: the first entry (in file order) whose own or block code is not null
  const chosen =
    best?.e ??
    entries.find((x) => (x.entry.code ?? dict.blocks[x.entry.block]!.code).raw !== '---') ??
    entries[0]!;
  const entry = chosen.entry;
  const block = dict.blocks[entry.block]!;
  const frame = best?.frame ?? frames.get(chosen.particles.join(',')) ?? frameOf(tree, v, chosen.particles);
  const codeFrom: CameoMatch['codeFrom'] = best ? 'pattern' : entry.code ? 'verb' : 'block';
  const { code, reverse } = codeOf(best ? best.p.code : (entry.code ?? block.code));

  const trail = [
    `verb ${entry.text} (block ${block.name} [${block.code.raw}], CAMEO.2.0.txt line ${entry.line})`,
  ];
  if (best)
    trail.push(
      `pattern "${best.p.text}" [${best.p.code.raw}] (line ${best.p.line}, score ${+best.b.score.toFixed(2)})`,
    );
  else
    trail.push(
      `no pattern matched: ${entry.code ? 'the verb' : 'the block'}'s code [${(entry.code ?? block.code).raw}]`,
    );

  // roles, in order of preference
  const b = best?.b;
  const matchedSet = new Set(b?.matched ?? []);
  const source: RoleFiller[] = [];
  const target: RoleFiller[] = [];
  let g = 0;
  const none = new Set<number>();
  if (b?.source != null) addFillers(tree, source, b.source, '$ slot', g++, none);
  // the subject stays the source when a pattern word matched it ("POLICE *", "&MILITARY *")
  for (const s of frame.subjects) addFillers(tree, source, s.token, s.via, g, none);
  const sourceIds = new Set(source.map((s) => s.token));
  const avoid = new Set(tree.tokens.flatMap((t, i) => (sourceIds.has(t.id) ? [i] : [])));
  g = 0;
  if (b?.target != null) addFillers(tree, target, b.target, '+ slot', g++, avoid);
  for (const x of b?.governed ?? []) addFillers(tree, target, x.token, `(${x.prep})`, g++, avoid);
  const free = frame.objects.filter((o) => !matchedSet.has(o.token));
  for (const o of free) addFillers(tree, target, o.token, o.via, g, avoid);
  if (free.length) g++;
  for (const c of childrenWith(tree, v, (r) => r === 'iobj')) addFillers(tree, target, c, 'iobj', g++, avoid);
  for (const c of childrenWith(tree, v, (r) => base(r) === 'obl' && r !== 'obl:agent')) {
    if (matchedSet.has(c)) continue;
    const prep = tree.children[c]!.find((k) => rel(tree, k) === 'case');
    if (prep !== undefined && TARGET_PREPS.has(tree.forms[prep]!) && !matchedSet.has(prep))
      addFillers(tree, target, c, `obl:${tree.forms[prep]}`, g++, avoid);
  }
  // under the object or a noun the pattern matched: "condemned Russia's annexation", "aid to the
  // refugees", "a peace agreement with Iran", "the shooting of protesters"
  const nouns = [...frame.objects.map((o) => ({ token: o.token, via: o.via }))];
  for (const k of b?.matched ?? [])
    if (NOMINAL.has(tree.tokens[k]!.upos) && !nouns.some((x) => x.token === k))
      nouns.push({ token: k, via: 'pattern' });
  for (const o of nouns)
    for (const c of tree.children[o.token]!) {
      const r = rel(tree, c);
      if (matchedSet.has(c)) continue;
      const prep = tree.children[c]!.find((k) => rel(tree, k) === 'case');
      const p = prep === undefined ? '' : tree.forms[prep]!;
      if (prep !== undefined && matchedSet.has(prep)) continue;
      if (r === 'nmod:poss') addFillers(tree, target, c, `${o.via}>nmod:poss`, g++, avoid);
      else if (base(r) === 'nmod' && (TARGET_PREPS.has(p) || p === 'of' || p === 'by'))
        addFillers(tree, target, c, `${o.via}>nmod:${p}`, g++, avoid);
    }
  // last, an object that a pattern word matched: "expelled Russian diplomats" (DIPLOMATS), but
  // mostly a thing, not an actor ("signed a trade agreement")
  const taken = frame.objects.filter((o) => matchedSet.has(o.token));
  for (const o of taken) addFillers(tree, target, o.token, `${o.via} (pattern word)`, g, avoid);

  return {
    verb: tree.tokens[v]!.id,
    entry: { line: entry.line, text: entry.text, block: block.name },
    particles: chosen.particles.map((k) => tree.tokens[k]!.id),
    code,
    reverse,
    symmetric: code !== null && code === reverse,
    codeFrom,
    pattern: best
      ? { line: best.p.line, text: best.p.text, code: best.p.code.raw, comment: best.p.comment }
      : null,
    score: best?.b.score ?? 0,
    matched: [...matchedSet].sort((x, y) => x - y).map((k) => tree.tokens[k]!.id),
    passive: frame.passive,
    source,
    target,
    plover: code ? ploverCached(dict, code) : null,
    reversePlover: reverse ? ploverCached(dict, reverse) : null,
    trail,
  };
}

/** Same as matchVerb on tokens not yet prepared (one verb; prepare once for several). */
export function matchCameo(
  dict: CameoDictionary,
  tokens: readonly TreeToken[],
  verbId: number,
): CameoMatch | null {
  return matchVerb(dict, prepareTree(tokens), verbId);
}

/**
 * Codes every verb (UPOS VERB) of one sentence that the dictionary lists, in sentence order. The
 * event stage can call this once per parsed sentence, or matchVerb for the triggers it chose.
 */
export function matchSentence(dict: CameoDictionary, tokens: readonly TreeToken[]): CameoMatch[] {
  const tree = prepareTree(tokens);
  const out: CameoMatch[] = [];
  for (const t of tokens) {
    if (t.upos !== 'VERB') continue;
    const m = matchVerb(dict, tree, t.id);
    if (m) out.push(m);
  }
  return out;
}
