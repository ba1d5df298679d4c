/**
 * Writes a synthetic corpus to disk as it is generated (one article in memory at a time):
 * `DIR/000000.txt …`, in subfolders of 1000 (`DIR/000/000000.txt`) when there are more than 1000,
 * or a single `DIR/synth.jsonl`. An existing folder is written into; files are overwritten.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { synthArticle, synthArticleFile, synthArticleJson } from './core';

export type SynthFormat = 'txt' | 'jsonl';

export interface WriteOptions {
  docs: number;
  out: string;
  seed: number;
  format: SynthFormat;
  /** Called after every `every` documents (default 1000) with the running totals. */
  onProgress?: (done: number, bytes: number) => void;
  every?: number;
}

export interface WriteSummary {
  docs: number;
  bytes: number;
  files: number;
  ms: number;
}

const SHARD = 1000;

/** Where article `index` goes, relative to the output folder. */
export function synthFilePath(index: number, docs: number): string {
  const width = Math.max(6, String(Math.max(docs - 1, 0)).length);
  const name = `${String(index).padStart(width, '0')}.txt`;
  if (docs <= SHARD) return name;
  const shardWidth = Math.max(3, String(Math.floor(Math.max(docs - 1, 0) / SHARD)).length);
  return join(String(Math.floor(index / SHARD)).padStart(shardWidth, '0'), name);
}

export function writeSynthCorpus(opts: WriteOptions): WriteSummary {
  const started = performance.now();
  const every = opts.every ?? 1000;
  mkdirSync(opts.out, { recursive: true });
  let bytes = 0;
  let files = 0;
  if (opts.format === 'jsonl') {
    const fd = openSync(join(opts.out, 'synth.jsonl'), 'w');
    files = 1;
    try {
      let buffer = '';
      for (let i = 0; i < opts.docs; i++) {
        buffer += synthArticleJson(synthArticle(i, opts.seed)) + '\n';
        if (buffer.length > 1 << 20) {
          bytes += writeSync(fd, buffer);
          buffer = '';
        }
        if (opts.onProgress && (i + 1) % every === 0)
          opts.onProgress(i + 1, bytes + Buffer.byteLength(buffer));
      }
      if (buffer) bytes += writeSync(fd, buffer);
    } finally {
      closeSync(fd);
    }
  } else {
    let shardMade = '';
    for (let i = 0; i < opts.docs; i++) {
      const rel = synthFilePath(i, opts.docs);
      const slash = rel.lastIndexOf('/');
      const dir = slash === -1 ? '' : rel.slice(0, slash);
      if (dir && dir !== shardMade) {
        mkdirSync(join(opts.out, dir), { recursive: true });
        shardMade = dir;
      }
      const content = synthArticleFile(synthArticle(i, opts.seed));
      writeFileSync(join(opts.out, rel), content);
      bytes += Buffer.byteLength(content);
      files++;
      if (opts.onProgress && (i + 1) % every === 0) opts.onProgress(i + 1, bytes);
    }
  }
  return { docs: opts.docs, bytes, files, ms: performance.now() - started };
}
