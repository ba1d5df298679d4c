/**
 * The timeline's layout as specifications: every mark gets a place and none hides another, the
 * default domain is the bulk of the dates, the axis says its year and stays inside the plot, lanes
 * fold to a height, the tooltip stays in the viewport, and the exported picture says what it shows.
 */
import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { timelineSvg } from '@/components/timeline/export';
import { traceShape } from '@/components/timeline/shapes';
import { quadShape } from '@/lib/dashboard/palette';
import {
  axisLabels,
  AXIS_CHAR_W,
  buildLanes,
  DAY,
  dayMs,
  eventSpan,
  extendedDomain,
  laneGeometry,
  layoutMarks,
  MARK_STEP,
  MarkFinder,
  MAX_ROWS,
  MIN_LANE_H,
  outlierWording,
  placeTooltip,
  planLanes,
  rowsNeeded,
  plotLayout,
  robustDomain,
  timeTicks,
  type LaneModel,
  type MarkPositions,
} from '@/components/timeline/model';
import type { ActorLabel, Quad, Stance, TimelineEvent } from '@/lib/dashboard/types';

/** A small seeded PRNG (mulberry32), so every run draws the same "random" corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const actors: Record<string, ActorLabel> = Object.fromEntries(
  ['putin', 'trump', 'russia', 'usa', 'kremlin', 'obama', 'dnc', 'officials', 'china', 'japan'].map((id) => [
    id,
    { id, name: id[0]!.toUpperCase() + id.slice(1), kind: 'person', country: null },
  ]),
);
const ids = Object.keys(actors);

let seq = 0;
function ev(over: Partial<TimelineEvent> = {}): TimelineEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    documentId: 'd1',
    start: '2016-11-14',
    end: '2016-11-14',
    value: '2016-11-14',
    basis: 'explicit',
    dateText: '14 November',
    reference: '2016-11-15',
    stance: 'cooperative',
    stanceScore: 2,
    stanceCues: [],
    quad: 'verbal_cooperation',
    type: 'praise',
    cameo: null,
    source: ['putin'],
    target: ['trump'],
    symmetric: false,
    reportedBy: null,
    negated: false,
    alleged: false,
    modality: 'asserted',
    sentence: 'Putin praised Trump.',
    trigger: { start: 6, end: 13 },
    span: [0, 20],
    documentTitle: 'A title',
    ...over,
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `n` events between two days, actors and looks drawn from a seeded PRNG. */
function corpus(n: number, from: string, to: string, seed = 1): TimelineEvent[] {
  const rnd = prng(seed);
  const a = dayMs(from);
  const b = dayMs(to);
  const quads: Quad[] = [
    'verbal_cooperation',
    'material_cooperation',
    'verbal_conflict',
    'material_conflict',
  ];
  const stances: Stance[] = ['cooperative', 'neutral', 'hostile'];
  return Array.from({ length: n }, () => {
    const d = day(a + Math.floor(rnd() * ((b - a) / DAY)) * DAY);
    // A skewed choice of actors, as in the news: a few actors in most events.
    const pick = () => ids[Math.floor(ids.length * rnd() ** 2)]!;
    let t = pick();
    const s = pick();
    if (t === s) t = ids[(ids.indexOf(s) + 1) % ids.length]!;
    return ev({
      start: d,
      end: d,
      value: d,
      source: [s],
      target: [t],
      quad: quads[Math.floor(rnd() * quads.length)]!,
      stance: stances[Math.floor(rnd() * stances.length)]!,
    });
  });
}

/**
 * The seed's picture: fifteen events of 14 November 2016, most between Putin and Trump, a few
 * of Russia, officials, the DNC; and two undated ones.
 */
function seedLike(): TimelineEvent[] {
  const pairs: [string, string][] = [
    ...Array.from({ length: 10 }, (): [string, string] => ['putin', 'trump']),
    ['trump', 'russia'],
    ['russia', 'dnc'],
    ['officials', 'russia'],
    ['usa', 'russia'],
    ['putin', 'usa'],
  ];
  return [
    ...pairs.map(([s, t]) => ev({ source: [s], target: [t] })),
    ev({ start: null, end: null, value: null, source: ['kremlin'], target: ['obama'] }),
    ev({ start: null, end: null, value: null, source: ['putin'], target: [] }),
  ];
}

/** The whole chain the component runs, at a width and a zoom (k, centred on `at`). */
function picture(events: TimelineEvent[], width: number, zoom?: { k: number; at: number }) {
  const rd = robustDomain(events.map((e) => eventSpan(e)))!;
  const layout = plotLayout(width, 16);
  const x0 = scaleUtc().domain(rd.domain).range([layout.left, layout.right]);
  const plan = planLanes(events, actors, 'actor', (t) => x0(t), {
    budget: 480,
    bounds: [layout.left, layout.right],
  });
  let xs = x0;
  if (zoom) {
    const mid = (layout.left + layout.right) / 2;
    const tx = mid - zoom.k * x0(zoom.at);
    xs = x0.copy().range([tx + zoom.k * layout.left, tx + zoom.k * layout.right]);
  }
  const pos = layoutMarks(plan.model, plan.geometry, (t) => xs(t), layout, [
    xs(rd.domain[0]),
    xs(rd.domain[1]),
  ]);
  return { rd, layout, plan, pos };
}

/** Pairs of marks of one lane, both drawn as shapes (not in a badge), closer than MARK_STEP both ways. */
function overlaps(model: LaneModel, pos: MarkPositions): [number, number][] {
  const out: [number, number][] = [];
  for (let lane = 0; lane < model.datedLanes; lane++) {
    const ms = (model.marksByLane[lane] ?? []).filter((m) => pos.badge[m] === -1);
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const a = ms[i]!;
        const b = ms[j]!;
        const dx = Math.abs(pos.x[a]! - pos.x[b]!);
        const dy = Math.abs(pos.y[a]! - pos.y[b]!);
        if (dx < MARK_STEP - 1e-6 && dy < MARK_STEP - 1e-6) out.push([a, b]);
      }
    }
  }
  return out;
}

describe('same-day events each get a mark of their own', () => {
  it.each([360, 390, 1024, 1440])(
    'the seed’s 14 November at %i px: every mark placed, none on another',
    (width) => {
      const events = seedLike();
      const { plan, pos } = picture(events, width);
      const { model } = plan;
      const dated = model.marks.filter((m) => m.undated < 0).map((_, i) => i);
      expect(dated.length).toBeGreaterThan(15);
      for (const i of dated) {
        expect(Number.isFinite(pos.x[i]!) && Number.isFinite(pos.y[i]!)).toBe(true);
        // Reachable: in view, hoverable, not folded into a count.
        expect(pos.hittable[i]).toBe(1);
        expect(pos.badge[i]).toBe(-1);
      }
      expect(overlaps(model, pos)).toEqual([]);
      // Each mark inside its own lane's band.
      for (const i of dated) {
        const lane = model.marks[i]!.lane;
        expect(pos.y[i]!).toBeGreaterThan(plan.geometry.top[lane]!);
        expect(pos.y[i]!).toBeLessThan(plan.geometry.top[lane]! + plan.geometry.height[lane]!);
      }
    },
  );

  it.each([360, 390, 1024])(
    'a crowded first day stays inside the plot at %i px when later news stretches the axis',
    (width) => {
      // The seed and an article of March 2019: the seed's day is the domain's first.
      const events = [
        ...seedLike(),
        ev({ start: '2019-03-05', end: '2019-03-05', source: ['china'], target: ['japan'] }),
        ev({ start: '2019-03-05', end: '2019-03-05', source: ['japan'], target: ['china'] }),
      ];
      const { plan, pos, layout } = picture(events, width);
      plan.model.marks.forEach((m, i) => {
        if (m.undated >= 0) return;
        expect(pos.x[i]! - 4).toBeGreaterThanOrEqual(layout.left);
        expect(pos.x[i]! + 4).toBeLessThanOrEqual(layout.right);
        expect(pos.hittable[i]).toBe(1);
      });
      expect(overlaps(plan.model, pos)).toEqual([]);
    },
  );

  it('hover finds each of them, and no other, at its own centre', () => {
    const { plan, pos } = picture(seedLike(), 390);
    const finder = new MarkFinder(pos);
    plan.model.marks.forEach((m, i) => {
      if (m.undated >= 0) return;
      expect(finder.find(pos.x[i]!, pos.y[i]!, 7)).toBe(i);
    });
  });

  it('a lane grows rows for a crowded day, and counts the rest past its rows; zooming in separates them', () => {
    // 80 events of one pair on one day in a two-year corpus: the day is a sliver at k = 1.
    const events = [
      ...corpus(200, '2015-01-01', '2016-12-31', 3),
      ...Array.from({ length: 80 }, () =>
        ev({ start: '2016-06-01', end: '2016-06-01', source: ['china'], target: ['japan'] }),
      ),
    ];
    const whole = picture(events, 1024);
    const china = whole.plan.model.lanes.findIndex((l) => l.key === 'china');
    expect(whole.plan.geometry.rows[china]).toBeGreaterThan(1);
    expect(whole.plan.geometry.rows[china]).toBeLessThanOrEqual(MAX_ROWS);
    const counted = whole.pos.badges.filter((b) => b.lane === china).reduce((n, b) => n + b.marks.length, 0);
    expect(counted).toBeGreaterThan(0);
    expect(overlaps(whole.plan.model, whole.pos)).toEqual([]);

    const close = picture(events, 1024, { k: 400, at: dayMs('2016-06-01') + DAY / 2 });
    const onDay = close.plan.model.marks.flatMap((m, i) => (m.t0 === dayMs('2016-06-01') ? [i] : []));
    expect(onDay.length).toBeGreaterThanOrEqual(160);
    for (const i of onDay) expect(close.pos.badge[i]).toBe(-1);
    expect(overlaps(close.plan.model, close.pos)).toEqual([]);
  });

  it('a group finds room in another shape: a pair the day after a lone mark sits side by side below it', () => {
    const events = [
      ev({ start: '2016-05-01', end: '2016-05-01' }),
      ev({ start: '2016-05-02', end: '2016-05-02' }),
      ev({ start: '2016-05-02', end: '2016-05-02' }),
    ];
    const m = buildLanes(events, actors, 'pair');
    // Four years across 900 px: a day is a fraction of a pixel.
    const x = scaleUtc()
      .domain([dayMs('2014-01-01'), dayMs('2018-01-01')])
      .range([100, 1000]);
    expect([...rowsNeeded(m, (t) => x(t))]).toEqual([2]);
    const geom = laneGeometry(m, (t) => x(t));
    const pos = layoutMarks(m, geom, (t) => x(t), plotLayout(1000));
    expect(pos.badges).toEqual([]);
    expect(overlaps(m, pos)).toEqual([]);
    const [lone, a, b] = [0, 1, 2].map((e) => m.marksByEvent[e]![0]!);
    expect(pos.y[a!]).toBe(pos.y[b!]);
    expect(pos.y[a!]).not.toBe(pos.y[lone!]);
  });

  it('a crowded day spreads only a little past its column: the rest is counted, not smeared over months', () => {
    const events = Array.from({ length: 60 }, () => ev({ start: '2016-05-01', end: '2016-05-01' }));
    const m = buildLanes(events, actors, 'pair');
    const x = scaleUtc()
      .domain([dayMs('2014-01-01'), dayMs('2018-01-01')])
      .range([100, 1000]);
    const geom = laneGeometry(m, (t) => x(t));
    const pos = layoutMarks(m, geom, (t) => x(t), plotLayout(1000));
    const mid = x(dayMs('2016-05-01') + DAY / 2);
    for (let i = 0; i < m.marks.length; i++) expect(Math.abs(pos.x[i]! - mid)).toBeLessThanOrEqual(30);
    expect(pos.badges.reduce((k, b) => k + b.marks.length, 0)).toBeGreaterThan(0);
  });

  it.each([1, 3, 30, 300])(
    '10k random events at zoom %i: no two drawn marks of a lane overlap, badges neither',
    (k) => {
      const events = corpus(10_000, '2014-01-01', '2019-12-31', 7);
      const { plan, pos } = picture(events, 1440, { k, at: dayMs('2017-03-01') });
      expect(overlaps(plan.model, pos)).toEqual([]);
      // Every dated mark is somewhere: drawn as itself or counted in a badge.
      plan.model.marks.forEach((m, i) => {
        if (m.undated < 0) expect(pos.badge[i]! >= 0 || Number.isFinite(pos.y[i]!)).toBe(true);
      });
      // Badges of a lane never overlap one another.
      const byLane = new Map<number, number[]>();
      for (const b of pos.badges) byLane.set(b.lane, [...(byLane.get(b.lane) ?? []), b.x]);
      for (const xs of byLane.values()) {
        for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(26);
      }
    },
  );
});

describe('the default domain is the bulk of the dates', () => {
  const bulk = () => corpus(300, '2014-01-01', '2019-12-31', 11);

  it('one 1987 event in a 2014–2019 corpus: the bulk spans at least 60 % of the plot, 1987 is reported', () => {
    const events = [...bulk(), ev({ start: '1987-12-08', end: '1987-12-08', value: '1987-12-08' })];
    const rd = robustDomain(events.map((e) => eventSpan(e)))!;
    const plotW = 1000;
    const x = scaleUtc().domain(rd.domain).range([0, plotW]);
    const share = (x(dayMs('2019-12-31') + DAY) - x(dayMs('2014-01-01'))) / plotW;
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(rd.before).toMatchObject({ count: 1 });
    expect(rd.after).toBeNull();
    expect(outlierWording(rd.before!)).toBe('1 event in 1987');
    // Let back in: the domain reaches 1987.
    const wide = extendedDomain(rd, { before: true, after: false });
    expect(wide[0]).toBeLessThanOrEqual(dayMs('1987-12-08'));
    expect(wide[1]).toBe(rd.domain[1]);
  });

  it('draws no mark of a set-aside date inside the plot, however crowded the plot’s first day', () => {
    const events = [
      ...seedLike(),
      ev({ start: '1987-12-08', end: '1987-12-08', source: ['putin'], target: ['trump'] }),
    ];
    const { plan, pos, layout } = picture(events, 390);
    const old = plan.model.marksByEvent[events.length - 1]!;
    expect(old.length).toBeGreaterThan(0);
    for (const i of old) {
      expect(pos.hittable[i]).toBe(0);
      expect(pos.x[i]!).toBeLessThan(layout.left);
    }
  });

  it('sets nothing aside when the dates have no stray ones', () => {
    const rd = robustDomain(bulk().map((e) => eventSpan(e)))!;
    expect(rd.before).toBeNull();
    expect(rd.after).toBeNull();
    expect(rd.domain).toEqual(rd.full);
  });

  it('keeps a date a few weeks from a one-day story in it', () => {
    const events = [...seedLike(), ev({ start: '2016-12-02', end: '2016-12-02' })];
    const rd = robustDomain(events.map((e) => eventSpan(e)))!;
    expect(rd.before).toBeNull();
    expect(rd.after).toBeNull();
    expect(rd.domain[1]).toBeGreaterThan(dayMs('2016-12-03'));
  });

  it('never sets aside more than a tenth of the events', () => {
    const rnd = prng(5);
    for (let trial = 0; trial < 20; trial++) {
      const spans = Array.from({ length: 200 }, () => {
        // A heavy tail: most recent, some decades back.
        const t = dayMs('2018-01-01') - Math.floor(DAY * 3650 * rnd() ** 4) * 10;
        return [t, t + DAY] as const;
      });
      const rd = robustDomain(spans)!;
      expect((rd.before?.count ?? 0) + (rd.after?.count ?? 0)).toBeLessThanOrEqual(20);
    }
  });

  it('is null when nothing is dated', () => {
    expect(robustDomain([null, null])).toBeNull();
  });
});

describe('axis labels', () => {
  const left = 100;
  const right = 340;
  const labelsOf = (a: string, b: string, w = right - left) => {
    const d: [number, number] = [dayMs(a), dayMs(b)];
    const x = scaleUtc().domain(d).range([left, right]);
    return axisLabels(timeTicks(d, w), (t) => x(t), left, right);
  };

  it.each([
    ['2016-11-13', '2016-11-16'],
    ['2016-11-01', '2016-11-30'],
    ['2016-09-01', '2017-03-01'],
    ['2014-01-01', '2019-12-31'],
    ['1987-01-01', '2019-12-31'],
  ])('%s to %s: the year is said, every label inside the plot, none touching the next', (a, b) => {
    const labels = labelsOf(a, b);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels[0]!.text).toMatch(/\d{4}/);
    let lastEnd = -Infinity;
    for (const l of labels) {
      const w = l.text.length * AXIS_CHAR_W;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      expect(x0).toBeGreaterThanOrEqual(left - 0.5);
      expect(x0 + w).toBeLessThanOrEqual(right + 0.5);
      expect(x0).toBeGreaterThan(lastEnd);
      lastEnd = x0 + w;
    }
  });

  it('says the year on a short span and again when the year changes', () => {
    const short: [number, number] = [dayMs('2016-11-13'), dayMs('2016-11-16')];
    const xShort = scaleUtc().domain(short).range([0, 900]);
    expect(axisLabels(timeTicks(short, 900), (t) => xShort(t), 0, 900).map((l) => l.text)).toEqual([
      '13 Nov 2016',
      '14 Nov',
      '15 Nov',
      '16 Nov',
    ]);
    const d: [number, number] = [dayMs('2016-10-01'), dayMs('2017-03-01')];
    const x = scaleUtc().domain(d).range([0, 900]);
    const texts = axisLabels(timeTicks(d, 900), (t) => x(t), 0, 900).map((l) => l.text);
    expect(texts[0]).toBe('Oct 2016');
    expect(texts).toContain('Jan 2017');
    expect(texts).toContain('Nov');
  });

  it('hangs an end label inward from its tick rather than cutting it at the plot’s edge', () => {
    const labels = labelsOf('2016-11-13', '2016-11-16', 900);
    expect(labels[0]!.anchor).toBe('start');
    expect(labels.at(-1)!.anchor).toBe('end');
  });
});

describe('lanes', () => {
  it('are never lower than their label needs, and fold into "+ N more actors" past the height', () => {
    const many: Record<string, ActorLabel> = {};
    const events: TimelineEvent[] = [];
    for (let i = 0; i < 41; i++) {
      const id = `a${i}`;
      many[id] = { id, name: `Actor ${i}`, kind: 'person', country: null };
      for (let k = 0; k < 3; k++)
        events.push(ev({ source: [id], target: [], start: `2016-0${1 + k}-10`, end: `2016-0${1 + k}-10` }));
    }
    const x = scaleUtc()
      .domain([dayMs('2016-01-01'), dayMs('2016-04-01')])
      .range([100, 1000]);
    const plan = planLanes(events, many, 'actor', (t) => x(t), { budget: 480 });
    expect(plan.geometry.total).toBeLessThanOrEqual(480);
    for (const h of plan.geometry.height) expect(h).toBeGreaterThanOrEqual(MIN_LANE_H);
    const other = plan.model.lanes[plan.model.datedLanes - 1]!;
    expect(other.kind).toBe('other');
    expect(other.label).toBe(`+ ${other.folded} more actors`);
    expect(plan.model.datedLanes - 1 + other.folded).toBe(41);
    // Every lane, when asked for.
    const all = planLanes(events, many, 'actor', (t) => x(t), { budget: Infinity });
    expect(all.model.datedLanes).toBe(40);
  });

  it('puts undated events in no dated lane and on no position of the axis', () => {
    const m = buildLanes(seedLike(), actors, 'actor');
    const geom = laneGeometry(m, () => 500);
    const pos = layoutMarks(m, geom, () => 500, plotLayout(1000));
    const undated = m.marks.flatMap((k, i) => (k.undated >= 0 ? [i] : []));
    expect(undated).toHaveLength(2);
    for (const i of undated) {
      expect(m.marks[i]!.lane).toBe(m.datedLanes);
      expect(pos.drawn[i]).toBe(0);
      expect(pos.y[i]).toBeNaN();
    }
  });
});

describe('hit testing', () => {
  it('finds what a brute-force search finds', () => {
    const rnd = prng(9);
    const n = 3000;
    const x = Float64Array.from({ length: n }, () => rnd() * 1400);
    const y = Float64Array.from({ length: n }, () => rnd() * 500);
    const hittable = Uint8Array.from({ length: n }, () => (rnd() < 0.9 ? 1 : 0));
    const finder = new MarkFinder({ x, y, hittable });
    for (let q = 0; q < 500; q++) {
      const px = rnd() * 1400;
      const py = rnd() * 500;
      let best: number | null = null;
      let bestD = 49;
      for (let i = 0; i < n; i++) {
        if (!hittable[i]) continue;
        const d = (x[i]! - px) ** 2 + (y[i]! - py) ** 2;
        if (d < bestD || (d === bestD && best !== null && i < best)) {
          best = i;
          bestD = d;
        }
      }
      expect(finder.find(px, py, 7)).toBe(best);
    }
  });
});

describe('the tooltip', () => {
  it.each([
    [{ x: 10, y: 10 }],
    [{ x: 380, y: 10 }],
    [{ x: 380, y: 830 }],
    [{ x: 195, y: 420 }],
    [{ x: 5, y: 840 }],
  ])('stays inside a 390 × 844 viewport, anchored at %j', (anchor) => {
    const size = { w: 300, h: 160 };
    const { left, top } = placeTooltip(anchor, size, { w: 390, h: 844 });
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(left + size.w).toBeLessThanOrEqual(390);
    expect(top + size.h).toBeLessThanOrEqual(844);
  });

  it('sits right of and below its anchor when there is room, and flips near the edges', () => {
    expect(placeTooltip({ x: 100, y: 100 }, { w: 200, h: 100 }, { w: 1440, h: 900 })).toEqual({
      left: 112,
      top: 112,
    });
    const flipped = placeTooltip({ x: 1400, y: 850 }, { w: 200, h: 100 }, { w: 1440, h: 900 });
    expect(flipped.left + 200).toBeLessThan(1400);
    expect(flipped.top + 100).toBeLessThan(850);
  });
});

describe('the exported picture', () => {
  const view = {
    title: 'Events of Vladimir Putin',
    lines: ['stance: cooperative or hostile', 'dates: 1 Nov 2016 to 30 Nov 2016'],
  };

  it('carries its title, the filters in words, the dates shown, the legend and the undated events', () => {
    const events = [...seedLike(), ev({ start: '1987-12-08', end: '1987-12-08' })];
    const { svg, width, height } = timelineSvg(events, actors, 'actor', { from: null, to: null }, view, 1200);
    expect(width).toBe(1200);
    expect(svg).toContain(`height="${height}"`);
    expect(svg).toContain('>Events of Vladimir Putin</text>');
    expect(svg).toContain('>stance: cooperative or hostile</text>');
    expect(svg).toContain('>dates: 1 Nov 2016 to 30 Nov 2016</text>');
    expect(svg).toMatch(/Dates shown: 1[0-3] Nov 2016 – 1[5-8] Nov 2016 · 18 events, 2 undated/);
    expect(svg).toContain('Outside these dates, not drawn: 1 event in 1987 before');
    for (const word of [
      'Stance',
      'cooperative',
      'neutral',
      'hostile',
      'Act',
      'verbal cooperation',
      'material conflict',
    ]) {
      expect(svg).toContain(`>${word}</text>`);
    }
    expect(svg).toContain('Undated (2), not on the time axis');
    expect(svg).toContain('Kremlin → Obama: praise');
    // The axis says its year.
    expect(svg).toMatch(/>1[0-4] Nov 2016<\/text>/);
  });

  it('marks an event whose tone is not coded with a plus of its own, as wide as a ring', () => {
    expect(quadShape(null)).toBe('plus');
    expect(quadShape('neutral')).toBe('ring');
    const points: [number, number][] = [];
    const sink = {
      moveTo: (x: number, y: number) => points.push([x, y]),
      lineTo: (x: number, y: number) => points.push([x, y]),
      arc: () => undefined,
      closePath: () => undefined,
    };
    traceShape(sink, 'plus', 10, 10, 4);
    expect(points).toHaveLength(12);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(9.2);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(9.2);
  });

  it('names events whose tone is not coded in its legend when it draws some, inside the picture', () => {
    const coded = timelineSvg(seedLike(), actors, 'actor', { from: null, to: null }, view, 1200);
    expect(coded.svg).not.toContain('tone not coded');
    const events = [...seedLike(), ev({ stance: null, quad: null, code: 'W31', type: 'user code W31' })];
    const { svg, width } = timelineSvg(events, actors, 'actor', { from: null, to: null }, view, 1200);
    expect(svg).toContain('>grey plus: tone not coded</text>');
    // every word of the legend (drawn last, from its "Stance" head on) ends inside the picture
    const legend = svg.slice(svg.indexOf('>Stance</text>'));
    const ends = [...legend.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)</g)].map(
      (m) => Number(m[1]) + m[2]!.length * 6.3,
    );
    expect(ends.length).toBeGreaterThan(10);
    expect(Math.max(...ends)).toBeLessThan(width);
  });

  it('is as tall as its content: more lanes, a taller picture, and no empty half', () => {
    const few = timelineSvg(
      corpus(30, '2016-01-01', '2016-12-31', 2).slice(0, 3),
      actors,
      'actor',
      { from: null, to: null },
      view,
    );
    const more = timelineSvg(
      corpus(400, '2016-01-01', '2016-12-31', 2),
      actors,
      'actor',
      { from: null, to: null },
      view,
    );
    expect(more.height).toBeGreaterThan(few.height);
    // The last thing drawn (the legend) ends near the bottom edge.
    const lastY = Math.max(...[...few.svg.matchAll(/ y="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(few.height - lastY).toBeLessThan(40);
  });

  it('says so when nothing is dated, with no axis', () => {
    const { svg } = timelineSvg(
      [ev({ start: null, end: null })],
      actors,
      'actor',
      { from: null, to: null },
      { title: 'All events', lines: [] },
    );
    expect(svg).toContain('No dated event');
    expect(svg).not.toContain('Dates shown');
  });
});
