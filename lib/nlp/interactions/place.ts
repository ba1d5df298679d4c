/**
 * The place of an act as its target, as CAMEO-coded event data does when no actor is the target:
 * students who "protested in Belgrade" protest against Serbia; jets that "fired at targets in
 * northern Iraq" attack Iraq. Only for acts done on the ground (protest, force, coercion, assault,
 * fighting: CAMEO roots 14–20), never for statements, whose place is only where they were made
 * ("condemned the attack in Geneva" condemns no one in Switzerland). The event's trail says so.
 */
import type { Span } from '@/lib/model';
import type { ParsedSentence, SyntaxToken } from '@/lib/nlp/syntax';

/** CAMEO roots whose place is their target when no actor is. */
const PLACE_TARGET_ROOTS = new Set(['14', '15', '16', '17', '18', '19', '20']);

/** Prepositions of place: "in Belgrade", "near Aleppo", "across the border in Syria", "outside the embassy". */
const PLACE_PREPS = new Set([
  'in',
  'at',
  'near',
  'across',
  'inside',
  'outside',
  'around',
  'throughout',
  'into',
]);

/** What the rule needs of a mention: its characters and the actor it names. */
export interface PlaceMention {
  start: number;
  end: number;
  actor?: string;
}

const overlaps = (t: { start: number; end: number }, s: Span) => t.start < s[1] && s[0] < t.end;

/**
 * The country actor where the act at `triggerSpan` happened, with the words that say so ("in
 * Belgrade"), or null. `isCountry` tells which actor ids are countries (a city's mention resolves to
 * its country). The place is an oblique of the trigger's verb, or a modifier of its object or
 * oblique ("fired at targets in northern Iraq"), introduced by a preposition of place.
 */
export function placeTarget(
  cameo: string | null,
  parsed: ParsedSentence | undefined,
  triggerSpan: Span,
  mentions: readonly PlaceMention[],
  isCountry: (actor: string) => boolean,
): { actor: string; words: string } | null {
  if (!parsed || !cameo || !PLACE_TARGET_ROOTS.has(cameo.slice(0, 2))) return null;
  const tokens = parsed.tokens;
  const inside = tokens.filter((t) => overlaps(t, triggerSpan));
  const head = inside.find((t) => t.head === 0 || !overlaps(tokens[t.head - 1]!, triggerSpan)) ?? inside[0];
  if (!head) return null;
  const children = (t: SyntaxToken) => tokens.filter((c) => c.head === t.id);
  const prepOf = (t: SyntaxToken) =>
    children(t).find((c) => c.deprel === 'case' && PLACE_PREPS.has(c.form.toLowerCase()));
  // the verb's obliques first, then the modifiers of its objects and obliques, down to three links
  // ("fired rockets at towns in southern Saudi Arabia")
  const nominal = head.upos === 'NOUN' || head.upos === 'PROPN';
  const direct = children(head).filter(
    (c) => c.deprel.startsWith('obl') || c.deprel === 'advmod' || (nominal && c.deprel.startsWith('nmod')),
  );
  const below: SyntaxToken[] = [];
  let level = children(head).filter((c) => /^(obj|obl)/.test(c.deprel));
  for (let depth = 0; depth < 3 && level.length; depth++) {
    level = level.flatMap((c) => children(c).filter((d) => d.deprel.startsWith('nmod')));
    below.push(...level);
  }
  for (const place of [...direct, ...below]) {
    const prep = prepOf(place);
    if (!prep) continue;
    const m = mentions.find((x) => x.actor && overlaps(x, [place.start, place.end]) && isCountry(x.actor));
    if (m) {
      const words = tokens
        .slice(Math.min(prep.id, place.id) - 1, Math.max(prep.id, place.id))
        .map((t) => t.form)
        .join(' ');
      return { actor: m.actor!, words };
    }
  }
  return null;
}
