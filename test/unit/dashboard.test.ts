/**
 * The dashboard's pure parts: what the page reads from the store for a URL (lib/dashboard/view.ts),
 * the evidence panel's runs and links, the table's sort, and the URL the view state writes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { segments, safeHref } from '@/components/evidence/segments';
import { sortEvents } from '@/components/table/EventTable';
import { queryOf } from '@/components/dashboard/url';
import { EMPTY_FILTERS } from '@/lib/filters';
import type { ActorLabel, DashboardData, TimelineEvent } from '@/lib/dashboard/types';
import {
  cachedDashboardView,
  dashboardView,
  firstPaint,
  toSearchParams,
  type DashboardView,
} from '@/lib/dashboard/view';
import { getDashboard } from '@/lib/api/queries';
import { EXTRACTOR_VERSION, extractDocument } from '@/lib/nlp/pipeline';
import { SqliteStore } from '@/lib/store';
import { settleCorpus, putExtraction } from '@/lib/domain';

const META = {
  origin: 'corpus' as const,
  root: '/corpus',
  contentHash: 'h',
  extractorVersion: EXTRACTOR_VERSION,
};

// Written for these tests: two articles with dated and undated relations between states.
const ARTICLES = [
  {
    id: 'a',
    title: 'Border talks',
    published: '2018-05-04',
    text:
      'France praised Germany on Thursday for its help with the border.\n\n' +
      'Germany condemned Russia over the cyberattack.\n\n' +
      'Italy and Spain signed a fisheries agreement in March.',
  },
  {
    id: 'b',
    title: 'Grain',
    published: '2019-01-10',
    text: 'Poland accused Russia on Monday of blocking grain shipments.',
  },
];

function store() {
  const s = new SqliteStore(':memory:');
  for (const a of ARTICLES) putExtraction(s, extractDocument({ ...a, path: `/corpus/${a.id}.txt` }), META);
  settleCorpus(s);
  return s;
}

describe('dashboardView', () => {
  const s = store();
  let all: DashboardView;
  beforeAll(async () => {
    all = await dashboardView(s, new URLSearchParams());
  });

  it('gives every event with its sentence, trigger offsets and the day it was resolved against', () => {
    if (!all.ok) throw new Error('unexpected');
    expect(all.data.events.length).toBeGreaterThanOrEqual(4);
    for (const e of all.data.events) {
      expect(e.sentence.slice(e.trigger.start, e.trigger.end).length).toBeGreaterThan(0);
      expect(e.reference).toBe(e.documentId === 'a' ? '2018-05-04' : '2019-01-10');
    }
    const praise = all.data.events.find((e) => e.sentence.startsWith('France praised'))!;
    expect(praise.sentence.slice(praise.trigger.start, praise.trigger.end)).toBe('praised');
    expect(praise.source).toEqual(['france']);
    expect(praise.target).toEqual(['germany']);
    expect(praise.value).toBe('2018-05-03');
    expect(all.data.actors.france?.name).toBe('France');
  });

  it('places every node of the network, the same way each time', async () => {
    if (!all.ok) throw new Error('unexpected');
    const again = await dashboardView(s, new URLSearchParams());
    if (!again.ok) throw new Error('unexpected');
    expect(all.data.network.nodes.length).toBeGreaterThan(2);
    expect(again.data.network.nodes).toEqual(all.data.network.nodes);
    for (const n of all.data.network.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });

  it('leaves the time window to the browser but applies every other filter', async () => {
    const windowed = await dashboardView(s, new URLSearchParams('from=2019-01-01&to=2019-12-31'));
    const byActor = await dashboardView(s, new URLSearchParams('actor=russia'));
    if (!all.ok || !windowed.ok || !byActor.ok) throw new Error('unexpected');
    expect(windowed.data.events.map((e) => e.id)).toEqual(all.data.events.map((e) => e.id));
    expect(windowed.filters.from).toBe('2019-01-01');
    expect(byActor.data.events.length).toBeGreaterThan(0);
    expect(byActor.data.events.length).toBeLessThan(all.data.events.length);
    for (const e of byActor.data.events) expect([...e.source, ...e.target]).toContain('russia');
  });

  it('says which parameters cannot be read', async () => {
    const bad = await dashboardView(s, new URLSearchParams('stance=friendly&from=2019-13'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.param).sort()).toEqual(['from', 'stance']);
  });

  it('caps the events it ships and says so', async () => {
    process.env.DETENTE_MAX_TIMELINE_EVENTS = '2';
    try {
      const capped = await dashboardView(s, new URLSearchParams());
      if (!capped.ok) throw new Error('unexpected');
      expect(capped.data.events).toHaveLength(2);
      expect(capped.data.eventsTruncated).toBe(true);
    } finally {
      delete process.env.DETENTE_MAX_TIMELINE_EVENTS;
    }
    if (all.ok) expect(all.data.eventsTruncated).toBe(false);
  });

  it('reads repeated parameters from the page', () => {
    expect(toSearchParams({ actor: ['a', 'b'], q: 'x', none: undefined }).toString()).toBe(
      'actor=a&actor=b&q=x',
    );
  });
});

describe('segments', () => {
  it('cuts nested and overlapping ranges into runs that carry every range over them', () => {
    const runs = segments(20, [
      { start: 2, end: 12, kind: 'sentence' },
      { start: 4, end: 6, kind: 'trigger' },
      { start: 10, end: 15, kind: 'other', label: 'x' },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.kinds.join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'sentence'],
      [4, 6, 'sentence+trigger'],
      [6, 10, 'sentence'],
      [10, 12, 'sentence+other'],
      [12, 15, 'other'],
      [15, 20, ''],
    ]);
    expect(runs[4]!.labels).toEqual(['x']);
  });

  it('ignores ranges outside the text or empty', () => {
    expect(
      segments(5, [
        { start: 3, end: 9, kind: 'k' },
        { start: 2, end: 2, kind: 'k' },
      ]),
    ).toEqual([{ start: 0, end: 5, kinds: [], labels: [] }]);
  });
});

describe('safeHref', () => {
  it('offers http and https links only', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
    expect(safeHref('file:///etc/passwd')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('sortEvents', () => {
  const actors: Record<string, ActorLabel> = {
    a: { id: 'a', name: 'Austria', kind: 'country', country: 'AUT' },
    b: { id: 'b', name: 'Belgium', kind: 'country', country: 'BEL' },
  };
  const ev = (id: string, start: string | null, source: string, score: number) =>
    ({
      id,
      start,
      end: start,
      source: [source],
      target: [],
      stanceScore: score,
      type: 't',
      documentTitle: id,
    }) as unknown as TimelineEvent;
  const events = [ev('1', '2020-02-01', 'b', 2), ev('2', null, 'a', -3), ev('3', '2019-05-01', 'a', 0)];

  it('sorts by date with undated events last, either way', () => {
    expect(sortEvents(events, 'date', 'ascending', actors).map((e) => e.id)).toEqual(['3', '1', '2']);
    expect(sortEvents(events, 'date', 'descending', actors).map((e) => e.id)).toEqual(['1', '3', '2']);
  });

  it('sorts by actor name and by score, keeping the order of ties', () => {
    expect(sortEvents(events, 'source', 'ascending', actors).map((e) => e.id)).toEqual(['2', '3', '1']);
    expect(sortEvents(events, 'stance', 'descending', actors).map((e) => e.id)).toEqual(['1', '3', '2']);
  });
});

describe('queryOf', () => {
  const ungrouped = { byCountry: false, expanded: [] };
  it('writes the filters canonically, then the lanes, the open event and the grouping', () => {
    expect(queryOf({ filters: EMPTY_FILTERS, lanes: 'actor', event: null, grouping: ungrouped })).toBe('');
    expect(
      queryOf({
        filters: { ...EMPTY_FILTERS, actors: ['russia', 'china'], from: '2016-01-01' },
        lanes: 'pair',
        event: 'ev-1',
        grouping: { byCountry: true, expanded: ['USA', 'RUS'] },
      }),
    ).toBe('?actor=china%2Crussia&from=2016-01-01&lanes=pair&event=ev-1&group=country&expand=RUS%2CUSA');
  });
});

describe('cachedDashboardView', () => {
  it('computes a view once per version of the data and set of parameters, in any order', async () => {
    const s = store();
    const a = await cachedDashboardView(s, new URLSearchParams('stance=hostile&lanes=pair'));
    expect(await cachedDashboardView(s, new URLSearchParams('lanes=pair&stance=hostile'))).toBe(a);
    expect(await cachedDashboardView(s, new URLSearchParams('stance=cooperative'))).not.toBe(a);
    // one view however it is spelled: the key is the canonical view
    const two = await cachedDashboardView(s, new URLSearchParams('stance=hostile,neutral'));
    expect(await cachedDashboardView(s, new URLSearchParams('stance=neutral&stance=hostile'))).toBe(two);
    expect(
      await cachedDashboardView(s, new URLSearchParams('stance=hostile,neutral&event=x&group=country')),
    ).toBe(two);
    // a link that cannot be read is answered, and not kept
    const bad = await cachedDashboardView(s, new URLSearchParams('stance=angry'));
    expect(bad.ok).toBe(false);
    // new data: a new view, with the new article's events
    const before = a.ok ? a.data.events.length : -1;
    putExtraction(
      s,
      extractDocument({
        id: 'c',
        title: 'Ports',
        published: '2019-02-01',
        text: 'Lithuania condemned Belarus on Friday.',
        path: '/corpus/c.txt',
      }),
      META,
    );
    settleCorpus(s);
    const b = await cachedDashboardView(s, new URLSearchParams('stance=hostile&lanes=pair'));
    expect(b).not.toBe(a);
    expect(b.ok && b.data.events.length).toBe(before + 1);
  });
});

describe('firstPaint and /api/dashboard', () => {
  const s = store();
  let all: DashboardData;
  beforeAll(async () => {
    const view = await dashboardView(s, new URLSearchParams());
    if (!view.ok) throw new Error('unexpected');
    all = view.data;
  });

  it('keeps a view that fits as it is', () => {
    expect(firstPaint(all, all.events.length)).toBe(all);
  });

  it('ships a sample spread over the whole view and says how many are left out', () => {
    const first = firstPaint(all, 2);
    expect(first.events).toHaveLength(2);
    expect(first.pending).toBe(all.events.length - 2);
    expect(first.events[0]).toBe(all.events[0]);
    // the second comes from halfway along, not right after the first
    expect(all.events.length).toBeGreaterThanOrEqual(4);
    expect(all.events.indexOf(first.events[1]!)).toBe(Math.floor(all.events.length / 2));
    // the network comes with the whole view; the actors are those the sample names
    expect(first.network.nodes).toEqual([]);
    for (const e of first.events)
      for (const a of [...e.source, ...e.target]) expect(first.actors[a]).toEqual(all.actors[a]);
    expect(Object.keys(first.actors).length).toBeLessThanOrEqual(Object.keys(all.actors).length);
  });

  it('keeps the labels of the actors the filters name, even when the sample does not', () => {
    const first = firstPaint(all, 1);
    const absent = Object.keys(all.actors).find((id) => !(id in first.actors))!;
    expect(absent).toBeDefined();
    const named = firstPaint(all, 1, { ...EMPTY_FILTERS, actors: [absent] });
    expect(named.actors[absent]).toEqual(all.actors[absent]);
  });

  it('/api/dashboard answers the whole view of the same URL', async () => {
    const r = await getDashboard(new Request('http://x/api/dashboard?stance=hostile&lanes=pair'), s);
    expect(r.status).toBe(200);
    const body = (await r.json()) as typeof all;
    const same = await dashboardView(s, new URLSearchParams('stance=hostile&lanes=pair'));
    if (!same.ok) throw new Error('unexpected');
    expect(body.events.map((e) => e.id)).toEqual(same.data.events.map((e) => e.id));
    expect(body.lanes).toBe('pair');
    expect(body.pending).toBeUndefined();
    const bad = await getDashboard(new Request('http://x/api/dashboard?lanes=both'), s);
    expect(bad.status).toBe(400);
  });
});
