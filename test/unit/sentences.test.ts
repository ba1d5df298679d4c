import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, sentenceAt, splitSentences } from '@/lib/nlp/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Putin spoke. Trump listened.', ['Putin spoke.', 'Trump listened.']],
    ['Did they agree? Nobody knows! Talks go on.', ['Did they agree?', 'Nobody knows!', 'Talks go on.']],
    // abbreviations and initials
    [
      'Mr. Smith met Gen. Jones on Jan. 5 in Washington.',
      ['Mr. Smith met Gen. Jones on Jan. 5 in Washington.'],
    ],
    ['The author J. K. Rowling spoke. Fans cheered.', ['The author J. K. Rowling spoke.', 'Fans cheered.']],
    ['The U.S. Navy sailed. It was late.', ['The U.S. Navy sailed.', 'It was late.']],
    ['Troops left the U.S. The war ended.', ['Troops left the U.S.', 'The war ended.']],
    ['Prices rose approx. 3 per cent.', ['Prices rose approx. 3 per cent.']],
    ['Talks were held with the U.N. in Geneva.', ['Talks were held with the U.N. in Geneva.']],
    // quotes, straight and curly, stay with their sentence
    ['"We will win," he said. "Never."', ['"We will win," he said.', '"Never."']],
    [
      '“During the call, they talked.” The statement said so.',
      ['“During the call, they talked.”', 'The statement said so.'],
    ],
    ['He said: "It is over." Then he left.', ['He said: "It is over."', 'Then he left.']],
    ["'Is it?' asked the minister.", ["'Is it?' asked the minister."]],
    ['The vote (held in March.) Passed.', ['The vote (held in March.)', 'Passed.']],
    ['Growth was 2.5 per cent. Inflation fell.', ['Growth was 2.5 per cent.', 'Inflation fell.']],
    ['Wait... What happened?', ['Wait...', 'What happened?']],
    // lowercase after a full stop: not a new sentence
    ['The plan, i.e. the deal, failed.', ['The plan, i.e. the deal, failed.']],
    // a title line and a standfirst line are sentences of their own, even without a full stop
    [
      'Putin, Trump aim for cooperation\nThe two leaders spoke by phone\n\nBody text here. More text.',
      ['Putin, Trump aim for cooperation', 'The two leaders spoke by phone', 'Body text here.', 'More text.'],
    ],
    ['Line one.\r\nLine two.\r\n', ['Line one.', 'Line two.']],
    ['   \n\n  ', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('numbers its sentences and gives trimmed offsets into the text', () => {
    const text = '  First one.  Second one.\n';
    const s = splitSentences(text);
    expect(s).toEqual([
      { index: 0, start: 2, end: 12 },
      { index: 1, start: 14, end: 25 },
    ]);
  });

  it('copes with a single long line with no sentence end', () => {
    const text = 'word '.repeat(200_000);
    const s = splitSentences(text);
    // in pieces of at most MAX_SENTENCE (see below), covering the whole line
    expect(s.length).toBe(Math.ceil(text.length / MAX_SENTENCE));
    expect(s[0]!.start).toBe(0);
    expect(s[s.length - 1]!.end).toBe(text.length - 1);
  });
});

describe('sentenceAt', () => {
  const sentences = splitSentences('One. Two. Three.');
  it.each<[number, number]>([
    [0, 0],
    [3, 0],
    [4, -1], // the space between sentences
    [5, 1],
    [15, 2],
    [16, -1],
  ])('offset %i is in sentence %i', (at, index) => {
    expect(sentenceAt(sentences, at)).toBe(index);
  });
});

describe('a run-on line with no sentence end', () => {
  it('is cut into pieces no longer than MAX_SENTENCE, at commas where it can, losing no text', () => {
    const text = 'The minister said talks would go on, '.repeat(400).trim();
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) {
      expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(x.start, x.end)).toMatch(/^\S.*\S$/s);
    }
    // cut after a comma, and nothing but spaces between one piece and the next
    expect(text.slice(s[0]!.start, s[0]!.end).endsWith(',')).toBe(true);
    for (let i = 1; i < s.length; i++) expect(text.slice(s[i - 1]!.end, s[i]!.start)).toMatch(/^\s*$/);
    expect(s[0]!.start).toBe(0);
    expect(s[s.length - 1]!.end).toBe(text.length);
  });

  it('is cut even where there is no space at all', () => {
    const text = 'x'.repeat(MAX_SENTENCE * 2 + 10);
    expect(splitSentences(text).map((x) => x.end - x.start)).toEqual([MAX_SENTENCE, MAX_SENTENCE, 10]);
  });

  it('leaves sentences of ordinary length alone', () => {
    const long = `${'Ministers from twenty countries, '.repeat(30)}met.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE);
    expect(splitSentences(long)).toHaveLength(1);
  });
});
