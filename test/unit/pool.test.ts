/**
 * The indexer on worker threads: the same database whatever the number of threads (results are
 * stored in reading order), and every document extracted once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexCorpus } from '@/lib/indexer';
import { ExtractionPool, indexWorkers } from '@/lib/indexer/pool';
import { SqliteStore } from '@/lib/store';
import { writeSynthCorpus } from '@/lib/synth';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rows = (s: SqliteStore) => ({
  events: s.db.prepare('SELECT id, document_id, stance_score, duplicate_of FROM events ORDER BY rowid').all(),
  actors: s.db.prepare('SELECT id, name, documents FROM actors ORDER BY id').all(),
});

describe('extraction on worker threads', () => {
  it('two threads give the database one thread gives, row for row', async () => {
    const corpus = path.join(tmp, 'corpus');
    writeSynthCorpus({ docs: 40, out: corpus, seed: 5, format: 'txt' });
    const one = new SqliteStore(':memory:');
    await indexCorpus(one, [corpus], { workers: 1 });
    const two = new SqliteStore(':memory:');
    const pool = new ExtractionPool(2);
    const r = await indexCorpus(two, [corpus], { pool });
    expect(pool.failed).toBeNull();
    await pool.close();
    expect(r).toMatchObject({ extracted: 40, problems: 0 });
    expect(rows(two)).toEqual(rows(one));
    expect(rows(one).events.length).toBeGreaterThan(100);
  }, 60_000);

  it('DETENTE_INDEX_WORKERS sets the threads; nonsense keeps the default (one fewer than the cores)', () => {
    expect(indexWorkers({ DETENTE_INDEX_WORKERS: '3' })).toBe(3);
    expect(indexWorkers({ DETENTE_INDEX_WORKERS: '0' })).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(indexWorkers({})).toBe(Math.max(1, os.availableParallelism() - 1));
  });
});
