/**
 * One event for one happening: within a document, repeats merge (lib/nlp/events/dedupe
 * dropDuplicates); across documents, a later telling keeps its place in its own document, marked
 * as the duplicate of the first (markDuplicates, as the store marks it). Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { dropDuplicates, markDuplicates, sameEvent, type Mergeable } from '@/lib/nlp/events/dedupe';

let n = 0;
function event(
  x: Partial<Mergeable> & { documentId: string; text: string },
): Mergeable & { duplicateOf?: string } {
  const id = `e${n++}`;
  const sentence = x.sentence ?? 0;
  return {
    id,
    sentence,
    cameo: '042',
    stance: 'cooperative',
    source: ['veloria'],
    target: ['kestmark'],
    symmetric: false,
    negated: false,
    date: { value: '2016-11-03' },
    evidence: [{ documentId: x.documentId, sentence, span: [0, x.text.length], text: x.text }],
    ...x,
  };
}

const told = 'Veloria sent its foreign minister to Kestmark on Thursday for two days of talks.';

describe('sameEvent', () => {
  it('needs the same act: CAMEO codes of one root, and the same user code or none', () => {
    expect(sameEvent({ text: told, cameo: '042' }, { text: told, cameo: '043' })).toBe(true);
    expect(sameEvent({ text: told, cameo: '042' }, { text: told, cameo: '111' })).toBe(false);
    expect(
      sameEvent({ text: told, cameo: null, code: 'W31' }, { text: told, cameo: null, code: 'W31' }),
    ).toBe(true);
    expect(
      sameEvent({ text: told, cameo: null, code: 'W31' }, { text: told, cameo: null, code: 'W32' }),
    ).toBe(false);
    expect(sameEvent({ text: told, cameo: null, code: 'W31' }, { text: told, cameo: null })).toBe(false);
  });

  it('needs nearly the same sentence', () => {
    const other = 'Veloria praised the weather in Kestmark during a long and uneventful autumn.';
    expect(sameEvent({ text: told, cameo: '042' }, { text: other, cameo: '042' })).toBe(false);
    expect(sameEvent({ text: told, cameo: '042' }, { text: `Officials said: ${told}`, cameo: '042' })).toBe(
      true,
    );
  });
});

describe('markDuplicates (across documents)', () => {
  it("keeps every document's event, marks the later tellings and gives the first their evidence", () => {
    const a = event({ documentId: 'a', text: told });
    const b = event({ documentId: 'b', text: `Officials said: ${told}` });
    const c = event({ documentId: 'c', text: told, date: { value: '2016-11-04' } });
    const events = [a, b, c];
    expect(markDuplicates(events)).toBe(1);
    expect(events).toHaveLength(3);
    expect(a.duplicateOf).toBeUndefined();
    expect(b.duplicateOf).toBe(a.id);
    // another date is another happening
    expect(c.duplicateOf).toBeUndefined();
    expect(a.evidence.map((x) => x.documentId)).toEqual(['a', 'b']);
    expect(b.evidence.map((x) => x.documentId)).toEqual(['b']);
  });

  it('leaves alone events of one document, of other pairs, stances or negation, and of other user codes', () => {
    const first = event({ documentId: 'a', text: told });
    const events = [
      first,
      event({ documentId: 'a', sentence: 3, text: told }),
      event({ documentId: 'b', text: told, target: ['ostmark'] }),
      event({ documentId: 'c', text: told, stance: 'neutral' }),
      event({ documentId: 'd', text: told, negated: true }),
      event({ documentId: 'e', text: told, cameo: null, code: 'W31' }),
      event({ documentId: 'f', text: told, cameo: null, code: 'W32' }),
    ];
    expect(markDuplicates(events)).toBe(0);
    expect(events.every((e) => e.duplicateOf === undefined)).toBe(true);
    expect(first.evidence).toHaveLength(1);
  });
});

describe('dropDuplicates (within a document)', () => {
  it('merges a sentence that repeats another, but not one coding another user code', () => {
    const events = [
      event({ documentId: 'a', sentence: 1, text: told }),
      event({ documentId: 'a', sentence: 4, text: `As said, ${told}` }),
      event({ documentId: 'a', sentence: 6, text: told, cameo: null, code: 'W31' }),
      event({ documentId: 'a', sentence: 7, text: told, cameo: null, code: 'W32' }),
    ];
    const kept = dropDuplicates(events, () => false);
    expect(kept.map((e) => e.sentence)).toEqual([1, 6, 7]);
    expect(kept[0]!.evidence.map((x) => x.sentence)).toEqual([1, 4]);
  });

  it('merges a headline into the body event of the same pair, however it is worded', () => {
    const head = event({ documentId: 'a', sentence: 0, text: 'Veloria and Kestmark aim for closer ties' });
    const body = event({ documentId: 'a', sentence: 2, text: told });
    const kept = dropDuplicates([head, body], (e) => e.sentence === 0);
    expect(kept).toEqual([body]);
    expect(body.evidence.map((x) => x.sentence)).toEqual([2, 0]);
  });
});
