/**
 * The SQLite store: migrations, writes that replace a document whole, and every question the routes
 * ask of it (events under filters, pages, the graph, the timeline, actors), answered on extractions
 * built here by hand (so each count is known) and on sentences written for these tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boundOf, EMPTY_FILTERS, type Filters } from '@/lib/filters';
import type { ContractEvent } from '@/lib/model';
import type { ActorRecord } from '@/lib/nlp/actors/resolve';
import { EXTRACTOR_VERSION, extractDocument, type DocumentExtraction } from '@/lib/nlp/pipeline';
import { SqliteStore } from '@/lib/store';
import { MIGRATIONS } from '@/lib/store/schema';
import { removeStored, settleCorpus, putExtraction } from '@/lib/domain';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const filters = (f: Partial<Filters> = {}): Filters => ({ ...EMPTY_FILTERS, ...f });
const ALL = { limit: 1000, cursor: null };

/** An event of a hand-built document: who, to whom, how, when (a day, month or year) and the sentence. */
interface Ev {
  s: string[];
  t: string[];
  text: string;
  type?: string;
  stance?: ContractEvent['stance'];
  quad?: ContractEvent['quad'];
  score?: number;
  date?: string | null;
  sym?: boolean;
}

const title = (id: string) =>
  id.replace(/(^|-)(\w)/g, (_, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());

/** A document's extraction as the pipeline would give it, with exactly these events. */
function handMade(
  id: string,
  evs: Ev[],
  options: { published?: string; names?: Record<string, string> } = {},
): DocumentExtraction {
  let text = '';
  const events: ContractEvent[] = evs.map((e, i) => {
    const start = text.length;
    text += e.text + ' ';
    const end = start + e.text.length;
    const word = e.text.split(' ')[1] ?? e.text;
    const tStart = start + e.text.indexOf(word);
    const date = e.date
      ? {
          value: e.date,
          start: boundOf(e.date, false)!,
          end: boundOf(e.date, true)!,
          text: e.date,
          basis: 'explicit' as const,
          anchor: 'clause' as const,
        }
      : null;
    const stance = e.stance ?? 'cooperative';
    return {
      id: `${id}:e${i}`,
      documentId: id,
      sentence: i,
      span: [start, end],
      text: e.text,
      trigger: word,
      triggerSpan: [tStart, tStart + word.length],
      type: e.type ?? 'praise',
      cameo: stance === 'hostile' ? '111' : '051',
      quad: e.quad ?? (stance === 'hostile' ? 'verbal_conflict' : 'verbal_cooperation'),
      source: e.s,
      target: e.t,
      symmetric: e.sym ?? false,
      reportedBy: null,
      stance,
      stanceScore: e.score ?? (stance === 'hostile' ? -4 : stance === 'neutral' ? 0 : 3.4),
      stanceCues: [],
      negated: false,
      alleged: false,
      date,
      evidence: [{ documentId: id, sentence: i, span: [start, end], text: e.text }],
    };
  });
  const actors = new Map<string, ActorRecord>();
  for (const a of new Set(evs.flatMap((e) => [...e.s, ...e.t]))) {
    const name = options.names?.[a] ?? title(a);
    actors.set(a, { id: a, name, kind: 'country', country: null, aliases: new Set([name]), mentions: 1 });
  }
  return {
    document: {
      id,
      title: `About ${id}`,
      text,
      published: options.published ?? '2016-11-15',
      path: `/corpus/${id}.txt`,
    },
    reference: { date: options.published ?? '2016-11-15', basis: 'document' },
    sentences: [],
    syntax: [],
    timexes: [],
    actors,
    mentions: [],
    events,
    problems: [],
  };
}

const META = {
  origin: 'corpus' as const,
  root: '/corpus',
  contentHash: 'h',
  extractorVersion: EXTRACTOR_VERSION,
};

/** A document as the pipeline reads it, from sentences written for these tests. */
function written(id: string, text: string, published = '2016-11-15'): DocumentExtraction {
  return extractDocument({ id, title: `About ${id}`, text, published, path: `/corpus/${id}.txt` });
}

// Two documents, ten events: the dates are days, a month, a year, and none.
const DOC_A: Ev[] = [
  { s: ['russia'], t: ['china'], text: 'Russia praised China for its help.', date: '2016-03-03' },
  {
    s: ['france'],
    t: ['germany'],
    text: 'France condemned Germany over the border.',
    type: 'criticize',
    stance: 'hostile',
    date: '2016-06-10',
  },
  {
    s: ['japan'],
    t: ['china'],
    text: 'Japan and China agreed to hold talks.',
    type: 'agree to meet',
    sym: true,
    date: '2016-05-05',
  },
  {
    s: ['china'],
    t: ['japan'],
    text: 'China criticised Japan over fishing boats.',
    type: 'criticize',
    stance: 'hostile',
    date: '2017-01',
  },
  {
    s: ['russia'],
    t: ['ukraine'],
    text: 'Russia has often accused Ukraine of shelling.',
    type: 'accuse',
    stance: 'hostile',
    date: null,
  },
];
const DOC_B: Ev[] = [
  {
    s: ['brazil'],
    t: ['argentina'],
    text: 'Brazil and Argentina signed a trade pact.',
    type: 'sign agreement',
    quad: 'material_cooperation',
    sym: true,
    date: '2016-11-20',
  },
  {
    s: ['kenya'],
    t: ['somalia'],
    text: 'Kenya threatened Somalia with sanctions.',
    type: 'threaten',
    stance: 'hostile',
    date: '2016-11-21',
  },
  {
    s: ['russia'],
    t: ['china'],
    text: 'Russia consulted China on energy prices.',
    type: 'consult',
    stance: 'neutral',
    quad: 'neutral',
    date: '2015',
  },
  { s: ['china'], t: ['russia'], text: 'China thanked Russia warmly.', date: '2016-03-03' },
  {
    s: ['china'],
    t: ['usa'],
    text: 'China rebuked the United States about tariffs.',
    type: 'criticize',
    stance: 'hostile',
    date: null,
  },
];

/** Every event id in date order (undated last), ties by id. */
const ORDER = ['b:e2', 'a:e0', 'b:e3', 'a:e2', 'a:e1', 'b:e0', 'b:e1', 'a:e3', 'a:e4', 'b:e4'];

function corpus(): SqliteStore {
  const store = new SqliteStore(':memory:');
  putExtraction(store, handMade('a', DOC_A), META);
  putExtraction(store, handMade('b', DOC_B, { published: '2016-12-02' }), META);
  return store;
}

const ids = (store: SqliteStore, f: Partial<Filters>) => store.events(filters(f), ALL).items.map((e) => e.id);
const sorted = (xs: string[]) => [...xs].sort();

describe('migrations', () => {
  it('run once on a new file and record schema_version; reopening runs none and keeps the data', () => {
    const file = path.join(tmp, 'migrate', 'detente.db');
    const first = new SqliteStore(file);
    const last = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    expect(first.schemaVersion()).toBe(last);
    putExtraction(first, handMade('a', DOC_A), META);
    first.close();

    const again = new SqliteStore(file);
    expect(again.schemaVersion()).toBe(last);
    expect(again.db.prepare("SELECT count(*) AS n FROM meta WHERE key = 'schema_version'").get()).toEqual({
      n: 1,
    });
    expect(again.stats().documents).toBe(1);
    again.close();
  });

  it('a database at an older version runs only the migrations after it, once', () => {
    const file = path.join(tmp, 'migrate', 'detente.db');
    const last = MIGRATIONS[MIGRATIONS.length - 1]!.version;
    // a migration that fails when run twice (its table exists), added for this test only
    MIGRATIONS.push({ version: last + 1, name: 'test', sql: 'CREATE TABLE test_only (x INTEGER)' });
    try {
      const store = new SqliteStore(file);
      expect(store.schemaVersion()).toBe(last + 1);
      expect(store.stats().documents).toBe(1);
      store.close();
      const again = new SqliteStore(file);
      expect(again.schemaVersion()).toBe(last + 1);
      again.close();
    } finally {
      MIGRATIONS.pop();
    }
  });
});

describe('putDocument', () => {
  it('stores a document with its events, and returns it whole', () => {
    const store = corpus();
    expect(store.stats()).toEqual({ documents: 2, events: 10, actors: 11 });
    const doc = store.getDocument('a')!;
    expect(doc).toMatchObject({
      id: 'a',
      title: 'About a',
      published: '2016-11-15',
      publishedBasis: 'document',
      origin: 'corpus',
      eventCount: 5,
      path: '/corpus/a.txt',
    });
    expect(doc.events.map((e) => e.id)).toEqual(['a:e0', 'a:e1', 'a:e2', 'a:e3', 'a:e4']);
    for (const e of doc.events) expect(doc.text.slice(e.span[0], e.span[1])).toMatch(/\.$/);
    expect(store.getDocument('nope')).toBeNull();
  });

  it('keeps what the parse coding says of an event: modality, PLOVER coding and trail', () => {
    const store = new SqliteStore(':memory:');
    const x = written('m', 'Japan could impose sanctions on North Korea.');
    putExtraction(store, x, META);
    const [e] = store.events(filters({ document: 'm' }), ALL).items;
    expect(e).toMatchObject({ modality: 'hypothetical', cameo: '163' });
    expect(e!.plover).toEqual(x.events[0]!.plover);
    expect(e!.trail).toEqual(x.events[0]!.trail);
    expect(e!.trail!.length).toBeGreaterThan(0);
  });

  it('hides what has not happened when the filters ask for stated and alleged acts only', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(
      store,
      written('h', 'Japan could impose sanctions on North Korea. Japan expelled two North Korean diplomats.'),
      META,
    );
    const all = store.events(filters({ document: 'h' }), ALL).items;
    expect(all.map((e) => e.modality).sort()).toEqual(['asserted', 'hypothetical']);
    const stated = store.events(filters({ document: 'h', modality: ['asserted', 'alleged'] }), ALL).items;
    expect(stated.map((e) => e.cameo)).toEqual(
      all.filter((e) => e.modality === 'asserted').map((e) => e.cameo),
    );
    const onlyHypothetical = store.events(filters({ document: 'h', modality: ['hypothetical'] }), ALL).items;
    expect(onlyHypothetical.map((e) => e.cameo)).toEqual(['163']);
    // the network follows the same filter
    expect(store.graph(filters({ modality: ['hypothetical'] }), { limit: 10 }).edges.length).toBe(1);
  });

  it("replaces a document's rows: events, mentions, time expressions and the text index", () => {
    const store = new SqliteStore(':memory:');
    const first = written(
      'w',
      'Egypt condemned Israel on 3 March 2016. Jordan praised Egypt on 4 March 2016.',
    );
    putExtraction(store, first, META);
    expect(store.getDocument('w')!.timexes).toHaveLength(2);
    expect(ids(store, { q: 'Jordan' })).toHaveLength(1);

    const second = written('w', 'Chile praised Peru on 5 May 2016.');
    putExtraction(store, second, META);
    const doc = store.getDocument('w')!;
    expect(doc.text).toBe('Chile praised Peru on 5 May 2016.');
    expect(doc.timexes.map((t) => t.value)).toEqual(['2016-05-05']);
    expect(doc.mentions.map((m) => m.actorId)).toEqual(['chile', 'peru']);
    expect(doc.eventCount).toBe(second.events.length);
    expect(store.stats().documents).toBe(1);
    expect(store.events(filters(), ALL).items.map((e) => e.text)).toEqual([
      'Chile praised Peru on 5 May 2016.',
    ]);
    expect(ids(store, { q: 'Jordan' })).toEqual([]);
    expect(ids(store, { actors: ['egypt'] })).toEqual([]);
    expect(store.db.prepare('SELECT count(*) AS n FROM mentions').get()).toEqual({ n: 2 });
  });

  it('removeDocument removes every row of it', () => {
    const store = corpus();
    removeStored(store, 'a');
    expect(store.getDocument('a')).toBeNull();
    expect(ids(store, {})).toEqual(ORDER.filter((id) => id.startsWith('b:')));
    expect(ids(store, { q: 'fishing' })).toEqual([]);
    for (const sql of [
      "SELECT count(*) AS n FROM events WHERE document_id = 'a'",
      "SELECT count(*) AS n FROM actor_records WHERE document_id = 'a'",
      "SELECT count(*) AS n FROM event_actors WHERE event_id LIKE 'a:%'",
    ])
      expect(store.db.prepare(sql).get(), sql).toEqual({ n: 0 });
  });
});

describe('events(filters)', () => {
  const store = corpus();

  it('without filters: every event, by date then id, the undated last', () => {
    expect(ids(store, {})).toEqual(ORDER);
  });

  it('returns the contract fields with actor ids, the date and the document title', () => {
    const [e] = store.events(filters({ document: 'a', q: 'fishing' }), ALL).items;
    expect(e).toMatchObject({
      id: 'a:e3',
      documentId: 'a',
      documentTitle: 'About a',
      source: ['china'],
      target: ['japan'],
      type: 'criticize',
      stance: 'hostile',
      symmetric: false,
      date: { value: '2017-01', start: '2017-01-01', end: '2017-01-31' },
      evidence: [{ documentId: 'a', sentence: 3, text: 'China criticised Japan over fishing boats.' }],
    });
    expect(store.events(filters({ q: 'shelling' }), ALL).items[0]!.date).toBeNull();
  });

  it('with actors keeps events with any of them as source or target', () => {
    expect(ids(store, { actors: ['japan'] })).toEqual(['a:e2', 'a:e3']);
    expect(sorted(ids(store, { actors: ['ukraine', 'usa'] }))).toEqual(['a:e4', 'b:e4']);
    expect(ids(store, { actors: ['nobody'] })).toEqual([]);
  });

  it('with a directed pair keeps a→b and symmetric b→a', () => {
    expect(ids(store, { pair: { a: 'japan', b: 'china', directed: true } })).toEqual(['a:e2']);
    expect(ids(store, { pair: { a: 'china', b: 'japan', directed: true } })).toEqual(['a:e2', 'a:e3']);
    expect(ids(store, { pair: { a: 'russia', b: 'china', directed: true } })).toEqual(['b:e2', 'a:e0']);
    expect(ids(store, { pair: { a: 'china', b: 'russia', directed: true } })).toEqual(['b:e3']);
    expect(ids(store, { pair: { a: 'argentina', b: 'brazil', directed: true } })).toEqual(['b:e0']);
    expect(ids(store, { pair: { a: 'somalia', b: 'kenya', directed: true } })).toEqual([]);
  });

  it('with an undirected pair keeps both directions', () => {
    expect(ids(store, { pair: { a: 'japan', b: 'china', directed: false } })).toEqual(['a:e2', 'a:e3']);
    expect(ids(store, { pair: { a: 'china', b: 'russia', directed: false } })).toEqual([
      'b:e2',
      'a:e0',
      'b:e3',
    ]);
    expect(ids(store, { pair: { a: 'somalia', b: 'kenya', directed: false } })).toEqual(['b:e1']);
    expect(ids(store, { pair: { a: 'somalia', b: 'japan', directed: false } })).toEqual([]);
  });

  it('with stance, quad and type keeps the events of any value given', () => {
    expect(ids(store, { stance: ['hostile'] })).toEqual(['a:e1', 'b:e1', 'a:e3', 'a:e4', 'b:e4']);
    expect(ids(store, { stance: ['neutral', 'cooperative'] })).toEqual([
      'b:e2',
      'a:e0',
      'b:e3',
      'a:e2',
      'b:e0',
    ]);
    expect(ids(store, { quad: ['material_cooperation', 'neutral'] })).toEqual(['b:e2', 'b:e0']);
    expect(ids(store, { type: ['criticize', 'threaten'] })).toEqual(['a:e1', 'b:e1', 'a:e3', 'b:e4']);
    expect(ids(store, { type: ['praise'], stance: ['hostile'] })).toEqual([]);
  });

  it('with from/to keeps events whose date range meets the window, and no undated one', () => {
    expect(ids(store, { from: '2016-06-01', to: '2016-11-30' })).toEqual(['a:e1', 'b:e0', 'b:e1']);
    // a month meets a window that overlaps it; a year too
    expect(ids(store, { from: '2017-01-15', to: '2017-02-01' })).toEqual(['a:e3']);
    expect(ids(store, { from: '2015-06-01', to: '2015-06-30' })).toEqual(['b:e2']);
    expect(ids(store, { from: '2017-01-31' })).toEqual(['a:e3']);
    expect(ids(store, { from: '2017-02-01' })).toEqual([]);
    expect(ids(store, { to: '2016-01-01' })).toEqual(['b:e2']);
    // the window's bounds count: a day is in a window that ends or begins on it
    expect(ids(store, { from: '2016-03-03', to: '2016-03-03' })).toEqual(['a:e0', 'b:e3']);
    expect(ids(store, { from: '2000-01-01' })).toEqual(ORDER.slice(0, 8));
  });

  it('with q finds words of the sentence or the trigger, in any case', () => {
    expect(ids(store, { q: 'border' })).toEqual(['a:e1']);
    expect(ids(store, { q: 'FISHING Boats' })).toEqual(['a:e3']);
    expect(ids(store, { q: 'rebuked' })).toEqual(['b:e4']);
    expect(ids(store, { q: 'absent' })).toEqual([]);
  });

  it('with q, user text with quotes and operators never reaches the search engine as syntax', () => {
    for (const q of [
      '"a" OR NOT b*',
      'china AND',
      'NEAR(china japan)',
      '*',
      '"',
      "'",
      '-russia',
      'col:china',
      '^china',
      '(((',
      'china"',
      '\u00e9\u00e8 \u4e2d\u56fd',
      '!!!',
    ])
      expect(() => store.events(filters({ q }), ALL), q).not.toThrow();
    // operator words are words to look for, not operators
    expect(ids(store, { q: 'China OR Japan' })).toEqual([]);
    expect(ids(store, { q: '"fishing"' })).toEqual(['a:e3']);
    expect(ids(store, { q: 'fish*' })).toEqual([]);
  });

  it('with document keeps that document only', () => {
    expect(ids(store, { document: 'b' })).toEqual(ORDER.filter((id) => id.startsWith('b:')));
    expect(ids(store, { document: 'c' })).toEqual([]);
  });

  it('filters combine', () => {
    expect(ids(store, { actors: ['china'], stance: ['hostile'], from: '2016-01-01' })).toEqual(['a:e3']);
    expect(
      ids(store, { pair: { a: 'china', b: 'russia', directed: false }, document: 'b', q: 'warmly' }),
    ).toEqual(['b:e3']);
  });

  it('cursor pagination visits every event once, in order, and ends with a null cursor', () => {
    for (const limit of [1, 2, 3, 9, 10, 11]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = store.events(filters(), { limit, cursor });
        seen.push(...page.items.map((e) => e.id));
        expect(page.items.length).toBeLessThanOrEqual(limit);
        cursor = page.nextCursor;
        if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      } while (cursor && ++pages < 50);
      expect(seen, `limit ${limit}`).toEqual(ORDER);
    }
    // under filters too
    const first = store.events(filters({ stance: ['hostile'] }), { limit: 2, cursor: null });
    const second = store.events(filters({ stance: ['hostile'] }), { limit: 2, cursor: first.nextCursor });
    const third = store.events(filters({ stance: ['hostile'] }), { limit: 2, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((e) => e.id)).toEqual([
      'a:e1',
      'b:e1',
      'a:e3',
      'a:e4',
      'b:e4',
    ]);
    expect(third.nextCursor).toBeNull();
  });

  it('a cursor made up by a client gives a page, not an error', () => {
    expect(() => store.events(filters(), { limit: 5, cursor: 'bm9uc2Vuc2U' })).not.toThrow();
  });

  it('exportEvents yields every event under the filters, across its internal pages', () => {
    expect([...store.exportEvents(filters())].map((e) => e.id)).toEqual(ORDER);
    const big = new SqliteStore(':memory:');
    const many: Ev[] = Array.from({ length: 2300 }, (_, i) => ({
      s: ['chile'],
      t: ['peru'],
      text: `Chile praised Peru in statement ${i}.`,
      date: `2016-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    putExtraction(big, handMade('many', many), META);
    const out = [...big.exportEvents(filters())].map((e) => e.id);
    expect(out).toHaveLength(2300);
    expect(new Set(out).size).toBe(2300);
  });
});

describe('graph(filters)', () => {
  const store = corpus();

  it('has a node per actor in an edge and a directed edge per pair, a symmetric event counted both ways', () => {
    const g = store.graph(filters(), { limit: 100 });
    expect(g.truncated).toBe(false);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(
      [
        'argentina',
        'brazil',
        'china',
        'france',
        'germany',
        'japan',
        'kenya',
        'russia',
        'somalia',
        'ukraine',
        'usa',
      ].sort(),
    );
    const edges = Object.fromEntries(g.edges.map((e) => [`${e.source}>${e.target}`, e.events]));
    expect(edges).toEqual({
      'argentina>brazil': 1,
      'brazil>argentina': 1,
      'china>japan': 2,
      'china>russia': 1,
      'china>usa': 1,
      'france>germany': 1,
      'japan>china': 1,
      'kenya>somalia': 1,
      'russia>china': 2,
      'russia>ukraine': 1,
    });
    const node = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
    expect(node.china).toMatchObject({ name: 'China', kind: 'country', events: 6 });
    expect(node.russia!.events).toBe(4);
    expect(node.japan!.events).toBe(2);
  });

  it("an uncoded event (a user's code outside CAMEO) counts in its edge's events, not in its mean score", () => {
    const s = new SqliteStore(':memory:');
    const x = handMade('u', [
      { s: ['veloria'], t: ['kestmark'], text: 'Veloria scolded Kestmark.', stance: 'hostile', score: -4 },
      { s: ['veloria'], t: ['kestmark'], text: 'Veloria shunned Kestmark.' },
    ]);
    Object.assign(x.events[1]!, { cameo: null, code: 'W90', stance: null, quad: null, stanceScore: 0 });
    putExtraction(s, x, META);
    const e = s.graph(filters(), { limit: 10 }).edges.find((x) => x.source === 'veloria')!;
    expect(e).toMatchObject({ events: 2, cooperative: 0, neutral: 0, hostile: 1, meanScore: -4 });
    s.close();
  });

  it('an edge sums its stances, dates and score, and names events as evidence', () => {
    const g = store.graph(filters(), { limit: 100 });
    const e = g.edges.find((x) => x.source === 'china' && x.target === 'japan')!;
    expect(e).toMatchObject({
      events: 2,
      cooperative: 1,
      neutral: 0,
      hostile: 1,
      meanScore: -0.3,
      firstDate: '2016-05-05',
      lastDate: '2017-01-31',
    });
    expect(sorted(e.evidence)).toEqual(['a:e2', 'a:e3']);
    const undated = g.edges.find((x) => x.source === 'russia' && x.target === 'ukraine')!;
    expect(undated).toMatchObject({ firstDate: null, lastDate: null, hostile: 1 });
  });

  it('keeps the `limit` actors with most events, edges among them only, and says it truncated', () => {
    const g = store.graph(filters(), { limit: 3 });
    expect(g.truncated).toBe(true);
    expect(g.nodes.map((n) => n.id)).toEqual(['china', 'russia', 'japan']);
    expect(g.edges.map((e) => `${e.source}>${e.target}`)).toEqual([
      'china>japan',
      'china>russia',
      'japan>china',
      'russia>china',
    ]);
  });

  it('under filters', () => {
    const g = store.graph(filters({ stance: ['hostile'], from: '2016-01-01' }), { limit: 100 });
    expect(g.edges.map((e) => `${e.source}>${e.target}`)).toEqual([
      'china>japan',
      'france>germany',
      'kenya>somalia',
    ]);
    expect(g.edges.every((e) => e.events === 1 && e.hostile === 1)).toBe(true);
    expect(store.graph(filters({ actors: ['nobody'] }), { limit: 100 })).toEqual({
      nodes: [],
      edges: [],
      truncated: false,
    });
  });
});

describe('timeline(filters, bin)', () => {
  const store = corpus();
  const total = (bins: { cooperative: number; neutral: number; hostile: number }[]) =>
    bins.reduce((n, b) => n + b.cooperative + b.neutral + b.hostile, 0);

  it.each(['day', 'week', 'month', 'year'] as const)('%s bins sum to the event count', (bin) => {
    const bins = store.timeline(filters(), bin);
    expect(total(bins)).toBe(10);
    // in order, the undated last
    const starts = bins.map((b) => b.start);
    expect(starts.at(-1)).toBeNull();
    expect(starts.slice(0, -1)).toEqual([...starts.slice(0, -1)].sort());
    for (const f of [{ stance: ['hostile' as const] }, { actors: ['china'] }, { from: '2016-01-01' }])
      expect(total(store.timeline(filters(f), bin))).toBe(ids(store, f).length);
  });

  it('month bins start on the first, with counts by stance', () => {
    expect(store.timeline(filters(), 'month')).toEqual([
      { start: '2015-01-01', cooperative: 0, neutral: 1, hostile: 0, uncoded: 0 },
      { start: '2016-03-01', cooperative: 2, neutral: 0, hostile: 0, uncoded: 0 },
      { start: '2016-05-01', cooperative: 1, neutral: 0, hostile: 0, uncoded: 0 },
      { start: '2016-06-01', cooperative: 0, neutral: 0, hostile: 1, uncoded: 0 },
      { start: '2016-11-01', cooperative: 1, neutral: 0, hostile: 1, uncoded: 0 },
      { start: '2017-01-01', cooperative: 0, neutral: 0, hostile: 1, uncoded: 0 },
      { start: null, cooperative: 0, neutral: 0, hostile: 2, uncoded: 0 },
    ]);
  });

  it('week bins start on Mondays: Sunday 20 November 2016 is in the week of the 14th', () => {
    const weeks = store.timeline(filters({ from: '2016-11-01', to: '2016-11-30' }), 'week');
    expect(weeks).toEqual([
      { start: '2016-11-14', cooperative: 1, neutral: 0, hostile: 0, uncoded: 0 },
      { start: '2016-11-21', cooperative: 0, neutral: 0, hostile: 1, uncoded: 0 },
    ]);
  });

  it('year and day bins', () => {
    expect(store.timeline(filters(), 'year').map((b) => [b.start, total([b])])).toEqual([
      ['2015-01-01', 1],
      ['2016-01-01', 6],
      ['2017-01-01', 1],
      [null, 2],
    ]);
    expect(store.timeline(filters({ to: '2016-03-31' }), 'day').map((b) => [b.start, total([b])])).toEqual([
      ['2015-01-01', 1],
      ['2016-03-03', 2],
    ]);
  });
});

describe('actors(filters)', () => {
  const store = new SqliteStore(':memory:');
  putExtraction(store, handMade('a', DOC_A), META);
  putExtraction(store, handMade('b', DOC_B, { published: '2016-12-02' }), META);
  putExtraction(
    store,
    handMade(
      'c',
      [
        { s: ['fifty-fifty'], t: ['chile'], text: 'Fifty_Fifty praised Chile.' },
        { s: ['tax-alliance'], t: ['chile'], text: 'The 100% Alliance praised Chile.' },
      ],
      { names: { 'fifty-fifty': 'Fifty_Fifty Party', 'tax-alliance': 'Tax 100% Alliance' } },
    ),
    META,
  );

  it('counts events in all, as source and as target, most events first', () => {
    const list = store.actors(filters(), { limit: 100 });
    expect(list[0]).toMatchObject({
      id: 'china',
      name: 'China',
      events: 6,
      asSource: 3,
      asTarget: 3,
      mentions: 1,
    });
    expect(list.find((a) => a.id === 'russia')).toMatchObject({ events: 4, asSource: 3, asTarget: 1 });
    expect(list.map((a) => a.events)).toEqual([...list.map((a) => a.events)].sort((x, y) => y - x));
    expect(store.actors(filters(), { limit: 2 }).map((a) => a.id)).toEqual(['china', 'russia']);
  });

  it('counts under the filters', () => {
    expect(store.actors(filters({ actors: ['japan'] }), { limit: 100 }).map((a) => [a.id, a.events])).toEqual(
      [
        ['china', 2],
        ['japan', 2],
      ],
    );
    expect(store.actors(filters({ stance: ['neutral'] }), { limit: 100 }).map((a) => a.id)).toEqual([
      'china',
      'russia',
    ]);
  });

  it('name searches names and aliases, in any case', () => {
    expect(store.actors(filters(), { limit: 100, name: 'CHI' }).map((a) => a.id)).toEqual(['china', 'chile']);
    expect(store.actors(filters(), { limit: 100, name: 'fifty' }).map((a) => a.id)).toEqual(['fifty-fifty']);
  });

  it('% and _ in name are characters to find, not wildcards; so are quotes and backslashes', () => {
    expect(store.actors(filters(), { limit: 100, name: '%' }).map((a) => a.id)).toEqual(['tax-alliance']);
    expect(store.actors(filters(), { limit: 100, name: '100%' }).map((a) => a.id)).toEqual(['tax-alliance']);
    expect(store.actors(filters(), { limit: 100, name: '_' }).map((a) => a.id)).toEqual(['fifty-fifty']);
    expect(store.actors(filters(), { limit: 100, name: 'C_ina' })).toEqual([]);
    expect(store.actors(filters(), { limit: 100, name: 'Ch%na' })).toEqual([]);
    // the aliases are stored as JSON: its quotes and commas are not part of any name
    expect(store.actors(filters(), { limit: 100, name: '"' })).toEqual([]);
    expect(store.actors(filters(), { limit: 100, name: '["' })).toEqual([]);
    expect(store.actors(filters(), { limit: 100, name: '\\' })).toEqual([]);
  });
});

describe('documents', () => {
  it('listDocuments: newest first, in pages', () => {
    const store = new SqliteStore(':memory:');
    for (const [id, published] of [
      ['d1', '2016-01-01'],
      ['d2', '2016-03-01'],
      ['d3', '2016-02-01'],
      ['d4', '2016-03-01'],
    ] as const)
      putExtraction(
        store,
        handMade(id, [{ s: ['chile'], t: ['peru'], text: `Chile praised Peru in ${id}.` }], { published }),
        META,
      );
    const all = store.listDocuments({ limit: 10, cursor: null });
    expect(all.items.map((d) => d.id)).toEqual(['d4', 'd2', 'd3', 'd1']);
    expect(all.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = store.listDocuments({ limit: 3, cursor });
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['d4', 'd2', 'd3', 'd1']);
    expect(all.items[0]).toMatchObject({ title: 'About d4', eventCount: 1, origin: 'corpus' });
  });
});

describe('the same statement in several documents', () => {
  const SAME = 'Kenya threatened Somalia with sanctions on 21 November 2016.';
  const docs = {
    p: `${SAME} Ethiopia praised Eritrea on 2 November 2016.`,
    q: `Analysts were surprised. ${SAME}`,
    r: `${SAME} Ghana praised Togo on 3 November 2016.`,
  };
  const threat = (store: SqliteStore) =>
    store.events(filters({ pair: { a: 'kenya', b: 'somalia', directed: true } }), ALL).items;

  it('is one event with the evidence of both', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('p', docs.p), META);
    putExtraction(store, written('q', docs.q), META);
    const events = threat(store);
    expect(events).toHaveLength(1);
    expect(events[0]!.documentId).toBe('p');
    expect(events[0]!.evidence.map((e) => e.documentId)).toEqual(['p', 'q']);
    expect(events[0]!.evidence.every((e) => e.text === SAME)).toBe(true);
    expect(store.stats().events).toBe(ids(store, {}).length);
    expect(store.timeline(filters({ actors: ['somalia'] }), 'day')).toEqual([
      { start: '2016-11-21', cooperative: 0, neutral: 0, hostile: 1, uncoded: 0 },
    ]);
    expect(store.graph(filters(), { limit: 10 }).edges.find((e) => e.source === 'kenya')!.events).toBe(1);
    expect(store.getDocument('q')!.events).toHaveLength(1);
  });

  it("a document's events include the statements it repeats from another document", () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('p', docs.p), META);
    putExtraction(store, written('q', docs.q), META);
    const events = store.events(filters({ document: 'q' }), ALL).items;
    expect(events.map((e) => e.text)).toEqual([SAME]);
    expect(events[0]!.evidence.map((e) => e.documentId)).toEqual(['p', 'q']);
    expect(ids(store, { document: 'p' })).toHaveLength(2);
    expect(store.timeline(filters({ document: 'q' }), 'day')).toHaveLength(1);
  });

  it("removing the first document makes the second's event canonical again", () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('p', docs.p), META);
    putExtraction(store, written('q', docs.q), META);
    removeStored(store, 'p');
    const events = threat(store);
    expect(events).toHaveLength(1);
    expect(events[0]!.documentId).toBe('q');
    expect(events[0]!.evidence.map((e) => e.documentId)).toEqual(['q']);
  });

  it('with three documents, removing the first leaves the second canonical, with the third as its evidence', () => {
    const store = new SqliteStore(':memory:');
    for (const id of ['p', 'q', 'r'] as const) putExtraction(store, written(id, docs[id]), META);
    expect(threat(store).map((e) => e.evidence.map((x) => x.documentId))).toEqual([['p', 'q', 'r']]);
    removeStored(store, 'p');
    const events = threat(store);
    expect(events.map((e) => e.documentId)).toEqual(['q']);
    expect(events[0]!.evidence.map((e) => e.documentId)).toEqual(['q', 'r']);
  });

  it('re-indexing the first document keeps one event', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('p', docs.p), META);
    putExtraction(store, written('q', docs.q), META);
    putExtraction(store, written('p', docs.p), META);
    const events = threat(store);
    expect(events).toHaveLength(1);
    expect(sorted(events[0]!.evidence.map((e) => e.documentId))).toEqual(['p', 'q']);
  });

  it('a statement of another date, or within one document, is not merged across', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('p', docs.p), META);
    putExtraction(store, written('s', 'Kenya threatened Somalia with sanctions on 22 November 2016.'), META);
    expect(threat(store)).toHaveLength(2);
  });
});

describe('settle', () => {
  const FULL = 'Kenyan Foreign Minister Amina Wanjiru praised Uganda on Monday.';
  const SURNAME = 'Ms Wanjiru criticised Tanzania on Monday.';
  const GUESS = 'Tanzania said Okello had insulted its leaders. Kenya praised Rwanda on Monday.';

  it('merges a surname-only person into the one person of that surname named in full elsewhere', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('k1', FULL), META);
    putExtraction(store, written('k2', SURNAME), META);
    expect(ids(store, { actors: ['amina-wanjiru'] })).toHaveLength(1);
    const result = settleCorpus(store);
    expect(result.renamed).toBeGreaterThanOrEqual(1);
    const events = store.events(filters({ actors: ['amina-wanjiru'] }), ALL).items;
    expect(events.map((e) => e.documentId).sort()).toEqual(['k1', 'k2']);
    expect(events.find((e) => e.documentId === 'k2')!.source).toEqual(['amina-wanjiru']);
    expect(ids(store, { actors: ['wanjiru'] })).toEqual([]);
    expect(store.actorsById(['wanjiru', 'amina-wanjiru']).map((a) => a.id)).toEqual(['amina-wanjiru']);
    const [actor] = store.actors(filters(), { limit: 10, name: 'wanjiru' });
    expect(actor).toMatchObject({ id: 'amina-wanjiru', events: 2, asSource: 2 });
    expect(actor!.aliases).toContain('Wanjiru');
    expect(store.getDocument('k2')!.mentions.find((m) => m.text.endsWith('Wanjiru'))!.actorId).toBe(
      'amina-wanjiru',
    );
    // the graph and the pair filter see the merged actor
    expect(ids(store, { pair: { a: 'amina-wanjiru', b: 'tanzania', directed: true } })).toHaveLength(1);
    expect(store.graph(filters(), { limit: 10 }).nodes.map((n) => n.id)).not.toContain('wanjiru');
  });

  it('a document added after settle uses the merged actor at once', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('k1', FULL), META);
    putExtraction(store, written('k2', SURNAME), META);
    settleCorpus(store);
    putExtraction(store, written('k3', 'Ms Wanjiru criticised Burundi on Monday.'), META);
    expect(ids(store, { actors: ['amina-wanjiru'] })).toHaveLength(3);
  });

  it('drops a one-off capitalised guess named in one document only, keeps it when two name it', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('g1', GUESS), META);
    expect(store.actorsById(['okello'])).toHaveLength(1);
    const result = settleCorpus(store);
    expect(result.dropped).toBeGreaterThanOrEqual(1);
    expect(store.actorsById(['okello'])).toEqual([]);
    expect(store.actorsById(['kenya', 'rwanda', 'tanzania'])).toHaveLength(3);
    expect(store.getDocument('g1')!.mentions.find((m) => m.text === 'Okello')!.actorId).toBeNull();

    putExtraction(store, written('g2', 'Uganda said Okello had insulted its leaders.'), META);
    settleCorpus(store);
    expect(store.actorsById(['okello']).map((a) => a.name)).toEqual(['Okello']);
    expect(store.getDocument('g1')!.mentions.find((m) => m.text === 'Okello')!.actorId).toBe('okello');
  });

  it('after a document is removed, settle forgets what only it named', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(store, written('k1', FULL), META);
    putExtraction(store, written('k2', SURNAME), META);
    settleCorpus(store);
    removeStored(store, 'k1');
    settleCorpus(store);
    expect(store.actorsById(['amina-wanjiru'])).toEqual([]);
    expect(store.events(filters({ document: 'k2' }), ALL).items[0]!.source).toEqual(['wanjiru']);
  });
});

describe('version()', () => {
  it('changes after every write and stays the same between reads', () => {
    const store = new SqliteStore(':memory:');
    const seen = new Set([store.version()]);
    const changed = (what: string) => {
      const v = store.version();
      expect(seen.has(v), what).toBe(false);
      seen.add(v);
      expect(store.version()).toBe(v);
    };
    putExtraction(store, handMade('a', DOC_A), META);
    changed('putDocument');
    store.events(filters(), ALL);
    store.graph(filters(), { limit: 10 });
    expect(seen.has(store.version())).toBe(true);
    settleCorpus(store);
    changed('settle');
    store.setIndexState({ ...store.indexState(), running: true });
    changed('setIndexState');
    removeStored(store, 'a');
    changed('removeDocument');
  });

  it('changes when another connection writes the same file', () => {
    const file = path.join(tmp, 'version', 'detente.db');
    const reader = new SqliteStore(file);
    const writer = new SqliteStore(file);
    const before = reader.version();
    putExtraction(writer, handMade('a', DOC_A), META);
    expect(reader.version()).not.toBe(before);
    expect(reader.stats().events).toBe(5);
    reader.close();
    writer.close();
  });

  it('two stores never share a version, so no cache mixes their answers', () => {
    const one = new SqliteStore(':memory:');
    const two = new SqliteStore(':memory:');
    expect(one.version()).not.toBe(two.version());
    putExtraction(one, handMade('a', DOC_A), META);
    putExtraction(two, handMade('b', DOC_B), META);
    expect(one.version()).not.toBe(two.version());
  });
});

describe('index state', () => {
  it('is empty at first and reads back what was set', () => {
    const store = new SqliteStore(':memory:');
    expect(store.indexState()).toMatchObject({ running: false, done: 0, total: 0, finishedAt: null });
    const state = {
      ...store.indexState(),
      running: true,
      done: 3,
      total: 9,
      startedAt: '2016-11-15T00:00:00.000Z',
    };
    store.setIndexState(state);
    expect(store.indexState()).toEqual(state);
  });
});

describe('index state', () => {
  it('a run whose process is alive is running; one whose process is gone is interrupted', () => {
    const s = new SqliteStore(':memory:');
    const base = {
      running: true,
      done: 3,
      total: 10,
      extracted: 3,
      unchanged: 0,
      removed: 0,
      problems: 0,
      startedAt: '2026-11-28T00:00:00Z',
      updatedAt: '2026-11-28T00:00:01Z',
      finishedAt: null,
    };
    s.setIndexState({ ...base, pid: process.pid });
    expect(s.indexState()).toMatchObject({ running: true });
    expect(s.indexState().interrupted).toBeUndefined();
    // a pid no process has (above the kernel's pid_max)
    s.setIndexState({ ...base, pid: 2 ** 22 + 12345 });
    expect(s.indexState()).toMatchObject({ running: false, interrupted: true, done: 3 });
    s.close();
  });
});

describe("actors' codes (issue 13)", () => {
  it('keep their CAMEO code, role and trail through the store and its settling', () => {
    const store = new SqliteStore(':memory:');
    putExtraction(
      store,
      written('coded', 'Vladimir Putin criticised Ukraine on Monday.', '2016-04-12'),
      META,
    );
    settleCorpus(store);
    const putin = store.actors(filters(), { limit: 100 }).find((a) => a.id === 'vladimir-putin');
    expect(putin).toMatchObject({ code: 'RUSGOV', role: 'GOV' });
    expect(putin?.trail?.[0]).toMatch(/^from the Phoenix countries list \(line \d+\), RUSGOV/);
    store.close();
  });
});
