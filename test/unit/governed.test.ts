/**
 * An event noun governed by a verb that has its own event is that verb's topic (issue 14): sentences
 * written for this test, through the whole pipeline (the parse says which verb governs the noun).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';
import { governedNounDrafts, reversedNounDrafts } from '@/lib/nlp/interactions/governed';
import { parseText } from '@/lib/nlp/syntax';

const types = (text: string) =>
  extractDocument({ id: 'doc', title: '', text, published: '2018-03-12', path: 'test' })
    .events.map((e) => e.type)
    .sort();

describe('a noun its verb governs is no event of its own', () => {
  it.each<[string, string, string]>([
    // the object of a condemnation: no agreement is signed
    ['Canberra condemned the trade deal on Monday.', 'criticize', 'sign agreement'],
    // the object of a condemnation: no strike is carried out by the condemner
    ['Ankara condemned the air strike on the border town.', 'criticize', 'aerial attack'],
    // the object of a rejection: the rejecter does not criticise (the CAMEO dictionary's pattern for
    // rejecting criticism is 124, refusing to yield)
    ['Hanoi rejected the criticism by Beijing.', 'refuse to yield', 'criticize'],
    // the subject of a passive: the plan is the topic of the condemnation
    ['The peace plan was condemned by Damascus.', 'criticize', 'sign agreement'],
  ])('%s', (text, kept, gone) => {
    const got = types(text);
    expect(got).toContain(kept);
    expect(got).not.toContain(gone);
  });

  it('keeps a noun event when its verb has no event of its own ("held talks")', () => {
    expect(types('Seoul held talks with Tokyo on Friday.').length).toBeGreaterThan(0);
  });

  it('keeps the noun event when the governing verb has none', () => {
    const text = 'Lagos welcomed the ceasefire.';
    const [s] = parseText(text, [{ index: 0, start: 0, end: text.length }]);
    const at = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
    // the noun's draft alone: nothing governs it
    expect(governedNounDrafts([{ sentence: 0, triggerSpan: at('ceasefire') }], [s!], () => true).size).toBe(
      0,
    );
    // with a verb draft on "welcomed", the noun's draft is the verb's topic
    const drafts = [
      { sentence: 0, triggerSpan: at('welcomed') },
      { sentence: 0, triggerSpan: at('ceasefire') },
    ];
    expect([...governedNounDrafts(drafts, [s!], (i) => i === 1)]).toEqual([1]);
  });
});

const coded = (text: string) =>
  extractDocument({ id: 'doc', title: '', text, published: '2018-03-12', path: 'test' }).events.map(
    (e) => `${e.type}${e.negated ? ' (negated)' : ''}: ${e.stance}`,
  );

describe('a reversing verb ends the act its object names', () => {
  it.each<[string, string, string]>([
    // the dictionary's pattern for the verb and its object gives the easing its own code
    ['Norway lifted its embargo on Myanmar.', 'ease sanctions: cooperative', 'sanction: hostile'],
    [
      'The sanctions on Iran could be eased, officials said.',
      'ease sanctions: cooperative',
      'sanction: hostile',
    ],
    // no pattern: what ending the noun's act is (REVERSAL_CODES: halted drills de-escalate)
    [
      'Seoul said it would halt the joint military drills with Washington.',
      'de-escalate: cooperative',
      'show of force: neutral',
    ],
    // no pattern and no reversal code: the noun's act, negated (no protest held)
    [
      'Greek farmers would halt their protests against the government.',
      'protest (negated): neutral',
      'protest: hostile',
    ],
  ])('%s', (text, want, not) => {
    const got = coded(text);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });

  it('names the reversing verb, and leaves a verb that has its own event alone', () => {
    const text = 'Rabat scrapped the accord.';
    const [s] = parseText(text, [{ index: 0, start: 0, end: text.length }]);
    const at = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
    const noun = { sentence: 0, triggerSpan: at('accord') };
    const [r] = reversedNounDrafts([noun], [s!], () => true);
    expect(r?.verb.lemma).toBe('scrap');
    const verb = { sentence: 0, triggerSpan: at('scrapped') };
    expect(reversedNounDrafts([verb, noun], [s!], (i) => i === 1)).toEqual([]);
  });
});
