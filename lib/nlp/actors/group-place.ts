/**
 * A group named with no state ("police", "protesters", "kidnappers") takes the state of where it
 * acts, as a coder reading the article would: the place its sentence names after "in" ("protesters
 * in Caracas clashed with police": Venezuelan police; also near, outside, around …), else the one state the article is about when
 * nearly all of its states are one ("Police fired tear gas." in an article about Kenya). A faith's
 * group ("Shiite militias") keeps no state: it is defined across them.
 */
import type { Mention } from './mentions';

/** Share of an article's state mentions one state needs to be "the state the article is about". */
const ARTICLE_SHARE = 0.75;
/** And how many mentions at least. */
const ARTICLE_MIN = 2;

/** Prepositions that put a group where it acts: "in Caracas", "near Mosul", "outside Athens". */
const PLACE_PREPS = new Set(['in', 'near', 'outside', 'inside', 'around', 'across']);

/** Sets `country` on stateless group mentions in place; returns how many it set. */
export function placeStatelessGroups(mentions: Mention[], tokens: readonly { lower: string }[]): number {
  const stateless = mentions.filter(
    (m) => m.form === 'group' && m.kind === 'group' && !m.country && !m.region && !m.faith && m.noun,
  );
  if (!stateless.length) return 0;
  // the states named, as places ("in Caracas") and overall
  const located = mentions.filter(
    (m) => m.country && m.form !== 'pronoun' && m.form !== 'pair' && m.kind !== 'group',
  );
  const counts = new Map<string, number>();
  for (const m of located) counts.set(m.country!, (counts.get(m.country!) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [top, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [
    null,
    0,
  ];
  const articleState = top && total >= ARTICLE_MIN && n / total >= ARTICLE_SHARE ? top : null;
  let set = 0;
  for (const g of stateless) {
    const places = new Set(
      located
        .filter((m) => m.sentence === g.sentence && PLACE_PREPS.has(tokens[m.first - 1]?.lower ?? ''))
        .map((m) => m.country!),
    );
    const state = places.size === 1 ? [...places][0]! : articleState;
    if (state) {
      g.country = state;
      set++;
    }
  }
  return set;
}
