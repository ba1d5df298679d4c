import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES } from '@/lib/nlp/lexicon/given-names';

describe('GIVEN_NAMES', () => {
  it('holds at least 1,500 names', () => {
    expect(GIVEN_NAMES.size).toBeGreaterThanOrEqual(1500);
  });

  it.each([
    'Vladimir',
    'Angela',
    'Mohammed',
    'Steve',
    'Shinzo',
    'Emmanuel',
    'Recep',
    'Benjamin',
    'Narendra',
    'Jacinda',
  ])('includes %s', (name) => {
    expect(GIVEN_NAMES.has(name)).toBe(true);
  });

  it.each(['Will', 'May', 'June', 'April', 'Hope'])('leaves out the common word %s', (name) => {
    expect(GIVEN_NAMES.has(name)).toBe(false);
  });

  it('writes every name as one capitalised word', () => {
    const bad = [...GIVEN_NAMES].filter((name) => !/^\p{Lu}[\p{L}'-]+$/u.test(name));
    expect(bad).toEqual([]);
  });
});
