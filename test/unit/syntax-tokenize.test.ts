import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/nlp/syntax/tokenize';

/** Tokens as "form@start" (end follows from the form's length, checked below). */
function cut(text: string, start?: number, end?: number): string[] {
  const toks = tokenize(text, start, end);
  for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.form);
  return toks.map((t) => `${t.form}@${t.start}`);
}

const forms = (text: string) => tokenize(text).map((t) => t.form);

describe('tokenize', () => {
  it.each([
    ["Estovia's envoy didn't come.", ['Estovia', "'s", 'envoy', 'did', "n't", 'come', '.']],
    ['They can’t and won’t sign.', ['They', 'ca', 'n’t', 'and', 'wo', 'n’t', 'sign', '.']],
    [
      "We're sure you'll see they'd left, I'm told, and we've gone.",
      [
        'We',
        "'re",
        'sure',
        'you',
        "'ll",
        'see',
        'they',
        "'d",
        'left',
        ',',
        'I',
        "'m",
        'told',
        ',',
        'and',
        'we',
        "'ve",
        'gone',
        '.',
      ],
    ],
    ['Ministers cannot agree.', ['Ministers', 'can', 'not', 'agree', '.']],
    ['We are gonna win', ['We', 'are', 'gon', 'na', 'win']],
  ])('splits clitics: %s', (text, want) => {
    expect(forms(text)).toEqual(want);
  });

  it.each([
    [
      'Mr. Baro met Dr. Ilse in the U.S. on Sept. 3.',
      ['Mr.', 'Baro', 'met', 'Dr.', 'Ilse', 'in', 'the', 'U.S.', 'on', 'Sept.', '3', '.'],
    ],
    [
      'Talks ran until 4 p.m. and then ended.',
      ['Talks', 'ran', 'until', '4', 'p.m.', 'and', 'then', 'ended', '.'],
    ],
    [
      'Troops, e.g. those of J. Orr, left.',
      ['Troops', ',', 'e.g.', 'those', 'of', 'J.', 'Orr', ',', 'left', '.'],
    ],
  ])('keeps abbreviations whole: %s', (text, want) => {
    expect(forms(text)).toEqual(want);
  });

  it('keeps numbers with commas and decimals whole, and splits currency and percent', () => {
    expect(forms('Aid rose 4.5% to $1,250,000.75 in 2024.')).toEqual([
      'Aid',
      'rose',
      '4.5',
      '%',
      'to',
      '$',
      '1,250,000.75',
      'in',
      '2024',
      '.',
    ]);
  });

  it('splits quotes and brackets, straight and curly', () => {
    expect(forms('He said "no" (twice) and “never”.')).toEqual([
      'He',
      'said',
      '"',
      'no',
      '"',
      '(',
      'twice',
      ')',
      'and',
      '“',
      'never',
      '”',
      '.',
    ]);
    expect(forms("the allies' plan")).toEqual(['the', 'allies', "'", 'plan']);
  });

  it('splits hyphens as EWT does, but keeps prefixes like e-, non-, anti-', () => {
    expect(forms('a long-term deal by pro-Estovia and anti-war groups via e-mail')).toEqual([
      'a',
      'long',
      '-',
      'term',
      'deal',
      'by',
      'pro-Estovia',
      'and',
      'anti-war',
      'groups',
      'via',
      'e-mail',
    ]);
  });

  it('keeps punctuation runs and URLs whole', () => {
    expect(forms('Wait... what?! See www.example.org.')).toEqual([
      'Wait',
      '...',
      'what',
      '?',
      '!',
      'See',
      'www.example.org',
      '.',
    ]);
  });

  it('gives offsets in the whole text for a sentence span', () => {
    const text = 'First one.  Norland’s envoy left.\nNext.';
    const start = text.indexOf('Norland');
    const end = text.indexOf('\n');
    expect(cut(text, start, end)).toEqual(['Norland@12', '’s@19', 'envoy@22', 'left@28', '.@32']);
  });

  it('handles empty and space-only spans', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   \n ')).toEqual([]);
  });

  it('covers every non-space character exactly once', () => {
    const text = `“We won't—can't—stop,” said Gen. Orr (U.S.) at 10:30 a.m.; costs: $3.2bn... #peace`;
    const toks = tokenize(text);
    let covered = '';
    let last = 0;
    for (const t of toks) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(last, t.start).trim()).toBe('');
      covered += t.form;
      last = t.end;
    }
    expect(covered).toBe(text.replace(/\s+/g, ''));
  });
});
