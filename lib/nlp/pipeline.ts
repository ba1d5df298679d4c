/**
 * The ordered stages that turn one document into what the dashboard shows. Read this file first.
 *
 *   sentences → syntax (UD tokens, tags, lemmas, dependency trees) → time expressions → tokens
 *   → actor mentions → who they are → interactions → stance → dates → duplicates
 *
 * Every stage is a pure function of what came before; the reference date comes from the document
 * (or the options), never from the clock.
 */
import type {
  ContractEvent,
  ContractMention,
  Problem,
  Sentence,
  SourceDocument,
  Span,
  Timex,
} from '@/lib/model';
import { splitSentences } from '@/lib/nlp/sentences';
import { parseText, type ParsedSentence } from '@/lib/nlp/syntax';
import {
  endedAgreement,
  evaluatedNounDrafts,
  governedNounDrafts,
  reversalCode,
  reversedNounDrafts,
  subjectOf,
} from '@/lib/nlp/interactions/governed';
import { loadCameo, matchVerb, ploverOf, prepareTree } from '@/lib/nlp/cameo';
import { userVerbs } from '@/lib/nlp/cameo/user';
import { modalityOf } from '@/lib/nlp/interactions/modality';
import { placeTarget } from '@/lib/nlp/interactions/place';
import { isCameoCode, VERB_CLASSES } from '@/lib/nlp/lexicon/verbs';
import { UNCODED_TYPE } from '@/lib/model/vocabulary';
import type { VerbClass } from '@/lib/nlp/lexicon/types';
import { COOPERATIVE_CUES, HOSTILE_CUES } from '@/lib/nlp/lexicon/stance-cues';
import { isUnresolved, parseIsoDay, tagTimexes, tenseFromParse } from '@/lib/nlp/dates';
import { tokenize, type Token } from '@/lib/nlp/tokens';
import { alignSyntax, findMentions, type Mention } from '@/lib/nlp/actors/mentions';
import { addPlaceAliases, markTentative, resolveMentions, type ActorRecord } from '@/lib/nlp/actors/resolve';
import { codeActors } from '@/lib/nlp/actors/codes';
import { placeStatelessGroups } from '@/lib/nlp/actors/group-place';
import { extractInteractions, newDraft, symmetricPairs } from '@/lib/nlp/interactions';
import { scoreStance } from '@/lib/nlp/stance';
import { anchorDate, newsPeg } from '@/lib/nlp/events/dates';
import { dropDuplicates } from '@/lib/nlp/events/dedupe';
import { eventId } from '@/lib/nlp/events/ids';

/** Bumped whenever a change to the stages can change their output (the indexer re-extracts on it). */
export const EXTRACTOR_VERSION = '0.6.15';

export interface PipelineOptions {
  /** Publication date (YYYY-MM-DD) for a document that has none. */
  referenceDate?: string | null;
}

/** The verb class of a CAMEO code, or of its nearest parent code ("0233" → "023" → "02"). */
function nearestClass(code: string): VerbClass | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const cls = VERB_CLASSES.find((x) => x.cameo === c);
    if (cls) return cls;
  }
  return undefined;
}

/**
 * The verb class a user's CAMEO code puts an event in: the nearest, else its root's general class
 * ("064" → 060): the event takes that class's type, stance and quad.
 */
function userCodeClass(code: string): VerbClass | undefined {
  return nearestClass(code) ?? VERB_CLASSES.find((x) => x.cameo === `${code.slice(0, 2)}0`);
}

/** The verb of the parse inside a trigger's span ("lifted" in "lifted sanctions"). */
function verbIn(parsed: ParsedSentence, span: Span) {
  return parsed.tokens.find((t) => t.upos === 'VERB' && t.start < span[1] && span[0] < t.end);
}

/** Relations that lead out of a verb's own phrase: its subject, other clauses, asides (whole relations). */
const OUTSIDE_VERB_PHRASE =
  /^(nsubj|csubj|expl|conj|cc|parataxis|advcl|acl:relcl|punct|aux|cop|mark|discourse|vocative|reparandum|list)(:|$)/;

/**
 * The words under `top` in text order, down every relation but those `leaves(deprel, fromTop)`
 * says lead out of the phrase (`fromTop`: a relation of `top` itself).
 */
function phraseUnder(
  parsed: ParsedSentence,
  top: { id: number },
  leaves: (deprel: string, fromTop: boolean) => boolean,
): ParsedSentence['tokens'] {
  const out: ParsedSentence['tokens'] = [];
  const todo = [top.id];
  const seen = new Set(todo);
  while (todo.length) {
    const head = todo.pop()!;
    for (const t of parsed.tokens) {
      if (t.head !== head || seen.has(t.id) || leaves(t.deprel, head === top.id)) continue;
      seen.add(t.id);
      out.push(t);
      todo.push(t.id);
    }
  }
  return out.sort((a, b) => a.id - b.id);
}

/** The words a verb governs within its phrase (objects, obliques and what they hold), in text order. */
const governedActors = (parsed: ParsedSentence, verb: { id: number }) =>
  phraseUnder(parsed, verb, (deprel) => OUTSIDE_VERB_PHRASE.test(deprel));

/** Relations inside a noun phrase that a coordination of actors may hang from. */
const INSIDE_NOUN_PHRASE = /^(nmod|conj|flat|compound|appos)/;

/**
 * The actors coordinated inside a noun phrase ("the envoys of X, Y and Z", "senators in
 * X and Y", "between X and Y"): those of the conjuncts found from `top` down
 * its nominal modifiers, in text order.
 */
function conjunctActors(
  parsed: ParsedSentence,
  top: { id: number },
  actorAt: (t: { start: number; end: number }) => string | undefined,
): string[] {
  const out: { id: number; actor: string }[] = [];
  const todo = [top.id];
  const seen = new Set(todo);
  while (todo.length) {
    const head = todo.pop()!;
    for (const t of parsed.tokens) {
      if (t.head !== head || seen.has(t.id) || !INSIDE_NOUN_PHRASE.test(t.deprel)) continue;
      seen.add(t.id);
      todo.push(t.id);
      const a = t.deprel === 'conj' ? actorAt(t) : undefined;
      if (a) out.push({ id: t.id, actor: a });
    }
  }
  return out.sort((a, b) => a.id - b.id).map((x) => x.actor);
}

/**
 * The actors of a phrase as PETRARCH reads one: the first word (in text order) that is an actor's,
 * with the actors coordinated with it. `actorAt` gives the actor of a word, if any.
 */
function firstActors(
  parsed: ParsedSentence,
  words: readonly ParsedSentence['tokens'][number][],
  actors: ActorLookup,
  avoid: readonly string[],
): string[] {
  const { actorAt } = actors;
  const inOrder = [...words].sort((a, b) => a.id - b.id);
  // a name the dictionaries or the context vouch for before a capitalised guess ("Old rivals X …")
  const firm = inOrder.find((w) => {
    const a = actorAt(w);
    return a && !avoid.includes(a) && !actors.guessed(a);
  });
  for (const w of firm ? [firm] : inOrder) {
    const first = actorAt(w);
    if (!first || avoid.includes(first)) continue;
    // the conjuncts hang from the head of the name's words ("Minas" of "Minas Tirith")
    let top = w;
    for (let up = parsed.tokens[w.head - 1]; up && actorAt(up) === first; up = parsed.tokens[up.head - 1])
      top = up;
    return [...new Set([first, ...conjunctActors(parsed, top, actorAt)])].filter((a) => !avoid.includes(a));
  }
  return [];
}

/** The actor of a word of the parse, and whether it is a capitalised guess no dictionary knows. */
interface ActorLookup {
  actorAt: (t: { start: number; end: number }) => string | undefined;
  guessed: (id: string) => boolean;
}

/**
 * Source and target of a verb that a user's verb file codes, read as PETRARCH reads a verb phrase:
 * the pattern's slots and the roles the matcher found first (the subject; the `+` slot, objects,
 * the nouns under them), with the actors coordinated inside them; where they hold no actor, the
 * first actors of the subject's phrase, and of the verb's phrase (`verbPhrase`) for the target.
 */
function userVerbRoles(
  parsed: ParsedSentence,
  verb: ParsedSentence['tokens'][number],
  m: {
    source: readonly { token: number; group: number }[];
    target: readonly { token: number; group: number }[];
  },
  actors: ActorLookup,
): { source: string[]; target: string[] } {
  const { actorAt } = actors;
  const actorsOf = (fillers: readonly { token: number; group: number }[], avoid: readonly string[]) => {
    const groups = [...new Set(fillers.map((x) => x.group))].sort((a, b) => a - b);
    for (const g of groups) {
      const found: string[] = [];
      for (const x of fillers) {
        const t = x.group === g ? parsed.tokens[x.token - 1] : undefined;
        const a = t && actorAt(t);
        if (t && a) found.push(a, ...conjunctActors(parsed, t, actorAt));
      }
      const out = [...new Set(found)].filter((a) => !avoid.includes(a));
      if (out.length) return out;
    }
    return [];
  };
  let source = actorsOf(m.source, []);
  if (!source.length) {
    const subj = subjectOf(parsed, verb);
    if (subj) source = firstActors(parsed, [subj, ...governedActors(parsed, subj)], actors, []);
  }
  let target = actorsOf(m.target, source);
  if (!target.length) target = firstActors(parsed, verbPhrase(parsed, verb), actors, source);
  return { source, target };
}

/**
 * The sides of each event a user-coded verb gives: its roles (`userVerbRoles`), or, for a
 * symmetric code (`[064:064]`) whose subjects are coordinated and that has no one else, the pairs
 * among them, as the rules pair a symmetric act ("X and Y renewed their ties").
 */
function userVerbSides(
  parsed: ParsedSentence,
  verb: ParsedSentence['tokens'][number],
  m: Parameters<typeof userVerbRoles>[2] & { symmetric: boolean },
  actors: ActorLookup,
): { sides: [string[], string[]][]; symmetric: boolean } {
  const { source, target } = userVerbRoles(parsed, verb, m, actors);
  if (m.symmetric && !target.length && source.length >= 2)
    return { sides: symmetricPairs(source, false), symmetric: true };
  return { sides: [[source, target]], symmetric: m.symmetric };
}

/** Relations that leave a phrase at any depth: asides, other sentences run on, relative clauses. */
const OUTSIDE_CLAUSE = /^(punct|parataxis|acl:relcl|reparandum|list|vocative|discourse)(:|$)/;

/**
 * The words of a verb phrase as a constituency parse (PETRARCH's) has it, in text order: what the
 * verb governs within its phrase, and under that everything but asides, the subjects of the clauses
 * it takes included ("allowed that X is …" holds X).
 */
const verbPhrase = (parsed: ParsedSentence, verb: { id: number }) =>
  phraseUnder(parsed, verb, (deprel, fromTop) =>
    (fromTop ? OUTSIDE_VERB_PHRASE : OUTSIDE_CLAUSE).test(deprel),
  );

/** Each sentence's dependents by head id, built once (a long sentence has many drafts). */
const DEPENDENTS = new WeakMap<ParsedSentence, number[][]>();

/** Token ids of a token and all it governs. */
function subtreeIds(parsed: ParsedSentence, top: { id: number }): number[] {
  let deps = DEPENDENTS.get(parsed);
  if (!deps) {
    deps = Array.from({ length: parsed.tokens.length + 1 }, () => []);
    for (const t of parsed.tokens) deps[t.head]?.push(t.id);
    DEPENDENTS.set(parsed, deps);
  }
  const out = [top.id];
  for (let k = 0; k < out.length; k++) out.push(...(deps[out[k]!] ?? []));
  return out;
}

/** One-word tone cues (lib/nlp/lexicon/stance-cues.ts), for the judgement of an evaluative verb. */
const HOSTILE_WORDS = new Set(HOSTILE_CUES.filter((c) => !c.word.includes(' ')).map((c) => c.word));
const COOPERATIVE_WORDS = new Set(COOPERATIVE_CUES.filter((c) => !c.word.includes(' ')).map((c) => c.word));

/**
 * The syntax stage: every sentence tokenised as UD English EWT does, tagged, lemmatised and parsed
 * (lib/nlp/syntax, a model trained here on the treebank). A model that cannot be read costs the
 * trees, named in a problem, never the document.
 */
export function parseSentences(doc: SourceDocument, sentences: readonly Sentence[], problems: Problem[]) {
  try {
    return parseText(doc.text, sentences);
  } catch (e) {
    problems.push({
      path: doc.path,
      message: `no syntax for this document: ${e instanceof Error ? e.message : String(e)}`,
    });
    return [];
  }
}

/** Everything extracted from one document. */
export interface DocumentExtraction {
  document: SourceDocument;
  /** The day relative expressions were resolved against, and where it came from. */
  reference: { date: string; basis: 'document' | 'option' } | null;
  sentences: Sentence[];
  /** Each sentence's UD tokens with their tags, lemmas, heads and relations (lib/nlp/syntax). */
  syntax: ParsedSentence[];
  timexes: Timex[];
  /** The document's actors, keyed by id. */
  actors: Map<string, ActorRecord>;
  mentions: ContractMention[];
  events: ContractEvent[];
  problems: Problem[];
}

/** Token ranges of the sentences. */
function sentenceTokens(sentences: Sentence[], tokens: Token[]) {
  const out = sentences.map((s) => ({ first: 0, last: 0, start: s.start, end: s.end }));
  let k = 0;
  for (let i = 0; i < sentences.length; i++) {
    while (k < tokens.length && tokens[k]!.sentence < i) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.sentence === i) k++;
    out[i] = { first, last: k, start: sentences[i]!.start, end: sentences[i]!.end };
  }
  return out;
}

/**
 * The tokens that lie wholly inside one of the time expressions. Both lists are in text order, so
 * one sweep does it: the time a document takes grows with its length, not with its length squared.
 */
export function wordsInside(tokens: readonly Token[], timexes: readonly Timex[]): Set<number> {
  const spans = timexes.map((x) => x.span).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const inside = new Set<number>();
  let k = 0;
  // the furthest end among the spans that start at or before the token: spans may nest or overlap
  let reach = -1;
  for (const t of tokens) {
    while (k < spans.length && spans[k]![0] <= t.start) reach = Math.max(reach, spans[k++]![1]);
    if (t.end <= reach) inside.add(t.i);
  }
  return inside;
}

/** Runs the stages over one document. Pure: the same document and options give the same output. */
export function extractDocument(doc: SourceDocument, options: PipelineOptions = {}): DocumentExtraction {
  const problems: Problem[] = [];
  const refText = doc.published ?? options.referenceDate ?? null;
  const ref = parseIsoDay(refText);
  const published = ref && refText ? refText.slice(0, 10) : null;
  const reference = published
    ? { date: published, basis: doc.published ? ('document' as const) : ('option' as const) }
    : null;

  const sentences = splitSentences(doc.text);
  const syntax = parseSentences(doc, sentences, problems);
  // the parse's tense for a time expression, where its sentence was parsed
  const tenseAt = (start: number, end: number) => {
    // the parsed sentences are in text order: the last one starting at or before `start`
    let lo = 0;
    let hi = syntax.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (syntax[mid]!.start <= start) lo = mid;
      else hi = mid - 1;
    }
    const p = syntax[lo];
    return p && p.start <= start && start < p.end ? tenseFromParse(p, start, end) : null;
  };
  const timexes: Timex[] = tagTimexes(doc.text, sentences, { ref, tenseAt }).map((t) => ({
    documentId: doc.id,
    span: t.span,
    text: t.text,
    type: t.type,
    value: t.value,
    basis: t.basis,
    sentence: t.sentence,
  }));
  if (!ref) {
    const unresolved = timexes.filter((t) => t.basis === 'relative' && isUnresolved(t.value)).length;
    if (unresolved > 0) {
      problems.push({
        path: doc.path,
        message: `no publication date, so ${unresolved} relative time expression${unresolved > 1 ? 's' : ''} (such as "on Monday") could not be placed in time: give the article its date (a "published" field, or a date line under the title)`,
      });
    }
  }

  const tokens = tokenize(doc.text, sentences);
  const ranges = sentenceTokens(sentences, tokens);
  // words inside time expressions are never names ("Monday", "January")
  const timeTokens = wordsInside(tokens, timexes);
  // the parse of each token: where names end, and which are coordinated
  const syn = alignSyntax(tokens, syntax);
  // acronyms given to events and products ("(WWDC)"), which name no actor where they recur, in a
  // headline before the definition too
  const notActors = new Set<string>();
  const found: Mention[] = ranges
    .flatMap((r) => findMentions(tokens, r.first, r.last, timeTokens, syn, notActors))
    .filter((m) => !commonWordOpening(m, ranges, syntax))
    .filter((m) => !(m.form === 'name' && !m.lexicon && m.last - m.first === 1 && notActors.has(m.text)));
  // a group named with no state takes the state of where it acts (./actors/group-place.ts)
  placeStatelessGroups(found, tokens);
  const resolved = resolveMentions(found, { year: ref?.year ?? null, tokens });
  const { actors, mentions } = resolved;
  addPlaceAliases(mentions, tokens, actors);
  codeActors(mentions, actors, tokens, published);

  // the subjects the parse gives a verb (with their conjuncts), for clauses whose subject the rules miss
  const tokenAtStart = new Map(tokens.map((t) => [t.start, t.i]));
  const parsedOf = new Map(syntax.map((p) => [p.index, p]));
  const parseSubjects = (verb: number): number[] => {
    const t = tokens[verb];
    const parsed = t ? parsedOf.get(t.sentence) : undefined;
    const v = parsed?.tokens.find((u) => u.start === t!.start);
    const subj = parsed && v ? subjectOf(parsed, v) : undefined;
    if (!parsed || !subj) return [];
    const words = [subj, ...parsed.tokens.filter((u) => u.head === subj.id && u.deprel === 'conj')];
    return words.flatMap((u) => tokenAtStart.get(u.start) ?? []);
  };
  const ruleDrafts = extractInteractions({
    text: doc.text,
    tokens,
    sentences: ranges,
    mentions,
    actors,
    timeTokens,
    parseSubjects,
  });
  // an event noun that a verb with an event of its own governs is that verb's topic ("condemned the deal")
  // (a trigger is nominal when the parse tags none of its words a verb: "the deal", "joint military
  // exercises", "their protests"; the parse's tagger reads the whole sentence, so "protests" after
  // "their" is a noun there)
  const parsedAt = new Map(syntax.map((p) => [p.index, p]));
  const nominal = (d: number) => {
    const draft = ruleDrafts[d]!;
    const [from, to] = draft.triggerSpan;
    const parsed = parsedAt.get(draft.sentence);
    if (!parsed)
      return !tokens.some((t) => t.start < to && from < t.end && (t.pos === 'VERB' || t.pos === 'AUX'));
    return !parsed.tokens.some(
      (t) => t.start < to && from < t.end && (t.upos === 'VERB' || t.upos === 'AUX'),
    );
  };
  const governed = governedNounDrafts(ruleDrafts, syntax, nominal);
  // an event noun that a reversing verb governs is ended or undone, not done ("lifted the embargo",
  // "would halt the joint exercises"): the code the CAMEO dictionary gives that verb and its object
  // where it has a pattern for them ("eased the sanctions" 085), else what ending the noun's act is
  // (REVERSAL_CODES: "halted the joint drills" 160), else the noun's act, negated
  // one prepared tree per sentence for the dictionary's matcher
  const trees = new Map<ParsedSentence, ReturnType<typeof prepareTree>>();
  const treeOf = (p: ParsedSentence) => {
    let t = trees.get(p);
    if (!t) trees.set(p, (t = prepareTree(p.tokens)));
    return t;
  };
  // the actor of the mention that holds a word of the parse
  const actorAt = (t: { start: number; end: number }) =>
    mentions.find((x) => x.actor && x.start <= t.start && t.end <= x.end)?.actor;
  const lookup: ActorLookup = { actorAt, guessed: (id) => Boolean(actors.get(id)?.guessed) };
  const classOf = (code: string | null | undefined) =>
    code ? VERB_CLASSES.find((c) => c.cameo === code) : undefined;
  const recode = (d: (typeof ruleDrafts)[number], cls: VerbClass) =>
    Object.assign(d, { cls, type: cls.type, cameo: cls.cameo, quad: cls.quad, negated: false });
  for (const r of reversedNounDrafts(ruleDrafts, syntax, nominal)) {
    if (governed.has(r.draft)) continue;
    const d = ruleDrafts[r.draft]!;
    const m = matchVerb(loadCameo(), treeOf(r.sentence), r.verb.id);
    // a pattern counts when it is about the ended noun ("suspended its drills near the border" is no
    // closing of the border)
    const aboutNoun = (id: number) => {
      const t = r.sentence.tokens[id - 1];
      return t !== undefined && t.start < d.triggerSpan[1] && d.triggerSpan[0] < t.end;
    };
    const patternCode = m?.code && m.codeFrom === 'pattern' && m.matched.some(aboutNoun) ? m.code : null;
    const cls = classOf(patternCode) ?? classOf(reversalCode(d.cameo));
    if (cls) recode(d, cls);
    else d.negated = true;
    // who ends it is the reversing verb's subject ("the Union lifts its arms embargo")
    if (!d.source.length) {
      const subj = subjectOf(r.sentence, r.verb);
      const actor = subj && actorAt(subj);
      if (actor && !d.target.includes(actor)) d.source = [actor];
    }
  }
  // a noun that an evaluative verb judges is the topic of a statement, made by the verb's subject:
  // "the embassy called the expulsions unacceptable" criticises (111); "termed the visit useful"
  // praises (051); a judgement of no known tone is a statement (010)
  for (const ev of evaluatedNounDrafts(ruleDrafts, syntax, nominal)) {
    if (governed.has(ev.draft)) continue;
    const d = ruleDrafts[ev.draft]!;
    const word = ev.predicate.lemma.toLowerCase();
    // with a copula only a hostile judgement counts: "the strike was successful, the army said" is
    // the army's own strike, not its praise of one
    if (ev.copula && !HOSTILE_WORDS.has(word)) continue;
    const tone = HOSTILE_WORDS.has(word) ? '111' : COOPERATIVE_WORDS.has(word) ? '051' : '010';
    const cls = classOf(tone);
    if (!cls) continue;
    recode(d, cls);
    const start = ev.copula ? Math.min(d.triggerSpan[0], ev.verb.start) : ev.verb.start;
    const end = Math.max(ev.predicate.end, ev.verb.end);
    Object.assign(d, { trigger: doc.text.slice(start, end), triggerSpan: [start, end] });
    const at = tokens.findIndex((t) => t.start === start);
    if (at >= 0) d.head = at;
    // the judge: the evaluative verb's subject, or for a copula the subject of the verb that reports
    // it ("Moscow said the expulsion was unacceptable")
    const judge = ev.copula
      ? ev.verb.deprel.startsWith('ccomp') && ev.verb.head > 0
        ? ev.sentence.tokens[ev.verb.head - 1]
        : undefined
      : ev.verb;
    const subj = judge && subjectOf(ev.sentence, judge);
    const actor = subj && actorAt(subj);
    if (actor) {
      d.source = [actor];
      d.target = d.target.filter((x) => x !== actor);
    }
  }
  // a reversing verb with an event of its own that ends an agreement: "will quit the treaty" is a cut
  // in relations, not a resignation, unless the dictionary has a pattern for the pair
  for (const d of ruleDrafts) {
    const parsed = parsedAt.get(d.sentence);
    const ended = endedAgreement(parsed, d.triggerSpan);
    if (!parsed || !ended) continue;
    const m = matchVerb(loadCameo(), treeOf(parsed), ended.verb.id);
    const cls = classOf(m?.code && m.codeFrom === 'pattern' ? m.code : '160');
    if (cls) recode(d, cls);
  }
  // a verb the rules coded by its class alone, whose object the CAMEO dictionary has a pattern for:
  // the pattern's code ("gave Tunisia 300 million euros" is economic aid, 071, not a concession;
  // "sent humanitarian aid" 073) where it is a finer code of the same root, or the dictionary
  // pattern names the object (never a word elsewhere in the sentence)
  for (let i = 0; i < ruleDrafts.length; i++) {
    const d = ruleDrafts[i]!;
    if (governed.has(i) || nominal(i)) continue;
    const parsed = parsedAt.get(d.sentence);
    const verb = parsed && verbIn(parsed, d.triggerSpan);
    if (!parsed || !verb) continue;
    const m = matchVerb(loadCameo(), treeOf(parsed), verb.id);
    if (!m?.code || m.codeFrom !== 'pattern' || m.code === d.cameo) continue;
    const objects = new Set(
      parsed.tokens
        .filter((t) => t.head === verb.id && /^(obj|iobj|obl|xcomp)/.test(t.deprel))
        .flatMap((t) => subtreeIds(parsed, t)),
    );
    if (!m.matched.some((id) => objects.has(id))) continue;
    const cls = nearestClass(m.code);
    if (cls && cls.cameo !== d.cameo && d.cameo && cls.cameo.slice(0, 2) === d.cameo.slice(0, 2)) {
      // a finer code of the same act: its polarity stays ("did not give permission")
      const negated = d.negated;
      recode(d, cls);
      d.negated = negated;
    }
  }
  const drafts = ruleDrafts.filter((_, i) => !governed.has(i));
  // a relative clause's act is done by what it modifies, not by the main clause's subject ("the
  // minister condemned an attack that killed 80 civilians": the minister killed no one)
  for (const d of drafts) {
    const parsed = parsedAt.get(d.sentence);
    const verb = parsed && verbIn(parsed, d.triggerSpan);
    if (!parsed || !verb || verb.deprel !== 'acl:relcl' || !d.source.length) continue;
    const subject = parsed.tokens.find((t) => t.head === verb.id && /^nsubj/.test(t.deprel));
    if (subject && !/^(that|which|who)$/i.test(subject.form)) continue;
    const antecedent = parsed.tokens[verb.head - 1]!;
    // the antecedent itself ("the rebels who shelled the town"), or its owner ("Russia's strike that hit …")
    const owners = [
      antecedent,
      ...parsed.tokens.filter((t) => t.head === antecedent.id && t.deprel === 'nmod:poss'),
    ];
    const actorsHere = owners.map(actorAt).filter((a): a is string => Boolean(a));
    d.source = [...new Set(actorsHere)].filter((a) => !d.target.includes(a));
  }
  // an act with no one on either side says nothing of relations
  for (let i = drafts.length - 1; i >= 0; i--)
    if (!drafts[i]!.source.length && !drafts[i]!.target.length) drafts.splice(i, 1);
  // no actor is the target of an act done on the ground: its place is (lib/nlp/interactions/place.ts)
  const placed = new Map<(typeof drafts)[number], string>();
  for (const d of drafts) {
    if (d.target.length || d.symmetric) continue;
    const p = placeTarget(
      d.cameo,
      parsedAt.get(d.sentence),
      d.triggerSpan,
      mentions,
      (id) => actors.get(id)?.kind === 'country',
    );
    if (p && !d.source.includes(p.actor)) {
      d.target = [p.actor];
      placed.set(d, p.words);
    }
  }
  const placeOf = new WeakMap<ContractEvent, string>();
  const peg = newsPeg(timexes, published);
  const title = doc.title.trim();
  const headline = (sentence: number) =>
    sentence === 0 && doc.text.slice(sentences[0]?.start, sentences[0]?.end).trim() === title;
  const plover = loadCameo().plover;
  // the user's verb dictionaries, last file first: the code their entry for the event's verb gives.
  // A CAMEO code recodes the event as the vendored dictionary's would (its class gives the stance
  // and quad); any other code passes through as the event's `code`, changing neither
  const userCoded = new Map<
    (typeof drafts)[number],
    { code: string; file: string; line: number; cameo: boolean }
  >();
  const verbFiles = userVerbs().files;
  // the further pairs of symmetric acts among three or more subjects, added after the loop
  const extra: (typeof drafts)[number][] = [];
  if (verbFiles.length)
    for (const d of drafts) {
      const parsed = parsedAt.get(d.sentence);
      const verb = parsed && verbIn(parsed, d.triggerSpan);
      if (!parsed || !verb) continue;
      for (let f = verbFiles.length - 1; f >= 0; f--) {
        const m = matchVerb(verbFiles[f]!.dict, treeOf(parsed), verb.id);
        if (!m?.code) continue;
        const cameo = isCameoCode(m.code, plover);
        userCoded.set(d, {
          code: m.code,
          file: verbFiles[f]!.path,
          line: m.pattern?.line ?? m.entry.line,
          cameo,
        });
        const cls = cameo ? userCodeClass(m.code) : undefined;
        if (cls && cls.cameo !== d.cameo) {
          const negated = d.negated;
          recode(d, cls);
          d.negated = negated;
        }
        // the sides as the file's format reads them: both, where the rules found one side only,
        // which they may have put on the wrong side ("the X club restores ties with Y", with no
        // actor for "club", made Y the source of a symmetric act); else a side the rules found
        // part of a coordination of ("senators in X and Y welcomed …"), never emptying a side. A
        // symmetric act the rules paired stays as they paired it.
        const read = userVerbSides(parsed, verb, m, lookup);
        const [first, ...more] = read.sides;
        const paired = d.symmetric && d.source.length > 0 && d.target.length > 0;
        if (!paired && (!d.source.length || !d.target.length) && first![0].length && first![1].length) {
          [d.source, d.target] = first!;
          d.symmetric ||= read.symmetric;
          for (const [source, target] of more) {
            const pair = { ...d, source, target };
            extra.push(pair);
            userCoded.set(pair, userCoded.get(d)!);
          }
        } else if (!paired && !more.length) {
          const widen = (found: string[], wider: string[]) =>
            !found.length || (wider.length > found.length && found.every((a) => wider.includes(a)))
              ? wider
              : found;
          const source = widen(d.source, first![0]);
          const target = widen(d.target, first![1]).filter((a) => !source.includes(a));
          if (source.length && (target.length || !d.target.length)) [d.source, d.target] = [source, target];
        }
        break;
      }
    }
  drafts.push(...extra);
  // a verb no event covers, that a user's verb file codes (last file first), is an event of its
  // own when the entry's source and target are actors: a CAMEO code takes its class's stance and
  // quad; any other code is passed through with neither (tone not coded)
  const uncoded = new Set<(typeof drafts)[number]>();
  const created = new Set<(typeof drafts)[number]>();
  if (verbFiles.length)
    for (const parsed of syntax) {
      const range = ranges[parsed.index];
      if (!range) continue;
      for (const verb of parsed.tokens) {
        if (verb.upos !== 'VERB') continue;
        const covered = drafts.some(
          (d) =>
            d.sentence === parsed.index && d.triggerSpan[0] <= verb.start && verb.end <= d.triggerSpan[1],
        );
        if (covered) continue;
        for (let f = verbFiles.length - 1; f >= 0; f--) {
          const m = matchVerb(verbFiles[f]!.dict, treeOf(parsed), verb.id);
          if (!m?.code) continue;
          const read = userVerbSides(parsed, verb, m, lookup);
          const sides = read.sides.filter(([source, target]) => source.length && target.length);
          if (!sides.length) break;
          const words = [verb, ...m.particles.map((id) => parsed.tokens[id - 1]!).filter(Boolean)];
          const start = Math.min(...words.map((t) => t.start));
          const end = Math.max(...words.map((t) => t.end));
          const head = tokens.findIndex((t) => t.start === verb.start);
          if (head < 0) break;
          const cameo = isCameoCode(m.code, plover);
          const cls: VerbClass = (cameo && userCodeClass(m.code)) || {
            type: `${UNCODED_TYPE}${m.code}`,
            cameo: m.code,
            quad: 'neutral',
            goldstein: 0,
            verbs: [],
            example: { sentence: '', source: '', target: null },
          };
          for (const [source, target] of sides) {
            const d = newDraft(doc.text, {
              sentence: parsed.index,
              span: [range.start, range.end],
              triggerSpan: [start, end],
              head,
              cls,
              source,
              target,
              symmetric: read.symmetric,
              negated: parsed.tokens.some(
                (t) =>
                  t.head === verb.id && /^(advmod|neg)$/.test(t.deprel) && /^(not|n't|never)$/i.test(t.form),
              ),
              clause: [range.first, range.last],
            });
            drafts.push(d);
            created.add(d);
            if (!cameo) uncoded.add(d);
            userCoded.set(d, {
              code: m.code,
              file: verbFiles[f]!.path,
              line: m.pattern?.line ?? m.entry.line,
              cameo,
            });
          }
          break;
        }
      }
    }
  const codeTrail = new WeakMap<ContractEvent, string>();
  const createdEvents = new WeakSet<ContractEvent>();
  let events: ContractEvent[] = drafts.map((d) => {
    const stance = scoreStance(d, tokens);
    const date = anchorDate(d, { tokens, timexes, published }, peg);
    const modality = modalityOf(parsedAt.get(d.sentence), d.triggerSpan, d.alleged);
    const p = d.cameo ? ploverOf({ codes: plover }, d.cameo) : null;
    const event: ContractEvent = {
      id: eventId(doc.id, d.triggerSpan, `${d.cameo}:${d.source.join('+')}>${d.target.join('+')}`),
      documentId: doc.id,
      sentence: d.sentence,
      span: d.span,
      text: d.text,
      trigger: d.trigger,
      triggerSpan: d.triggerSpan,
      type: d.type,
      cameo: d.cameo,
      quad: d.quad,
      source: d.source,
      target: d.target,
      symmetric: d.symmetric,
      reportedBy: d.reportedBy,
      ...stance,
      negated: d.negated,
      alleged: d.alleged,
      modality,
      ...(p ? { plover: { event: p.event, mode: p.mode, context: p.context } } : {}),
      date,
      evidence: [{ documentId: doc.id, sentence: d.sentence, span: d.span, text: d.text }],
    };
    const words = placed.get(d);
    if (words) placeOf.set(event, words);
    if (created.has(d)) createdEvents.add(event);
    const uc = userCoded.get(d);
    if (uc) {
      if (!uc.cameo) event.code = uc.code;
      const made = created.has(d);
      codeTrail.set(
        event,
        `${uc.cameo ? 'CAMEO ' : ''}${uc.code} from the user dictionary ${uc.file} (line ${uc.line})${uc.cameo ? '' : made ? ', not a CAMEO code: tone and quad not coded' : ', not a CAMEO code: stance and quad come from the verb class'}`,
      );
    }
    if (uncoded.has(d)) {
      // a code outside CAMEO says nothing of tone: no CAMEO code, stance or quad
      Object.assign(event, {
        id: eventId(doc.id, d.triggerSpan, `${event.code}:${d.source.join('+')}>${d.target.join('+')}`),
        cameo: null,
        quad: null,
        stance: null,
        stanceScore: 0,
        stanceCues: [],
      });
      delete event.plover;
    }
    return event;
  });
  events = dropDuplicates(events, (e) => headline(e.sentence));
  // two events may share trigger, code and actors (and differ in stance or polarity): ids stay unique
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  markTentative(
    resolved,
    new Set(events.flatMap((e) => [...e.source, ...e.target, ...(e.reportedBy ? [e.reportedBy] : [])])),
  );

  // the code trail: the verb class, then each actor's code and where it came from
  for (const e of events) {
    const user = codeTrail.get(e);
    const trail =
      user && createdEvents.has(e)
        ? [`${user}, for "${e.trigger}", which no verb class knows`]
        : [
            `${e.cameo ? `CAMEO ${e.cameo}` : 'no CAMEO code'} (${e.type}) from the verb class of "${e.trigger}"`,
            ...(user ? [user] : []),
          ];
    const add = (role: string, id: string) => {
      const a = actors.get(id);
      if (a?.code) trail.push(`${role} ${a.name}: ${a.trail?.[0] ?? a.code}`);
    };
    for (const id of e.source) add('source', id);
    const where = placeOf.get(e);
    for (const id of e.target) {
      if (where)
        trail.push(
          `target ${actors.get(id)?.name ?? id}: the place where it happened ("${where}"), as CAMEO codes an act with no actor as its target`,
        );
      add('target', id);
    }
    if (e.reportedBy) add('reported by', e.reportedBy);
    e.trail = trail;
  }

  const mentionOut: ContractMention[] = mentions
    .filter((m) => m.actor && m.form !== 'pair')
    .map((m) => ({
      documentId: doc.id,
      actorId: m.actor!,
      span: [m.start, m.end],
      text: doc.text.slice(m.start, m.end),
      form: m.form,
    }));
  return boundOutput({
    document: doc,
    reference,
    sentences,
    syntax,
    timexes,
    actors,
    mentions: mentionOut,
    events,
    problems,
  });
}

/**
 * The most a document may yield, per megabyte of its text (with a floor for short texts): far
 * above what news holds (the synthetic wire corpus gives about 4,700 time expressions, 6,800 events
 * and 22,000 mentions per MB), so only a text made to flood the store meets them.
 */
export const OUTPUT_BOUNDS = {
  timexes: { perMB: 15_000, floor: 1_000 },
  events: { perMB: 20_000, floor: 1_000 },
  mentions: { perMB: 60_000, floor: 4_000 },
} as const;

/** Cuts each list at its bound (keeping the first in text order) and says so in a problem. */
export function boundOutput(x: DocumentExtraction): DocumentExtraction {
  const mb = new TextEncoder().encode(x.document.text).length / 1_000_000;
  const problems = [...x.problems];
  const cut = <T>(kind: keyof typeof OUTPUT_BOUNDS, list: T[]): T[] => {
    const { perMB, floor } = OUTPUT_BOUNDS[kind];
    const max = Math.max(floor, Math.floor(perMB * mb));
    if (list.length <= max) return list;
    const what = kind === 'timexes' ? 'time expressions' : kind;
    problems.push({
      path: x.document.path,
      message: `${list.length} ${what} found; only the first ${max} are kept (at most ${perMB} per MB of text)`,
    });
    return list.slice(0, max);
  };
  return {
    ...x,
    timexes: cut('timexes', x.timexes),
    events: cut('events', x.events),
    mentions: cut('mentions', x.mentions),
    problems,
  };
}

/**
 * A guessed name of one word that opens its sentence (or follows a colon) and that the parse's
 * tagger reads as a common noun is a capitalised common word, not a name: "Shares of the airline
 * fell", "Breaking News: …". Names the lexicons know, and words the tagger reads as proper nouns,
 * stay; a word of the actor dictionaries does not ("Youth" opening a sentence is the common word).
 */
function commonWordOpening(
  m: Mention,
  ranges: readonly { first: number }[],
  syntax: readonly ParsedSentence[],
): boolean {
  if (m.form !== 'name' || m.lexicon || m.last - m.first !== 1) return false;
  if (m.evidence && m.evidence !== 'guess' && m.evidence !== 'initial' && m.evidence !== 'listed')
    return false;
  const parsed = syntax.find((p) => p.index === m.sentence);
  if (!parsed) return false;
  const at = parsed.tokens.findIndex((t) => t.start === m.start);
  if (at < 0) return false;
  const opening = m.first === ranges[m.sentence]?.first || parsed.tokens[at - 1]?.form === ':';
  const t = parsed.tokens[at]!;
  return opening && (t.xpos === 'NN' || t.xpos === 'NNS');
}
