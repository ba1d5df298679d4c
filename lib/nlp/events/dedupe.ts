/**
 * One event for one happening. A headline and a standfirst repeat the story's first paragraph:
 * within a document such events merge into one, with every piece of evidence kept, the fullest body
 * sentence first (`dropDuplicates`). The same statement quoted by several articles stays an event
 * of each, the later ones marked as duplicates of the first, which gathers their evidence
 * (`markDuplicates`, as the store marks them).
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
  id: string;
  documentId: string;
  sentence: number;
  text: string;
  cameo: string | null;
  /** A user's code outside CAMEO (lib/model ContractEvent.code). */
  code?: string;
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

/** How similar two events' sentences must be (word overlap, 0–1) to be one event told twice. */
export const SAME_EVENT_SIMILARITY = 0.6;

/** What the duplicate check sees of an event. */
export interface EventText {
  text: string;
  cameo: string | null;
  /** A user's code outside CAMEO, where the event has one (absent or null otherwise). */
  code?: string | null;
}

/** Two codings of one act: CAMEO codes of one root, and the same user code (or none on both). */
export function sameAct(a: Omit<EventText, 'text'>, b: Omit<EventText, 'text'>): boolean {
  return (a.cameo ?? '').slice(0, 2) === (b.cameo ?? '').slice(0, 2) && (a.code ?? null) === (b.code ?? null);
}

/**
 * Two events of different articles, found with the same actors, stance, date and negation, are one
 * event told twice when they code the same act and their sentences say nearly the same. The store
 * (through lib/domain) and `markDuplicates` decide with it.
 */
export function sameEvent(earlier: EventText, later: EventText): boolean {
  return sameAct(earlier, later) && similarity(earlier.text, later.text) >= SAME_EVENT_SIMILARITY;
}

/** The key under which an event's twins are looked for: its actors, either way round when symmetric. */
export function pairKey(source: readonly string[], target: readonly string[], symmetric: boolean): string {
  const s = [...source].sort().join('+');
  const t = [...target].sort().join('+');
  return symmetric ? [s, t].sort().join('<>') : `${s}>${t}`;
}
const keyOf = (e: Mergeable) => pairKey(e.source, e.target, e.symmetric);

const addEvidence = (twin: Mergeable, e: Mergeable) => {
  for (const ev of e.evidence)
    if (!twin.evidence.some((x) => x.documentId === ev.documentId && x.sentence === ev.sentence))
      twin.evidence.push(ev);
};

/**
 * Merges the duplicates within one document's events: a sentence that repeats another's event, a
 * headline or standfirst that tells a body event. `isHeadline(e)` tells events of a title or
 * standfirst line: they merge into a body event of the same pair and stance even when worded
 * otherwise ("aim for cooperation" ~ "will try to normalise ties").
 */
export function dropDuplicates<E extends Mergeable>(events: E[], isHeadline: (e: E) => boolean): E[] {
  const kept: E[] = [];
  // twins share pair, stance and polarity; any sentence may repeat another
  const byKey = new Map<string, E[]>();
  // body sentences first, so a headline merges into the body event it summarises
  const order = [...events].sort((a, b) => Number(isHeadline(a)) - Number(isHeadline(b)));
  for (const e of order) {
    const key = `${e.documentId}|${keyOf(e)}|${e.stance}|${e.negated}`;
    const list = byKey.get(key) ?? [];
    const twin = list.find((k) =>
      k.sentence === e.sentence
        ? k.cameo === e.cameo && (k.code ?? null) === (e.code ?? null)
        : isHeadline(e) || sameEvent(k, e),
    );
    if (twin) {
      addEvidence(twin, e);
      continue;
    }
    list.push(e);
    byKey.set(key, list);
    kept.push(e);
  }
  // back in text order
  return kept.sort((a, b) =>
    a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.sentence - b.sentence,
  );
}

/**
 * The same happening told by several documents, as the store marks it: an event of a later
 * document that repeats an earlier document's event (same pair, stance, negation and date, and
 * `sameEvent`) keeps its place in its own document's list, with `duplicateOf` naming the earlier
 * one; the earlier one gathers its evidence. Only events of one date are compared, which keeps
 * large corpora fast. Returns the number marked.
 */
export function markDuplicates<E extends Mergeable & { duplicateOf?: string }>(events: readonly E[]): number {
  const byKey = new Map<string, E[]>();
  let marked = 0;
  for (const e of events) {
    const key = `${keyOf(e)}|${e.stance}|${e.negated}|${e.date?.value ?? ''}`;
    const list = byKey.get(key) ?? [];
    // the first 50 earlier candidates, oldest first, as the store looks at them
    const twin = list
      .filter((k) => k.documentId !== e.documentId)
      .slice(0, 50)
      .find((k) => sameEvent(k, e));
    if (twin) {
      addEvidence(twin, e);
      e.duplicateOf = twin.id;
      marked++;
      continue;
    }
    list.push(e);
    byKey.set(key, list);
  }
  return marked;
}
