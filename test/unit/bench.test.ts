import { describe, expect, it } from 'vitest';
import { table, writeSection } from '@/lib/bench/report';
import { stats } from '@/lib/bench/ui';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('bench figures', () => {
  it('takes nearest-rank percentiles of the samples, whatever their order', () => {
    const s = stats([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
    expect(s).toEqual({ n: 10, p50: 5, p95: 10, max: 10 });
    expect(stats([7])).toEqual({ n: 1, p50: 7, p95: 7, max: 7 });
    expect(stats([]).n).toBe(0);
    expect(Number.isNaN(stats([]).p50)).toBe(true);
  });

  it('replaces its own section of the benchmarks file and keeps the others', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-test-')), 'B.md');
    writeSection(file, 'a', 'first A');
    writeSection(file, 'b', 'only B');
    writeSection(file, 'a', 'second A');
    const doc = readFileSync(file, 'utf8');
    expect(doc).toContain('second A');
    expect(doc).not.toContain('first A');
    expect(doc).toContain('only B');
    expect(doc.indexOf('second A')).toBeLessThan(doc.indexOf('only B'));
  });

  it('writes a markdown table', () => {
    expect(table(['x', 'y'], [[1, 'a']])).toBe('| x | y |\n| --- | --- |\n| 1 | a |');
  });
});
