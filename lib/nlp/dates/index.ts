/**
 * Time expressions: every rule of ./rules.ts runs over the text; overlapping matches are settled by
 * length (the longest wins, then the earlier rule), and what is left is resolved against the
 * reference date with the tense of its clause.
 */
import type { Sentence, Span, TimexType } from '@/lib/model';
import { sentenceAt } from '@/lib/nlp/sentences';
import type { Day } from './calendar';
import { applyAnchors } from './anchor';
import { RULES, type Anchoring, type MatchContext, type TimexRule } from './rules';
import { tenseAround, type Tense } from './tense';

export { RULES } from './rules';
export { parseIsoDay, valueRange, type Day } from './calendar';
export { tenseFromParse } from './tense-parse';

/** A time expression found in a text, before it is tied to a document. */
export interface TimexMatch {
  span: Span;
  text: string;
  type: TimexType;
  value: string;
  /** `relative` when the value was reached from the reference date. */
  basis: 'explicit' | 'relative';
  /** Index of the sentence it lies in (-1 if outside every sentence). */
  sentence: number;
  /** The rule that found it, for debugging. */
  rule: string;
}

/** A match before anchoring (./anchor.ts): how to compute its value again from another expression. */
type Candidate = TimexMatch & { anchored?: Anchoring };

export interface TagContext {
  /** The reference (publication) date; null leaves relative values unresolved (`XXXX-XX-XX`). */
  ref: Day | null;
  /** Only these rules (default: all). For tests. */
  rules?: readonly TimexRule[];
  /**
   * The tense of the clause over [start, end) from the parse (./tense-parse.ts), or null where the
   * parse does not say; the words around the expression decide then.
   */
  tenseAt?: (start: number, end: number) => Tense | null;
}

/** Whether a value still holds unresolved parts that a reference date would fill. */
export const isUnresolved = (value: string) => value.startsWith('XXXX');

function findCandidates(text: string, sentences: readonly Sentence[], ctx: TagContext): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of ctx.rules ?? RULES) {
    if (rule.requires && !rule.requires.test(text)) continue;
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      let start = m.index;
      const end = m.index + m[0].length;
      // the named group `t` is a suffix of the match: the span to tag ("in two weeks" → "two weeks")
      const t = m.groups?.t;
      if (t && m[0].endsWith(t)) start = end - t.length;
      let tense: Tense | undefined;
      const c: MatchContext = {
        text,
        start,
        end,
        ref: ctx.ref,
        tense() {
          if (tense === undefined) {
            const fromParse = ctx.tenseAt?.(start, end);
            const s = sentences[sentenceAt(sentences, start)];
            tense = fromParse ?? tenseAround(text, start, end, s?.start ?? 0, s?.end ?? text.length);
          }
          return tense;
        },
      };
      const r = rule.resolve(m, c);
      if (!r) continue;
      found.push({
        span: [start, end],
        text: text.slice(start, end),
        type: r.type ?? rule.type,
        value: r.value,
        basis: r.relative ? 'relative' : 'explicit',
        sentence: sentenceAt(sentences, start),
        rule: rule.name,
        ...(r.anchored ? { anchored: r.anchored } : {}),
      });
    }
  }
  return found;
}

/** Keeps the longest of overlapping matches; among equals, the one from the earlier rule. */
function dropOverlaps(found: Candidate[], order: Map<string, number>): Candidate[] {
  const byStrength = found
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        b.f.span[1] - b.f.span[0] - (a.f.span[1] - a.f.span[0]) ||
        (order.get(a.f.rule) ?? 0) - (order.get(b.f.rule) ?? 0) ||
        a.f.span[0] - b.f.span[0] ||
        a.i - b.i,
    );
  const kept: Candidate[] = [];
  // which characters the kept expressions cover: a candidate is checked against its own span, not
  // against every expression kept so far (a long text has tens of thousands)
  const covered = new Uint8Array(found.reduce((n, f) => Math.max(n, f.span[1]), 0));
  for (const { f } of byStrength) {
    const [a, b] = f.span;
    let free = true;
    for (let c = a; c < b && free; c++) free = covered[c] === 0;
    if (!free) continue;
    covered.fill(1, a, b);
    kept.push(f);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * "Monday, November 14, 2016": a weekday right before the date it names is one expression, with
 * the date's value.
 */
function mergeWeekdayDates(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const t of list) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.rule === 'weekday' &&
      (t.rule === 'month-day-year' || t.rule === 'day-month-year' || t.rule === 'iso-date') &&
      /^,?[^\S\r\n]+(?:the[^\S\r\n]+)?$/.test(text.slice(prev.span[1], t.span[0]))
    ) {
      out[out.length - 1] = {
        ...t,
        span: [prev.span[0], t.span[1]],
        text: text.slice(prev.span[0], t.span[1]),
      };
      continue;
    }
    out.push(t);
  }
  return out;
}

const defaultOrder = new Map(RULES.map((r, i) => [r.name, i]));

/**
 * Tags every time expression of `text`.
 *
 *   tagTimexes("Trump's office said in a statement on Monday.", splitSentences(…), { ref: 2016-11-15 })
 *   // → [{ text: "Monday", type: "DATE", value: "2016-11-14", … }]
 */
export function tagTimexes(text: string, sentences: readonly Sentence[], ctx: TagContext): TimexMatch[] {
  const order = ctx.rules ? new Map(ctx.rules.map((r, i) => [r.name, i])) : defaultOrder;
  return applyAnchors(
    text,
    mergeWeekdayDates(text, dropOverlaps(findCandidates(text, sentences, ctx), order)),
  );
}
