/**
 * The indexer on folders written by these tests: it extracts what is new or changed, skips what is
 * not, removes what left, names what it cannot read, and an aborted run leaves a whole database that
 * the next run completes.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/filters';
import { indexCorpus } from '@/lib/indexer';
import type { IndexState } from '@/lib/store';
import { SqliteStore } from '@/lib/store';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-indexer-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let folders = 0;
/** A new folder holding these files (path → text). */
function corpusFolder(files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, `corpus-${++folders}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const article = (title: string, published: string, body: string) =>
  `---\npublished: ${published}\n---\n${title}\n\n${body}\n`;

const FILES = {
  'chile.txt': article('Chile and Peru', '2016-05-06', 'Chile praised Peru on 5 May 2016.'),
  'kenya.md': article(
    'Sanctions',
    '2016-11-22',
    'Kenya threatened Somalia with sanctions on 21 November 2016.',
  ),
  'sub/egypt.txt': article('Strikes', '2016-03-04', 'Egypt condemned Israel on 3 March 2016.'),
};

const ALL = { limit: 1000, cursor: null };
const documentIds = (store: SqliteStore) =>
  store
    .listDocuments({ limit: 100, cursor: null })
    .items.map((d) => d.id)
    .sort();

/** Every document's stored events match its event count, and every event belongs to a document. */
function consistent(store: SqliteStore): void {
  const bad = store.db
    .prepare(
      `SELECT d.id FROM documents d WHERE d.event_count != (SELECT count(*) FROM events e WHERE e.document_id = d.id)`,
    )
    .all();
  expect(bad).toEqual([]);
  expect(
    store.db
      .prepare('SELECT count(*) AS n FROM events WHERE document_id NOT IN (SELECT id FROM documents)')
      .get(),
  ).toEqual({ n: 0 });
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(store.db.pragma('foreign_key_check')).toEqual([]);
}

describe('indexCorpus', () => {
  it('the first run extracts every document, with ids from the paths below the folder', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    const r = await indexCorpus(store, [dir]);
    expect(r).toMatchObject({ running: false, done: 3, total: 3, extracted: 3, unchanged: 0, removed: 0 });
    expect(r.problems).toBe(0);
    expect(documentIds(store)).toEqual(['chile', 'kenya', 'sub/egypt']);
    expect(store.getDocument('sub/egypt')).toMatchObject({
      title: 'Strikes',
      published: '2016-03-04',
      origin: 'corpus',
      path: path.join(dir, 'sub', 'egypt.txt'),
    });
    const events = store.events(EMPTY_FILTERS, ALL).items;
    expect(events.map((e) => [e.source, e.target, e.date?.value])).toEqual([
      [['egypt'], ['israel'], '2016-03-03'],
      [['chile'], ['peru'], '2016-05-05'],
      [['kenya'], ['somalia'], '2016-11-21'],
    ]);
    consistent(store);
  });

  it('a second run on unchanged files extracts none', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir]);
    const indexedAt = store.getDocument('chile')!.indexedAt;
    const r = await indexCorpus(store, [dir]);
    expect(r).toMatchObject({ done: 3, extracted: 0, unchanged: 3, removed: 0 });
    expect(store.getDocument('chile')!.indexedAt).toBe(indexedAt);
    expect(store.stats()).toMatchObject({ documents: 3, events: 3 });
  });

  it('editing a file re-extracts only it', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir]);
    writeFileSync(
      path.join(dir, 'chile.txt'),
      article('Chile and Bolivia', '2016-05-06', 'Chile condemned Bolivia on 5 May 2016.'),
    );
    const extracted: string[] = [];
    const put = store.putDocument.bind(store);
    store.putDocument = (doc, sameEvent) => {
      extracted.push(doc.id);
      put(doc, sameEvent);
    };
    const r = await indexCorpus(store, [dir]);
    expect(r).toMatchObject({ extracted: 1, unchanged: 2, removed: 0 });
    expect(extracted).toEqual(['chile']);
    expect(store.getDocument('chile')!.title).toBe('Chile and Bolivia');
    expect(store.events({ ...EMPTY_FILTERS, document: 'chile' }, ALL).items.map((e) => e.target)).toEqual([
      ['bolivia'],
    ]);
    expect(store.events({ ...EMPTY_FILTERS, actors: ['peru'] }, ALL).items).toEqual([]);
    consistent(store);
  });

  it('a change to the front matter alone (the date) re-extracts too', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir]);
    writeFileSync(
      path.join(dir, 'chile.txt'),
      article('Chile and Peru', '2016-05-07', 'Chile praised Peru on 5 May 2016.'),
    );
    expect(await indexCorpus(store, [dir])).toMatchObject({ extracted: 1, unchanged: 2 });
    expect(store.getDocument('chile')!.published).toBe('2016-05-07');
  });

  it('deleting a file removes its document and its events', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir]);
    unlinkSync(path.join(dir, 'kenya.md'));
    const r = await indexCorpus(store, [dir]);
    expect(r).toMatchObject({ done: 2, extracted: 0, unchanged: 2, removed: 1 });
    expect(store.getDocument('kenya')).toBeNull();
    expect(store.events({ ...EMPTY_FILTERS, actors: ['kenya'] }, ALL).items).toEqual([]);
    // settled again: an actor only that document named is gone
    expect(store.actorsById(['kenya', 'somalia'])).toEqual([]);
    consistent(store);
  });

  it('documents of another folder are left alone', async () => {
    const one = corpusFolder({ 'a.txt': FILES['chile.txt'] });
    const two = corpusFolder({ 'b.txt': FILES['sub/egypt.txt'] });
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [one]);
    const r = await indexCorpus(store, [two]);
    expect(r.removed).toBe(0);
    expect(documentIds(store)).toEqual(['a', 'b']);
  });

  it('a broken file is a problem, named, and the rest is indexed', async () => {
    const dir = corpusFolder({
      ...FILES,
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]),
      'latin1.txt': Buffer.from('Caf\xe9 talks\n\nChile praised Peru.', 'latin1'),
      'lines.jsonl': `${JSON.stringify({ id: 'line-one', text: 'Ghana praised Togo on 2 May 2016.', published: '2016-05-03' })}\n{not json\n`,
    });
    const store = new SqliteStore(':memory:');
    const r = await indexCorpus(store, [dir]);
    expect(r.running).toBe(false);
    expect(r.extracted).toBe(4);
    expect(documentIds(store)).toEqual(['chile', 'kenya', 'line-one', 'sub/egypt']);
    const named = r.problemList.map((p) => path.basename(p.path));
    for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'lines.jsonl#L2'])
      expect(named).toContain(name);
    expect(r.problems).toBe(r.problemList.length);
    expect(store.indexState().problems).toBe(r.problems);
    consistent(store);
  });

  it('a folder that does not exist is a problem, not a crash', async () => {
    const store = new SqliteStore(':memory:');
    const r = await indexCorpus(store, [path.join(tmp, 'no-such-folder')]);
    expect(r).toMatchObject({ running: false, done: 0, extracted: 0 });
    expect(r.problemList.map((p) => p.message)).toEqual(['no such file or folder']);
  });

  it('a document indexed by another extractor version is extracted again', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir]);
    store.db.prepare("UPDATE documents SET extractor_version = '0.0.1' WHERE id = 'kenya'").run();
    const r = await indexCorpus(store, [dir]);
    expect(r).toMatchObject({ extracted: 1, unchanged: 2 });
    expect(store.documentState('kenya')!.extractorVersion).not.toBe('0.0.1');
    expect(await indexCorpus(store, [dir])).toMatchObject({ extracted: 0, unchanged: 3 });
  });

  it('an aborted run leaves a consistent database, and the next run finishes the rest', async () => {
    const files: Record<string, string> = {};
    const pairs = [
      ['Chile', 'Peru'],
      ['Ghana', 'Togo'],
      ['Egypt', 'Jordan'],
      ['Norway', 'Sweden'],
      ['Japan', 'Vietnam'],
      ['Brazil', 'Uruguay'],
    ];
    pairs.forEach(([a, b], i) => {
      files[`doc-${i}.txt`] = article(
        `${a} and ${b}`,
        '2016-05-06',
        `${a} praised ${b} on ${i + 1} May 2016.`,
      );
    });
    const dir = corpusFolder(files);
    const file = path.join(tmp, 'aborted', 'detente.db');
    const store = new SqliteStore(file);
    const controller = new AbortController();
    const seen: IndexState[] = [];
    const r = await indexCorpus(store, [dir], {
      signal: controller.signal,
      onProgress(s) {
        seen.push(s);
        if (s.done >= 2) controller.abort();
      },
    });
    expect(r).toMatchObject({ running: false, done: 2, extracted: 2, removed: 0 });
    expect(r.finishedAt).not.toBeNull();
    expect(documentIds(store)).toEqual(['doc-0', 'doc-1']);
    expect(store.indexState()).toMatchObject({ running: false, done: 2, total: 6 });
    consistent(store);
    store.close();

    // another process opens the same file and goes on
    const next = new SqliteStore(file);
    const r2 = await indexCorpus(next, [dir]);
    expect(r2).toMatchObject({ done: 6, extracted: 4, unchanged: 2, removed: 0 });
    expect(documentIds(next)).toEqual(pairs.map((_, i) => `doc-${i}`));
    expect(next.stats()).toMatchObject({ documents: 6, events: 6 });
    consistent(next);
    next.close();
  });

  it('an aborted run removes nothing, even what left the folder', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir]);
    unlinkSync(path.join(dir, 'sub', 'egypt.txt'));
    const controller = new AbortController();
    controller.abort();
    const r = await indexCorpus(store, [dir], { signal: controller.signal });
    expect(r).toMatchObject({ done: 0, removed: 0, running: false });
    expect(documentIds(store)).toEqual(['chile', 'kenya', 'sub/egypt']);
    expect((await indexCorpus(store, [dir])).removed).toBe(1);
  });

  it('the index state: running while it works, then finished with the counts of the run', async () => {
    const dir = corpusFolder({
      ...FILES,
      'more.jsonl': `${JSON.stringify({ text: 'Chad praised Niger.' })}\n`,
    });
    const store = new SqliteStore(':memory:');
    const during: IndexState[] = [];
    const r = await indexCorpus(store, [dir], {
      onProgress() {
        during.push(store.indexState());
      },
    });
    expect(during[0]).toMatchObject({ running: true, done: 0, total: 4, finishedAt: null });
    expect(during.every((s, i) => i === during.length - 1 || s.running)).toBe(true);
    const state = store.indexState();
    expect(state).toMatchObject({
      running: false,
      done: 4,
      total: 4,
      extracted: 4,
      unchanged: 0,
      removed: 0,
      problems: r.problems,
    });
    expect(state.startedAt! <= state.finishedAt!).toBe(true);
    expect(state.updatedAt).toBe(state.finishedAt);
    const { problemList: _problems, ...rest } = r;
    expect(rest).toEqual(state);
    // the next run starts over its counts
    await indexCorpus(store, [dir]);
    expect(store.indexState()).toMatchObject({ running: false, done: 4, extracted: 0, unchanged: 4 });
  });

  it('onProgress hears of every document', async () => {
    const dir = corpusFolder(FILES);
    const store = new SqliteStore(':memory:');
    const done: number[] = [];
    await indexCorpus(store, [dir], { onProgress: (s) => done.push(s.done) });
    expect(done).toEqual([0, 1, 2, 3, 3]);
  });

  it('settles actors across the documents it indexed', async () => {
    const dir = corpusFolder({
      'full.txt': article(
        'Praise',
        '2016-11-15',
        'Kenyan Foreign Minister Amina Wanjiru praised Uganda on Monday.',
      ),
      'short.txt': article('Criticism', '2016-11-15', 'Ms Wanjiru criticised Tanzania on Monday.'),
    });
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir]);
    expect(store.events({ ...EMPTY_FILTERS, actors: ['amina-wanjiru'] }, ALL).items).toHaveLength(2);
    expect(store.actorsById(['wanjiru'])).toEqual([]);
  });

  it('a reference date is the publication date of documents that give none', async () => {
    const dir = corpusFolder({ 'undated.txt': 'Talks\n\nChile praised Peru on Monday.' });
    const store = new SqliteStore(':memory:');
    await indexCorpus(store, [dir], { referenceDate: '2016-11-15' });
    expect(store.getDocument('undated')).toMatchObject({
      published: '2016-11-15',
      publishedBasis: 'reference-date',
    });
    expect(store.events(EMPTY_FILTERS, ALL).items[0]!.date?.value).toBe('2016-11-14');
  });
});
