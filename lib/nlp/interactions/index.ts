/**
 * Interactions: for every trigger (./triggers.ts) of a sentence, its source and target from the
 * clause (./clause.ts), who reported it (./speech.ts), and whether it is negated, alleged or
 * habitual. Stance, dates and duplicates are settled by later stages (lib/nlp/stance,
 * lib/nlp/events).
 */
import type { Span } from '@/lib/model';
import type { Quad, VerbClass } from '@/lib/nlp/lexicon/types';
import { COMMUNICATION_NOUNS, VERB_CLASSES } from '@/lib/nlp/lexicon/verbs';
import type { Token } from '@/lib/nlp/tokens';
import { PAIR_NOUNS, type Mention } from '@/lib/nlp/actors/mentions';
import { ANAPHORA_REACH, lastPair, type ActorRecord } from '@/lib/nlp/actors/resolve';
import {
  clauseView,
  findAgent,
  findController,
  findObject,
  findPrepTarget,
  findSubject,
  isPassive,
  type ClauseView,
} from './clause';
import { findSpeech, framesBySentence, quoteAt, type Quote } from './speech';
import { findTriggers, isReporting, type Trigger } from './triggers';

/** An interaction found in one sentence, before stance, date and duplicates are settled. */
export interface EventDraft {
  sentence: number;
  /** The sentence's span and text: the evidence. */
  span: Span;
  text: string;
  /** The words of the trigger, and where they are. */
  trigger: string;
  triggerSpan: Span;
  /** Token index of the trigger's head word. */
  head: number;
  cls: VerbClass;
  type: string;
  cameo: string;
  quad: Quad;
  source: string[];
  target: string[];
  symmetric: boolean;
  reportedBy: string | null;
  /** The speech frame that reports it, if any (its verb's token index): the statement's date dates it. */
  reportVerb: number | null;
  negated: boolean;
  /** Said to have happened by someone else ("accused Russia of hacking …"). */
  alleged: boolean;
  /** Habitual or undated past ("has on numerous occasions accused", "has denied"): no date. */
  undated: boolean;
  /** An intention or plan stated now ("will try to normalise"): dated by the statement. */
  intended: boolean;
  /** The target came in with "against" ("an investigation against Iran"): aimed at it, not done with it. */
  opposed?: boolean;
  /** Token range of the clause, for stance cues. */
  clause: [number, number];
}

/** What a draft's maker says; the rest comes from the text and the class, or starts false. */
export type DraftFields = Pick<
  EventDraft,
  'sentence' | 'span' | 'triggerSpan' | 'head' | 'cls' | 'source' | 'target' | 'symmetric' | 'clause'
> &
  Partial<
    Pick<EventDraft, 'reportedBy' | 'reportVerb' | 'negated' | 'alleged' | 'undated' | 'intended' | 'opposed'>
  >;

/**
 * A draft of an act of the class `cls`: its sentence and trigger as they read in `text`, the
 * class's type, CAMEO code and quad; not reported, negated, alleged, undated or intended unless said.
 */
export function newDraft(text: string, d: DraftFields): EventDraft {
  return {
    reportedBy: null,
    reportVerb: null,
    negated: false,
    alleged: false,
    undated: false,
    intended: false,
    ...d,
    text: text.slice(d.span[0], d.span[1]),
    trigger: text.slice(d.triggerSpan[0], d.triggerSpan[1]),
    type: d.cls.type,
    cameo: d.cls.cameo,
    quad: d.cls.quad,
  };
}

export interface InteractionInput {
  text: string;
  tokens: readonly Token[];
  /** Token ranges of the sentences, and their character spans. */
  sentences: readonly { first: number; last: number; start: number; end: number }[];
  mentions: Mention[];
  actors: Map<string, ActorRecord>;
  /** Tokens inside time expressions. */
  timeTokens: Set<number>;
  /**
   * The subjects the dependency parse gives the verb at a token index (its own, or that of the verb
   * whose infinitive or conjunct it is, with their conjuncts), as token indexes: asked where the
   * rules find no subject ("Veloria is set to restore ties with Kestmark").
   */
  parseSubjects?: (verb: number) => readonly number[];
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither']);
const REFUSALS = new Set(['refuse', 'decline', 'fail']);
const HEDGES = new Set(['allegedly', 'reportedly', 'purportedly', 'supposedly']);
const ALLEGING = new Set(['accuse', 'allege', 'suspect', 'blame', 'charge', 'claim']);
const HABITUAL = new Set([
  'repeatedly',
  'often',
  'frequently',
  'regularly',
  'routinely',
  'occasionally',
  'sometimes',
  'usually',
  'always',
  'long',
  'previously',
  'traditionally',
  'historically',
]);
const MODALS = new Set(['will', 'would', 'shall', 'could', 'should', 'may', 'might', 'must', "'ll", 'can']);
const INTENT_VERBS = new Set([
  'try',
  'plan',
  'intend',
  'hope',
  'aim',
  'seek',
  'want',
  'wish',
  'promise',
  'pledge',
  'vow',
  'expect',
  'agree',
  'decide',
  'prepare',
  'propose',
  'offer',
  'threaten',
]);
/** Prepositions that bring in the target of an event noun: "sanctions on Russia", "a visit to Moscow", "talks with Iran". */
const NOUN_PREPS = ['with', 'on', 'against', 'to', 'at', 'toward', 'towards', 'for'];
/** Things received that say what the giver did: "received weapons from X" is military aid by X. */
const RECEIVED = new Map([
  ['weapon', '072'],
  ['arm', '072'],
  ['weaponry', '072'],
  ['ammunition', '072'],
  ['assurance', '030'],
  ['guarantee', '030'],
  ['pledge', '030'],
  ['promise', '030'],
  ['fund', '071'],
  ['loan', '071'],
  ['grant', '071'],
  ['money', '071'],
  ['threat', '130'],
  ['warning', '130'],
  ['ultimatum', '139'],
]);

/** "held their first meeting": possessives inside the noun phrase of a light verb. */
const POSSESSIVE_PRONOUNS = new Set(['their', 'its', 'his', 'her', 'our', 'my', 'your']);
/** Where a target is found when the class names no preposition: "fired missiles at X", "sent aid to X". */
const DEFAULT_PREPS: Record<Quad, string[]> = {
  verbal_conflict: ['against', 'at', 'toward', 'towards'],
  material_conflict: ['against', 'at', 'on', 'toward', 'towards'],
  verbal_cooperation: ['with', 'to', 'toward', 'towards'],
  material_cooperation: ['with', 'to'],
  neutral: [],
};
/** Classes that take an infinitive whose actor is their target: appeals, intentions, demands, threats. */
const INTENT_ROOTS = new Set(['02', '03', '10', '13']);
/** Words that end an infinitive clause. */
const CLAUSE_END = new Set([
  'unless',
  'if',
  'when',
  'because',
  'while',
  'after',
  'before',
  'that',
  'which',
  'who',
  'whose',
  'but',
  'as',
  'since',
  'until',
]);

/** "threatened to break relations with Russia": the first actor after "to" in the infinitive clause. */
function infinitiveActor(v: ClauseView, from: number, to: number): Mention[] {
  const { tokens } = v;
  let k = from;
  while (
    k < to &&
    (v.time.has(k) || tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'ADP' && v.time.has(k + 1)))
  )
    k++;
  if (tokens[k]?.lower !== 'to' || tokens[k + 1]?.pos !== 'VERB') return [];
  for (let j = k + 2; j < to && j < k + 16; j++) {
    const t = tokens[j]!;
    if (CLAUSE_END.has(t.lower) || t.text === ',' || t.text === ';' || t.text === ':') break;
    const m = v.startingAt.get(j);
    if (m && m.form !== 'pronoun' && !m.possessive) {
      const o = findObject(v, j - 1, to);
      return o.length && o[0] === m ? o : [m];
    }
  }
  return [];
}

/** "… unless Ankara withdrew its troops", "… if Seoul went ahead with the drills": the actor the condition is on. */
function conditionSubject(v: ClauseView, from: number, to: number): Mention[] {
  const { tokens } = v;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.lower !== 'if' && tokens[k]!.lower !== 'unless') continue;
    for (let j = k + 1; j < Math.min(to, k + 4); j++) {
      const m = v.startingAt.get(j);
      if (m) return m.form === 'pronoun' ? [] : [m];
      if (!/^(DET|ADJ)$/.test(tokens[j]!.pos)) break;
    }
    break;
  }
  return [];
}

/** In a passive whose subject names no actor, an actor the subject is about: "Evidence against Russia was presented". */
function passiveTheme(v: ClauseView, head: number, sentenceStart: number): Mention[] {
  const { tokens } = v;
  let k = head - 1;
  while (
    k >= sentenceStart &&
    (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')
  )
    k--;
  for (let j = k; j >= sentenceStart && k - j < 8; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || t.text === ',' || t.text === ';') break;
    const m = v.endingAt.get(j);
    // the preposition must hang on the subject's own noun: "Evidence against Russia", not "acting against Moscow"
    if (
      m &&
      /^(against|of|on|for|toward|towards)$/.test(tokens[m.first - 1]?.lower ?? '') &&
      tokens[m.first - 2]?.pos === 'NOUN'
    ) {
      return [m];
    }
  }
  return [];
}

/** Classes that let someone act: what they are let do has not happened yet ("gave permission to Russia to help …"). */
const PERMITTING = new Set(['086', '030', '031', '032', '033']);
/** Verbs of wanting that make "X wants Y to act" an appeal to Y. */
const DESIRE = new Set(['want', 'wish', 'expect', 'encourage', 'press', 'pressure', 'persuade', 'push']);
/** Reporting verbs that accuse: "alleged that the militia had shelled the town". */
const CLAIMING = new Set(['claim', 'allege', 'charge', 'accuse', 'insist']);

/** Classes whose target may be the subject of a "that" clause: appeals, demands, threats. */
const DIRECTIVE_ROOTS = new Set(['02', '10', '13']);

/** "demanded that the US cancel …": the actor opening the clause after "that". */
function complementSubject(v: ClauseView, from: number, to: number): Mention[] {
  const { tokens } = v;
  let k = from;
  while (
    k < to &&
    (v.time.has(k) ||
      tokens[k]!.pos === 'ADV' ||
      tokens[k]!.text === ',' ||
      (tokens[k]!.pos === 'ADP' && v.time.has(k + 1)))
  )
    k++;
  if (tokens[k]?.lower !== 'that') return [];
  for (let j = k + 1; j < Math.min(to, k + 5); j++) {
    const m = v.startingAt.get(j);
    // "insisted that its Gulf allies …": past the possessive
    if (m && m.form === 'pronoun' && POSSESSIVE_PRONOUNS.has(m.text.toLowerCase())) continue;
    if (m) return m.form === 'pronoun' ? [] : [m];
    if (!/^(DET|ADJ|PRON|NUM)$/.test(tokens[j]!.pos)) break;
  }
  return [];
}
/** Light verbs that carry an event noun: "held talks", "launched air strikes", "imposed sanctions". */
const LIGHT_GAP = new Set(['DET', 'ADJ', 'NUM', 'PART', 'NOUN', 'PROPN', 'ADV', 'PUNCT']);

function spanText(text: string, a: number, b: number) {
  return text.slice(a, b);
}

/** The actors a mention stands for, resolving pronouns and pairs at this point of the text. */
function actorsOf(
  m: Mention,
  input: InteractionInput,
  mentionIndex: Map<Mention, number>,
  exclude: string[],
  quoteSpeaker: string[] | null,
): string[] {
  if (m.form === 'pair') {
    const kind = PAIR_NOUNS.get(m.noun ?? '') ?? 'any';
    const pair = lastPair(input.mentions, mentionIndex.get(m) ?? 0, input.actors, kind);
    return pair ? [...pair] : [];
  }
  if (m.form === 'pronoun') {
    const w = m.text.toLowerCase();
    if (['we', 'our', 'us', 'i', 'my'].includes(w)) return quoteSpeaker ?? [];
    if (['he', 'him', 'his', 'she', 'her', 'himself', 'herself'].includes(w)) {
      const at = mentionIndex.get(m) ?? 0;
      for (let k = at - 1; k >= Math.max(0, at - ANAPHORA_REACH); k--) {
        const p = input.mentions[k]!;
        if (p.form === 'pronoun' || p.form === 'pair' || !p.actor || exclude.includes(p.actor)) continue;
        if (input.actors.get(p.actor)?.kind === 'person') return [p.actor];
      }
      return [];
    }
    return m.actor && !exclude.includes(m.actor) ? [m.actor] : [];
  }
  return m.actor ? [m.actor] : [];
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * The pairs of a symmetric act among several actors (the subject first): "Peru, Chile and Bolivia
 * met" — every two of them met; with one subject, "France restored ties with Ghana and Togo" —
 * France with each, and no tie between Ghana and Togo.
 */
export function symmetricPairs(all: readonly string[], oneSubject: boolean): [string[], string[]][] {
  return oneSubject
    ? all.slice(1).map((y) => [[all[0]!], [y]])
    : all.flatMap((x, n) => all.slice(n + 1).map((y): [string[], string[]] => [[x], [y]]));
}

/** Finds the interactions of one document. */
export function extractInteractions(input: InteractionInput): EventDraft[] {
  const { tokens, text } = input;
  const view: ClauseView = clauseView(
    tokens,
    input.mentions,
    new Set(COMMUNICATION_NOUNS.map((n) => n.toLowerCase())),
    input.timeTokens,
  );
  const mentionIndex = new Map(input.mentions.map((m, i) => [m, i]));
  const ranges = input.sentences.map((s) => [s.first, s.last] as [number, number]);
  const { frames, quotes } = findSpeech(view, ranges);
  const framesIn = framesBySentence(frames, tokens);
  const drafts: EventDraft[] = [];
  const wishQueue: {
    verb: number;
    object: Mention;
    action: number;
    sentence: number;
    sentenceFirst: number;
  }[] = [];

  // "American aid groups", "peace activists": a noun inside a group's name names the group, not an event
  const inGroups = new Set<number>();
  for (const m of input.mentions)
    if (m.form === 'group') for (let k = m.first; k < m.last; k++) inGroups.add(k);
  const insideGroup = (t: Trigger) => {
    if (!t.nominal) return false;
    for (let k = t.first; k < t.last; k++) if (!inGroups.has(k)) return false;
    return true;
  };

  input.sentences.forEach((s, sentenceIndex) => {
    const { first: a, last: b } = s;
    if (a >= b) return;
    const triggers = findTriggers(tokens, a, b).filter((t) => !insideGroup(t));
    // "threatened to cut ties with Qatar", "pledged to keep up its aid to Somalia":
    // one event, of the governing verb's class, whose target may come from the verb it governs
    const complementOf = new Map<Trigger, Trigger>();
    const governed = new Set<Trigger>();
    for (const t of triggers) {
      if (t.nominal) continue;
      // "threatened to cut" + "cut diplomatic relations": overlapping triggers, the second governed
      const overlapping = triggers.find((u) => u !== t && u.first === t.last - 1 && u.last > t.last);
      if (overlapping) {
        complementOf.set(t, overlapping);
        governed.add(overlapping);
        continue;
      }
      let k = t.last;
      while (
        k < b &&
        (view.time.has(k) || tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'ADP' && view.time.has(k + 1)))
      )
        k++;
      if (tokens[k]?.lower !== 'to') continue;
      const next = triggers.find(
        (u) =>
          u !== t &&
          u.first > k &&
          u.first <= k + 4 &&
          tokens.slice(k + 1, u.first).every((x) => /^(VERB|ADV|DET|ADJ|AUX|PART|NUM)$/.test(x.pos)),
      );
      if (next) {
        complementOf.set(t, next);
        governed.add(next);
      }
    }

    // "urged Israel to ease restrictions", "wants Putin to attack Switzerland": what one actor asks of
    // another has not happened; the request is the event, the action asked for is not
    const wishes: { verb: number; object: Mention; action: number }[] = [];
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      // "urged Israel to …", "wants Putin to …", "gave permission to Russia to …", "allowed Iran to …"
      const asker = triggers.find(
        (u) => u.first === k && !u.nominal && (u.cls.cameo.startsWith('02') || PERMITTING.has(u.cls.cameo)),
      );
      const asking = t.pos === 'VERB' && (DESIRE.has(t.lemma) || asker != null);
      if (!asking) continue;
      let o = asker ? asker.last : k + 1;
      if (tokens[o]?.lower === 'to' && asker && asker.last > k + 1) o++;
      const object =
        view.startingAt.get(o) ?? (tokens[o]?.pos === 'DET' ? view.startingAt.get(o + 1) : undefined);
      if (
        !object ||
        object.form === 'pronoun' ||
        tokens[object.last]?.lower !== 'to' ||
        tokens[object.last + 1]?.pos !== 'VERB'
      )
        continue;
      const action = object.last + 1;
      for (const u of triggers) if (u.first >= action && u.first <= action + 3) governed.add(u);
      if (DESIRE.has(t.lemma)) wishes.push({ verb: k, object, action });
    }
    for (const w of wishes) wishQueue.push({ ...w, sentence: sentenceIndex, sentenceFirst: a });

    // the mentions the parse makes the verb's subject (the widest over each subject word)
    const parseSubject = (verb: number): { mentions: Mention[] } | null => {
      const words = input.parseSubjects?.(verb) ?? [];
      const found: Mention[] = [];
      for (const k of words) {
        if (k < a || k >= b) continue;
        let best: Mention | undefined;
        for (const m of input.mentions)
          if (m.first <= k && k < m.last && (!best || m.last - m.first > best.last - best.first)) best = m;
        if (best && !found.includes(best)) found.push(best);
      }
      return found.length ? { mentions: found } : null;
    };

    const participants = (trig: Trigger) => {
      const head = trig.tokens[0]!;
      let sources: Mention[] = [];
      let targets: Mention[] = [];
      let clauseStart = a;
      let controlled = false;
      if (!trig.nominal) {
        const passive = isPassive(view, head);
        const ctrl = findController(view, head, a);
        const ruled = ctrl ? { mentions: ctrl.mentions } : findSubject(view, head, a);
        const subj = ruled?.mentions.length || ruled?.communication ? ruled : (parseSubject(head) ?? ruled);
        controlled = ctrl != null;
        if (subj?.mentions.length) clauseStart = Math.min(...subj.mentions.map((m) => m.first));
        if (passive) {
          // "A complaint against Chile was filed by Bolivia": the actor the subject is about
          targets = subj?.mentions.length ? subj.mentions : passiveTheme(view, head, a);
          sources = findAgent(view, trig.last - 1);
        } else {
          sources = subj?.mentions ?? [];
          if (!trig.cls.objectIsTopic && !trig.cls.intransitive) {
            targets = findObject(view, head, b);
            // "expressed Russia's readiness": an owner inside the phrase is not its target
            // nor a possessive pronoun ("withdraw its troops"); but "wished him success" has its object there
            if (
              targets.length &&
              targets[0]!.last < trig.last &&
              (targets[0]!.possessive ||
                ['its', 'their', 'his', 'our', 'my', 'your'].includes(targets[0]!.text.toLowerCase()))
            )
              targets = [];
            if (!targets.length && trig.last - 1 > head) targets = findObject(view, trig.last - 1, b);
          }
          if (!targets.length)
            targets = findPrepTarget(
              view,
              trig.last - 1,
              [...new Set([...(trig.cls.targetPreps ?? []), ...DEFAULT_PREPS[trig.cls.quad]])],
              12,
            );
          // "demanded that the US cancel …", "urged that Israel …": the one asked is the target
          if (!targets.length && !trig.cls.symmetric && DIRECTIVE_ROOTS.has(trig.cls.cameo.slice(0, 2))) {
            targets = complementSubject(view, trig.last, b);
          }
          // "threatened to inflict heavy losses on the Saudi coalition": the first actor of what is
          // threatened, promised or agreed to
          if (!targets.length && INTENT_ROOTS.has(trig.cls.cameo.slice(0, 2)))
            targets = infinitiveActor(view, trig.last, b);
          // "threatened to quit the talks if Seoul went ahead": the one the condition is on
          if (!targets.length && trig.cls.cameo.startsWith('13'))
            targets = conditionSubject(view, trig.last, b);
        }
      } else {
        const n = trig.last - 1;
        // "a phone conversation between the two", "a peace initiative between Eritrea and Ethiopia"
        let after = trig.last;
        while (after < b && after < trig.last + 2 && tokens[after]!.pos === 'NOUN') after++;
        if (tokens[after]?.lower === 'between' || tokens[after]?.lower === 'among') {
          let j = after + 1;
          if (tokens[j]?.lower === 'the' && !view.startingAt.has(j)) j++;
          const m = view.startingAt.get(j) ?? view.startingAt.get(after + 1);
          if (m) targets = findObject(view, after, b).length ? findObject(view, after, b) : [m];
        }
        // "Russia's bombing raids", "Russian air strikes", "Israeli tank shelling", "the Obama administration's sanctions"
        let lead = trig.first;
        while (
          lead - 1 > a &&
          tokens[lead - 1]!.pos === 'NOUN' &&
          !view.endingAt.has(lead - 1) &&
          trig.first - lead < 2
        )
          lead--;
        const before = tokens[lead - 1];
        const owner =
          before && (before.lower === "'s" || before.lower === "'")
            ? view.endingAt.get(lead - 2)
            : view.endingAt.get(lead - 1);
        if (owner && (owner.possessive || owner.form === 'adjective')) sources = [owner];
        if (!targets.length)
          targets = findPrepTarget(
            view,
            n,
            [
              ...(trig.cls.quad.endsWith('conflict') ? [...NOUN_PREPS, 'of'] : NOUN_PREPS),
              ...(trig.cls.targetPreps ?? []),
            ],
            7,
          );
        if (!targets.length && DIRECTIVE_ROOTS.has(trig.cls.cameo.slice(0, 2)))
          targets = complementSubject(view, trig.last, b);
        const between = tokens[after]?.lower === 'between' || tokens[after]?.lower === 'among';
        if (!sources.length && !(between && targets.length)) {
          // "Putin held talks with …": the subject of the verb that carries the noun
          let k = trig.first - 1;
          while (
            k >= a &&
            (LIGHT_GAP.has(tokens[k]!.pos) ||
              POSSESSIVE_PRONOUNS.has(tokens[k]!.lower) ||
              // "speeded up the withdrawal", "called off the talks": a verb's particle
              ((tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'PART') &&
                tokens[k - 1]?.pos === 'VERB' &&
                /^(up|off|out|down|on)$/.test(tokens[k]!.lower)) ||
              // "its long-threatened invasion": a participle inside a compound adjective
              (tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === tokens[k]!.start)) &&
            (!view.endingAt.has(k) || POSSESSIVE_PRONOUNS.has(tokens[k]!.lower)) &&
            trig.first - k <= 5
          )
            k--;
          if (k >= a && tokens[k]!.pos === 'VERB') {
            const subj = findController(view, k, a) ?? findSubject(view, k, a);
            if (subj?.mentions.length) sources = subj.mentions;
          }
        }
      }
      return { sources, targets, clauseStart, controlled };
    };

    for (const trig of triggers) {
      // a trigger another one governs ("threatened to cut …", "received weapons from …") is part of it
      if (governed.has(trig)) continue;
      const head = trig.tokens[0]!;
      const headTok = tokens[head]!;
      // a verb that only reports what follows is not an event of its own
      if (
        !trig.nominal &&
        trig.tokens.length === 1 &&
        isReporting(headTok) &&
        triggers.some((u) => u !== trig && u.first > head)
      )
        continue;
      const quote = quoteAt(quotes, head);
      const quoteSpeaker = quote ? unique(quote.speaker.flatMap((m) => (m.actor ? [m.actor] : []))) : null;

      let { sources, targets } = participants(trig);
      const { clauseStart, controlled } = participants(trig);
      let cls: VerbClass = trig.cls;
      // "received weapons from the government", "received assurances from X": the giver acts on the
      // receiver, in the class of what was given
      if (!trig.nominal && tokens[head]!.lemma === 'receive') {
        const given = triggers.find((u) => u.nominal && u.first > head && u.first <= head + 4);
        // what is given may be no event noun of its own: "weapons", "assurances"
        const thing = given ? undefined : tokens.slice(head + 1, head + 5).find((t) => RECEIVED.has(t.lemma));
        const thingCls = thing ? VERB_CLASSES.find((c) => c.cameo === RECEIVED.get(thing.lemma)) : undefined;
        const end = given ? given.last - 1 : thing ? thing.i : -1;
        const from = end >= 0 ? findPrepTarget(view, end, ['from'], 6) : [];
        if ((given || thingCls) && from.length) {
          targets = sources;
          sources = from;
          cls = given ? given.cls : thingCls!;
          if (given) governed.add(given);
        }
      }
      const complement = complementOf.get(trig);
      let last = trig.last;
      if (complement) {
        const c = participants(complement);
        if (!targets.length) targets = c.targets;
        if (!sources.length) sources = c.sources;
        last = complement.last;
      }

      // "Trump noted … that he is looking forward": a subject pronoun in reported speech is the speaker
      const frame = framesIn(headTok.sentence).find(
        (f) => f.verb !== head && f.scope[0] <= head && head < f.scope[1],
      );
      const speakerActors = frame
        ? unique(frame.speaker.flatMap((m) => actorsOf(m, input, mentionIndex, [], null)))
        : [];
      const personSpeaker = speakerActors.filter((id) => input.actors.get(id)?.kind === 'person');
      const pronounSpeaker =
        frame &&
        frame.verb < head &&
        personSpeaker.length === 1 &&
        sources.length === 1 &&
        /^(he|she)$/i.test(sources[0]!.text)
          ? personSpeaker
          : frame &&
              frame.verb < head &&
              speakerActors.length >= 1 &&
              sources.length === 1 &&
              /^(they|it|we)$/i.test(sources[0]!.text)
            ? speakerActors
            : null;
      // resolve to actors; a pronoun object is someone other than the subject ("Putin wished him success")
      let src =
        pronounSpeaker ?? unique(sources.flatMap((m) => actorsOf(m, input, mentionIndex, [], quoteSpeaker)));
      let tgt = unique(targets.flatMap((m) => actorsOf(m, input, mentionIndex, src, quoteSpeaker))).filter(
        (x) => !src.includes(x),
      );
      let symmetric = Boolean(cls.symmetric);
      let all: string[] = [];
      // one actor acting with several ("France restored ties with Ghana and Togo") meets each of
      // them; several subjects ("Peru, Chile and Bolivia met") meet one another
      const oneSubject = src.length === 1;
      if (symmetric) {
        // "Trump and Putin will try to normalise US-Russia ties": the adjectives name the same sides again
        if (src.length >= 2)
          tgt = unique(
            targets
              .filter((m) => m.form !== 'adjective')
              .flatMap((m) => actorsOf(m, input, mentionIndex, src, quoteSpeaker)),
          ).filter((x) => !src.includes(x));
        all = unique([...src, ...tgt]);
        src = all.slice(0, 1);
        tgt = all.slice(1);
      } else if (!src.length && tgt.length >= 2 && trig.nominal && tokens[trig.last]?.lower === 'between') {
        src = tgt.slice(0, 1);
        tgt = tgt.slice(1);
        symmetric = true;
      }
      if (!src.length && !tgt.length) continue;

      // how the clause frames it
      const from = clauseStart;
      const pre = tokens.slice(Math.max(a, from), head);
      // "did not condemn", "refused to sign", "failed to reach agreement", "declined to join the talks"
      const refusal = (() => {
        for (let k = head - 1; k >= Math.max(a, head - 5); k--) {
          const t = tokens[k]!;
          if (t.lower === 'to') return REFUSALS.has(tokens[k - 1]?.lemma ?? '');
          if (!/^(VERB|DET|ADJ|NUM|ADV)$/.test(t.pos)) return false;
        }
        return false;
      })();
      const negated = pre.some((t) => NEGATORS.has(t.lower) && head - t.i <= 4) || refusal;
      const governedByAllegation =
        tokens.slice(a, head).some((t) => ALLEGING.has(t.lemma) && t.pos === 'VERB') && controlled;
      const alleged = governedByAllegation || pre.some((t) => HEDGES.has(t.lower));
      // the present perfect reports no time ("has denied"); the past perfect does ("had discussed")
      const perfect =
        pre.some(
          (t) =>
            (t.lower === 'has' || t.lower === 'have' || t.lower === "'ve") &&
            t.pos === 'AUX' &&
            head - t.i <= 6,
        ) && !pre.some((t) => MODALS.has(t.lower));
      const undated =
        perfect ||
        pre.some((t) => HABITUAL.has(t.lower)) ||
        /\bon numerous occasions\b|\bfor years\b|\bin the past\b/i.test(
          spanText(text, tokens[Math.max(a, from)]!.start, headTok.start),
        );
      const intended = pre.some(
        (t) => MODALS.has(t.lower) || (INTENT_VERBS.has(t.lemma) && t.pos === 'VERB'),
      );

      // who reported it: a frame whose scope holds it, else the quotation's speaker
      const reporter = frame
        ? actorsOf(frame.speaker[0]!, input, mentionIndex, [], null)[0]
        : quoteSpeaker?.[0];
      const q: Quote | undefined = quote;
      void q;
      // "ordered an investigation against Iran", "filed a case against the company"
      const firstTarget = targets[0];
      let before = firstTarget ? firstTarget.first - 1 : -1;
      if (tokens[before]?.pos === 'DET') before--;
      const opposed = before > head && tokens[before]?.lower === 'against';

      const triggerStart = tokens[trig.first]!.start;
      const triggerEnd = tokens[last - 1]!.end;
      const pairs: [string[], string[]][] =
        symmetric && all.length >= 3 ? symmetricPairs(all, oneSubject) : [[src, tgt]];
      for (const [source, target] of pairs) {
        drafts.push(
          newDraft(text, {
            sentence: sentenceIndex,
            span: [s.start, s.end],
            triggerSpan: [triggerStart, triggerEnd],
            head,
            cls,
            source,
            target,
            symmetric,
            reportedBy: reporter ?? null,
            reportVerb: frame ? frame.verb : null,
            negated,
            alleged,
            undated,
            intended,
            opposed,
            clause: [from, trig.last],
          }),
        );
      }
    }
  });

  // "Paris wants Rome to take in the migrants": a wish that another act is an appeal to them
  const appeal = VERB_CLASSES.find((c) => c.cameo === '020');
  for (const w of wishQueue) {
    if (!appeal) break;
    const subj = findSubject(view, w.verb, w.sentenceFirst);
    const src = unique((subj?.mentions ?? []).flatMap((m) => actorsOf(m, input, mentionIndex, [], null)));
    const tgt = actorsOf(w.object, input, mentionIndex, src, null).filter((x) => !src.includes(x));
    if (!src.length || !tgt.length) continue;
    const s = input.sentences[w.sentence]!;
    const t = tokens[w.verb]!;
    drafts.push({
      sentence: w.sentence,
      span: [s.start, s.end],
      text: text.slice(s.start, s.end),
      trigger: text.slice(t.start, tokens[w.action]!.end),
      triggerSpan: [t.start, tokens[w.action]!.end],
      head: w.verb,
      cls: appeal,
      type: appeal.type,
      cameo: appeal.cameo,
      quad: appeal.quad,
      source: src,
      target: tgt,
      symmetric: false,
      reportedBy: null,
      reportVerb: null,
      negated: tokens.slice(Math.max(s.first, w.verb - 3), w.verb).some((x) => NEGATORS.has(x.lower)),
      alleged: false,
      undated: false,
      intended: false,
      clause: [w.verb, w.action],
    });
  }

  // "Kabul claimed that the Taliban had shelled the base": a claim that someone did harm accuses them of it;
  // "The Taliban claimed that they had shelled the base": claiming one's own act is claiming responsibility
  const accuse = VERB_CLASSES.find((c) => c.cameo === '112');
  const own = VERB_CLASSES.find((c) => c.cameo === '015');
  for (const f of frames) {
    if (!accuse || !CLAIMING.has(tokens[f.verb]!.lemma) || f.scope[0] <= f.verb) continue;
    const speakers = unique(f.speaker.flatMap((m) => actorsOf(m, input, mentionIndex, [], null)));
    const t = tokens[f.verb]!;
    /** The claim itself, by the speakers, triggered by the claiming verb. */
    const claim = (d: EventDraft, cls: VerbClass, target: string[]): EventDraft => ({
      ...d,
      trigger: t.text,
      triggerSpan: [t.start, t.end],
      head: f.verb,
      cls,
      type: cls.type,
      cameo: cls.cameo,
      quad: cls.quad,
      source: speakers,
      target,
      symmetric: false,
      reportedBy: null,
      reportVerb: null,
      alleged: false,
      negated: false,
      clause: [f.verb, d.head],
    });
    for (const d of [...drafts]) {
      if (d.head <= f.verb || d.head >= f.scope[1] || !d.quad.endsWith('conflict') || !d.source.length)
        continue;
      const accused = d.source.filter((x) => !speakers.includes(x));
      if (speakers.length && !accused.length && d.target.length && own && t.lemma === 'claim') {
        drafts.push(claim(d, own, d.target));
        break;
      }
      if (!speakers.length || !accused.length) continue;
      d.alleged = true;
      drafts.push(claim(d, accuse, accused));
      break;
    }
  }

  // "Straw said the Sudanese government must reach an agreement": a statement that someone must or
  // should act is a demand on them, when no event already codes that clause
  const demand = VERB_CLASSES.find((c) => c.cameo === '100');
  // the drafts of each sentence, kept up to date as demands are added below
  const bySentence = new Map<number, EventDraft[]>();
  const file = (d: EventDraft) => {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  };
  drafts.forEach(file);
  const draftsIn = (sentence: number) => bySentence.get(sentence) ?? [];
  for (const f of frames) {
    if (!demand || f.scope[0] <= f.verb) continue; // only a preposed frame reports what follows it
    for (let k = f.scope[0]; k < f.scope[1]; k++) {
      const t = tokens[k]!;
      const must =
        t.lower === 'must' ||
        t.lower === 'should' ||
        (/^(has|have)$/.test(t.lower) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.pos === 'VERB');
      if (!must) continue;
      if (tokens.slice(k - 1, k + 3).some((u) => NEGATORS.has(u.lower))) break;
      const subj = findSubject(
        view,
        k + (t.lower === 'must' || t.lower === 'should' ? 0 : 0),
        tokens[f.verb]!.sentence === t.sentence ? f.scope[0] : k,
      );
      const speakers = unique(f.speaker.flatMap((m) => actorsOf(m, input, mentionIndex, [], null)));
      const targets = unique(
        (subj?.mentions ?? []).flatMap((m) => actorsOf(m, input, mentionIndex, speakers, null)),
      ).filter((x) => !speakers.includes(x));
      if (!speakers.length || !targets.length) break;
      const sentenceIndex = t.sentence;
      const s = input.sentences[sentenceIndex]!;
      if (
        draftsIn(sentenceIndex).some(
          (d) =>
            d.sentence === sentenceIndex &&
            d.head > f.verb &&
            targets.every((x) => d.source.includes(x)) &&
            d.cls.cameo.slice(0, 2) === '10',
        )
      )
        break;
      const draft: EventDraft = {
        sentence: sentenceIndex,
        span: [s.start, s.end],
        text: text.slice(s.start, s.end),
        trigger: text.slice(tokens[f.verb]!.start, t.end),
        triggerSpan: [tokens[f.verb]!.start, t.end],
        head: f.verb,
        cls: demand,
        type: demand.type,
        cameo: demand.cameo,
        quad: demand.quad,
        source: speakers,
        target: targets,
        symmetric: false,
        reportedBy: null,
        reportVerb: f.verb,
        negated: false,
        alleged: false,
        undated: false,
        intended: false,
        clause: [f.verb, k + 1],
      };
      drafts.push(draft);
      file(draft);
      break;
    }
  }
  return drafts.sort((x, y) => x.sentence - y.sentence || x.head - y.head);
}
