/**
 * Grouping the network by country (components/network/group.ts): one node per country, its
 * relations summed (each event once), organisations of no country left alone, and expanding a
 * country, or all of them, gives the actors back as they were. Also the model under the window
 * (components/network/model.ts) that grouping works on.
 */
import { describe, expect, it } from 'vitest';
import {
  countryOf,
  groupNetwork,
  NO_GROUPING,
  parseGrouping,
  writeGrouping,
  type Grouping,
} from '@/components/network/group';
import { deriveNetwork, indexNetwork, windowNetwork, type NetworkModel } from '@/components/network/model';
import type { NetworkEdge, NetworkNode, Stance, TimelineEvent } from '@/lib/dashboard/types';

const node = (
  id: string,
  name: string,
  kind: string,
  country: string | null,
  x: number,
  events: number,
): NetworkNode => ({
  id,
  name,
  kind,
  country,
  events,
  x,
  y: 0,
});

const NODES: NetworkNode[] = [
  node('russia', 'Russia', 'country', 'RUS', 0, 6),
  node('vladimir-putin', 'Vladimir Putin', 'person', 'RUS', 10, 9),
  node('sergei-lavrov', 'Sergei Lavrov', 'person', 'RUS', 20, 2),
  node('united-states', 'United States', 'country', 'USA', 100, 5),
  node('donald-trump', 'Donald Trump', 'person', 'USA', 110, 8),
  node('nato', 'NATO', 'organization', 'IGO', 200, 3),
  node('united-nations', 'United Nations', 'organization', 'IGO', 210, 1),
  node('obama-administration', 'Obama administration', 'organization', null, 300, 2),
  node('france', 'France', 'country', 'FRA', 400, 1),
];

const SCORE: Record<Stance, number> = { cooperative: 4, neutral: 0, hostile: -6 };
let next = 0;
/** An event on a day, from sources to targets, with a stance. */
function event(day: string, source: string[], target: string[], stance: Stance): TimelineEvent {
  next++;
  return {
    id: `ev-${String(next).padStart(3, '0')}`,
    documentId: 'doc',
    start: day,
    end: day,
    value: day,
    basis: 'explicit',
    dateText: day,
    reference: day,
    stance,
    stanceScore: SCORE[stance],
    stanceCues: [],
    quad: 'neutral',
    type: 'statement',
    cameo: null,
    source,
    target,
    symmetric: false,
    reportedBy: null,
    negated: false,
    alleged: false,
    modality: 'asserted',
    sentence: `${source.join(' and ')} and ${target.join(' and ')}.`,
    trigger: { start: 0, end: 1 },
    span: [0, 10],
    documentTitle: 'A story',
  };
}

const EVENTS: TimelineEvent[] = [
  event('2017-01-10', ['vladimir-putin'], ['donald-trump'], 'cooperative'),
  event('2017-02-10', ['vladimir-putin'], ['donald-trump'], 'cooperative'),
  event('2017-03-10', ['sergei-lavrov'], ['united-states'], 'hostile'),
  // one event from two Russian actors to Trump: two edges, one event
  event('2017-04-10', ['russia', 'vladimir-putin'], ['donald-trump'], 'neutral'),
  event('2017-05-10', ['donald-trump'], ['russia'], 'hostile'),
  event('2017-06-10', ['vladimir-putin'], ['russia'], 'cooperative'), // inside Russia
  event('2017-07-10', ['nato'], ['russia'], 'hostile'),
  event('2017-08-10', ['united-nations'], ['nato'], 'neutral'),
  event('2017-09-10', ['obama-administration'], ['russia'], 'hostile'),
  event('2018-01-10', ['france'], ['united-states'], 'cooperative'),
];

/** The edges the server would give for EVENTS: one per directed pair, counted from them. */
function edgesOf(events: TimelineEvent[]): NetworkEdge[] {
  const by = new Map<string, TimelineEvent[]>();
  for (const e of events)
    for (const s of e.source)
      for (const t of e.target) {
        const k = `${s}>${t}`;
        by.set(k, [...(by.get(k) ?? []), e]);
      }
  return [...by].map(([k, list]) => {
    const [source, target] = k.split('>') as [string, string];
    const count = (s: Stance) => list.filter((e) => e.stance === s).length;
    const days = list.map((e) => e.start!).sort();
    return {
      source,
      target,
      events: list.length,
      cooperative: count('cooperative'),
      neutral: count('neutral'),
      hostile: count('hostile'),
      meanScore: Math.round((list.reduce((s, e) => s + e.stanceScore, 0) / list.length) * 100) / 100,
      firstDate: days[0]!,
      lastDate: days[days.length - 1]!,
      evidence: [],
    };
  });
}

const EDGES = edgesOf(EVENTS);
const model = deriveNetwork(NODES, EDGES, EVENTS, { from: null, to: null });
const byCountry: Grouping = { byCountry: true, expanded: [] };
const edge = (m: NetworkModel, s: string, t: string) => m.edges.find((e) => e.source === s && e.target === t);

describe('groupNetwork', () => {
  const g = groupNetwork(model, byCountry, (code) => ({ FRA: 'France' })[code]);

  it('draws one node per country with two actors or more, and leaves the others alone', () => {
    expect(g.nodes.map((n) => n.id).sort()).toEqual(
      ['france', 'group:RUS', 'group:USA', 'nato', 'obama-administration', 'united-nations'].sort(),
    );
    expect(g.groupOf.get('vladimir-putin')).toBe('group:RUS');
    expect(g.groupOf.has('nato')).toBe(false); // IGO: no country
    expect(g.groupOf.has('france')).toBe(false); // alone in its country
  });

  it('names a group after its country’s own actor, sits it where its most active actor is, lists its actors', () => {
    const rus = g.nodeById.get('group:RUS')!;
    expect(rus.name).toBe('Russia');
    expect(rus.kind).toBe('country');
    expect(rus.x).toBe(10); // Vladimir Putin's place: 9 events, the most
    expect(rus.members!.map((m) => m.id)).toEqual(['vladimir-putin', 'russia', 'sergei-lavrov']);
  });

  it('sums the relations of a country’s actors into one edge each way, counting each event once', () => {
    const rusUsa = edge(g, 'group:RUS', 'group:USA')!;
    // Putin→Trump 3 (one of them also Russia→Trump), Lavrov→United States 1: four distinct events
    const parts = ['vladimir-putin>donald-trump', 'russia>donald-trump', 'sergei-lavrov>united-states'].map(
      (k) => edge(model, ...(k.split('>') as [string, string]))!,
    );
    expect(parts.reduce((s, e) => s + e.events, 0)).toBe(5);
    expect(rusUsa.events).toBe(4);
    expect([rusUsa.cooperative, rusUsa.neutral, rusUsa.hostile]).toEqual([2, 1, 1]);
    expect(rusUsa.meanScore).toBe((4 + 4 + 0 - 6) / 4);
    expect([rusUsa.firstDate, rusUsa.lastDate]).toEqual(['2017-01-10', '2017-04-10']);
    expect(rusUsa.reciprocal).toBe(true);
    expect(edge(g, 'group:USA', 'group:RUS')!.events).toBe(1);
  });

  it('sums counts where the page lacks the events (no items to count once)', () => {
    const bare = groupNetwork(deriveNetwork(NODES, EDGES, [], { from: null, to: null }), byCountry);
    expect(edge(bare, 'group:RUS', 'group:USA')!.events).toBe(5);
    expect(bare.nodeById.get('group:RUS')!.events).toBe(9 + 6 + 2);
  });

  it('drops the relations inside a country as edges, but counts them for the country', () => {
    expect(g.edges.some((e) => e.source === e.target)).toBe(false);
    // Russia's actors take part in eight events, the one inside Russia included
    const rus = g.nodeById.get('group:RUS')!;
    const expected = EVENTS.filter((e) =>
      [...e.source, ...e.target].some((a) => ['russia', 'vladimir-putin', 'sergei-lavrov'].includes(a)),
    ).length;
    expect(expected).toBe(8);
    expect(rus.events).toBe(expected);
  });

  it('keeps edges between actors of no group as they were', () => {
    expect(edge(g, 'united-nations', 'nato')).toEqual(edge(model, 'united-nations', 'nato'));
    expect(edge(g, 'nato', 'group:RUS')!.events).toBe(1);
    expect(edge(g, 'france', 'group:USA')!.events).toBe(1);
  });

  it('expanding one country shows its actors again, linked to the other groups', () => {
    const open = groupNetwork(model, { byCountry: true, expanded: ['RUS'] });
    expect(open.nodeById.has('group:RUS')).toBe(false);
    expect(open.nodeById.has('vladimir-putin')).toBe(true);
    expect(edge(open, 'vladimir-putin', 'group:USA')!.events).toBe(3);
    expect(edge(open, 'vladimir-putin', 'russia')!.events).toBe(1);
  });

  it('expanding every country, or grouping off, gives the model back', () => {
    const strip = (m: NetworkModel) => [...m.edges].sort((a, b) => (a.key < b.key ? -1 : 1));
    const all = groupNetwork(model, { byCountry: true, expanded: ['RUS', 'USA'] });
    expect(strip(all)).toEqual(strip(model));
    expect(all.nodes.map((n) => n.id)).toEqual(model.nodes.map((n) => n.id));
    const off = groupNetwork(model, NO_GROUPING);
    expect(off.nodes).toBe(model.nodes);
    expect(off.edges).toBe(model.edges);
  });

  it('follows the time window: a group’s edges are recounted from the events inside it', () => {
    const index = indexNetwork(NODES, EDGES, EVENTS);
    const spring = groupNetwork(windowNetwork(index, { from: '2017-02-01', to: '2017-03-31' }), byCountry);
    const rusUsa = edge(spring, 'group:RUS', 'group:USA')!;
    expect(rusUsa.events).toBe(2); // Putin→Trump in February, Lavrov→United States in March
    expect(edge(spring, 'group:USA', 'group:RUS')).toBeUndefined();
  });
});

describe('countryOf', () => {
  it.each([
    [{ country: 'RUS' }, 'RUS'],
    [{ country: 'EUR' }, 'EUR'],
    [{ country: 'IGO' }, null],
    [{ country: 'NGO' }, null],
    [{ country: 'IMG' }, null],
    [{ country: null }, null],
    [{ country: 'rus' }, null],
  ])('countryOf(%j) is %j', (n, code) => {
    expect(countryOf(n)).toBe(code);
  });
});

describe('windowNetwork', () => {
  const index = indexNetwork(NODES, EDGES, EVENTS);

  it('serves one brush after another from the same index: brushing back gives the same model', () => {
    const spring = { from: '2017-01-01', to: '2017-06-30' };
    const first = windowNetwork(index, spring);
    windowNetwork(index, { from: '2017-03-01', to: null });
    windowNetwork(index, { from: null, to: null });
    expect(windowNetwork(index, spring)).toEqual(first);
  });

  it('recounts edges and nodes from the events in the window, most recent first', () => {
    const m = windowNetwork(index, { from: '2017-01-01', to: '2017-04-30' });
    const e = edge(m, 'vladimir-putin', 'donald-trump')!;
    expect(e.events).toBe(3);
    expect(e.items.map((i) => i.start)).toEqual(['2017-04-10', '2017-02-10', '2017-01-10']);
    expect(m.nodeById.get('donald-trump')!.events).toBe(3);
    expect(edge(m, 'france', 'united-states')).toBeUndefined();
  });
});

describe('the grouping in the URL', () => {
  it.each<[string, Grouping]>([
    ['', NO_GROUPING],
    ['group=country', { byCountry: true, expanded: [] }],
    ['group=country&expand=USA,RUS', { byCountry: true, expanded: ['RUS', 'USA'] }],
    ['group=country&expand=RUS&expand=RUS', { byCountry: true, expanded: ['RUS'] }],
    ['group=country&expand=rus,<b>', { byCountry: true, expanded: [] }],
    ['expand=RUS', NO_GROUPING],
    ['group=kind', NO_GROUPING],
  ])('parseGrouping(%j)', (query, grouping) => {
    expect(parseGrouping(new URLSearchParams(query))).toEqual(grouping);
  });

  it('round-trips: written, then read, the same grouping; other parameters kept', () => {
    for (const g of [
      NO_GROUPING,
      { byCountry: true, expanded: [] },
      { byCountry: true, expanded: ['USA', 'RUS'] },
    ]) {
      const params = writeGrouping(new URLSearchParams('actor=vladimir-putin&group=x'), g);
      expect(params.get('actor')).toBe('vladimir-putin');
      expect(parseGrouping(params)).toEqual({ ...g, expanded: [...g.expanded].sort() });
    }
    expect(
      writeGrouping(new URLSearchParams(), { byCountry: true, expanded: ['USA', 'RUS'] }).toString(),
    ).toBe('group=country&expand=RUS%2CUSA');
  });
});
