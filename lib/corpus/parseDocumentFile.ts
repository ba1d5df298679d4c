/**
 * One document file held in memory (an upload): the same formats and rules as readCorpus, without
 * the disk (so no sidecar).
 */
import type { Problem, SourceDocument } from '@/lib/model';
import { BINARY_MESSAGE, decodeBytes, decodeString, looksBinaryText, SNIFF_LENGTH } from './decode';
import { parseTextDocument, type OneDocument } from './document';
import { formatOf, unsupportedMessage } from './formats';
import { fileIdFromName, IdRegistry } from './ids';
import { JsonlReader } from './jsonl';
import { LineSplitter } from './lines';
import { type CorpusOptions, resolveMaxBytes, tooLargeMessage } from './options';
import type { ParseResult } from './types';

/** Options of {@link parseDocumentFile}. */
export interface ParseDocumentOptions extends CorpusOptions {
  /** The file id to use instead of the name's base without extension (a `.jsonl` line without id gets `<idBase>#<n>`). */
  idBase?: string;
}

/**
 * Parses one document file from bytes or a string; `name` (like `x.md`) decides the format and is the
 * path reported. Returns documents and problems like readCorpus, ids unique within the call.
 */
export function parseDocumentFile(
  name: string,
  content: Uint8Array | string,
  options?: ParseDocumentOptions,
): ParseResult {
  const maxBytes = resolveMaxBytes(options);
  const format = formatOf(name);
  if (!format) return { documents: [], problems: [{ path: name, message: unsupportedMessage(name) }] };
  const id = options?.idBase ?? fileIdFromName(name);
  const results =
    format === 'jsonl' ? parseJsonl(name, id, content, maxBytes) : [parseText(name, id, content, maxBytes)];

  const documents: SourceDocument[] = [];
  const problems: Problem[] = [];
  const ids = new IdRegistry();
  for (const result of results) {
    if (result.document) {
      documents.push(result.document);
      const renamed = ids.claim(result.document);
      if (renamed) problems.push(renamed);
    }
    problems.push(...result.problems);
  }
  return { documents, problems };
}

function byteLength(content: Uint8Array | string): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

function parseText(name: string, id: string, content: Uint8Array | string, maxBytes: number): OneDocument {
  const size = byteLength(content);
  if (size > maxBytes)
    return { problems: [{ path: name, message: tooLargeMessage('file', size, maxBytes) }] };
  const decoded = typeof content === 'string' ? decodeString(content) : decodeBytes(content);
  if (!decoded.ok) return { problems: [{ path: name, message: decoded.message }] };
  return parseTextDocument(decoded.text, { id, path: name });
}

function parseJsonl(name: string, id: string, content: Uint8Array | string, maxBytes: number): OneDocument[] {
  const reader = new JsonlReader(name, id, maxBytes);
  const results: OneDocument[] = [];
  const keep = (result: OneDocument | null) => {
    if (result) results.push(result);
  };
  if (typeof content === 'string') {
    if (looksBinaryText(content.slice(0, SNIFF_LENGTH)))
      return [{ problems: [{ path: name, message: BINARY_MESSAGE }] }];
    content
      .split('\n')
      .forEach((line, i) => keep(reader.textLine(line, i + 1, Buffer.byteLength(line, 'utf8'))));
  } else {
    const refused = reader.sniff(content.subarray(0, SNIFF_LENGTH));
    if (refused) return [{ problems: [refused] }];
    const splitter = new LineSplitter(maxBytes);
    for (const line of [...splitter.push(content), ...splitter.end()]) keep(reader.bytesLine(line));
  }
  const end = reader.finish();
  if (end) results.push({ problems: [end] });
  return results;
}
