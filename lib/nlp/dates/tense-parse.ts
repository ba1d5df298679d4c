/**
 * The tense that governs a time expression, read on the dependency parse: the verb the expression
 * hangs on, with its auxiliaries ("will meet on Monday" future, "met on Monday" past, "has met"
 * past, "is meeting on Monday" future), passed up infinitive chains ("plans to visit in May"). Where
 * the parse says nothing (a simple present, no verb), the caller falls back to the words around it
 * (./tense.ts).
 */
import type { ParsedSentence, SyntaxToken } from '@/lib/nlp/syntax';
import type { Tense } from './tense';

/** Auxiliaries and modals that point forward. */
const FUTURE_AUX = new Set([
  'will',
  'shall',
  "'ll",
  '\u2019ll',
  'would',
  'may',
  'might',
  'could',
  'should',
  'must',
  'can',
  'wo',
]);
/** Verbs whose infinitive complement lies ahead of them: "plans to visit in May". */
// prettier-ignore
const AHEAD = new Set([
  'plan', 'expect', 'schedule', 'set', 'intend', 'aim', 'hope', 'want', 'promise', 'pledge', 'vow',
  'prepare', 'decide', 'agree', 'threaten', 'propose', 'seek', 'try', 'go', 'due',
]);

/** The tense of the clause the tokens at [start, end) belong to, or null when the parse does not say. */
export function tenseFromParse(s: ParsedSentence, start: number, end: number): Tense | null {
  const toks = s.tokens;
  const inside = toks.filter((t) => t.start >= start && t.end <= end);
  if (!inside.length) return null;
  const ids = new Set(inside.map((t) => t.id));
  // the expression's head: the token of the span whose head lies outside it
  const top = inside.find((t) => !ids.has(t.head)) ?? inside[0]!;
  const byId = (id: number) => toks[id - 1];
  const children = (id: number) => toks.filter((t) => t.head === id);
  let v: SyntaxToken | undefined = byId(top.head);
  for (let hops = 0; v && hops < 6; hops++) {
    const kids = children(v.id);
    const auxes = kids.filter((k) => k.deprel === 'aux' || k.deprel === 'aux:pass' || k.deprel === 'cop');
    if (v.upos === 'VERB' || v.upos === 'AUX' || auxes.length) {
      if (auxes.some((a) => FUTURE_AUX.has(a.form.toLowerCase()) || FUTURE_AUX.has(a.lemma.toLowerCase())))
        return 'future';
      // "is going to meet", "is to meet", "plans to visit": ahead of the verb that governs it
      const to = kids.some((k) => k.deprel === 'mark' && k.lemma.toLowerCase() === 'to');
      if (to && v.deprel.startsWith('xcomp')) {
        const gov = byId(v.head);
        if (gov && AHEAD.has(gov.lemma.toLowerCase())) return 'future';
        if (gov && gov.lemma.toLowerCase() === 'be') return 'future';
        v = gov;
        continue;
      }
      if (auxes.some((a) => a.xpos === 'VBD')) return 'past'; // was, were, had, did
      if (v.xpos === 'VBD') return 'past';
      // "has met", "has been fighting": a perfect looks back
      if (auxes.some((a) => a.lemma.toLowerCase() === 'have')) return 'past';
      // "are meeting on Friday": a plan
      if (v.xpos === 'VBG' && auxes.some((a) => a.xpos === 'VBZ' || a.xpos === 'VBP')) return 'future';
      return null;
    }
    // a noun or adjective the expression modifies ("the vote on Friday"): its own head's clause
    v = v.head ? byId(v.head) : undefined;
  }
  return null;
}
