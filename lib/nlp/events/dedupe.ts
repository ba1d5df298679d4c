/**
 * One event for one happening. A headline and a standfirst repeat the story's first paragraph; the
 * same statement is quoted by several articles. Their events merge into one, with every piece of
 * evidence kept; the evidence shown first is the fullest body sentence.
 */
import type { Span } from '@/lib/model';

export interface Evidence {
  documentId: string;
  sentence: number;
  span: Span;
  text: string;
}

/** What dedupe needs of an event. */
export interface Mergeable {
  documentId: string;
  sentence: number;
  text: string;
  cameo: string | null;
  stance: string | null;
  source: string[];
  target: string[];
  symmetric: boolean;
  negated: boolean;
  date: { value: string } | null;
  evidence: Evidence[];
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of words the two sentences have in common (Jaccard). */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both || 1);
}

const pairKey = (e: Mergeable) => {
  const s = [...e.source].sort().join('+');
  const t = [...e.target].sort().join('+');
  return e.symmetric ? [s, t].sort().join('<>') : `${s}>${t}`;
};

/**
 * Merges duplicates within a list (one document, or a corpus). `isHeadline(e)` tells events of a
 * title or standfirst line: they merge into a body event of the same pair and stance even when
 * worded otherwise ("aim for cooperation" ~ "will try to normalise ties").
 */
export function dropDuplicates<E extends Mergeable>(events: E[], isHeadline: (e: E) => boolean): E[] {
  const kept: E[] = [];
  // Twins share pair, stance and polarity. Within a document any sentence may repeat another; across
  // documents only events of the same date are compared, which keeps large corpora fast.
  const byDoc = new Map<string, E[]>();
  const byDate = new Map<string, E[]>();
  const push = (m: Map<string, E[]>, key: string, e: E) => {
    const list = m.get(key);
    if (list) list.push(e);
    else m.set(key, [e]);
  };
  // body sentences first, so a headline merges into the body event it summarises
  const order = [...events].sort((a, b) => Number(isHeadline(a)) - Number(isHeadline(b)));
  for (const e of order) {
    const base = `${pairKey(e)}|${e.stance}|${e.negated}`;
    const docKey = `${e.documentId}|${base}`;
    const dateKey = `${base}|${e.date?.value ?? ''}`;
    const sameRoot = (k: E) => (k.cameo ?? '').slice(0, 2) === (e.cameo ?? '').slice(0, 2);
    const twin =
      (byDoc.get(docKey) ?? []).find((k) =>
        k.sentence === e.sentence
          ? k.cameo === e.cameo
          : isHeadline(e) || (sameRoot(k) && similarity(k.text, e.text) >= 0.6),
      ) ??
      (byDate.get(dateKey) ?? []).find(
        (k) => k.documentId !== e.documentId && sameRoot(k) && similarity(k.text, e.text) >= 0.6,
      );
    if (twin) {
      for (const ev of e.evidence)
        if (!twin.evidence.some((x) => x.documentId === ev.documentId && x.sentence === ev.sentence))
          twin.evidence.push(ev);
      continue;
    }
    push(byDoc, docKey, e);
    push(byDate, dateKey, e);
    kept.push(e);
  }
  // back in text order
  return kept.sort((a, b) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.sentence - b.sentence,
  );
}
