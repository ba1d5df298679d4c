import { describe, expect, it } from 'vitest';
import { RULES, parseIsoDay, tagTimexes, valueRange } from '@/lib/nlp/dates';
import { splitSentences } from '@/lib/nlp/sentences';
import { tenseAround } from '@/lib/nlp/dates/tense';
import { isoWeek } from '@/lib/nlp/dates/calendar';

// 2016-11-15 was a Tuesday: the day after the Trump–Putin call of the seed article.
const REF = parseIsoDay('2016-11-15');

function tag(text: string, ref = REF) {
  return tagTimexes(text, splitSentences(text), { ref }).map((t) => [t.text, t.type, t.value]);
}

describe('every rule tags its own example', () => {
  it.each(RULES.map((r) => [r.name, ...r.example]))('%s: %j → %s', (_name, phrase, value) => {
    const values = tagTimexes(phrase, splitSentences(phrase), { ref: REF }).map((t) => t.value);
    expect(values).toContain(value);
  });
});

describe('tagTimexes(sentence, ref 2016-11-15) finds exactly', () => {
  it.each<[string, [string, string, string][]]>([
    // weekdays: the tense decides the direction
    ["Trump's office said in a statement on Monday.", [['Monday', 'DATE', '2016-11-14']]],
    ['The two leaders will meet on Monday.', [['Monday', 'DATE', '2016-11-21']]],
    ['He spoke on Tuesday.', [['Tuesday', 'DATE', '2016-11-15']]],
    ['The vote was held on Friday.', [['Friday', 'DATE', '2016-11-11']]],
    ['The summit is to be held on Friday.', [['Friday', 'DATE', '2016-11-18']]],
    ['They met last Tuesday.', [['last Tuesday', 'DATE', '2016-11-08']]],
    ['They meet next Wednesday.', [['next Wednesday', 'DATE', '2016-11-16']]],
    ['Police arrived on Friday morning.', [['Friday morning', 'TIME', '2016-11-11TMO']]],
    ['Monday, November 14, 2016 was a busy day.', [['Monday, November 14, 2016', 'DATE', '2016-11-14']]],
    // deictic days
    ['Yesterday the minister resigned.', [['Yesterday', 'DATE', '2016-11-14']]],
    [
      'The talks resume today and end tomorrow.',
      [
        ['today', 'DATE', '2016-11-15'],
        ['tomorrow', 'DATE', '2016-11-16'],
      ],
    ],
    ['Shots were heard last night.', [['last night', 'TIME', '2016-11-14TNI']]],
    ['He arrived this morning.', [['this morning', 'TIME', '2016-11-15TMO']]],
    // relative periods
    ['Prices rose last week.', [['last week', 'DATE', '2016-W45']]],
    ['Talks continue this week.', [['this week', 'DATE', '2016-W46']]],
    ['The deal was signed last month.', [['last month', 'DATE', '2016-10']]],
    ['Elections are due next year.', [['next year', 'DATE', '2017']]],
    ['Growth slowed this year.', [['this year', 'DATE', '2016']]],
    ['Sales rose in the last quarter.', [['the last quarter', 'DATE', '2016-Q3']]],
    ['Exports dipped from the beginning of the year.', [['the beginning of the year', 'DATE', '2016']]],
    ['A vote is planned for early next year.', [['early next year', 'DATE', '2017']]],
    ['Growth has slowed over the past decade.', [['the past decade', 'DURATION', 'P10Y']]],
    ['He resigned the following day.', [['the following day', 'DATE', '2016-11-16']]],
    // N units ago
    ['The ceasefire collapsed three days ago.', [['three days ago', 'DATE', '2016-11-12']]],
    ['They met two weeks ago.', [['two weeks ago', 'DATE', '2016-W44']]],
    ['The law passed a year ago.', [['a year ago', 'DATE', '2015']]],
    ['The treaty expired five months ago.', [['five months ago', 'DATE', '2016-06']]],
    // months, with and without a year
    [
      'It was not specified whether such a meeting would take place before or after the inauguration in January.',
      [['January', 'DATE', '2017-01']],
    ],
    ['Unemployment rose in January.', [['January', 'DATE', '2016-01']]],
    ['The strike began in December.', [['December', 'DATE', '2015-12']]],
    ['A summit will be held in March.', [['March', 'DATE', '2017-03']]],
    ['The embassy closed in November 2015.', [['November 2015', 'DATE', '2015-11']]],
    ['Troops left on 14 November.', [['14 November', 'DATE', '2016-11-14']]],
    ['The vote is due on 20 November.', [['20 November', 'DATE', '2016-11-20']]],
    ['The plant opened on March 06, 2008.', [['March 06, 2008', 'DATE', '2008-03-06']]],
    ['The attack happened on Sept. 11, 2001.', [['Sept. 11, 2001', 'DATE', '2001-09-11']]],
    [
      'The league said on October 1 it would stage a final to be played on October 12, 2017.',
      [
        ['October 1', 'DATE', '2016-10-01'],
        ['October 12, 2017', 'DATE', '2017-10-12'],
      ],
    ],
    ['The ministry unveiled a forum to be staged on October 12.', [['October 12', 'DATE', '2017-10-12']]],
    ['The minister said on April 2nd that he would resign.', [['April 2nd', 'DATE', '2016-04-02']]],
    ['Records from 2016-11-14 show it.', [['2016-11-14', 'DATE', '2016-11-14']]],
    ['The log shows 2016-11-14T09:30:00Z.', [['2016-11-14T09:30:00Z', 'TIME', '2016-11-14T09:30:00']]],
    // years, decades, centuries, quarters, halves, seasons
    ['The company was founded in 2003.', [['2003', 'DATE', '2003']]],
    ['Relations soured in the 1990s.', [['the 1990s', 'DATE', '199']]],
    ["Relations soured in the '90s.", [["the '90s", 'DATE', '199']]],
    ['Tensions date to the 19th century.', [['the 19th century', 'DATE', '18']]],
    ['Profits rose in the third quarter.', [['the third quarter', 'DATE', '2016-Q3']]],
    ['Profits rose in the first quarter of 2008.', [['the first quarter of 2008', 'DATE', '2008-Q1']]],
    ['Sales peaked in Q2 2015.', [['Q2 2015', 'DATE', '2015-Q2']]],
    ['Talks stalled in the first half of 2015.', [['the first half of 2015', 'DATE', '2015-H1']]],
    ['The offensive began last summer.', [['last summer', 'DATE', '2016-SU']]],
    ['Elections will be held in the spring.', [['the spring', 'DATE', '2017-SP']]],
    ['Output grew in early 2009.', [['early 2009', 'DATE', '2009']]],
    ['The fiscal 2008 results were poor.', [['fiscal 2008', 'DATE', 'FY2008']]],
    // durations
    [
      'the historical US-Russia relationship that dates back over 200 years',
      [['over 200 years', 'DURATION', 'P200Y']],
    ],
    ['The talks lasted two weeks.', [['two weeks', 'DURATION', 'P2W']]],
    ['He was held for 24 hours.', [['24 hours', 'DURATION', 'PT24H']]],
    ['The siege lasted a few days.', [['a few days', 'DURATION', 'PXD']]],
    ['Markets are nervous about the next six months.', [['the next six months', 'DURATION', 'P6M']]],
    ['They unveiled a five-year plan.', [['five-year', 'DURATION', 'P5Y']]],
    ['The conflict has gone on for decades.', [['decades', 'DURATION', 'PXY']]],
    ['It is a decades-long dispute.', [['decades-long', 'DURATION', 'PXY']]],
    // sets
    ['They meet every Monday.', [['every Monday', 'SET', 'XXXX-WXX-1']]],
    ['Inspectors visit twice a year.', [['twice a year', 'SET', 'P1Y']]],
    ['Reports are published every two weeks.', [['every two weeks', 'SET', 'P2W']]],
    ['The annual summit opened.', [['annual', 'SET', 'P1Y']]],
    // vague references
    ['The two men will meet at a later date.', [['at a later date', 'DATE', 'FUTURE_REF']]],
    ['Relations have recently improved.', [['recently', 'DATE', 'PAST_REF']]],
    ['The border is now closed.', [['now', 'DATE', 'PRESENT_REF']]],
    ['Talks are currently stalled.', [['currently', 'DATE', 'PRESENT_REF']]],
    ['Peace may come in the near future.', [['in the near future', 'DATE', 'FUTURE_REF']]],
    // clock times
    ['The blast happened at 10:30 a.m.', [['10:30 a.m.', 'TIME', '2016-11-15T10:30']]],
    // "local time" is part of a clock time as a zone is, and says there is no conversion
    ['Polls close at 8 pm local time.', [['8 pm local time', 'TIME', '2016-11-15T20:00']]],
    // holidays
    ['He hopes to return home by Christmas.', [['Christmas', 'DATE', '2016-12-25']]],
  ])('%j', (text, expected) => {
    expect(tag(text)).toEqual(expected);
  });
});

describe('things that are not time expressions stay untagged', () => {
  it.each([
    'Turnout was 12.53% in the capital.',
    'May I ask a question?',
    'The meeting took place in Room 1988.',
    'The helpline offers a 24/7 service.',
    'The army sent 2000 troops to the border.',
    'The fund is worth $2015 million.',
    'Resolution 2231 was adopted.',
    'Protesters march on the capital.',
    'March organisers said the route was safe.',
    'April Jones spoke to reporters.',
    'Shares fall as oil prices fall.',
    'The Daily Telegraph reported the claim.',
    'USA Today reported the claim.',
    'The Arab Spring began in Tunisia.',
    'The score was 3:1 at half time.',
    'Flight 1549 landed on the Hudson.',
    'Both men are in their sixties.',
    'Turnout reached 1995 voters.',
  ])('%j', (text) => {
    expect(tag(text)).toEqual([]);
  });
});

describe('without a reference date, relative values stay unresolved', () => {
  it.each<[string, string]>([
    ['He spoke on Monday.', 'XXXX-WXX-1'],
    ['He spoke yesterday.', 'XXXX-XX-XX'],
    ['They met in January.', 'XXXX-01'],
    ['Prices rose last week.', 'XXXX-WXX'],
    ['Prices rose this year.', 'XXXX'],
  ])('%j → %s', (text, value) => {
    expect(tag(text, null).map((t) => t[2])).toEqual([value]);
  });
  it('explicit dates are still resolved', () => {
    expect(tag('It happened on March 6, 2008.', null).map((t) => t[2])).toEqual(['2008-03-06']);
  });
});

describe('tenseAround', () => {
  const at = (text: string, word: string) => {
    const i = text.indexOf(word);
    return tenseAround(text, i, i + word.length, 0, text.length);
  };
  it.each<[string, string, string]>([
    ['The ministry said on Monday.', 'Monday', 'past'],
    ['The ministers will meet on Monday.', 'Monday', 'future'],
    ['An event is to be held on Monday.', 'Monday', 'future'],
    ['The event was held on Monday.', 'Monday', 'past'],
    ['On Monday, the ministers will meet.', 'Monday', 'future'],
    ['On Monday nothing.', 'Monday', 'none'],
  ])('%j at %s is %s', (text, word, tense) => {
    expect(at(text, word)).toBe(tense);
  });
});

describe('calendar', () => {
  it.each<[string, string]>([
    ['2016-11-15', '2016-W46'],
    ['2016-01-01', '2015-W53'],
    ['2008-12-29', '2009-W01'],
  ])('isoWeek(%s) is %s', (day, week) => {
    const w = isoWeek(parseIsoDay(day)!);
    expect(`${w.year}-W${String(w.week).padStart(2, '0')}`).toBe(week);
  });
  it.each<[string, { start: string; end: string } | null]>([
    ['2016-11-14', { start: '2016-11-14', end: '2016-11-14' }],
    ['2017-01', { start: '2017-01-01', end: '2017-01-31' }],
    ['2016-02', { start: '2016-02-01', end: '2016-02-29' }],
    ['2016-W46', { start: '2016-11-14', end: '2016-11-20' }],
    ['2016-Q4', { start: '2016-10-01', end: '2016-12-31' }],
    ['2016-WI', { start: '2016-12-01', end: '2017-02-28' }],
    ['2016', { start: '2016-01-01', end: '2016-12-31' }],
    ['199', { start: '1990-01-01', end: '1999-12-31' }],
    ['P200Y', null],
    ['PRESENT_REF', null],
  ])('valueRange(%s)', (value, range) => {
    expect(valueRange(value)).toEqual(range);
  });
  it('parseIsoDay refuses days that do not exist', () => {
    expect(parseIsoDay('2016-02-30')).toBeNull();
    expect(parseIsoDay('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
  });
});
