/**
 * `npm run index`: documents of folders an earlier run indexed (another DETENTE_CORPUS) are named,
 * and `--prune` drops them; /api/status says which corpus and database are in use.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { getStatus } from '@/lib/api/queries';
import { SqliteStore } from '@/lib/store';
import { runIndex } from '@/scripts/index';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'detente-prune-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

function folder(name: string, texts: Record<string, string>) {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, t] of Object.entries(texts)) writeFileSync(path.join(dir, f), t);
  return dir;
}

describe('switching DETENTE_CORPUS', () => {
  it('names the old folder’s documents, and --prune drops them', async () => {
    const old = folder('old', {
      'a.txt': 'Chile praised Peru on 5 May 2016.',
      'b.txt': 'Peru thanked Chile.',
    });
    const now = folder('now', { 'c.txt': 'Kenya praised Tanzania on 5 May 2016.' });
    const db = path.join(tmp, 'data', 'detente.db');
    vi.stubEnv('DETENTE_DB', db);
    vi.stubEnv('DETENTE_CORPUS', old);
    await runIndex([], () => undefined);
    vi.stubEnv('DETENTE_CORPUS', now);
    const log: string[] = [];
    await runIndex([], (l) => log.push(l));
    expect(log.join('\n')).toMatch(
      /also holds 2 documents of .*old, which this run did not index; `npm run index -- --prune` drops them/,
    );

    // the server says so too: the corpus in use, the database, and the folder left behind
    const store = new SqliteStore(db);
    const status = (await (await getStatus(new Request('http://x/api/status'), store)).json()) as {
      corpus: { folders: string[]; database: string; stale: { folder: string; documents: number }[] };
    };
    expect(status.corpus.folders).toEqual([expect.stringMatching(/now$/)]);
    expect(status.corpus.database).toMatch(/detente\.db$/);
    expect(status.corpus.stale).toEqual([{ folder: expect.stringMatching(/old$/), documents: 2 }]);
    store.close();

    const pruned: string[] = [];
    await runIndex(['--prune'], (l) => pruned.push(l));
    expect(pruned.join('\n')).toMatch(/--prune dropped 2 documents/);
    const after = new SqliteStore(db);
    expect(after.listDocuments({ limit: 10, cursor: null }).items.map((d) => d.id)).toEqual(['c']);
    expect(after.corpusRoots()).toEqual([{ root: now, documents: 1 }]);
    after.close();
  }, 30_000);
});
