/**
 * The CAMEO→PLOVER table reader (lib/nlp/cameo/parse-plover.ts) on the vendored file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCameo, parseCameoPlover, ploverOf } from '@/lib/nlp/cameo';

const TEXT = readFileSync('lib/nlp/cameo/dict/CAMEO2PLOVER-2021.txt', 'utf8');
const table = parseCameoPlover(TEXT);

describe('the vendored CAMEO2PLOVER-2021.txt', () => {
  it('reads every code row: 276 rows, 274 codes (08 and 175 are written twice)', () => {
    const rows = TEXT.split('\n').filter((l) => /^\d{2,4}:/.test(l));
    expect(rows.length).toBe(276);
    expect(Object.keys(table.codes).length).toBe(274);
    expect(new Set(rows.map((r) => r.split(':')[0])).size).toBe(274);
  });

  it('lists what it skips, with the reason', () => {
    expect(table.skipped.map((s) => [s.line, s.reason])).toEqual([
      [82, 'code 08 already given as CONCEDE, first row kept'],
      [284, 'code 175 already given (same event and mode), first row kept'],
      [301, 'closing rule of the table'],
    ]);
  });

  it.each([
    ['057', { event: 'SUPPORT', mode: '', context: ['diplomatic'], description: 'Sign formal agreement' }],
    [
      '173',
      {
        event: 'COERCE',
        mode: 'arrest',
        context: ['legal'],
        description: 'Arrest, detain, or charge with legal action',
      },
    ],
    [
      '1121',
      {
        event: 'ACCUSE',
        mode: 'allege',
        context: ['crime', 'corruption'],
        description: 'Accuse of crime, corruption',
      },
    ],
    ['042', { event: 'CONSULT', mode: 'visit', context: [], description: 'Make a visit' }],
    ['073', { event: 'AID', mode: '', context: ['humanitarian'], description: 'Provide humanitarian aid' }],
    [
      '163',
      {
        event: 'COERCE',
        mode: 'restrict',
        context: ['diplomatic'],
        description: 'Impose embargo, boycott, or sanctions',
      },
    ],
    [
      '0874',
      {
        event: 'RETREAT',
        mode: 'disarm',
        context: ['military'],
        description: 'Retreat or surrender militarily',
      },
    ],
  ])('CAMEO %s is %j', (code, coding) => {
    expect(ploverOf(table, code)).toEqual({ ...coding, row: code });
  });

  it('falls back to the nearest listed parent, and says so; 01 and 02 have none', () => {
    expect(ploverOf(table, '176')).toEqual({
      event: 'COERCE',
      mode: '',
      context: [],
      description: '',
      row: '17',
    });
    expect(ploverOf(table, '0241')).toBeNull();
    expect(ploverOf(table, '010')).toBeNull();
    expect(ploverOf(table, '')).toBeNull();
  });

  it('is in the compiled dictionary', () => {
    expect(loadCameo().plover).toEqual(table.codes);
  });
});
