/**
 * The seed's whole extraction, as the command line prints it, compared with a file kept in the
 * repository. An intended change: `npx vitest run test/golden -u`, then read the diff before committing.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '@/lib/extract';

const seeds = readdirSync('seeds').filter(
  (f) => f.endsWith('.txt') || f.endsWith('.md') || f.endsWith('.jsonl'),
);

describe('golden extraction of each seed', () => {
  it.each(seeds)('%s', async (file) => {
    const out = await extractCorpus([`seeds/${file}`]);
    expect(out.problems).toEqual([]);
    await expect(`${JSON.stringify(out, null, 1)}\n`).toMatchFileSnapshot(
      `./__snapshots__/${file.replace(/\.\w+$/, '')}.extract.json`,
    );
  });
});
