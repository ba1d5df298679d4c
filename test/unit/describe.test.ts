import { describe, expect, it } from 'vitest';
import { describeView, listInWords, plural, readableDate } from '@/lib/dashboard/describe';
import { EMPTY_FILTERS } from '@/lib/filters';

describe('describeView', () => {
  const names = (id: string) => ({ 'vladimir-putin': 'Vladimir Putin', russia: 'Russia' })[id];

  it('no filter is "All events" with no lines', () => {
    expect(describeView(EMPTY_FILTERS)).toEqual({ title: 'All events', lines: [] });
  });

  it('actors by name, stances, kinds, types, dates, words and article, each in words', () => {
    const v = describeView(
      {
        ...EMPTY_FILTERS,
        actors: ['vladimir-putin', 'russia', 'unknown-id'],
        stance: ['cooperative', 'hostile'],
        quad: ['verbal_conflict'],
        type: ['praise'],
        from: '2016-11-01',
        q: 'sanctions',
        document: 'seed',
      },
      names,
    );
    expect(v.title).toBe('Events of Vladimir Putin, Russia and unknown-id');
    expect(v.lines).toEqual([
      'stance: cooperative or hostile',
      'kind of act: verbal conflict',
      'type: praise',
      'dates: from 1 Nov 2016',
      'words: “sanctions”',
      'article: seed',
    ]);
  });

  it('a pair, directed or not; the brushed window narrows the dates', () => {
    const pair = { ...EMPTY_FILTERS, pair: { a: 'russia', b: 'vladimir-putin', directed: true } };
    expect(describeView(pair, names).title).toBe('Events from Russia to Vladimir Putin');
    const both = { ...pair, pair: { ...pair.pair, directed: false }, from: '2016-01-01', to: '2016-12-31' };
    expect(describeView(both, names, { from: '2016-11-01', to: '2017-03-01' }).lines).toEqual([
      'dates: 1 Nov 2016 to 31 Dec 2016',
    ]);
  });

  it.each([
    ['2016-11-04', '4 Nov 2016'],
    ['2016-11', 'Nov 2016'],
    ['2016', '2016'],
  ])('readableDate(%s) is %s', (v, out) => expect(readableDate(v)).toBe(out));

  it('plural and lists agree in number', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(0, 'event')).toBe('0 events');
    expect(plural(12000, 'event')).toBe('12,000 events');
    expect(plural(2, 'match', 'matches')).toBe('2 matches');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
