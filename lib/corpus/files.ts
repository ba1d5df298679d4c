/**
 * Reading one file from disk. Each reader opens the file once, checks its size on the open handle
 * (no race between the check and the read), and turns every failure into a Problem.
 */
import { promises as fsp } from 'node:fs';
import nodePath from 'node:path';
import type { DocumentMeta, Problem } from '@/lib/model';
import { decodeBytes, SNIFF_LENGTH } from './decode';
import { parseTextDocument } from './document';
import { SIDECAR_SUFFIX, stripExtension } from './formats';
import { JsonlReader } from './jsonl';
import { splitLines } from './lines';
import { parseSidecar } from './meta';
import { tooLargeMessage } from './options';
import type { CorpusItem } from './types';

function problem(path: string, message: string): CorpusItem {
  return { kind: 'problem', problem: { path, message } };
}

function osMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Why a file could not be opened or read. */
interface Failed {
  ok: false;
  /** The OS error message, or what else is wrong. */
  message: string;
  /** The file does not exist (for a sidecar: simply none). */
  missing: boolean;
}

type Opened = { ok: true; handle: fsp.FileHandle; size: number } | Failed;

async function openFile(path: string): Promise<Opened> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: osMessage(err), missing: code === 'ENOENT' || code === 'ENOTDIR' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      return { ok: false, message: 'not a regular file', missing: false };
    }
    return { ok: true, handle, size: stat.size };
  } catch (err) {
    await handle.close().catch(() => undefined);
    return { ok: false, message: osMessage(err), missing: false };
  }
}

/** Reads a whole file that is within the limit; the limit is checked before any byte is read. */
async function readLimited(
  path: string,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | Failed> {
  const opened = await openFile(path);
  if (!opened.ok) return opened;
  try {
    if (opened.size > maxBytes)
      return { ok: false, message: tooLargeMessage('file', opened.size, maxBytes), missing: false };
    return { ok: true, bytes: await opened.handle.readFile() };
  } catch (err) {
    return { ok: false, message: osMessage(err), missing: false };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}

/** `NAME.meta.json` beside `NAME.txt`. */
export function sidecarPathOf(path: string): string {
  return nodePath.join(nodePath.dirname(path), stripExtension(nodePath.basename(path)) + SIDECAR_SUFFIX);
}

/** The sidecar's metadata when there is a usable one; a broken one is a problem naming the sidecar. */
async function readSidecar(
  path: string,
  maxBytes: number,
): Promise<{ meta?: DocumentMeta; problem?: Problem }> {
  const sidecar = sidecarPathOf(path);
  const read = await readLimited(sidecar, maxBytes);
  if (!read.ok) {
    // No sidecar is the usual case, not a problem.
    if (read.missing) return {};
    return { problem: { path: sidecar, message: `broken sidecar: ${read.message}; read without it` } };
  }
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok)
    return { problem: { path: sidecar, message: `broken sidecar: ${decoded.message}; read without it` } };
  const parsed = parseSidecar(decoded.text);
  return parsed.ok ? { meta: parsed.meta } : { problem: { path: sidecar, message: parsed.message } };
}

/** A `.txt` / `.md` file with its front matter and sidecar. */
export async function* readTextFile(path: string, id: string, maxBytes: number): AsyncGenerator<CorpusItem> {
  const read = await readLimited(path, maxBytes);
  if (!read.ok) {
    yield problem(path, read.missing ? `no such file or folder (${read.message})` : read.message);
    return;
  }
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) {
    yield problem(path, decoded.message);
    return;
  }
  // The sidecar is only worth reading once the document itself is readable.
  const sidecar = await readSidecar(path, maxBytes);
  if (sidecar.problem) yield { kind: 'problem', problem: sidecar.problem };
  const result = parseTextDocument(decoded.text, { id, path }, sidecar.meta);
  if (result.document) yield { kind: 'document', document: result.document };
  for (const p of result.problems) yield { kind: 'problem', problem: p };
}

/** A `.jsonl` file, streamed line by line: its size is not limited, each line's is. */
export async function* readJsonlFile(path: string, id: string, maxBytes: number): AsyncGenerator<CorpusItem> {
  const opened = await openFile(path);
  if (!opened.ok) {
    yield problem(path, opened.missing ? `no such file or folder (${opened.message})` : opened.message);
    return;
  }
  const reader = new JsonlReader(path, id, maxBytes);
  // autoClose off: the handle is closed below, also when the consumer stops early.
  const stream = opened.handle.createReadStream({ autoClose: false });
  const state: { refused: Problem | null } = { refused: null };
  // The first chunk is sniffed before any line is parsed: a binary file would otherwise give one
  // "not valid JSON" per line, burying the real cause.
  async function* sniffed(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    let first = true;
    for await (const chunk of source) {
      if (first) {
        first = false;
        state.refused = reader.sniff(chunk.subarray(0, SNIFF_LENGTH));
        if (state.refused) return;
      }
      yield chunk;
    }
  }
  try {
    for await (const line of splitLines(sniffed(stream), maxBytes)) {
      const result = reader.bytesLine(line);
      if (!result) continue;
      if (result.document) yield { kind: 'document', document: result.document };
      for (const p of result.problems) yield { kind: 'problem', problem: p };
    }
    const end = state.refused ?? reader.finish();
    if (end) yield { kind: 'problem', problem: end };
  } catch (err) {
    yield problem(path, osMessage(err));
  } finally {
    stream.destroy();
    await opened.handle.close().catch(() => undefined);
  }
}
