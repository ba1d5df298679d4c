/**
 * The corpus reader: paths in, documents and problems out, one at a time. Nothing is collected
 * except the set of ids already handed out, so memory stays flat however large the corpus.
 */
import { promises as fsp } from 'node:fs';
import type { Problem, SourceDocument } from '@/lib/model';
import { formatOf, type Format, unsupportedMessage } from './formats';
import { readJsonlFile, readTextFile } from './files';
import { fileIdFromName, IdRegistry } from './ids';
import { type CorpusOptions, resolveMaxBytes } from './options';
import type { CorpusItem, ParseResult } from './types';
import { walkFolder } from './walk';

function readFile(path: string, id: string, format: Format, maxBytes: number): AsyncGenerator<CorpusItem> {
  return format === 'jsonl' ? readJsonlFile(path, id, maxBytes) : readTextFile(path, id, maxBytes);
}

/** One path argument: a folder (walked), a document file, or a problem. */
async function* readPath(arg: string, maxBytes: number): AsyncGenerator<CorpusItem> {
  let stat;
  try {
    stat = await fsp.stat(arg);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const message = e.code === 'ENOENT' ? 'no such file or folder' : e.message;
    yield { kind: 'problem', problem: { path: arg, message } };
    return;
  }
  if (stat.isDirectory()) {
    for await (const found of walkFolder(arg)) {
      if (found.kind === 'problem') yield found;
      else yield* readFile(found.path, found.id, found.format, maxBytes);
    }
  } else if (stat.isFile()) {
    const format = formatOf(arg);
    if (format) yield* readFile(arg, fileIdFromName(arg), format, maxBytes);
    else yield { kind: 'problem', problem: { path: arg, message: unsupportedMessage(arg) } };
  } else {
    yield { kind: 'problem', problem: { path: arg, message: 'not a regular file or folder' } };
  }
}

/**
 * Streams documents and problems in a deterministic order: paths in the given order, folder entries
 * sorted by name, recursively. Memory stays flat: the whole corpus is never held.
 */
export async function* readCorpus(paths: string[], options?: CorpusOptions): AsyncGenerator<CorpusItem> {
  const maxBytes = resolveMaxBytes(options);
  const ids = new IdRegistry();
  for (const arg of paths) {
    for await (const item of readPath(arg, maxBytes)) {
      // Renamed before the consumer sees it; the problem saying so follows the document it concerns.
      const renamed = item.kind === 'document' ? ids.claim(item.document) : null;
      yield item;
      if (renamed) yield { kind: 'problem', problem: renamed };
    }
  }
}

/** Convenience: collects readCorpus into arrays. */
export async function loadCorpus(paths: string[], options?: CorpusOptions): Promise<ParseResult> {
  const documents: SourceDocument[] = [];
  const problems: Problem[] = [];
  for await (const item of readCorpus(paths, options)) {
    if (item.kind === 'document') documents.push(item.document);
    else problems.push(item.problem);
  }
  return { documents, problems };
}
