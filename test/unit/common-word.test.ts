/**
 * A capitalised common word opening a sentence is no actor when the parse's tagger reads it as a
 * common noun (issue 13: "capitalised common words" among the false actors). Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';

const actors = (text: string) => [
  ...extractDocument({ id: 'doc', title: '', text, published: '2016-05-10', path: 'test' }).actors.keys(),
];

describe('a common word at the start of a sentence', () => {
  it.each<[string, string, string]>([
    ['Shares of Gazprom fell after Ukraine halted gas transit.', 'shares', 'gazprom'],
    ['Witnesses said Syrian troops shelled Homs.', 'witnesses', 'homs'],
  ])('%s', (text, gone, kept) => {
    const got = actors(text);
    expect(got).not.toContain(gone);
    expect(got).toContain(kept);
  });

  it('keeps an unknown name the tagger reads as a proper noun', () => {
    expect(actors('Hezbollah condemned Israel.')).toContain('hezbollah');
    expect(actors('Zorvanian envoys met Tobias Kellerman in Geneva.')).toContain('tobias-kellerman');
  });
});
