/**
 * The store contract: the same documents written to each engine give the same answers to every
 * question the routes ask, SQLite in a temporary file and PostgreSQL on a real server the suite
 * starts itself (lib/store/postgres/local.ts: initdb into a temporary folder, a free port, stopped
 * after). No mocks of either engine. The articles are written here.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putExtraction, removeStored, settleCorpus } from '@/lib/domain';
import { EMPTY_FILTERS, type Bin, type Filters } from '@/lib/filters';
import { indexCorpus } from '@/lib/indexer';
import { EXTRACTOR_VERSION, extractDocument, type DocumentExtraction } from '@/lib/nlp/pipeline';
import { awaitedSqlite, type Engine } from '@/lib/store/engine';
import { PostgresStore } from '@/lib/store/postgres';
import { createDatabase, startLocalPostgres, type LocalPostgres } from '@/lib/store/postgres/local';
import { actAsServer, uploadRequest } from '../fixtures/uploads';
import {
  addDocuments,
  queueUploads,
  uploadFileName,
  uploadPolicy,
  uploadsFolder,
  uploadStatus,
} from '@/lib/api/uploads';
import { drainUploads } from '@/lib/indexer/uploads';
import { closeEngine } from '@/lib/store';
import { PostgresUploadQueue } from '@/lib/store/postgres/queue';
import { SqliteStore } from '@/lib/store/sqlite';
import type { EventRecord, Page } from '@/lib/store/types';

const ARTICLES: { id: string; title: string; published: string; url: string; text: string }[] = [
  {
    id: 'kremlin-beijing',
    title: 'Moscow and Beijing sign a trade pact',
    published: '2016-11-14',
    url: 'https://example.org/kremlin-beijing',
    text:
      'Russia and China signed a trade agreement in Beijing on Monday. ' +
      'President Vladimir Putin praised Chinese President Xi Jinping for his patience. ' +
      'Ukraine accused Russia of shelling the port of Mariupol on Sunday.',
  },
  {
    id: 'kyiv-warning',
    title: 'Kyiv warns of new shelling',
    published: '2016-11-15',
    url: 'https://example.org/kyiv-warning',
    text:
      'Ukraine accused Russia of shelling the port of Mariupol on Sunday. ' +
      'Putin criticised NATO over new deployments in Poland. ' +
      'Germany urged Russia to withdraw its troops from the border.',
  },
  {
    id: 'tehran-sanctions',
    title: 'Sanctions and talks',
    published: '2016-10-02',
    url: 'https://example.org/tehran-sanctions',
    text:
      'The United States imposed new sanctions on Iran on Saturday. ' +
      'Iran condemned the sanctions and threatened to retaliate. ' +
      'Japan and South Korea held talks in Tokyo on 1 October 2016.',
  },
];

const extractions: DocumentExtraction[] = ARTICLES.map((a) =>
  extractDocument({
    id: a.id,
    title: a.title,
    text: a.text,
    published: a.published,
    path: `/corpus/${a.id}.txt`,
    url: a.url,
  }),
);
// an event as a user's verb file outside CAMEO codes it (issue 17): no CAMEO code, stance or quad,
// stored as 'uncoded' and read back as null; it counts in the graph's events and in no stance
const uncoded = extractions[2]!.events.find((e) => e.trigger.includes('talks'))!;
Object.assign(uncoded, {
  type: 'user code W31',
  cameo: null,
  code: 'W31',
  quad: null,
  stance: null,
  stanceScore: 0,
  stanceCues: [],
});
delete uncoded.plover;

const meta = (x: DocumentExtraction) => ({
  origin: 'corpus' as const,
  root: '/corpus',
  contentHash: `hash-${x.document.id}`,
  extractorVersion: EXTRACTOR_VERSION,
});

const f = (x: Partial<Filters> = {}): Filters => ({ ...EMPTY_FILTERS, ...x });

/** The events of the first article that the second one tells again (the shelling of Mariupol). */
const toldTwice = extractions[0]!.events.filter((e) => /Mariupol/.test(e.text)).length;

/** Every page of a paged question, one small page at a time (so the cursors are exercised). */
async function allPages<T>(ask: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const page: Page<T> = await ask(cursor);
    out.push(...page.items);
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
  throw new Error('paging never ended');
}

/** The answers of one engine to every question the routes ask, under a set of filters. */
async function answers(e: Engine, filters: Filters) {
  const events = await allPages((cursor) => e.events(filters, { limit: 2, cursor }));
  const exported: EventRecord[] = [];
  for await (const ev of e.exportEvents(filters)) exported.push(ev);
  const bins: Bin[] = ['day', 'week', 'month', 'year'];
  return {
    events,
    exported,
    actors: await e.actors(filters, { limit: 50 }),
    graph: await e.graph(filters, { limit: 10, edges: 5 }),
    timeline: await Promise.all(bins.map((b) => e.timeline(filters, b))),
  };
}

let pg: LocalPostgres | null = null;
const engines: Record<string, Engine> = {};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-contract-'));

beforeAll(async () => {
  pg = await startLocalPostgres();
  engines.sqlite = awaitedSqlite(new SqliteStore(path.join(tmp, 'contract.db')));
  engines.postgres = await PostgresStore.open(pg.url);
  for (const e of Object.values(engines)) {
    for (const x of extractions) await putExtraction(e, x, meta(x));
    await settleCorpus(e);
  }
}, 120_000);

afterAll(async () => {
  for (const e of Object.values(engines)) await e.close();
  await pg?.stop();
  rmSync(tmp, { recursive: true, force: true });
}, 60_000);

describe('the store contract, on SQLite and on PostgreSQL', () => {
  it('the articles give events, actors and a sentence told twice', async () => {
    const total = extractions.reduce((n, x) => n + x.events.length, 0);
    expect(total).toBeGreaterThan(4);
    expect(toldTwice).toBeGreaterThan(0);
    for (const e of Object.values(engines)) {
      const stats = await e.stats();
      expect(stats.documents).toBe(3);
      // the shelling of Mariupol is in two articles: its events are shown once
      expect(stats.events).toBe(total - toldTwice);
      expect(stats.actors).toBeGreaterThan(5);
    }
  });

  it('answers every question alike with no filter', async () => {
    const [a, b] = [await answers(engines.sqlite!, f()), await answers(engines.postgres!, f())];
    expect(b).toEqual(a);
    // byte for byte, keys in the same order (the routes' JSON and ETags come from these)
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.events.length).toBeGreaterThan(3);
    expect(a.exported).toEqual(a.events);
    expect(a.graph.nodes.length).toBeGreaterThan(1);
  });

  it('keeps an event whose tone is not coded: null stance and quad, its code, in no stance count', async () => {
    for (const e of Object.values(engines)) {
      const all = await allPages((cursor) => e.events(f(), { limit: 50, cursor }));
      expect(all.find((x) => x.id === uncoded.id)).toMatchObject({
        stance: null,
        quad: null,
        cameo: null,
        code: 'W31',
        trigger: uncoded.trigger,
      });
      const toned = await allPages((cursor) =>
        e.events(f({ stance: ['cooperative', 'neutral', 'hostile'] }), { limit: 50, cursor }),
      );
      expect(toned.length).toBe(all.length - 1);
      // and a view of those alone (`stance=uncoded`), on the events and on the graph
      const alone = await allPages((cursor) => e.events(f({ stance: ['uncoded'] }), { limit: 50, cursor }));
      expect(alone.map((x) => x.id)).toEqual([uncoded.id]);
      const mixed = await allPages((cursor) =>
        e.events(f({ stance: ['uncoded', 'hostile'] }), { limit: 50, cursor }),
      );
      expect(mixed.length).toBe(1 + all.filter((x) => x.stance === 'hostile').length);
      // the timeline counts it as uncoded, in none of the three
      const bins = await e.timeline(f({ stance: ['uncoded'] }), 'day');
      expect(bins.map((b) => [b.uncoded, b.cooperative + b.neutral + b.hostile])).toEqual([[1, 0]]);
      const only = await e.graph(f({ stance: ['uncoded'] }), { limit: 50, edges: 50 });
      // the talks are symmetric: one edge each way, each with the one event and no stance
      expect(only.edges.map((x) => [x.events, x.cooperative + x.neutral + x.hostile])).toEqual([
        [1, 0],
        [1, 0],
      ]);
      const doc = await e.getDocument('tehran-sanctions');
      expect(doc!.events.find((x) => x.id === uncoded.id)?.stance).toBeNull();
      // the pair's edge counts the event, in none of the three stances
      const graph = await e.graph(f(), { limit: 50, edges: 50 });
      const edge = graph.edges.find((x) => x.source === uncoded.source[0] && x.target === uncoded.target[0])!;
      expect(edge.events).toBe(1);
      expect(edge.cooperative + edge.neutral + edge.hostile).toBe(0);
    }
  });

  it("leaves an uncoded event out of its edge's mean score, on both engines and both graph paths", async () => {
    const x = extractDocument({
      id: 'shunning',
      title: 'Shunned',
      text: 'Veloria condemned Kestmark on Monday. Veloria praised Kestmark on Tuesday.',
      published: '2016-11-16',
      path: '/corpus/shunning.txt',
    });
    const pair = (e: { source: string[]; target: string[] }) => e.source.length && e.target.length;
    const [coded, other] = x.events.filter(pair);
    expect(coded && other, JSON.stringify(x.events)).toBeTruthy();
    Object.assign(other!, {
      cameo: null,
      code: 'W90',
      stance: null,
      quad: null,
      stanceScore: 0,
      type: 'user code W90',
    });
    delete other!.plover;
    for (const e of Object.values(engines)) {
      await putExtraction(e, x, meta(x));
      await settleCorpus(e);
    }
    const edgeOf = async (e: Engine, filters: Filters) => {
      const g = await e.graph(filters, { limit: 100, edges: 500 });
      const src = g.nodes.find((n) => n.name === 'Veloria')!.id;
      return g.edges.find((d) => d.source === src)!;
    };
    const actor = (await engines.postgres!.actors(f(), { limit: 100, name: 'Veloria' }))[0]!.id;
    // the totals (no filter) and the pair rows (an actor filter)
    for (const filters of [f(), f({ actors: [actor] })]) {
      const [a, b] = [await edgeOf(engines.sqlite!, filters), await edgeOf(engines.postgres!, filters)];
      expect(b).toEqual(a);
      expect(a).toMatchObject({ events: 2, meanScore: Math.round(coded!.stanceScore * 100) / 100 });
    }
    for (const e of Object.values(engines)) {
      await removeStored(e, 'shunning');
      await settleCorpus(e);
    }
  });

  it("marks a later article's event a duplicate only when it codes the same act: another user code is another event", async () => {
    // one sentence in three articles, its event coded W31, W32 and W31 by a user's verb file
    const told = ['W31', 'W32', 'W31'].map((code, i) => {
      const x = extractDocument({
        id: `retold-${i}`,
        title: 'Retold',
        text: 'Veloria and Kestmark held talks in Arlon on 3 November 2016.',
        published: '2016-11-04',
        path: `/corpus/retold-${i}.txt`,
      });
      const talks = x.events.filter((e) => e.source.length && e.target.length);
      expect(talks, JSON.stringify(x.events)).toHaveLength(1);
      Object.assign(talks[0]!, {
        cameo: null,
        code,
        stance: null,
        quad: null,
        stanceScore: 0,
        type: `user code ${code}`,
      });
      delete talks[0]!.plover;
      return x;
    });
    for (const e of Object.values(engines)) {
      for (const x of told) await putExtraction(e, x, meta(x));
      await settleCorpus(e);
    }
    const shown = async (e: Engine) =>
      (await allPages((cursor) => e.events(f({ q: 'Arlon' }), { limit: 50, cursor })))
        .map((x) => ({
          documentId: x.documentId,
          code: x.code,
          evidence: x.evidence.map((v) => v.documentId),
        }))
        .sort((x, y) => x.documentId.localeCompare(y.documentId));
    const [a, b] = [await shown(engines.sqlite!), await shown(engines.postgres!)];
    expect(b).toEqual(a);
    expect(a).toEqual([
      { documentId: 'retold-0', code: 'W31', evidence: ['retold-0', 'retold-2'] },
      { documentId: 'retold-1', code: 'W32', evidence: ['retold-1'] },
    ]);
    for (const e of Object.values(engines)) {
      for (const x of told) await removeStored(e, x.document.id);
      await settleCorpus(e);
    }
  });

  it('answers alike under each kind of filter', async () => {
    const all = await allPages((cursor) => engines.sqlite!.events(f(), { limit: 50, cursor }));
    const ev = all.find((x) => x.source.length && x.target.length)!;
    const cases: Partial<Filters>[] = [
      { actors: [ev.source[0]!] },
      { pair: { a: ev.source[0]!, b: ev.target[0]!, directed: true } },
      { pair: { a: ev.target[0]!, b: ev.source[0]!, directed: false } },
      { stance: ['hostile'] },
      { stance: ['cooperative', 'neutral'] },
      { quad: [ev.quad ?? 'neutral'] },
      { modality: ['asserted'] },
      { type: [ev.type] },
      { from: '2016-11-01', to: '2016-11-30' },
      { to: '2016-10-31' },
      { q: 'shelling Mariupol' },
      { q: '!!' },
      { document: 'kyiv-warning' },
    ];
    for (const c of cases) {
      const [a, b] = [await answers(engines.sqlite!, f(c)), await answers(engines.postgres!, f(c))];
      expect(b, JSON.stringify(c)).toEqual(a);
      expect(JSON.stringify(b), JSON.stringify(c)).toBe(JSON.stringify(a));
    }
    // the filters do select: the search finds the shelling, the document filter its own events
    const shelling = await engines.postgres!.events(f({ q: 'shelling Mariupol' }), {
      limit: 50,
      cursor: null,
    });
    expect(shelling.items.length).toBe(toldTwice);
    for (const x of shelling.items) expect(x.evidence.length).toBe(2);
    const kyiv = await engines.postgres!.events(f({ document: 'kyiv-warning' }), { limit: 50, cursor: null });
    expect(kyiv.items.length).toBeGreaterThan(0);
  });

  it('lists and shows documents alike', async () => {
    const lists = await Promise.all(
      Object.values(engines).map((e) => allPages((cursor) => e.listDocuments({ limit: 1, cursor }))),
    );
    const stamped = (l: { indexedAt: string }[]) => l.map((d) => ({ ...d, indexedAt: '' }));
    expect(stamped(lists[1]!)).toEqual(stamped(lists[0]!));
    expect(lists[0]!.map((d) => d.id)).toEqual(['kyiv-warning', 'kremlin-beijing', 'tehran-sanctions']);
    for (const a of ARTICLES) {
      const [x, y] = await Promise.all(Object.values(engines).map((e) => e.getDocument(a.id)));
      expect({ ...y!, indexedAt: '' }).toEqual({ ...x!, indexedAt: '' });
      expect(x!.timexes.length).toBeGreaterThan(0);
      expect(x!.mentions.length).toBeGreaterThan(0);
      const urls = await Promise.all(Object.values(engines).map((e) => e.getDocumentUrl(a.id)));
      expect(urls).toEqual([a.url, a.url]);
    }
    for (const e of Object.values(engines)) expect(await e.getDocument('nothing-here')).toBeNull();
  });

  it('answers the indexer and the labels alike', async () => {
    const ask = async (e: Engine) => {
      const actors = await e.actors(f(), { limit: 50 });
      return {
        byId: await e.actorsById([...actors.map((a) => a.id)].reverse().concat(['no-such-actor'])),
        named: await e.actors(f(), { limit: 50, name: 'PUT' }),
        types: await e.eventTypes(),
        roots: await e.corpusRoots(),
        under: await e.documentsUnder('/corpus'),
        state: await e.documentState('kyiv-warning'),
        counts: await e.documentCounts('kyiv-warning'),
        none: await e.documentCounts('nothing-here'),
      };
    };
    const [a, b] = [await ask(engines.sqlite!), await ask(engines.postgres!)];
    expect(b).toEqual(a);
    expect(a.named.map((x) => x.id)).toContain('vladimir-putin');
    expect(a.roots).toEqual([{ root: '/corpus', documents: 3 }]);
    expect(a.state).toMatchObject({ contentHash: 'hash-kyiv-warning', origin: 'corpus' });
  });

  it('keeps the index state and moves the data version on every write', async () => {
    for (const e of Object.values(engines)) {
      const before = await e.version();
      await e.setIndexState({
        running: false,
        done: 3,
        total: 3,
        extracted: 3,
        unchanged: 0,
        removed: 0,
        problems: 0,
        startedAt: '2016-11-15T10:00:00.000Z',
        updatedAt: '2016-11-15T10:00:01.000Z',
        finishedAt: '2016-11-15T10:00:01.000Z',
      });
      expect(await e.version()).not.toBe(before);
      expect(await e.indexState()).toMatchObject({ done: 3, total: 3, running: false });
    }
  });

  it('removing the first telling of a repeated event shows the second one; both engines alike', async () => {
    for (const e of Object.values(engines)) {
      await removeStored(e, 'kremlin-beijing');
      await settleCorpus(e);
    }
    const [a, b] = [await answers(engines.sqlite!, f()), await answers(engines.postgres!, f())];
    expect(b).toEqual(a);
    const shelling = a.events.filter((x) => /Mariupol/.test(x.text));
    expect(new Set(shelling.map((x) => x.documentId))).toEqual(new Set(['kyiv-warning']));
    expect(shelling.length).toBe(toldTwice);
    // and putting it back marks the later telling again
    for (const e of Object.values(engines)) {
      await putExtraction(e, extractions[0]!, meta(extractions[0]!));
      await settleCorpus(e);
    }
    const [c, d] = [await answers(engines.sqlite!, f()), await answers(engines.postgres!, f())];
    expect(d).toEqual(c);
    expect(c.events.filter((x) => /Mariupol/.test(x.text)).length).toBe(toldTwice);
  });

  it("keeps PostgreSQL's graph totals equal to a count of the pair rows through every kind of write", async () => {
    const store = engines.postgres as PostgresStore;
    /** The totals as kept, and as counted again from event_pairs now. */
    const totals = async () => {
      const q = async (sql: string) => (await store.pool.query(sql)).rows as Record<string, unknown>[];
      const counted = 'canonical AND src IS NOT NULL AND tgt IS NOT NULL AND src != tgt';
      return {
        pairs: await q(
          'SELECT src, tgt, stance, date_start, date_end, n, score_sum, ev_min, ev_max FROM pair_totals ORDER BY 1, 2, 3, 4, 5',
        ),
        recounted: await q(
          `SELECT src, tgt, stance, date_start, date_end, count(*)::int AS n, sum(score) AS score_sum, min(event_id) AS ev_min,
             max(event_id) AS ev_max FROM event_pairs WHERE ${counted} GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
        ),
        actors: await q(
          'SELECT actor, stance, date_start, date_end, n FROM actor_totals ORDER BY 1, 2, 3, 4',
        ),
        all: await q(
          'SELECT src, tgt, stance, n, first, last, ev_min, ev_max FROM pair_totals_all ORDER BY 1, 2, 3',
        ),
        allRecounted: await q(
          `SELECT src, tgt, stance, count(*)::int AS n, min(date_start) AS first, max(date_end) AS last, min(event_id) AS ev_min,
             max(event_id) AS ev_max FROM event_pairs WHERE ${counted} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        ),
        actorsAll: await q('SELECT actor, stance, n FROM actor_totals_all ORDER BY 1, 2'),
        actorsAllRecounted: await q(
          `SELECT actor, stance, count(DISTINCT event_id)::int AS n FROM (
             SELECT src AS actor, stance, event_id FROM event_pairs WHERE ${counted}
             UNION ALL SELECT tgt, stance, event_id FROM event_pairs WHERE ${counted}) x
           GROUP BY 1, 2 ORDER BY 1, 2`,
        ),
        actorsRecounted: await q(
          `SELECT actor, stance, date_start, date_end, count(DISTINCT event_id)::int AS n FROM (
             SELECT src AS actor, stance, date_start, date_end, event_id FROM event_pairs WHERE ${counted}
             UNION ALL SELECT tgt, stance, date_start, date_end, event_id FROM event_pairs WHERE ${counted}) x
           GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
        ),
      };
    };
    const exact = async (step: string) => {
      const t = await totals();
      expect(t.pairs.length, step).toBeGreaterThan(0);
      expect(t.pairs, step).toEqual(t.recounted);
      expect(t.actors, step).toEqual(t.actorsRecounted);
      expect(t.all, step).toEqual(t.allRecounted);
      expect(t.actorsAll, step).toEqual(t.actorsAllRecounted);
    };
    await exact('as indexed');
    // a removal (its events and pairs go by cascade, the second telling becomes the one shown)
    await removeStored(store, 'kremlin-beijing');
    await exact('after a removal');
    await settleCorpus(store);
    await exact('after settling');
    // written again: new pairs, and the later telling marked a duplicate again
    await putExtraction(store, extractions[0]!, meta(extractions[0]!));
    await exact('after writing again');
    await settleCorpus(store);
    await exact('after settling again');
    // an actor given another id (as settling does when it merges two), then settled back
    await store.pool.query(
      "UPDATE event_pairs SET src = 'renamed' WHERE src = (SELECT src FROM event_pairs WHERE src IS NOT NULL ORDER BY src LIMIT 1)",
    );
    await exact('after an actor is renamed');
    await settleCorpus(store);
    await exact('after it is settled back');
    // the whole recount that large statements take (and the migration of a filled database)
    await store.pool.query(
      'DELETE FROM pair_totals; DELETE FROM actor_totals; DELETE FROM pair_totals_all; DELETE FROM actor_totals_all',
    );
    await store.pool.query('SELECT graph_totals_rebuild()');
    await exact('counted again whole');
    // the graph under the filters the totals answer is the one SQLite counts from its pair rows
    for (const c of [
      {},
      { stance: ['hostile' as const] },
      { from: '2016-11-01', to: '2016-11-30' },
      { to: '2016-10-31' },
    ]) {
      const [a, b] = [
        await engines.sqlite!.graph(f(c), { limit: 10, edges: 5 }),
        await store.graph(f(c), { limit: 10, edges: 5 }),
      ];
      expect(JSON.stringify(b), JSON.stringify(c)).toBe(JSON.stringify(a));
    }
  });
});

describe('the indexer on either engine', () => {
  it('indexes a folder, then only what changed, and removes what left it, alike on both', async () => {
    const dir = path.join(tmp, 'corpus');
    mkdirSync(dir, { recursive: true });
    const file = (a: (typeof ARTICLES)[number]) =>
      `---\ntitle: ${a.title}\npublished: ${a.published}\nurl: ${a.url}\n---\n${a.text}\n`;
    for (const a of ARTICLES) writeFileSync(path.join(dir, `${a.id}.md`), file(a));
    // a database of its own on the same server
    const stores: Engine[] = [
      awaitedSqlite(new SqliteStore(path.join(tmp, 'indexed.db'))),
      await PostgresStore.open(await createDatabase(pg!.url, 'indexed')),
    ];
    try {
      const runs = async () => Promise.all(stores.map((s) => indexCorpus(s, [dir])));
      const first = await runs();
      for (const r of first) expect(r).toMatchObject({ extracted: 3, unchanged: 0, removed: 0 });
      expect(await answers(stores[1]!, f())).toEqual(await answers(stores[0]!, f()));
      writeFileSync(
        path.join(dir, 'tehran-sanctions.md'),
        file({ ...ARTICLES[2]!, text: 'Iran praised Japan for its restraint on Saturday.' }),
      );
      unlinkSync(path.join(dir, 'kremlin-beijing.md'));
      const second = await runs();
      for (const r of second) expect(r).toMatchObject({ extracted: 1, unchanged: 1, removed: 1 });
      const [a, b] = [await answers(stores[0]!, f()), await answers(stores[1]!, f())];
      expect(b).toEqual(a);
      expect(new Set(a.events.map((e) => e.documentId))).toEqual(
        new Set(['kyiv-warning', 'tehran-sanctions']),
      );
      for (const s of stores)
        expect(await s.indexState()).toMatchObject({ running: false, extracted: 1, removed: 1 });
    } finally {
      for (const s of stores) await s.close();
    }
  }, 120_000);
});

describe('uploads while the store is PostgreSQL', () => {
  it('are queued in PostgreSQL with their text, and extracted by an instance whose folder lacks the file', async () => {
    const keys = ['DETENTE_DATABASE_URL', 'DETENTE_DB', 'DETENTE_UPLOAD_CLIENT_QUOTA_BYTES'] as const;
    const saved = keys.map((k) => [k, process.env[k]] as const);
    const url = await createDatabase(pg!.url, 'uploaded');
    process.env.DETENTE_DATABASE_URL = url;
    process.env.DETENTE_DB = path.join(tmp, 'instance-a', 'detente.db');
    actAsServer();
    const text = 'Chile praised Peru for its help on Monday.';
    // instance B: a pool of its own, and an uploads folder that never sees the file
    const b = await PostgresStore.open(url);
    const queueB = new PostgresUploadQueue(b);
    try {
      // instance A: the route as its server calls it (no store given: the queue configured)
      const r = await addDocuments(uploadRequest(text, { type: 'text/plain' }));
      expect(r.status).toBe(202);
      const answer = (await r.json()) as { upload: string; documents: { id: string; state: string }[] };
      const id = answer.documents[0]!.id;
      // A keeps its copy of the file; the queue is PostgreSQL's, so A's SQLite file is never made
      expect(existsSync(path.join(uploadsFolder(), uploadFileName(id)))).toBe(true);
      expect(existsSync(process.env.DETENTE_DB)).toBe(false);
      expect(await queueB.job(id)).toMatchObject({ state: 'queued', client: '127.0.0.1' });

      const folderB = path.join(tmp, 'instance-b', 'uploads');
      expect(await drainUploads(queueB, { folder: folderB })).toBe(1);
      expect(existsSync(path.join(folderB, uploadFileName(id)))).toBe(false);
      expect(await b.documentState(id)).toMatchObject({ origin: 'upload' });
      expect(await b.getDocument(id)).toMatchObject({ text });
      expect((await b.events(f({ document: id }), { limit: 10, cursor: null })).items.length).toBeGreaterThan(
        0,
      );

      // A's status reads the shared rows: done, with what was found
      const status = (await (await uploadStatus(new Request('http://x'), answer.upload)).json()) as {
        state: string;
        worker: string;
        documents: { state: string; events?: number }[];
      };
      expect(status.state).toBe('done');
      expect(status.documents[0]!.events).toBeGreaterThan(0);
      // B's worker beat while it worked: A's answers say a worker runs (somewhere)
      expect(status.worker).toBe('running');
      const policy = (await (
        await uploadPolicy(
          new Request('http://localhost:3000/api/uploads', { headers: { 'x-detente-peer': '127.0.0.1' } }),
        )
      ).json()) as { quota: { usedBytes: number; clientUsedBytes: number }; queue: unknown };
      expect(policy.quota).toMatchObject({ usedBytes: text.length, clientUsedBytes: text.length });
      expect(policy.queue).toEqual({ queued: 0, extracting: 0, failed: 0 });

      // the same text again is no conflict: PostgreSQL holds it with the same hash
      const again = await addDocuments(uploadRequest(text, { type: 'text/plain' }));
      expect(((await again.json()) as { conflicts: unknown[] }).conflicts).toEqual([]);
      // a client's quota counts what it sent through any instance
      process.env.DETENTE_UPLOAD_CLIENT_QUOTA_BYTES = String(text.length + 10);
      const other = 'Bolivia criticised Ecuador on Tuesday.';
      const refused = await queueUploads(
        [{ name: 'a.txt', bytes: new TextEncoder().encode(other) }],
        '127.0.0.1',
        queueB,
      );
      expect(refused instanceof Response && refused.status).toBe(429);
    } finally {
      actAsServer(false);
      await b.close();
      await closeEngine();
      for (const [k, v] of saved)
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  }, 120_000);
});

describe('two indexers on one PostgreSQL database', () => {
  it('share a folder without extracting any document twice, and leave the answers one indexer gives', async () => {
    const dir = path.join(tmp, 'shared-corpus');
    mkdirSync(dir, { recursive: true });
    const names = ['one', 'two', 'three', 'four', 'five', 'six'];
    const countries = ['Chile', 'Peru', 'Bolivia', 'Ecuador', 'Colombia', 'Brazil', 'Uruguay'];
    names.forEach((n, i) =>
      writeFileSync(
        path.join(dir, `${n}.md`),
        `---\ntitle: Talks ${n}\npublished: 2016-0${i + 1}-10\n---\n${countries[i]} praised ${countries[i + 1]} on Monday. ${countries[i + 1]} criticised ${countries[i]} on Tuesday.\n`,
      ),
    );
    const url = await createDatabase(pg!.url, 'shared');
    // two instances: two connection pools, as two processes would have
    const [a, b] = [await PostgresStore.open(url), await PostgresStore.open(url)];
    const alone = awaitedSqlite(new SqliteStore(path.join(tmp, 'alone.db')));
    try {
      const [ra, rb] = await Promise.all([indexCorpus(a, [dir]), indexCorpus(b, [dir])]);
      // every document extracted once, by one of them; the other says it was taken elsewhere
      expect(ra.extracted + rb.extracted).toBe(names.length);
      expect((ra.elsewhere ?? 0) + (rb.elsewhere ?? 0) + ra.unchanged + rb.unchanged).toBe(names.length);
      await indexCorpus(alone, [dir]);
      const [x, y] = [await answers(alone, f()), await answers(a, f())];
      expect(y).toEqual(x);
      expect((await a.stats()).documents).toBe(names.length);
      // a run after them finds everything unchanged, and a document removed and put back is extracted again
      const again = await indexCorpus(a, [dir]);
      expect(again).toMatchObject({ extracted: 0, unchanged: names.length });
      const kept = readFileSync(path.join(dir, 'one.md'), 'utf8');
      unlinkSync(path.join(dir, 'one.md'));
      expect(await indexCorpus(b, [dir])).toMatchObject({ removed: 1 });
      writeFileSync(path.join(dir, 'one.md'), kept);
      expect(await indexCorpus(a, [dir])).toMatchObject({ extracted: 1 });
    } finally {
      await a.close();
      await b.close();
      await alone.close();
    }
  }, 120_000);
});
