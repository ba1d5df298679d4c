/**
 * A stance label never disagrees with its score: over the synthetic corpus (every CAMEO root, with
 * negation, hedges and tone words), each event's score lies in its label's band.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';
import { STANCE_BANDS, stanceOfScore } from '@/lib/nlp/stance';
import { synthArticles } from '@/lib/synth';

describe('stance bands', () => {
  it.each([
    [1, 'cooperative'],
    [0.9, 'neutral'],
    [0, 'neutral'],
    [-0.9, 'neutral'],
    [-1, 'hostile'],
    [-10, 'hostile'],
  ] as const)('stanceOfScore(%d) is %s', (score, stance) => expect(stanceOfScore(score)).toBe(stance));

  it('the bands are those the network colours edges by (±1)', () => {
    expect(STANCE_BANDS).toEqual({ cooperative: 1, hostile: -1 });
  });

  it('every event of 300 synthetic articles has a score in its label’s band', () => {
    let events = 0;
    const wrong: string[] = [];
    for (const a of synthArticles(300, 17)) {
      const x = extractDocument({
        id: a.id,
        path: a.id,
        title: a.title,
        text: a.text,
        published: a.published,
      });
      for (const e of x.events) {
        events++;
        if (stanceOfScore(e.stanceScore) !== e.stance)
          wrong.push(`${e.type} ${e.stance} (${e.stanceScore}): ${e.text}`);
      }
    }
    expect(events).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  }, 60_000);
});
