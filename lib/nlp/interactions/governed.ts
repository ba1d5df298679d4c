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
