/**
 * An event noun that a verb with an event of its own takes as its object is that verb's topic, not a
 * second event: in "Tehran condemned the deal" the act is the condemnation, and "the deal" must not
 * become an agreement signed by Tehran; in "the minister called the expulsions unacceptable" nobody
 * in the sentence expels anyone. The parse says which verb governs the noun; the rules' drafts say
 * which verbs have an event.
 */
import type { ParsedSentence, SyntaxToken } from '@/lib/nlp/syntax';
import type { Span } from '@/lib/model';

/** What the filter needs of a draft: its sentence, its trigger's span, and whether that is a noun. */
export interface GovernedDraft {
  sentence: number;
  triggerSpan: Span;
}

/**
 * Relations through which a verb takes a noun as what its act is about: its object, an oblique
 * ("protested against the deployment"), the subject of its passive ("the strike was condemned"),
 * and the small clause of "called X unacceptable" (X is the verb's object there).
 */
const GOVERNED = new Set(['obj', 'obl', 'nsubj:pass', 'iobj']);

/** How far up a noun phrase to look for the governing verb ("the air strike on the base"). */
const MAX_STEPS = 3;

/**
 * Drafts whose trigger is a noun governed, through GOVERNED relations (and nmod/compound links
 * inside its noun phrase), by a verb that is itself the trigger of another draft of the sentence.
 * Returns the indices of those drafts in `drafts`.
 */
export function governedNounDrafts(
  drafts: readonly GovernedDraft[],
  syntax: readonly ParsedSentence[],
  isNoun: (d: number) => boolean,
): Set<number> {
  const out = new Set<number>();
  const bySentence = new Map(syntax.map((p) => [p.index, p]));
  drafts.forEach((d, i) => {
    const parsed = isNoun(i) ? bySentence.get(d.sentence) : undefined;
    const verb = parsed && governingVerb(parsed, d.triggerSpan);
    if (verb && hasOwnDraft(drafts, i, verb, isNoun)) out.add(i);
  });
  return out;
}

const overlaps = (t: SyntaxToken, s: Span) => t.start < s[1] && s[0] < t.end;

/**
 * The verb that governs the noun of a trigger through GOVERNED relations, going up its noun phrase
 * (nmod, compound, conj: "the strike on the airbase", "the nuclear deal") at most MAX_STEPS links.
 */
function governingVerb(parsed: ParsedSentence, span: Span): SyntaxToken | undefined {
  const tokens = parsed.tokens;
  let cur = tokens.find((t) => overlaps(t, span) && (t.upos === 'NOUN' || t.upos === 'PROPN'));
  for (let step = 0; cur && step < MAX_STEPS && cur.head !== 0; step++) {
    const head = tokens[cur.head - 1]!;
    if (GOVERNED.has(cur.deprel) && head.upos === 'VERB') return head;
    if (!/^(nmod|compound|conj)/.test(cur.deprel) || (head.upos !== 'NOUN' && head.upos !== 'PROPN'))
      return undefined;
    cur = head;
  }
  return undefined;
}

/** Whether another, verbal draft of the same sentence has `verb` as its trigger. */
function hasOwnDraft(
  drafts: readonly GovernedDraft[],
  i: number,
  verb: SyntaxToken,
  isNoun: (d: number) => boolean,
): boolean {
  const d = drafts[i]!;
  return drafts.some(
    (o, j) => j !== i && o.sentence === d.sentence && !isNoun(j) && overlaps(verb, o.triggerSpan),
  );
}

/**
 * Verbs that end, stop or undo the act their object names: the object's event is not done but
 * reversed. Data, with the sentence each must handle (written here): "Oslo lifted its embargo on
 * the islands" (no embargo imposed), "Seoul would halt the joint drills" (no military cooperation),
 * "Quito suspended its aid to the rebels", "Madrid ended the talks", "Minsk scrapped the accord",
 * "Rabat cancelled the visit", "Lima revoked the sanctions", "Kiev froze the cooperation", "the
 * ministry called off the exercises", "Hanoi withdrew from the treaty", "Accra dropped the charges",
 * "the sanctions could be eased" (the dictionary then gives the easing its own code).
 */
export const REVERSING_VERBS = new Set([
  'lift',
  'halt',
  'suspend',
  'end',
  'stop',
  'scrap',
  'cancel',
  'revoke',
  'freeze',
  'abandon',
  'withdraw',
  'drop',
  'quit',
  'call',
  'rescind',
  'terminate',
  'ease',
  'relax',
  'loosen',
]);

/** A noun draft whose act a reversing verb governs, with that verb (a token of the parse). */
export interface Reversal {
  draft: number;
  verb: SyntaxToken;
  sentence: ParsedSentence;
}

/**
 * Drafts whose trigger is a noun that a reversing verb (REVERSING_VERBS; "call" only as "call off")
 * takes as its object or oblique, where that verb has no event of its own: "lifted the embargo",
 * "would halt the joint exercises", "withdrew from the treaty".
 */
export function reversedNounDrafts(
  drafts: readonly GovernedDraft[],
  syntax: readonly ParsedSentence[],
  isNoun: (d: number) => boolean,
): Reversal[] {
  const out: Reversal[] = [];
  const bySentence = new Map(syntax.map((p) => [p.index, p]));
  drafts.forEach((d, i) => {
    const parsed = isNoun(i) ? bySentence.get(d.sentence) : undefined;
    const verb = parsed && governingVerb(parsed, d.triggerSpan);
    if (!parsed || !verb) return;
    const lemma = verb.lemma.toLowerCase();
    if (!REVERSING_VERBS.has(lemma)) return;
    const off = parsed.tokens.some(
      (t) => t.head === verb.id && t.deprel === 'compound:prt' && t.lemma === 'off',
    );
    if (lemma === 'call' && !off) return;
    if (!hasOwnDraft(drafts, i, verb, isNoun)) out.push({ draft: i, verb, sentence: parsed });
  });
  return out;
}

/**
 * What ending or undoing an act is in CAMEO, by the code of the act (longest prefix first), where
 * the dictionary has no pattern for the reversing verb and its object. Each with a sentence it must
 * handle (written here).
 */
export const REVERSAL_CODES: readonly { of: string; code: string; example: string }[] = [
  { of: '163', code: '085', example: 'The council lifted its arms embargo on the islands.' },
  { of: '17', code: '081', example: 'The army lifted the curfew in the capital.' },
  { of: '07', code: '162', example: 'Quito suspended its aid to the rebels.' },
  { of: '06', code: '160', example: 'Seoul would halt the joint military drills with Washington.' },
  { of: '057', code: '160', example: 'Minsk scrapped the trade accord with Vilnius.' },
  { of: '045', code: '165', example: 'Norway ended its mediation between the two sides.' },
  { of: '042', code: '160', example: 'Rabat cancelled the minister’s visit to Madrid.' },
  { of: '043', code: '160', example: 'Ankara called off the Greek delegation’s visit.' },
  { of: '04', code: '164', example: 'Kiev broke off the talks with the separatists.' },
  { of: '19', code: '0871', example: 'The rebels halted their attacks on the port.' },
  { of: '18', code: '087', example: 'The militia stopped its assaults on the villages.' },
  { of: '20', code: '087', example: 'The army ended its shelling of the town.' },
  { of: '15', code: '087', example: 'The navy ended its blockade of the harbour.' },
];

/** The CAMEO code of ending or undoing the act coded `cameo`, or null when REVERSAL_CODES has none. */
export function reversalCode(cameo: string | null): string | null {
  if (!cameo) return null;
  let best: { of: string; code: string } | null = null;
  for (const r of REVERSAL_CODES)
    if (cameo.startsWith(r.of) && (!best || r.of.length > best.of.length)) best = r;
  return best?.code ?? null;
}

/**
 * Nouns of a standing agreement, whose ending is a cut in relations: "will quit the treaty",
 * "withdrew from the pact", "abandoned the alliance", "called off the deal".
 */
export const AGREEMENT_NOUNS = new Set([
  'treaty',
  'accord',
  'agreement',
  'deal',
  'pact',
  'convention',
  'alliance',
  'partnership',
  'protocol',
  'ceasefire',
  'truce',
  'armistice',
]);

/**
 * The agreement a reversing verb ends, where the verb is the trigger of a draft of its own ("the
 * United States will quit the treaty": not a resignation) and the CAMEO dictionary has no pattern
 * for the pair: the noun (obj, or obl after "from"/"of" as in "withdrew from the pact") of the verb at
 * `triggerSpan`. Returns the verb and the noun, or null.
 */
export function endedAgreement(
  parsed: ParsedSentence | undefined,
  triggerSpan: Span,
): { verb: SyntaxToken; noun: SyntaxToken } | null {
  if (!parsed) return null;
  const verb = parsed.tokens.find((t) => overlaps(t, triggerSpan) && t.upos === 'VERB');
  if (!verb || !REVERSING_VERBS.has(verb.lemma.toLowerCase())) return null;
  // "called the deal a disaster" ends nothing; "called off the deal" does
  if (
    verb.lemma.toLowerCase() === 'call' &&
    !parsed.tokens.some((t) => t.head === verb.id && t.deprel === 'compound:prt')
  )
    return null;
  const noun = parsed.tokens.find(
    (t) =>
      t.head === verb.id &&
      (t.deprel === 'obj' ||
        (t.deprel === 'obl' &&
          parsed.tokens.some(
            (c) => c.head === t.id && c.deprel === 'case' && /^(from|of)$/i.test(c.form),
          ))) &&
      AGREEMENT_NOUNS.has(t.lemma.toLowerCase()),
  );
  return noun ? { verb, noun } : null;
}

/**
 * The subject of a verb of the parse, or of the verb whose infinitive or conjunct it is ("Seoul
 * decided to halt the drills", "Oslo met and lifted the ban"): the words that name who acts.
 */
export function subjectOf(parsed: ParsedSentence, verb: SyntaxToken): SyntaxToken | undefined {
  let cur: SyntaxToken | undefined = verb;
  for (let step = 0; cur && step < 3; step++) {
    const v: SyntaxToken = cur;
    const subj = parsed.tokens.find(
      (t) => t.head === v.id && (t.deprel === 'nsubj' || t.deprel === 'nsubj:pass'),
    );
    if (subj) return subj.deprel === 'nsubj' ? subj : undefined;
    if (v.deprel !== 'xcomp' && v.deprel !== 'conj') return undefined;
    cur = parsed.tokens[v.head - 1];
  }
  return undefined;
}

/**
 * Verbs that pass judgement on their object through a second predicate: "called the expulsions
 * unacceptable", "described the strikes as a crime", "termed the visit useful", "deemed the vote
 * illegitimate", "branded the sanctions theft".
 */
export const EVALUATIVE_VERBS = new Set([
  'call',
  'describe',
  'term',
  'label',
  'brand',
  'deem',
  'declare',
  'dub',
]);

/** A noun draft that an evaluative verb judges, with the verb and the word that judges. */
export interface Evaluation {
  draft: number;
  /** The evaluative verb, or the adjective itself for a copula ("was unacceptable"). */
  verb: SyntaxToken;
  predicate: SyntaxToken;
  sentence: ParsedSentence;
  /** The noun is the subject of "be" + the judging adjective. */
  copula?: boolean;
}

/**
 * Drafts whose trigger is a noun that an evaluative verb (EVALUATIVE_VERBS) without an event of its
 * own takes as its object, with a predicate (xcomp, or "as" + noun/adjective) that judges it: the act
 * is the judgement, said by the verb's subject, not the noun's act ("the embassy called the
 * expulsions unacceptable" expels no one). Also a noun that is the subject of a copula and an
 * adjective ("said the expulsion was unacceptable"): `copula`, judged by whoever reports it.
 */
export function evaluatedNounDrafts(
  drafts: readonly GovernedDraft[],
  syntax: readonly ParsedSentence[],
  isNoun: (d: number) => boolean,
): Evaluation[] {
  const out: Evaluation[] = [];
  const bySentence = new Map(syntax.map((p) => [p.index, p]));
  drafts.forEach((d, i) => {
    const parsed = isNoun(i) ? bySentence.get(d.sentence) : undefined;
    if (!parsed) return;
    // "the expulsion of its diplomats was unacceptable": the noun is the subject of a judging
    // adjective with a copula; the judge is whoever says so (the caller reads the reporting verb)
    const noun = parsed.tokens.find(
      (t) => overlaps(t, d.triggerSpan) && (t.upos === 'NOUN' || t.upos === 'PROPN') && t.deprel === 'nsubj',
    );
    const adjective = noun && parsed.tokens[noun.head - 1];
    if (
      adjective?.upos === 'ADJ' &&
      parsed.tokens.some((c) => c.head === adjective.id && c.deprel === 'cop')
    ) {
      out.push({ draft: i, verb: adjective, predicate: adjective, sentence: parsed, copula: true });
      return;
    }
    const verb = governingVerb(parsed, d.triggerSpan);
    if (!verb || !EVALUATIVE_VERBS.has(verb.lemma.toLowerCase())) return;
    const tokens = parsed.tokens;
    const withAs = (t: SyntaxToken) =>
      tokens.some((c) => c.head === t.id && c.deprel === 'case' && c.form.toLowerCase() === 'as');
    // "called the raids unjustified" (xcomp), "described the raids as a crime" (obl of the verb, or,
    // as the parser often has it, a modifier of the noun)
    const predicate = tokens.find(
      (t) =>
        (t.upos === 'ADJ' || t.upos === 'NOUN') &&
        ((t.head === verb.id && (t.deprel === 'xcomp' || (t.deprel === 'obl' && withAs(t)))) ||
          (t.head > 0 && overlaps(tokens[t.head - 1]!, d.triggerSpan) && withAs(t))),
    );
    if (predicate && !hasOwnDraft(drafts, i, verb, isNoun))
      out.push({ draft: i, verb, predicate, sentence: parsed });
  });
  return out;
}
