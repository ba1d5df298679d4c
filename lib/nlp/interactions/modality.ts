/**
 * Whether an act is said to have happened, read off the dependency parse: a modal on its verb ("the
 * sanctions could be eased"), a condition ("if Iran attacked the tankers"), a verb or noun that only
 * weighs it ("is considering a strike", "the threat of sanctions"), or an act of any or no one ("any
 * attack on the island would be met with force") make it hypothetical; an accusation makes it alleged.
 * A hypothetical act is kept, marked, and the dashboard can hide it.
 */
import type { Span } from '@/lib/model';
import type { ParsedSentence, SyntaxToken } from '@/lib/nlp/syntax';
import { REVERSING_VERBS } from './governed';

export type Modality = 'asserted' | 'hypothetical' | 'conditional' | 'alleged';

/**
 * Auxiliaries that put an act in the realm of the possible: "could impose", "would halt", "may
 * strike", "should withdraw", "can deploy", "must pay". "will" and "shall" announce a plan, which the
 * dashboard shows as stated (dated by the statement: lib/nlp/events/dates.ts).
 */
const HYPOTHETICAL_AUX = new Set(['would', 'could', 'might', 'may', 'should', 'can', 'must', "'d", 'ought']);

/** Subordinators of a condition: "if Moscow sent troops", "unless Kiev paid". */
const CONDITIONAL_MARKS = new Set(['if', 'unless', 'whether']);

/**
 * Verbs whose complement or object is weighed, not done: "is considering a missile strike", "mulls
 * sanctions", "weighed sending troops", "discussed the possibility of talks", "proposed to mediate".
 */
const WEIGHING_VERBS = new Set([
  'consider',
  'weigh',
  'mull',
  'contemplate',
  'ponder',
  'debate',
  'propose',
  'suggest',
  'envisage',
  'envision',
  'explore',
]);

/**
 * Nouns that hold an act as a prospect: "the threat of sanctions", "the possibility of a strike", "a
 * plan to attack", "the risk of war", "a proposal for talks".
 */
const PROSPECT_NOUNS = new Set([
  'threat',
  'possibility',
  'prospect',
  'risk',
  'plan',
  'proposal',
  'option',
  'danger',
  'likelihood',
  'chance',
  'fear',
]);

/** Determiners that quantify over acts not yet done: "any attack", "every provocation". */
const OPEN_DETERMINERS = new Set(['any', 'whatever', 'whichever']);

/** Determiners of an act that exists: "the strike", "this offensive". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** Verbs whose object names their own act: "could hold talks", "may launch strikes", "would carry out inspections". */
const LIGHT_VERBS = new Set([
  'hold',
  'launch',
  'carry',
  'conduct',
  'stage',
  'make',
  'take',
  'give',
  'sign',
  'start',
  'begin',
  'resume',
  'continue',
  'mount',
  'open',
  'impose',
  'deliver',
  'provide',
  'send',
  'extend',
]);

/** How far up the tree to look (noun phrase links, then xcomp chains). */
const MAX_STEPS = 5;

const overlaps = (t: SyntaxToken, s: Span) => t.start < s[1] && s[0] < t.end;

/**
 * The modality of the act whose trigger lies at `triggerSpan` in `parsed`. `alleged` is what
 * the rules found (an accusation or a hedge governs it); a hypothetical or conditional reading wins
 * over it, since an alleged act that could happen is still only possible.
 */
export function modalityOf(
  parsed: ParsedSentence | undefined,
  triggerSpan: Span,
  alleged: boolean,
): Modality {
  const found = parsed ? readModality(parsed, triggerSpan) : null;
  return found ?? (alleged ? 'alleged' : 'asserted');
}

function readModality(parsed: ParsedSentence, headSpan: Span): Modality | null {
  const tokens = parsed.tokens;
  // the head of the trigger's phrase: its one word whose head lies outside it ("joint military
  // exercises" → "exercises", "threatened to cut" → "threatened")
  const inside = tokens.filter((t) => overlaps(t, headSpan));
  const start = inside.find((t) => t.head === 0 || !overlaps(tokens[t.head - 1]!, headSpan)) ?? inside[0];
  if (!start) return null;
  const children = (t: SyntaxToken) => tokens.filter((c) => c.head === t.id);
  let cur: SyntaxToken = start;
  for (let step = 0; step <= MAX_STEPS; step++) {
    const kids = children(cur);
    const lemma = cur.lemma.toLowerCase();
    if (cur.upos === 'VERB' || cur.upos === 'AUX' || cur.upos === 'ADJ') {
      // "would halt", "could be eased" (the modal is the verb's aux in UD, passive or not)
      if (kids.some((k) => k.deprel === 'aux' && HYPOTHETICAL_AUX.has(k.form.toLowerCase())))
        return 'hypothetical';
      // "if Iran attacked the tankers, …"
      if (
        cur.deprel.startsWith('advcl') &&
        kids.some((k) => k.deprel === 'mark' && CONDITIONAL_MARKS.has(k.form.toLowerCase()))
      )
        return 'conditional';
      if (step > 0 && WEIGHING_VERBS.has(lemma)) return 'hypothetical';
    } else if (cur.upos === 'NOUN' || cur.upos === 'PROPN') {
      if (kids.some((k) => k.deprel === 'det' && OPEN_DETERMINERS.has(k.form.toLowerCase())))
        return 'hypothetical';
      if (step > 0 && PROSPECT_NOUNS.has(lemma)) return 'hypothetical';
    }
    if (cur.head === 0) return null;
    const head = tokens[cur.head - 1]!;
    // up the chain that carries the act: a noun to the verb or noun that governs it ("would halt the
    // exercises", "the threat of sanctions"), a verb to the verb whose infinitive or gerund it is
    // ("could try to impose", "is considering imposing"), a conjunct to the first conjunct that holds
    // the shared modal ("would halt and review"); never out of a reported clause ("said it would …"
    // makes the report no less stated) nor out of a relative clause
    const rel = cur.deprel;
    const nounLink = /^(obj|obl|nsubj|nsubj:pass|iobj|nmod|compound|conj|appos)/.test(rel);
    const verbLink =
      rel === 'xcomp' || rel === 'conj' || (rel.startsWith('acl') && !rel.startsWith('acl:relcl'));
    const isNoun = cur.upos === 'NOUN' || cur.upos === 'PROPN' || cur.upos === 'PRON';
    if (isNoun ? !nounLink : !verbLink) return null;
    // a definite or possessed act is one that exists whatever the verb over it may do ("could back
    // Russia's bombing raids": the raids happen), unless the verb is the act itself (a light verb:
    // "could hold the talks") or ends it ("would halt its joint drills")
    if (
      isNoun &&
      head.upos === 'VERB' &&
      kids.some(
        (k) => k.deprel === 'nmod:poss' || (k.deprel === 'det' && DEFINITE.has(k.form.toLowerCase())),
      ) &&
      !LIGHT_VERBS.has(head.lemma.toLowerCase()) &&
      !REVERSING_VERBS.has(head.lemma.toLowerCase())
    )
      return null;
    cur = head;
  }
  return null;
}
