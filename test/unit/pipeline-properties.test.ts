/**
 * Properties of the whole pipeline on any text: it never throws, every span lies inside the text and
 * matches what it quotes, and the same input gives the same output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';

// words that make the stages work hard: names, titles, verbs, dates, quotes, punctuation
const WORDS = [
  'Putin',
  'Trump',
  'Russia',
  'the',
  'Kremlin',
  'said',
  'that',
  'President',
  'accused',
  'of',
  'and',
  'on',
  'Monday',
  'in',
  'January',
  '2016',
  'talks',
  'between',
  'two',
  'leaders',
  '"',
  '\u201c',
  '\u201d',
  ',',
  '.',
  "'s",
  'he',
  'him',
  'not',
  'will',
  'meet',
  'U.S.',
  'officials',
  'Mr.',
  '-',
  'al-Qaeda',
  'NATO',
  'condemned',
  'ago',
  'three',
  'days',
  '\n',
  'Gen.',
  'who',
  'by',
  'was',
  'attacked',
  'its',
  'the two',
  'wished',
  'success',
  '12.5%',
  'Room',
  '1988',
];
const newsLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  newsLike,
);

function check(text: string) {
  const x = extractDocument({ id: 'p', title: 't', text, published: '2016-11-15', path: 'p' });
  for (const t of x.timexes) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
  for (const m of x.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  for (const e of x.events) {
    expect(text.slice(e.span[0], e.span[1])).toBe(e.text);
    expect(e.triggerSpan[0]).toBeGreaterThanOrEqual(e.span[0]);
    expect(e.triggerSpan[1]).toBeLessThanOrEqual(e.span[1]);
    expect(e.stanceScore).toBeGreaterThanOrEqual(-10);
    expect(e.stanceScore).toBeLessThanOrEqual(10);
  }
  for (const s of x.sentences) expect(s.start <= s.end && s.end <= text.length).toBe(true);
  return x;
}

describe('extractDocument on any text', () => {
  it('never throws, and every span lies inside its text and matches what it quotes', () => {
    fc.assert(
      fc.property(anyText, (text) => void check(text)),
      { numRuns: 300, seed: 42 },
    );
    // 300 extractions: about 2 s alone, more on a busy machine
  }, 60_000);

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const a = JSON.stringify(check(text).events);
        const b = JSON.stringify(check(text).events);
        expect(a).toBe(b);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('copes with a single long line with no sentence end', () => {
    const text = 'Putin said Trump praised Russia and '.repeat(3000);
    expect(() => check(text)).not.toThrow();
  });
});
