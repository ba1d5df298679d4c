/**
 * Lemmatiser following EWT's conventions: proper nouns keep their case, everything else is lower
 * case; plural nouns, inflected verbs and comparatives lose their endings. Rules do the regular
 * words; a table learned from the treebank holds only the words where the rules go wrong
 * (irregulars like "went" → "go", clitics like "'s" → "be", "n't" → "not").
 */

/** The lemmatiser's data. */
export interface LemmaModel {
  /** "lowercased form\tXPOS" → lemma, where the rules are wrong for most occurrences in training. */
  exceptions: Map<string, string>;
  /** Lemmas of verbs, nouns and adjectives seen in training: picks between possible stems. */
  known: Set<string>;
}

const VOWEL = /[aeiou]/;
const straighten = (s: string) => (/[\u2018\u2019]/.test(s) ? s.replace(/[\u2018\u2019]/g, "'") : s);

/** Picks the first candidate that is a known lemma, else `fallback`. */
function pick(known: Set<string>, candidates: string[], fallback: string): string {
  for (const c of candidates) if (known.has(c)) return c;
  return fallback;
}

/** "stopp" → "stop" when the stem ends in a doubled consonant that is not usually double. */
function undouble(stem: string): string | null {
  const L = stem.length;
  if (L >= 3 && stem[L - 1] === stem[L - 2] && !VOWEL.test(stem[L - 1]!) && !'lsz'.includes(stem[L - 1]!)) {
    return stem.slice(0, -1);
  }
  return null;
}

/** Whether a bare stem most likely lost a final "e" ("hop" of "hoped"? no: "bak" of "baked"). */
function wantsE(stem: string): boolean {
  if (
    /(?:[^aeiou][aeiou][bcdgkmnptvz]|[aeiou][aeiou][cgsvz]|[^aeiou][cgsvz]|[^aeiou]th|ur[sv])$/.test(stem)
  ) {
    // short stems with one vowel (bak, hop, us, smil) take the e; longer ones (visit, open) don't
    const syllables = stem.match(/[aeiouy]+/g)?.length ?? 0;
    return syllables <= 1 || /(?:[cgsvz]|at|iz|ut|ud|ud|ir|ov|id|ag|ib)$/.test(stem);
  }
  return false;
}

/** Stem of a word that lost an -ed, -ing, -er or -est ending. */
function stemOf(known: Set<string>, stem: string): string {
  const und = undouble(stem);
  const withE = `${stem}e`;
  const cands = und ? [stem, und, withE] : [stem, withE];
  if (cands.some((c) => known.has(c))) return pick(known, cands, stem);
  if (und) return und;
  return wantsE(stem) ? withE : stem;
}

function plural(known: Set<string>, w: string): string {
  const L = w.length;
  if (L <= 2 || !w.endsWith('s') || /(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('ies') && L > 4) return `${w.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zzes|oes)$/.test(w)) {
    const a = w.slice(0, -2);
    const b = w.slice(0, -1);
    return known.has(b) && !known.has(a) ? b : a;
  }
  if (w.endsWith('ses')) return pick(known, [w.slice(0, -1), w.slice(0, -2)], w.slice(0, -1));
  return w.slice(0, -1);
}

/** The lemma the rules give, with no table. */
export function ruleLemma(known: Set<string>, form: string, xpos: string): string {
  if (xpos === 'NNP') return form;
  if (xpos === 'NNPS') return plural(known, form);
  const w = straighten(form.toLowerCase());
  if (!/[a-z]/.test(w)) return w;
  switch (xpos) {
    case 'NNS':
      return plural(known, w);
    case 'VBZ':
      return plural(known, w);
    case 'VBD':
    case 'VBN':
      if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
      if (w.endsWith('ed') && w.length > 3) return stemOf(known, w.slice(0, -2));
      return w;
    case 'VBG':
      if (w.endsWith('ying') && w.length > 5) return pick(known, [w.slice(0, -3)], w.slice(0, -3));
      if (w.endsWith('ing') && w.length > 4) return stemOf(known, w.slice(0, -3));
      return w;
    case 'JJR':
    case 'RBR':
      if (w.endsWith('ier') && w.length > 4) return `${w.slice(0, -3)}y`;
      if (w.endsWith('er') && w.length > 4) return stemOf(known, w.slice(0, -2));
      return w;
    case 'JJS':
    case 'RBS':
      if (w.endsWith('iest') && w.length > 5) return `${w.slice(0, -4)}y`;
      if (w.endsWith('est') && w.length > 5) return stemOf(known, w.slice(0, -3));
      return w;
    default:
      return w;
  }
}

/** The lemma of `form` tagged `xpos`. */
export function lemmatize(model: LemmaModel, form: string, xpos: string): string {
  const ex = model.exceptions.get(`${straighten(form.toLowerCase())}\t${xpos}`);
  if (ex !== undefined) return ex;
  return ruleLemma(model.known, form, xpos);
}

/** A training example: a word, its gold XPOS and its gold lemma. */
export interface LemmaExample {
  form: string;
  xpos: string;
  upos: string;
  lemma: string;
}

/** Learns the known lemmas and the exceptions to the rules from `examples`. */
export function trainLemmatizer(examples: Iterable<LemmaExample>): LemmaModel {
  const list = [...examples];
  const known = new Set<string>();
  for (const e of list) {
    if (/^(?:VERB|AUX|NOUN|ADJ|ADV)$/.test(e.upos) && /^[a-z]+$/.test(e.lemma)) known.add(e.lemma);
  }
  // per key: how often each lemma is gold, and how often the rules are right
  const byKey = new Map<string, { right: number; total: number; lemmas: Map<string, number> }>();
  for (const e of list) {
    if (e.lemma === '_') continue;
    const key = `${straighten(e.form.toLowerCase())}\t${e.xpos}`;
    let s = byKey.get(key);
    if (!s) byKey.set(key, (s = { right: 0, total: 0, lemmas: new Map() }));
    s.total++;
    if (ruleLemma(known, e.form, e.xpos) === e.lemma) s.right++;
    s.lemmas.set(e.lemma, (s.lemmas.get(e.lemma) ?? 0) + 1);
  }
  const exceptions = new Map<string, string>();
  for (const key of [...byKey.keys()].sort()) {
    const s = byKey.get(key)!;
    let best = '';
    let bestCount = 0;
    for (const [l, c] of [...s.lemmas.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (c > bestCount) {
        best = l;
        bestCount = c;
      }
    }
    if (bestCount > s.right) exceptions.set(key, best);
  }
  return { exceptions, known };
}
