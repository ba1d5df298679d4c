/**
 * The place of an act done on the ground is its target when no actor is (issue 14): sentences
 * written for this test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';

const events = (text: string) =>
  extractDocument({ id: 'doc', title: '', text, published: '2019-05-20', path: 'test' }).events;

describe('the place as target', () => {
  it.each<[string, string, string]>([
    ['Thousands of Serbian students protested in Belgrade on Friday.', 'protest', 'serbia'],
    ['Turkish jets fired at targets in northern Iraq.', 'attack', 'iraq'],
    ['Houthi fighters fired rockets at towns in southern Saudi Arabia.', 'attack', 'saudi-arabia'],
    // an event noun's own place
    ['Russia’s bombing raids in Syria went on through the night.', 'aerial attack', 'syria'],
  ])('%s', (text, type, target) => {
    const e = events(text).find((x) => x.type.includes(type) || x.cameo?.startsWith('1'));
    expect(e, text).toBeDefined();
    expect(e!.target).toEqual([target]);
    expect(e!.trail?.some((t) => t.includes('the place where it happened'))).toBe(true);
  });

  it('leaves a statement without target: where it was made is not whom it is about', () => {
    const e = events('Russia condemned the attack in Geneva.').find((x) => x.cameo === '111');
    expect(e?.target).toEqual([]);
  });

  it('keeps an actor target over the place', () => {
    const e = events('Saudi jets bombed Houthi rebels in Yemen.').find((x) => x.cameo?.startsWith('19'));
    expect(e?.target).toEqual(['houthis']);
    expect(e?.trail?.some((t) => t.includes('the place where it happened'))).toBe(false);
  });
});
