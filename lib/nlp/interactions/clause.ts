/**
 * Who does what to whom in a clause, found without a full parser: the subject is the actor phrase
 * left of the verb group (skipping adverbs, auxiliaries, "try to", prepositional phrases), the
 * object is the actor phrase right after the verb, passives swap them ("was accused by"),
 * coordination gives several ("Trump and Putin agreed"), and a verb joined by "and" shares the
 * subject of the one before ("Putin congratulated Trump and expressed …").
 */
import type { Token } from '@/lib/nlp/tokens';
import type { Mention } from '@/lib/nlp/actors/mentions';

/** The tokens and mentions of a document, indexed for the clause rules. */
export interface ClauseView {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  /** The outermost mention ending at a token ("Trump's office" rather than "Trump"). */
  endingAt: Map<number, Mention>;
  /** The outermost mention starting at a token. */
  startingAt: Map<number, Mention>;
  /** Communication nouns ("statement"), whose speaker is remembered. */
  communication: Set<string>;
  /** Tokens inside time expressions: skipped between a verb and its actors ("agreed on Wednesday that"). */
  time: Set<number>;
  /** Mentions over the same words as another: "Hungarian and Romanian officials" are two groups. */
  siblings: Map<Mention, Mention[]>;
}

export function clauseView(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  communication: Set<string>,
  time: Set<number> = new Set(),
): ClauseView {
  const endingAt = new Map<number, Mention>();
  const startingAt = new Map<number, Mention>();
  for (const m of mentions) {
    const e = endingAt.get(m.last - 1);
    if (!e || m.last - m.first > e.last - e.first) endingAt.set(m.last - 1, m);
    const s = startingAt.get(m.first);
    if (!s || m.last - m.first > s.last - s.first) startingAt.set(m.first, m);
  }
  const bySpan = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = `${m.first}:${m.last}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
  }
  const siblings = new Map<Mention, Mention[]>();
  for (const list of bySpan.values()) if (list.length > 1) for (const m of list) siblings.set(m, list);
  return { tokens, mentions, endingAt, startingAt, communication, time, siblings };
}

const QUOTES = /^["'\u201c\u201d\u2018\u2019`\u00ab\u00bb]+$/;
const RELATIVE = new Set(['who', 'which', 'that']);
/** Verbs that take a gerund of the same subject: "resume shelling", "stopped attacking". */
// prettier-ignore
const ASPECTUAL = new Set(['resume', 'continue', 'stop', 'start', 'begin', 'keep', 'quit', 'cease', 'avoid', 'consider', 'risk', 'finish', 'threaten', 'deny', 'admit', 'halt']);
/** Degree words inside a verb group: "is very much looking forward". */
// prettier-ignore
const DEGREE = new Set(['much', 'very', 'really', 'far', 'so', 'too', 'still', 'even', 'also', 'already', 'just', 'now', 'then']);
// prettier-ignore
const SUBORDINATORS = new Set(['that', 'whether', 'if', 'because', 'although', 'while', 'when', 'after', 'before', 'since', 'as', 'unless', 'though']);
/** Nouns of quantity or membership: "a group of Moroccan diplomats", "supporters of Ben Bella", "two of its nationals". */
// prettier-ignore
const COLLECTIVES = new Set([
  'group', 'groups', 'members', 'member', 'delegation', 'delegations', 'team', 'dozens', 'hundreds', 'thousands',
  'millions', 'scores', 'some', 'many', 'most', 'all', 'one', 'two', 'three', 'several', 'supporters', 'representatives',
  'units', 'elements', 'followers', 'allies', 'envoy', 'envoys', 'head', 'chief', 'leader', 'leaders', 'spokesman',
  'spokeswoman', 'spokesperson', 'officials', 'troops', 'forces', 'soldiers', 'fighters', 'part', 'wing', 'faction',
]);
/** Prepositions that start a non-finite clause whose subject is understood: "of attempting", "by hacking". */
const GERUND_PREPS = new Set([
  'of',
  'by',
  'for',
  'without',
  'after',
  'before',
  'in',
  'on',
  'from',
  'against',
  'despite',
  'about',
]);

export const isBe = (t: Token | undefined) => t != null && t.lemma === 'be';
const isAdpLike = (t: Token | undefined) => t != null && t.pos === 'ADP' && t.lower !== 'to';
/** Words tagged as prepositions that open a clause when a verb follows: "as the UN calls for …". */
// prettier-ignore
const CLAUSE_OPENERS = new Set(['as', 'while', 'because', 'since', 'although', 'though', 'whereas', 'if', 'once', 'unless', 'until', 'after', 'before', 'when']);

export interface Subject {
  mentions: Mention[];
  /** A communication noun stood for the subject ("the statement said"): its owner mention if any. */
  communication?: boolean;
}

/** A mention with those over the same words ("Hungarian and Romanian officials"). */
const expand = (v: ClauseView, list: Mention[]) => list.flatMap((m) => v.siblings.get(m) ?? [m]);

/** Mentions coordinated to the left of `m`: "Trump and Putin", "Putin, Trump aim", "X, Y and Z". */
function withCoordinated(v: ClauseView, m: Mention, sentence: number): Mention[] {
  return expand(v, coordinatedLeft(v, m, sentence));
}

function coordinatedLeft(v: ClauseView, m: Mention, sentence: number): Mention[] {
  const list = [m];
  let k = m.first - 1;
  let sawAnd = false;
  for (;;) {
    // "Sudan and the militias": the determiner of the mention on the right
    if (v.tokens[k]?.lower === 'the' && v.tokens[k - 1]?.lower === 'and') k--;
    const sep = v.tokens[k];
    if (!sep || sep.sentence !== sentence || !(sep.lower === 'and' || sep.text === ',')) break;
    // "The US, Russia, and Switzerland": a serial comma before "and"
    const gap = sep.lower === 'and' && v.tokens[k - 1]?.text === ',' ? 2 : 1;
    const prev = v.endingAt.get(k - gap);
    if (!prev || prev.possessive || prev.form === 'pronoun') break;
    // "In contrast to many European leaders, Putin …": a phrase after a preposition is not a subject
    let j = prev.first - 1;
    while (
      j >= 0 &&
      v.tokens[j]!.sentence === sentence &&
      (FILLER_POS.has(v.tokens[j]!.pos) || v.tokens[j]!.lower === 'many')
    )
      j--;
    if (j >= 0 && v.tokens[j]!.sentence === sentence && v.tokens[j]!.pos === 'ADP') break;
    // a comma joins only in a list ("X, Y and Z") or a headline ("Putin, Trump aim for …")
    if (sep.text === ',' && !sawAnd) {
      const startsSentence = j < 0 || v.tokens[j]!.sentence !== sentence;
      if (!startsSentence) break;
    }
    if (sep.lower === 'and') sawAnd = true;
    list.unshift(prev);
    k = prev.first - 1;
  }
  return list;
}

const FILLER_POS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * The nearest verb left of `k` in the sentence (for "… and expressed", "… that it is …"), passing
 * over participles that only modify a noun ("migrants ordered out of the camp").
 */
function verbLeftOf(v: ClauseView, k: number, sentenceStart: number): number {
  for (let j = k - 1; j >= sentenceStart; j--) {
    const t = v.tokens[j]!;
    if (t.pos !== 'VERB') continue;
    const prev = v.tokens[j - 1];
    const next = v.tokens[j + 1];
    // a participle right after a noun and right before a preposition: "… Africans ordered out of …",
    // "… nationals suspected by …"; a verb with its object ("Putin congratulated Trump") is not one
    const reduced =
      /ed$|en$/.test(t.lower) &&
      prev != null &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
      next != null &&
      next.lower !== 'to' &&
      (next.pos === 'ADP' || /^(out|off|up|down)$/.test(next.lower));
    if (reduced && j - 1 > sentenceStart) continue;
    return j;
  }
  return -1;
}

/** Whether the verb at `i` is passive: a form of "be" (or "get") right before it, and a participle. */
export function isPassive(v: ClauseView, i: number): boolean {
  const t = v.tokens[i]!;
  if (!/ed$|en$|wn$|ne$|ght$|lt$|nt$|ung$|id$/.test(t.lower) || t.lower === t.lemma) return false;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const u = v.tokens[j]!;
    if (u.sentence !== t.sentence) return false;
    if (isBe(u) || u.lemma === 'get') return true;
    if (u.pos !== 'ADV' && u.pos !== 'PART') return false;
  }
  return false;
}

/**
 * The subject of the verb group ending at token `i` (the verb), in the sentence that starts at
 * token `sentenceStart`.
 */
export function findSubject(v: ClauseView, i: number, sentenceStart: number, depth = 0): Subject | null {
  if (depth > 4) return null;
  const { tokens } = v;
  const sentence = tokens[i]!.sentence;
  // "began a sit-in on Friday to demand …": an infinitive after a finished clause has the
  // subject of that clause's verb
  if (tokens[i - 1]?.lower === 'to' && depth < 3) {
    let p = i - 2;
    while (p >= sentenceStart && v.time.has(p)) p--;
    const before = tokens[p];
    if (
      before &&
      before.pos !== 'VERB' &&
      before.pos !== 'AUX' &&
      before.pos !== 'ADJ' &&
      !v.endingAt.has(p)
    ) {
      const gov = verbLeftOf(v, p + 1, sentenceStart);
      if (gov >= 0) return findSubject(v, gov, sentenceStart, depth + 1);
    }
  }
  let k = i - 1;
  while (k >= sentenceStart) {
    const t = tokens[k]!;
    const m = v.endingAt.get(k);
    if (v.time.has(k)) {
      // "The PRC on Tuesday demanded": a time expression (and its preposition) sits in the verb group
      while (k >= sentenceStart && (v.time.has(k) || (tokens[k]!.pos === 'ADP' && v.time.has(k + 1)))) k--;
      continue;
    }
    if (m) {
      // "a delegation of Chilean senators visited …", "a spokesman for the ministry said": the members are the subject
      const ofAt = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
      const of = tokens[ofAt];
      if ((of?.lower === 'of' || of?.lower === 'for') && COLLECTIVES.has(tokens[ofAt - 1]?.lower ?? '')) {
        return { mentions: withCoordinated(v, m, sentence) };
      }
      // "Nurses from two Swiss charities donated …": people from a group act for it, when they are no actor themselves
      const fromAt = (() => {
        let f = m.first - 1;
        while (f > sentenceStart && /^(DET|NUM)$/.test(tokens[f]!.pos)) f--;
        return f;
      })();
      const people = tokens[fromAt - 1];
      if (
        m.form === 'group' &&
        tokens[fromAt]?.lower === 'from' &&
        (people?.pos === 'NOUN' || people?.pos === 'PROPN') &&
        /[^s]s$/.test(people.lower) &&
        !v.endingAt.has(fromAt - 1) &&
        (fromAt - 2 < sentenceStart || !/^(NOUN|PROPN|ADJ)$/.test(tokens[fromAt - 2]!.pos))
      ) {
        return { mentions: withCoordinated(v, m, sentence) };
      }
      // an actor inside a prepositional phrase is not the subject: "the conflict in Syria was discussed"
      let pf = m.first - 1;
      while (pf > sentenceStart && /^(DET|ADJ|NUM)$/.test(tokens[pf]!.pos) && !v.endingAt.has(pf)) pf--;
      if (
        (isAdpLike(tokens[pf]) || (tokens[pf]?.lower === 'to' && tokens[pf]!.pos === 'ADP')) &&
        tokens[pf]!.lower !== 'than' &&
        // "as the United Nations calls for …": a conjunction opens a clause, whose subject this is
        !CLAUSE_OPENERS.has(tokens[pf]!.lower)
      ) {
        k = pf - 1;
        continue;
      }
      // an owner is not the subject ("Trump's suggestion that …" has no actor subject)
      if (m.possessive) return null;
      // "the conflict, which …": the antecedent, not the pronoun
      if (
        m.form === 'pronoun' &&
        /^it$/i.test(m.text) &&
        isBe(tokens[m.last]) &&
        tokens[m.last + 1]?.pos === 'ADJ'
      ) {
        // expletive "it is necessary to …": the subject is the governing clause's
        const gov = verbLeftOf(v, m.first, sentenceStart);
        return gov >= 0 ? findSubject(v, gov, sentenceStart, depth + 1) : null;
      }
      return { mentions: withCoordinated(v, m, sentence) };
    }
    if (
      QUOTES.test(t.text) ||
      t.pos === 'ADV' ||
      t.pos === 'AUX' ||
      t.pos === 'PART' ||
      t.lower === 'to' ||
      DEGREE.has(t.lower) ||
      // "is necessary to", "are ready to": a predicative adjective in the verb group
      (t.pos === 'ADJ' && isBe(tokens[k - 1]) && tokens[k + 1]?.lower === 'to') ||
      t.text === ',' ||
      t.text === '(' ||
      t.text === ')' ||
      t.text === '\u2014' ||
      t.text === '-'
    ) {
      // "… and" directly before the verb group: it shares the subject of the verb before
      k--;
      continue;
    }
    if (t.pos === 'CCONJ') {
      const prev = verbLeftOf(v, k, sentenceStart);
      if (prev >= 0) return findSubject(v, prev, sentenceStart, depth + 1);
      return null;
    }
    // "try to normalise", "attempting to interfere", "resume shelling": the chain's first verb has the subject
    if (
      t.pos === 'VERB' &&
      (tokens[k + 1]?.lower === 'to' ||
        (k + 1 === i && ASPECTUAL.has(t.lemma) && /ing$/.test(tokens[i]!.lower)))
    ) {
      k--;
      continue;
    }
    if (RELATIVE.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
      const before = tokens[k - 1];
      // "Putin, who …", "the leaders who …": the antecedent
      const ante = v.endingAt.get(k - 1) ?? (before?.text === ',' ? v.endingAt.get(k - 2) : undefined);
      if (ante && t.lower !== 'that') return { mentions: withCoordinated(v, ante, sentence) };
      if (t.lower === 'that') {
        // a complement clause with no actor subject of its own: "agreed that it is necessary to …"
        const gov = verbLeftOf(v, k, sentenceStart);
        if (gov >= 0 && !ante) return findSubject(v, gov, sentenceStart, depth + 1);
        if (ante) return { mentions: withCoordinated(v, ante, sentence) };
      }
      return null;
    }
    if (
      t.pos === 'NOUN' ||
      t.pos === 'PROPN' ||
      t.pos === 'NUM' ||
      t.pos === 'ADJ' ||
      t.pos === 'DET' ||
      t.pos === 'PRON'
    ) {
      // a noun phrase that is not an actor: inside a prepositional phrase it is skipped
      let s = k;
      while (
        s - 1 >= sentenceStart &&
        (['NOUN', 'PROPN', 'NUM', 'ADJ', 'DET', 'PART', 'PRON'].includes(tokens[s - 1]!.pos) ||
          (tokens[s - 1]!.pos === 'CCONJ' && tokens[s]!.pos === 'NOUN'))
      ) {
        // "Israeli helicopters and tanks shelled …": a country adjective in the phrase stands for its state
        const inner = v.endingAt.get(s - 1);
        // "the al-Qaeda terror network", "NATO forces": a named organisation or state before the head too
        const modifier =
          inner &&
          (inner.form === 'adjective' ||
            inner.form === 'group' ||
            (inner.form === 'name' &&
              !inner.possessive &&
              ['organization', 'country', 'group'].includes(inner.kind)));
        if (inner && modifier && tokens[s]!.pos !== 'PUNCT') {
          if (!isAdpLike(tokens[inner.first - 1])) return { mentions: [inner] };
          break;
        }
        if (inner && inner.form !== 'pronoun') break;
        s--;
      }
      const before = tokens[s - 1];
      // "the Malian government and the armed groups in the north should …": an actor coordinated with a phrase that names none
      if (before?.lower === 'and' && s - 2 >= sentenceStart) {
        const left = v.endingAt.get(s - 2);
        if (left && !left.possessive && left.form !== 'pronoun' && !isAdpLike(tokens[left.first - 1]))
          return { mentions: withCoordinated(v, left, sentence) };
      }
      // "The Kenyan Medical Association (KMA), the body that speaks for …, said": past an apposition
      if (before?.text === ',' && s - 2 >= sentenceStart && depth < 3) {
        let q = s - 2;
        if (tokens[q]?.text === ')') {
          let r = q - 1;
          while (r > sentenceStart && q - r < 6 && tokens[r]!.text !== '(') r--;
          if (tokens[r]?.text === '(') q = r - 1;
        }
        const left = v.endingAt.get(q);
        if (left && !left.possessive && left.form !== 'pronoun') {
          k = q;
          continue;
        }
      }
      if (before && isAdpLike(before) && s - 1 >= sentenceStart) {
        k = s - 2;
        // "Washington along with its allies", "together with": a second word of the preposition
        while (
          k >= sentenceStart &&
          (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'ADV') &&
          !v.endingAt.has(k)
        )
          k--;
        continue;
      }
      // "the statement said", "the Kremlin statement said": a communication noun speaks for its author
      if (v.communication.has(t.lemma)) {
        const owner =
          v.endingAt.get(k - 1) ?? (isPossessiveTok(tokens[k - 1]) ? v.endingAt.get(k - 2) : undefined);
        return owner ? { mentions: [owner], communication: true } : { mentions: [], communication: true };
      }
      return null;
    }
    if (t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower)) return null;
    return null;
  }
  return null;
}

const isPossessiveTok = (t: Token | undefined) => t != null && (t.lower === "'s" || t.lower === "'");

/**
 * The controller of a non-finite clause ("of attempting to interfere", "by hacking"): the object of
 * the governing verb when it has one ("accused Russia of …" → Russia), else its subject.
 */
export function findController(
  v: ClauseView,
  i: number,
  sentenceStart: number,
  depth = 0,
): { mentions: Mention[]; governor: number } | null {
  const { tokens } = v;
  // walk left over the chain "attempting to" to the preposition
  let k = i - 1;
  while (
    k >= sentenceStart &&
    (tokens[k]!.lower === 'to' ||
      (tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.lower)) ||
      tokens[k]!.pos === 'ADV')
  )
    k--;
  const prep = tokens[k];
  if (!prep || !GERUND_PREPS.has(prep.lower) || !/ing$/.test(tokens[k + 1]?.lower ?? '')) return null;
  // "…, by hacking": skip back over the clause to the governing verb
  const gov = verbLeftOf(v, k, sentenceStart);
  if (gov < 0) return null;
  const obj = findObject(v, gov, tokens.length, sentenceStart);
  if (obj.length) return { mentions: obj, governor: gov };
  // "accused Russia of attempting to interfere …, by hacking": the governor is itself controlled
  if (depth < 3) {
    const up = findController(v, gov, sentenceStart, depth + 1);
    if (up) return up;
  }
  const subj = findSubject(v, gov, sentenceStart);
  return subj ? { mentions: subj.mentions, governor: gov } : null;
}

/**
 * The direct object right after the verb (or trigger) ending at token `i`: an actor phrase with
 * only determiners and modifiers before it, and what is coordinated with it ("accused X and Y").
 */
export function findObject(v: ClauseView, i: number, to: number, _sentenceStart = 0): Mention[] {
  const { tokens } = v;
  const sentence = tokens[i]!.sentence;
  let k = i + 1;
  // "sent back on Sunday more than 300 migrants": particles, time expressions and quantities sit between
  for (;;) {
    const t = tokens[k];
    if (!t || k >= to) break;
    if (v.time.has(k) || (t.pos === 'ADP' && v.time.has(k + 1))) k++;
    else if (
      /^(out|off|up|down|back|away)$/.test(t.lower) &&
      (t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'ADV') &&
      k === i + 1
    )
      k++;
    else if (/^(more|less|fewer)$/.test(t.lower) && tokens[k + 1]?.lower === 'than') k += 2;
    else break;
  }
  while (k < to && tokens[k]!.sentence === sentence) {
    const m = v.startingAt.get(k);
    if (m) return withCoordinatedRight(v, m, sentence);
    const t = tokens[k]!;
    if (
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'ADV' ||
      t.pos === 'NUM' ||
      QUOTES.test(t.text) ||
      // "proposed Israeli changes", "war-torn Mozambique"
      (t.pos === 'VERB' && /ed$/.test(t.lower) && /^(ADJ|NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) ||
      (t.text === '-' && tokens[k + 1]?.start === t.end)
    ) {
      k++;
      continue;
    }
    // a noun phrase that is not an actor: its actor is a modifier or sits in "of", "from", "by":
    // "bombed depots of the Houthi rebels", "welcomed a team of inspectors from the IAEA"
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return actorInPhrase(v, k, to, sentence);
    break;
  }
  return [];
}

/** An actor inside a noun phrase that starts at `k` and is not an actor itself. */
function actorInPhrase(v: ClauseView, k: number, to: number, sentence: number): Mention[] {
  const { tokens } = v;
  let j = k;
  for (let steps = 0; j < to && tokens[j]!.sentence === sentence && steps < 8; steps++) {
    const m = v.startingAt.get(j);
    if (m) return withCoordinatedRight(v, m, sentence);
    const t = tokens[j]!;
    if (
      ['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART'].includes(t.pos) ||
      (t.pos === 'ADV' && tokens[j + 1]?.pos === 'NUM') ||
      t.text === '-' ||
      (t.pos === 'VERB' && /ed$/.test(t.lower))
    ) {
      j++;
      continue;
    }
    if (t.lower === 'of' || t.lower === 'from' || t.lower === 'by' || t.lower === 'for') {
      j++;
      continue;
    }
    break;
  }
  return [];
}

/** Mentions coordinated to the right of `m`: "X and Y", "X, Y and Z". */
function withCoordinatedRight(v: ClauseView, m: Mention, sentence: number): Mention[] {
  return expand(v, coordinatedRight(v, m, sentence));
}

function coordinatedRight(v: ClauseView, m: Mention, sentence: number): Mention[] {
  const list = [m];
  let cur = m;
  // a comma joins only inside a list that "and" closes: "X, Y and Z", not "X, the BBC reported"
  let commas = 0;
  for (;;) {
    const sep = v.tokens[cur.last];
    if (!sep || sep.sentence !== sentence || !(sep.lower === 'and' || sep.text === ',')) break;
    let k = cur.last + 1;
    const closes = sep.lower === 'and' || (sep.text === ',' && v.tokens[k]?.lower === 'and');
    if (sep.text === ',' && v.tokens[k]?.lower === 'and') k++;
    if (v.tokens[k]?.lower === 'the') k++;
    const next = v.startingAt.get(k);
    if (!next || next.form === 'pronoun') break;
    list.push(next);
    cur = next;
    if (closes) {
      commas = 0;
      break;
    }
    commas++;
  }
  return commas > 0 ? list.slice(0, list.length - commas) : list;
}

/** An actor brought in by one of `preps` after token `i`, before the clause ends: "meet with X", "dialogue with X". */
export function findPrepTarget(v: ClauseView, i: number, preps: readonly string[], limit = 14): Mention[] {
  const { tokens } = v;
  const sentence = tokens[i]!.sentence;
  for (let k = i + 1; k < tokens.length && k <= i + limit && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || (t.lower === 'that' && t.pos === 'SCONJ')) break;
    if (!preps.includes(t.lower)) continue;
    let j = k + 1;
    // "to war-torn Mozambique", "against the neighbouring Serbia"
    for (let steps = 0; tokens[j] && steps < 5 && !v.startingAt.has(j); steps++) {
      const u = tokens[j]!;
      const joined = tokens[j + 1]?.text === '-' && tokens[j + 1]!.start === u.end;
      if (
        u.pos === 'DET' ||
        u.pos === 'ADJ' ||
        u.pos === 'NUM' ||
        (u.pos === 'VERB' && /ing$/.test(u.lower)) ||
        joined ||
        (u.text === '-' && tokens[j + 1]?.start === u.end)
      )
        j++;
      else if (tokens[j - 1]?.text === '-' && u.start === tokens[j - 1]!.end) j++;
      else break;
    }
    const m = v.startingAt.get(j);
    if (m) return withCoordinatedRight(v, m, sentence);
  }
  return [];
}

/** The agent of a passive: "by X" after the verb. */
export function findAgent(v: ClauseView, i: number): Mention[] {
  return findPrepTarget(v, i, ['by'], 8);
}
