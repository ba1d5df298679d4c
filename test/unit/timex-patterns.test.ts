/**
 * The patterns of time expressions that unseen news uses (issue 15), each with positive and negative
 * cases at fixed reference dates. All sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDay, tagTimexes, tenseFromParse } from '@/lib/nlp/dates';
import { splitSentences } from '@/lib/nlp/sentences';
import { parseText } from '@/lib/nlp/syntax';

// 2016-11-15 was a Tuesday
const REF = parseIsoDay('2016-11-15');

type Row = [text: string, expected: [string, string, string][]];

function tag(text: string, ref = REF, withParse = false) {
  const sentences = splitSentences(text);
  const syntax = withParse ? parseText(text, sentences) : [];
  const tenseAt = withParse
    ? (start: number, end: number) => {
        const p = syntax.find((x) => x.start <= start && start < x.end);
        return p ? tenseFromParse(p, start, end) : null;
      }
    : undefined;
  return tagTimexes(text, sentences, { ref, tenseAt }).map((t) => [t.text, t.type, t.value]);
}

const table = (rows: Row[]) =>
  it.each(rows)('%j', (text, expected) => {
    expect(tag(text)).toEqual(expected);
  });

describe('vague references (PRESENT_REF, PAST_REF, FUTURE_REF)', () => {
  table([
    ['The current cabinet met in the capital.', [['current', 'DATE', 'PRESENT_REF']]],
    ['Recent floods cut the railway.', [['Recent', 'DATE', 'PAST_REF']]],
    ['The ongoing strike has closed the port.', [['ongoing', 'DATE', 'PRESENT_REF']]],
    ['Tariffs will hurt farmers in the long term.', [['the long term', 'DATE', 'FUTURE_REF']]],
    ['The envoy will brief reporters later.', [['later', 'DATE', 'FUTURE_REF']]],
    // in a past clause "later" is some day after an event, not after the writing
    ['The mayor later resigned.', [['later', 'DATE', 'XXXX-XX-XX']]],
    ['As the ministry said earlier, the border stays shut.', [['earlier', 'DATE', 'PAST_REF']]],
    ['Nobody can predict the future.', [['the future', 'DATE', 'FUTURE_REF']]],
  ]);
  describe('and what is not one', () => {
    table([
      ['The current account deficit widened.', []],
      ['Swimmers were swept away by a strong current.', []],
      ['Their most recent album sold poorly.', []],
      ['An earlier draft of the bill was leaked.', []],
      ['Sales were higher than expected, and later than usual.', []],
      ['The future president gave a speech.', []],
    ]);
  });
});

describe('clock times with a zone: converted to UTC and marked Z', () => {
  table([
    ['The launch is set for 09:30 UTC.', [['09:30 UTC', 'TIME', '2016-11-15T09:30Z']]],
    ['The tremor hit at 10:15 GMT+3.', [['10:15 GMT+3', 'TIME', '2016-11-15T07:15Z']]],
    ['The vote closed at 8 p.m. EST.', [['8 p.m. EST', 'TIME', '2016-11-16T01:00Z']]],
    // "ET" follows US daylight saving: −4 in June, −5 in November
    [
      'Trading resumed at 9:30 a.m. ET on June 1, 2016.',
      [
        ['9:30 a.m. ET', 'TIME', '2016-06-01T13:30Z'],
        ['June 1, 2016', 'DATE', '2016-06-01'],
      ],
    ],
    ['Markets open at 9:30 a.m. ET.', [['9:30 a.m. ET', 'TIME', '2016-11-15T14:30Z']]],
    ['Fighting stopped at 14:00 local time.', [['14:00 local time', 'TIME', '2016-11-15T14:00']]],
    [
      'On 3 May 2015 at 23:30 CET the ship sank.',
      [
        ['3 May 2015', 'DATE', '2015-05-03'],
        ['23:30 CET', 'TIME', '2015-05-03T22:30Z'],
      ],
    ],
  ]);
  describe('and what is not one', () => {
    table([
      ['The home side won 3:1.', []],
      ['The figure rose to 10:15 et al.', [['10:15', 'TIME', '2016-11-15T10:15']]],
    ]);
  });
});

describe('the day the text is about', () => {
  table([
    ['Earlier in the day, the envoy met the king.', [['Earlier in the day', 'DATE', '2016-11-15']]],
    ['Shares slid late in the day.', [['late in the day', 'DATE', '2016-11-15']]],
    [
      'The rebels entered the city on 4 June 2014. Later in the day, the army withdrew.',
      [
        ['4 June 2014', 'DATE', '2014-06-04'],
        ['Later in the day', 'DATE', '2014-06-04'],
      ],
    ],
    ['Protests went on throughout the day.', [['throughout the day', 'DATE', '2016-11-15']]],
    ['The currency lost 2% on the day.', [['the day', 'DATE', '2016-11-15']]],
  ]);
  describe('and what is not one', () => {
    table([
      ['He saved the day with a late goal.', []],
      ['On the day of the funeral, shops closed.', []],
    ]);
  });
});

describe('durations and points', () => {
  table([
    ['A year ago, the mine was still open.', [['A year ago', 'DATE', '2015']]],
    ['The decision took minutes.', [['minutes', 'DURATION', 'PTXM']]],
    ['The hearing lasted hours.', [['hours', 'DURATION', 'PTXH']]],
    ['Decades of drought have emptied the valley.', [['Decades', 'DURATION', 'PXY']]],
    ['Unemployment fell for five straight months.', [['five straight months', 'DURATION', 'P5M']]],
    ['The index rose for three consecutive weeks.', [['three consecutive weeks', 'DURATION', 'P3W']]],
    ['She spent two full years in prison.', [['two full years', 'DURATION', 'P2Y']]],
    ['The plan covers the next six months.', [['the next six months', 'DURATION', 'P6M']]],
  ]);
  describe('and what is not one', () => {
    table([
      ['The president won a second term.', []],
      ['He tried a second time.', []],
      ['The 10-year bond yield fell.', []],
      ['A 24-hour news channel broke the story.', []],
      ['The years of the dynasty are well recorded.', []],
    ]);
  });
});

describe('expressions tied to the time the text last named', () => {
  table([
    [
      'The treaty was signed on 3 March 2015. The next day, protests began.',
      [
        ['3 March 2015', 'DATE', '2015-03-03'],
        ['The next day', 'DATE', '2015-03-04'],
      ],
    ],
    [
      'The company was founded in 2009. The year before, its owner had sold a bank.',
      [
        ['2009', 'DATE', '2009'],
        ['The year before', 'DATE', '2008'],
      ],
    ],
    [
      'The dam burst in May 2010. Three years later, the valley was farmed again.',
      [
        ['May 2010', 'DATE', '2010-05'],
        ['Three years later', 'DATE', '2013'],
      ],
    ],
    [
      'Exports fell in April 2013. The same month a year earlier, they had grown.',
      [
        ['April 2013', 'DATE', '2013-04'],
        ['The same month a year earlier', 'DATE', '2012-04'],
      ],
    ],
    [
      'The port reopened in August 2011. That month, ships returned.',
      [
        ['August 2011', 'DATE', '2011-08'],
        ['That month', 'DATE', '2011-08'],
      ],
    ],
    [
      'The coup came in 1973. At that time, the army ran the mines.',
      [
        ['1973', 'DATE', '1973'],
        ['that time', 'DATE', '1973'],
      ],
    ],
    ['Revenue rose from the same quarter last year.', [['the same quarter last year', 'DATE', '2015-Q4']]],
    [
      'Inflation slowed in the second half of last year.',
      [['the second half of last year', 'DATE', '2015-H2']],
    ],
    // nothing named before: the reference date
    ['The army withdrew the following day.', [['the following day', 'DATE', '2016-11-16']]],
    ['The border was open at that time.', [['that time', 'DATE', 'PAST_REF']]],
  ]);
  describe('and what is not one', () => {
    table([['Officials said that year-end figures were late.', []]]);
  });
});

describe('ranges', () => {
  table([
    [
      'He coached the club from 2012 to 2014.',
      [
        ['2012', 'DATE', '2012'],
        ['2014', 'DATE', '2014'],
      ],
    ],
    [
      'The 1981-82 season ended early.',
      [
        ['1981', 'DATE', '1981'],
        ['82', 'DATE', '1982'],
      ],
    ],
    [
      'Output doubled between 1995 and 1998.',
      [
        ['1995', 'DATE', '1995'],
        ['1998', 'DATE', '1998'],
      ],
    ],
  ]);
  describe('and what is not one', () => {
    table([
      ['The hall seats 2016-2500 people.', []],
      ['The code 2016-11 is wrong.', []],
    ]);
  });
});

describe('numeric and abbreviated dates', () => {
  table([
    ['The memo is dated 4/7/05.', [['4/7/05', 'DATE', '2005-04-07']]],
    ['The decree of 23/6/2014 was annulled.', [['23/6/2014', 'DATE', '2014-06-23']]],
    ['The court sat on 12.10.2015 in Bern.', [['12.10.2015', 'DATE', '2015-10-12']]],
    ['She graduated in \u201987.', [['\u201987', 'DATE', '1987']]],
    ["The hit songs of the '70s are back.", [["the '70s", 'DATE', '197']]],
  ]);
  describe('and what is not one', () => {
    table([
      ['Turnout was 3/4 of voters.', []],
      ['Version 2.1.2016 of the app shipped.', []],
      ["She said '87 times' was wrong.", []],
    ]);
  });
});

describe('tense, weekdays and named days', () => {
  table([
    ['Analysts expect a rebound in late March.', [['late March', 'DATE', '2017-03']]],
    ['The firm expects profits to recover in the third quarter.', [['the third quarter', 'DATE', '2017-Q3']]],
    // a weekday equal to the article's day is that day, whatever the tense
    ['The envoy will arrive on Tuesday.', [['Tuesday', 'DATE', '2016-11-15']]],
    ['The envoy arrived on Tuesday.', [['Tuesday', 'DATE', '2016-11-15']]],
    ['Churches were full on Good Friday.', [['Good Friday', 'DATE', '2016-03-25']]],
    ['Shoppers queued on Black Friday.', [['Black Friday', 'DATE', '2015-11-27']]],
  ]);
  describe('and what is not one', () => {
    table([
      ['Voters in twelve states go to the polls on Super Tuesday.', []],
      ['The film recalls Bloody Sunday.', []],
    ]);
  });
  it('reads the tense on the parse where it has one: a present progressive with a day is a plan', () => {
    // the words alone find no tense here; the parse finds "are meeting"
    expect(tag('The two ministers are meeting on Friday.', REF, true)).toEqual([
      ['Friday', 'DATE', '2016-11-18'],
    ]);
    expect(tag('The two ministers are meeting on Friday.', REF, false)).toEqual([
      ['Friday', 'DATE', '2016-11-11'],
    ]);
  });
  it('a perfect on the parse looks back', () => {
    expect(tag('The two sides have talked since Monday.', REF, true)).toEqual([
      ['Monday', 'DATE', '2016-11-14'],
    ]);
  });
});
