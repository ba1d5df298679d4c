/**
 * The timeline's pure model: lanes from events, dates on the x axis, point versus bar, the words of
 * the tooltip and the live region, the brush window in days, keyboard moves, and the SVG export.
 */
import { describe, expect, it } from 'vitest';
import { timelineSvg } from '@/components/timeline/export';
import {
  actorsWording,
  announcement,
  buildLanes,
  DAY,
  dateWording,
  datePrecision,
  dayMs,
  dayString,
  eventSpan,
  flagsWording,
  formatUtc,
  inWindow,
  isBar,
  laneKeysOf,
  laneGeometry,
  layoutMarks,
  MarkFinder,
  markTime,
  navigate,
  paddedDomain,
  plotLayout,
  rangeToWindow,
  reportedWording,
  shortLabel,
  signedScore,
  stanceWording,
  timeTicks,
  triggerParts,
  windowRange,
} from '@/components/timeline/model';
import type { ActorLabel, TimelineEvent } from '@/lib/dashboard/types';

const actors: Record<string, ActorLabel> = Object.fromEntries(
  [
    ['putin', 'Vladimir Putin', 'person'],
    ['trump', 'Donald Trump', 'person'],
    ['russia', 'Russia', 'country'],
    ['usa', 'United States', 'country'],
    ['guardian', 'The Guardian', 'media'],
  ].map(([id, name, kind]) => [id!, { id: id!, name: name!, kind: kind!, country: null }]),
);

let seq = 0;
function ev(over: Partial<TimelineEvent> = {}): TimelineEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    documentId: 'd1',
    start: '2016-11-14',
    end: '2016-11-14',
    value: '2016-11-14',
    basis: 'relative',
    dateText: 'Monday',
    reference: '2016-11-15',
    stance: 'cooperative',
    stanceScore: 3.4,
    stanceCues: ['directly'],
    quad: 'verbal_cooperation',
    type: 'praise',
    cameo: '051',
    source: ['putin'],
    target: ['trump'],
    symmetric: false,
    reportedBy: null,
    negated: false,
    alleged: false,
    modality: 'asserted',
    sentence: 'Putin praised Trump on Monday.',
    trigger: { start: 6, end: 13 },
    span: [0, 30],
    documentTitle: 'Putin and Trump talk',
    ...over,
  };
}

describe('dates', () => {
  it('reads YYYY-MM-DD as UTC midnight and writes it back', () => {
    expect(dayMs('2016-11-14')).toBe(Date.UTC(2016, 10, 14));
    expect(dayString(Date.UTC(2016, 10, 14, 23, 59))).toBe('2016-11-14');
    expect(dayMs('2016-11')).toBeNaN();
    expect(dayMs(null)).toBeNaN();
    // Years below 100 are not shifted to the 1900s.
    expect(dayString(dayMs('0044-03-15'))).toBe('0044-03-15');
  });

  it('gives a day one day of span, and a month its days', () => {
    expect(eventSpan(ev())).toEqual([Date.UTC(2016, 10, 14), Date.UTC(2016, 10, 15)]);
    expect(eventSpan(ev({ start: '2017-01-01', end: '2017-01-31' }))).toEqual([
      Date.UTC(2017, 0, 1),
      Date.UTC(2017, 1, 1),
    ]);
    expect(eventSpan(ev({ start: null, end: null }))).toBeNull();
    // A malformed day is treated as undated rather than guessed.
    expect(eventSpan(ev({ start: 'soon', end: 'soon' }))).toBeNull();
  });

  it('draws a day as a point at noon and a month or year as a bar with its shape in the middle', () => {
    expect(isBar(ev())).toBe(false);
    expect(isBar(ev({ start: '2017-01-01', end: '2017-01-31' }))).toBe(true);
    expect(isBar(ev({ start: '2016-01-01', end: '2016-12-31' }))).toBe(true);
    expect(isBar(ev({ start: null, end: null }))).toBe(false);
    expect(markTime(eventSpan(ev())!)).toBe(Date.UTC(2016, 10, 14, 12));
    const month = eventSpan(ev({ start: '2017-02-01', end: '2017-02-28' }))!;
    expect(markTime(month)).toBe(Date.UTC(2017, 1, 15));
  });

  it('names the precision of a date', () => {
    expect(datePrecision(ev())).toBe('day');
    expect(datePrecision(ev({ start: '2017-01-01', end: '2017-01-31' }))).toBe('month');
    expect(datePrecision(ev({ start: '2016-01-01', end: '2016-12-31' }))).toBe('year');
    expect(datePrecision(ev({ start: '2016-11-14', end: '2016-11-20' }))).toBe('range');
    expect(datePrecision(ev({ start: null, end: null }))).toBe('none');
  });

  it('formats UTC fields whatever the local zone', () => {
    expect(formatUtc(Date.UTC(2016, 10, 14), 'd MMM yyyy')).toBe('14 Nov 2016');
    expect(formatUtc(Date.UTC(2017, 0, 1), 'MMM yyyy')).toBe('Jan 2017');
  });

  it('picks tick units and formats by the visible span', () => {
    const years = timeTicks([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)], 900);
    // Two years are still labelled by month.
    expect(timeTicks([Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1)], 800).unit).toBe('month');
    expect(years.format).toBe('yyyy');
    expect(years.ticks.length).toBeGreaterThan(1);
    // At most one tick per 40 px (labels that would still touch are dropped by axisLabels).
    expect(years.ticks.length).toBeLessThanOrEqual(900 / 40);
    const months = timeTicks([Date.UTC(2016, 0, 1), Date.UTC(2016, 11, 1)], 900);
    expect(months.longFormat).toBe('MMM yyyy');
    expect(months.ticks.every((t) => new Date(t).getUTCDate() === 1)).toBe(true);
    const days = timeTicks([Date.UTC(2016, 10, 1), Date.UTC(2016, 10, 20)], 900);
    expect(days.format).toBe('d MMM');
    expect(days.longFormat).toBe('d MMM yyyy');
    expect(days.ticks.every((t) => t % DAY === 0)).toBe(true);
    // Narrow plots get fewer labels.
    expect(timeTicks([Date.UTC(2016, 0, 1), Date.UTC(2016, 11, 1)], 200).ticks.length).toBeLessThan(
      months.ticks.length,
    );
  });

  it('pads the domain', () => {
    const [a, b] = paddedDomain([dayMs('2016-11-14'), dayMs('2016-11-15')]);
    expect(a).toBe(dayMs('2016-11-13'));
    expect(b).toBe(dayMs('2016-11-16'));
    const none = paddedDomain(null);
    expect(none[1]).toBeGreaterThan(none[0]);
  });
});

describe('the brushed window', () => {
  it('covers whole days', () => {
    expect(windowRange({ from: null, to: null })).toBeNull();
    expect(windowRange({ from: '2016-11-14', to: '2016-11-15' })).toEqual([
      dayMs('2016-11-14'),
      dayMs('2016-11-16'),
    ]);
    expect(windowRange({ from: '2016-11-14', to: null })).toEqual([dayMs('2016-11-14'), Infinity]);
  });

  it('turns a brushed interval into days, the end exclusive', () => {
    expect(rangeToWindow(Date.UTC(2016, 10, 14, 5), Date.UTC(2016, 10, 16))).toEqual({
      from: '2016-11-14',
      to: '2016-11-15',
    });
    expect(rangeToWindow(Date.UTC(2016, 10, 14, 5), Date.UTC(2016, 10, 14, 6))).toEqual({
      from: '2016-11-14',
      to: '2016-11-14',
    });
  });

  it('keeps marks whose dates meet the window, and never undated ones', () => {
    const range = windowRange({ from: '2016-11-14', to: '2016-11-14' });
    const day = (s: string) => ({ t0: dayMs(s), t1: dayMs(s) + DAY });
    expect(inWindow(day('2016-11-14'), range)).toBe(true);
    expect(inWindow(day('2016-11-15'), range)).toBe(false);
    expect(inWindow({ t0: dayMs('2016-11-01'), t1: dayMs('2016-12-01') }, range)).toBe(true);
    expect(inWindow({ t0: NaN, t1: NaN }, range)).toBe(false);
    expect(inWindow({ t0: NaN, t1: NaN }, null)).toBe(true);
  });
});

describe('lanes', () => {
  it('puts an event in the lane of each of its actors', () => {
    expect(laneKeysOf(ev(), 'actor')).toEqual(['putin', 'trump']);
    expect(laneKeysOf(ev({ source: ['putin'], target: ['putin'] }), 'actor')).toEqual(['putin']);
  });

  it('puts an event in one lane per unordered pair, or per actor when it has no pair', () => {
    expect(laneKeysOf(ev({ source: ['trump'], target: ['putin'] }), 'pair')).toEqual(['putin|trump']);
    expect(laneKeysOf(ev({ source: ['putin', 'russia'], target: ['trump'] }), 'pair')).toEqual([
      'putin|trump',
      'russia|trump',
    ]);
    expect(laneKeysOf(ev({ target: [] }), 'pair')).toEqual(['putin']);
    expect(laneKeysOf(ev({ source: ['usa'], target: ['usa'] }), 'pair')).toEqual(['usa']);
  });

  it('orders lanes by events, most first, and adds an undated row', () => {
    const events = [
      ev({ source: ['russia'], target: ['usa'] }),
      ev({ source: ['usa'], target: ['russia'] }),
      ev({ source: ['usa'], target: [] }),
      ev({ start: null, end: null, value: null, basis: null }),
    ];
    const m = buildLanes(events, actors, 'actor');
    expect(m.lanes.map((l) => [l.label, l.count])).toEqual([
      ['United States', 3],
      ['Russia', 2],
      ['undated', 1],
    ]);
    expect(m.datedLanes).toBe(2);
    expect(m.undatedCount).toBe(1);
    // Five marks for the three dated events' actors, one for the undated event.
    expect(m.marks).toHaveLength(6);
    const undated = m.marks.filter((k) => k.undated >= 0);
    expect(undated).toHaveLength(1);
    expect(undated[0]!.lane).toBe(2);
    expect(undated[0]!.t0).toBeNaN();
  });

  it('labels pair lanes "A – B"', () => {
    const m = buildLanes([ev({ source: ['trump'], target: ['putin'] }), ev({ target: [] })], actors, 'pair');
    expect(m.lanes.map((l) => l.label)).toEqual(['Donald Trump – Vladimir Putin', 'Vladimir Putin']);
  });

  it('cuts long labels, each side of a pair on its own', () => {
    expect(shortLabel('Russia', 30)).toBe('Russia');
    expect(shortLabel('The Ministry of Foreign Affairs of Russia', 20)).toBe('The Ministry of For…');
    const pair = shortLabel('Actor number 3 – Actor number 17', 24);
    expect(pair).toHaveLength(24);
    expect(pair).toBe('Actor num… – Actor numb…');
    expect(shortLabel('USA – The Ministry of Foreign Affairs', 24)).toBe('USA – The Ministry of F…');
  });

  it('orders lanes with numbers by value', () => {
    const m = buildLanes(
      [ev({ source: ['a10'], target: [] }), ev({ source: ['a2'], target: [] })],
      {
        a10: { id: 'a10', name: 'Actor 10', kind: 'person', country: null },
        a2: { id: 'a2', name: 'Actor 2', kind: 'person', country: null },
      },
      'actor',
    );
    expect(m.lanes.map((l) => l.label)).toEqual(['Actor 2', 'Actor 10']);
  });

  it('folds lanes past the limit into "other", each event once', () => {
    const many: Record<string, ActorLabel> = {};
    const events: TimelineEvent[] = [];
    for (let i = 0; i < 50; i++) {
      const id = `a${String(i).padStart(2, '0')}`;
      many[id] = { id, name: `Actor ${id}`, kind: 'person', country: null };
      // Actor i has 50 - i events, so the order is known.
      for (let k = 0; k < 50 - i; k++) events.push(ev({ source: [id], target: [] }));
    }
    events.push(ev({ source: ['a45', 'a46'], target: [] }));
    const m = buildLanes(events, many, 'actor', 40);
    expect(m.lanes).toHaveLength(40);
    expect(m.lanes[0]!.key).toBe('a00');
    // The folded lane says how many lanes it holds.
    expect(m.lanes[39]!.label).toBe('+ 11 more actors');
    expect(m.lanes[39]!.folded).toBe(11);
    const other = 39;
    const last = events.length - 1;
    expect(m.marksByEvent[last]!.map((i) => m.marks[i]!.lane)).toEqual([other]);
    expect(m.lanes[other]!.count).toBe(m.marks.filter((k) => k.lane === other).length);
  });

  it('sorts events by date, undated last, and stacks marks of the same day in a lane', () => {
    const events = [
      ev({ start: '2016-11-15', end: '2016-11-15' }),
      ev({ start: null, end: null }),
      ev({ start: '2016-11-14', end: '2016-11-14' }),
      ev({ start: '2016-11-14', end: '2016-11-14' }),
    ];
    const m = buildLanes(events, actors, 'pair');
    expect(m.order).toEqual([2, 3, 0, 1]);
    const lane0 = m.marksByLane[0]!.map((i) => m.marks[i]!);
    expect(lane0.map((k) => [k.event, k.stackIndex, k.stackSize])).toEqual([
      [2, 0, 2],
      [3, 1, 2],
      [0, 0, 1],
    ]);
  });
});

describe('layout', () => {
  it('sizes the label column to the longest label, within bounds', () => {
    expect(plotLayout(1024, 5).left).toBe(90);
    expect(plotLayout(1024, 60).left).toBe(300);
    expect(plotLayout(1024, 32).left).toBe(Math.ceil(32 * 6.6 + 14));
    // Narrow containers keep most of their width for the plot.
    expect(plotLayout(500, 60).left).toBe(150);
    expect(plotLayout(360, 60).right - plotLayout(360, 60).left).toBeGreaterThan(220);
  });

  it('places dated marks by the scale, a bar over its month, and leaves undated ones off the axis', () => {
    const events = [
      ev({ start: '2016-11-14', end: '2016-11-14' }),
      ev({ start: '2017-01-01', end: '2017-01-31' }),
      ev({ start: null, end: null }),
    ];
    const m = buildLanes(events, actors, 'pair');
    const layout = plotLayout(1000);
    const x = (t: number) => layout.left + (t - dayMs('2016-11-01')) / DAY;
    const geom = laneGeometry(m, x);
    const pos = layoutMarks(m, geom, x, layout);
    const [a, b, c] = [0, 1, 2].map((e) => m.marksByEvent[e]![0]!);
    expect(pos.x[a!]).toBeCloseTo(layout.left + 13.5);
    // The bar runs over January, its shape in the middle.
    expect(pos.xa[b!]).toBeCloseTo(layout.left + 61);
    expect(pos.xb[b!]).toBeCloseTo(layout.left + 92);
    expect(pos.x[b!]).toBeCloseTo(layout.left + 76.5);
    // The undated mark is not on the time axis: not drawn, not hovered there (it is listed apart).
    expect(pos.drawn[c!]).toBe(0);
    expect(pos.hittable[c!]).toBe(0);
    expect(pos.y[c!]).toBeNaN();
    expect(pos.drawnCount).toBe(2);
  });

  it('does not draw or hit marks zoomed out of view', () => {
    const m = buildLanes([ev({ start: '2016-11-14', end: '2016-11-14' })], actors, 'pair');
    const layout = plotLayout(1000);
    const geom = laneGeometry(m, () => 500);
    const pos = layoutMarks(m, geom, () => -500, layout);
    expect(pos.drawnCount).toBe(0);
    expect(pos.hittable[0]).toBe(0);
  });
});

describe('hit testing', () => {
  it('finds the nearest hittable mark within the radius', () => {
    const finder = new MarkFinder({
      x: Float64Array.from([10, 50, 52]),
      y: Float64Array.from([10, 10, 10]),
      hittable: Uint8Array.from([1, 1, 0]),
    });
    expect(finder.find(12, 12, 8)).toBe(0);
    expect(finder.find(53, 10, 8)).toBe(1);
    expect(finder.find(30, 10, 8)).toBeNull();
  });
});

describe('keyboard', () => {
  const events = [
    ev({ id: 'a', start: '2016-11-14', end: '2016-11-14', source: ['putin'], target: ['trump'] }),
    ev({ id: 'b', start: '2016-11-16', end: '2016-11-16', source: ['russia'], target: ['usa'] }),
    ev({ id: 'c', start: '2016-11-15', end: '2016-11-15', source: ['putin'], target: ['trump'] }),
    ev({ id: 'u', start: null, end: null }),
  ];
  const m = buildLanes(events, actors, 'pair');
  const xs = m.marks.map((k) => (k.undated >= 0 ? 500 : (k.t0 - dayMs('2016-11-14')) / 1e6));
  const idOf = (mark: number | null) => (mark === null ? null : events[m.marks[mark]!.event]!.id);

  it('moves in date order with Left/Right and to the ends with Home/End', () => {
    const first = navigate(m, xs, null, 'ArrowRight');
    expect(idOf(first)).toBe('a');
    const second = navigate(m, xs, first, 'ArrowRight');
    expect(idOf(second)).toBe('c');
    expect(idOf(navigate(m, xs, second, 'ArrowLeft'))).toBe('a');
    expect(idOf(navigate(m, xs, first, 'ArrowLeft'))).toBe('a');
    expect(idOf(navigate(m, xs, first, 'End'))).toBe('u');
    expect(idOf(navigate(m, xs, null, 'End'))).toBe('u');
  });

  it('moves to the nearest mark of the neighbouring lane with Up/Down', () => {
    const c = m.marksByEvent[2]![0]!;
    const down = navigate(m, xs, c, 'ArrowDown');
    expect(m.marks[down!]!.lane).toBe(m.marks[c]!.lane + 1);
    expect(idOf(down)).toBe('b');
    expect(idOf(navigate(m, xs, down, 'ArrowUp'))).toBe('c');
    expect(idOf(navigate(m, xs, down, 'ArrowDown'))).toBe('u');
    // Nowhere further: focus stays.
    const u = m.marksByEvent[3]![0]!;
    expect(navigate(m, xs, u, 'ArrowDown')).toBe(u);
  });

  it('has nothing to focus without events', () => {
    expect(navigate(buildLanes([], actors, 'actor'), [], null, 'ArrowRight')).toBeNull();
  });
});

describe('words', () => {
  it('cuts the sentence around the trigger', () => {
    expect(triggerParts(ev())).toEqual(['Putin ', 'praised', ' Trump on Monday.']);
    expect(triggerParts(ev({ sentence: 'short', trigger: { start: 3, end: 99 } }))).toEqual([
      'sho',
      'rt',
      '',
    ]);
  });

  it('names the actors, with ↔ for symmetric events', () => {
    expect(actorsWording(ev(), actors)).toBe('Vladimir Putin → Donald Trump');
    expect(actorsWording(ev({ symmetric: true }), actors)).toBe('Vladimir Putin ↔ Donald Trump');
    expect(actorsWording(ev({ target: [], source: ['nobody'] }), actors)).toBe('nobody');
    expect(reportedWording(ev({ reportedBy: 'guardian' }), actors)).toBe('reported by The Guardian');
    expect(reportedWording(ev(), actors)).toBeNull();
  });

  it('gives the stance with its score and cues, and the flags', () => {
    expect(stanceWording(ev())).toBe('cooperative +3.4 · cues: directly');
    expect(stanceWording(ev({ stance: 'hostile', stanceScore: -5, stanceCues: [] }))).toBe('hostile −5.0');
    expect(signedScore(0)).toBe('0.0');
    expect(flagsWording(ev({ negated: true, alleged: true }))).toBe('negated · alleged');
    expect(flagsWording(ev())).toBeNull();
    expect(flagsWording(ev({ modality: 'hypothetical' }))).toBe('hypothetical');
    expect(flagsWording(ev({ negated: true, modality: 'conditional' }))).toBe('negated · conditional');
    // an alleged act says so once
    expect(flagsWording(ev({ alleged: true, modality: 'alleged' }))).toBe('alleged');
  });

  it('says how the date was resolved', () => {
    expect(dateWording(ev())).toBe('2016-11-14 — from “Monday”, relative to 2016-11-15');
    expect(dateWording(ev({ basis: 'explicit', dateText: '14 November 2016', reference: null }))).toBe(
      '2016-11-14 — from “14 November 2016”',
    );
    expect(
      dateWording(
        ev({
          start: '2016-11-15',
          end: '2016-11-15',
          value: '2016-11-15',
          basis: 'document',
          dateText: '',
        }),
      ),
    ).toBe('2016-11-15 — the publication date');
    expect(dateWording(ev({ start: null, end: null, value: null, basis: null }))).toBe('undated');
    expect(
      dateWording(ev({ start: '2017-01-01', end: '2017-01-31', value: '2017-01', dateText: 'January' })),
    ).toBe('2017-01 — from “January”, relative to 2016-11-15');
  });

  it('announces the focused event', () => {
    expect(announcement(ev(), actors)).toBe(
      'Vladimir Putin → Donald Trump, praise, cooperative, 14 Nov 2016',
    );
    expect(announcement(ev({ start: '2017-01-01', end: '2017-01-31', alleged: true }), actors)).toBe(
      'Vladimir Putin → Donald Trump, praise (alleged), cooperative, Jan 2017',
    );
  });
});

describe('timelineSvg', () => {
  it('draws lanes, axis and marks as a standalone, escaped SVG', () => {
    const events = [
      ev({ source: ['putin'], target: ['x<y'] }),
      ev({ start: '2017-01-01', end: '2017-01-31', quad: 'material_conflict', stance: 'hostile' }),
      ev({ basis: 'document', start: '2016-11-15', end: '2016-11-15' }),
      ev({ start: null, end: null }),
    ];
    const { svg } = timelineSvg(
      events,
      actors,
      'actor',
      { from: '2016-11-14', to: '2016-11-15' },
      { title: 'All events', lines: [] },
      1024,
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('x&#60;y');
    expect(svg).not.toContain('x<y');
    expect(svg).toContain('>Vladimir Putin</text>');
    expect(svg).toContain('Undated (1), not on the time axis');
    expect(svg).toContain('#D55E00');
    // The hollow (publication-date) mark is stroked, and the January bar is out of the window: faded.
    expect(svg).toMatch(/fill="none" stroke="#0072B2" stroke-width="1.4"/);
    expect(svg).toMatch(/stroke="#D55E00" stroke-width="2" stroke-opacity="0.08"/);
    expect(svg).toMatch(/>Dec 2016<\/text>|>Jan 2017<\/text>|>Jan<\/text>/);
  });
});
