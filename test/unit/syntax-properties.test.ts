import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/nlp/syntax';
import { tokenize } from '@/lib/nlp/syntax/tokenize';

// text made of pieces that exercise the tokeniser's rules, mixed with arbitrary characters
const piece = fc.oneof(
  fc.constantFrom(
    "don't",
    'cannot',
    "Kardia's",
    'U.S.',
    'Mr.',
    '1,250.50',
    '$5',
    '4%',
    '"',
    '“',
    '”',
    '’',
    "'",
    '(',
    ')',
    '...',
    '--',
    'well-known',
    'e-mail',
    ':)',
    '***',
    'www.example.org',
    'a@b.org',
    '?!',
    '\u2026',
    ',',
    '.',
    'and/or',
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const text = fc
  .array(piece, { maxLength: 30 })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '\n', '  ', '\t'), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, i) => p + gaps[i]).join('')),
  );

describe('syntax on any text', () => {
  it('tokens are the text itself, in order, covering every non-space character once', () => {
    fc.assert(
      fc.property(text, (t) => {
        const toks = tokenize(t);
        let last = 0;
        let covered = '';
        for (const k of toks) {
          expect(k.form).toBe(t.slice(k.start, k.end));
          expect(k.end).toBeGreaterThan(k.start);
          expect(k.start).toBeGreaterThanOrEqual(last);
          expect(t.slice(last, k.start).trim()).toBe('');
          covered += k.form;
          last = k.end;
        }
        expect(t.slice(last).trim()).toBe('');
        expect(covered).toBe(t.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('every sentence parses into one tree', () => {
    fc.assert(
      fc.property(text, (t) => {
        const [s] = parseText(t, [{ index: 0, start: 0, end: t.length }]);
        const toks = s!.tokens;
        const n = toks.length;
        expect(toks.filter((k) => k.head === 0)).toHaveLength(n ? 1 : 0);
        for (const k of toks) {
          expect(k.head).toBeGreaterThanOrEqual(0);
          expect(k.head).toBeLessThanOrEqual(n);
          expect(k.head).not.toBe(k.id);
          expect(k.deprel).toMatch(/^[a-z]+(:[a-z]+)?$/);
          // no cycles: climbing from any token reaches the root within n steps
          let h = k.head;
          let steps = 0;
          while (h !== 0 && steps++ <= n) h = toks[h - 1]!.head;
          expect(h).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
