/**
 * Anchoring: some expressions take their value from another time expression of the text rather
 * than from the reference date, as TimeML asks.
 *
 * - `previous`: the last expression before it that gives the parts it needs. "On 3 March 2015 the
 *   talks opened; the next day they broke down" → the next day is 2015-03-04, not the day after
 *   the article. With no such expression, the value from the reference date stays.
 * - `adjacent`: a clock time takes the day written right next to it ("at 09:30 UTC on 3 May 2015",
 *   "3 May 2015 at 09:30"), else the reference day.
 */
import type { Anchor, Anchoring } from './rules';
import type { TimexMatch } from './index';

/** The year, month and day a value gives: "2015-03-04T10:00" → all three, "2015-Q3" → the year. */
export function anchorOf(value: string): Anchor | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|-[A-Z])/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const gives = (a: Anchor, needs: 'day' | 'month' | 'year') =>
  needs === 'year' || (needs === 'month' ? a.month != null : a.day != null);

/** Between a date and a clock time after it: "3 May 2015 at 09:30", "Friday, around 10 p.m.". */
const DATE_THEN_CLOCK =
  /^[^\S\r\n]*,?[^\S\r\n]*(?:(?:at|around|about|from|by|before|after|shortly[^\S\r\n]+(?:before|after))[^\S\r\n]+)?$/i;
/** Between a clock time and a date after it: "09:30 on 3 May", "10 p.m. Friday". */
const CLOCK_THEN_DATE = /^[^\S\r\n]*,?[^\S\r\n]*(?:on[^\S\r\n]+)?(?:the[^\S\r\n]+)?$/i;

/** Recomputes anchored values in text order; returns matches without their anchoring. */
export function applyAnchors(
  text: string,
  list: readonly (TimexMatch & { anchored?: Anchoring })[],
): TimexMatch[] {
  const out: TimexMatch[] = [];
  for (let i = 0; i < list.length; i++) {
    const { anchored, ...t } = list[i]!;
    if (anchored) {
      let a: Anchor | null = null;
      if (anchored.on === 'adjacent') {
        const next = list[i + 1];
        const prev = out[out.length - 1];
        const an = next && (next.type === 'DATE' || next.type === 'TIME') ? anchorOf(next.value) : null;
        const ap = prev && (prev.type === 'DATE' || prev.type === 'TIME') ? anchorOf(prev.value) : null;
        if (an && gives(an, anchored.needs) && CLOCK_THEN_DATE.test(text.slice(t.span[1], next!.span[0])))
          a = an;
        else if (
          ap &&
          gives(ap, anchored.needs) &&
          DATE_THEN_CLOCK.test(text.slice(prev!.span[1], t.span[0]))
        )
          a = ap;
      } else {
        for (let j = out.length - 1; j >= 0 && !a; j--) {
          const p = out[j]!;
          if (p.type !== 'DATE' && p.type !== 'TIME') continue;
          const c = anchorOf(p.value);
          if (c && gives(c, anchored.needs)) a = c;
        }
      }
      const v = a ? anchored.value(a) : null;
      if (v != null) t.value = v;
    }
    out.push(t);
  }
  return out;
}
