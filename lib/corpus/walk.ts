/**
 * Walking a folder in a deterministic order: entries sorted by name (code units, not the locale, so
 * every machine agrees), depth first. Only one directory's listing is held at a time.
 */
import { promises as fsp } from 'node:fs';
import nodePath from 'node:path';
import type { Problem } from '@/lib/model';
import { formatOf, type Format } from './formats';
import { fileIdFromParts } from './ids';

/** A document file found in a folder, or a problem met while walking. */
export type Found =
  | {
      kind: 'file';
      /** The path, joined from the folder argument. */
      path: string;
      /** Its id: the path below the folder argument, without extension, `/`-separated. */
      id: string;
      /** How to read it. */
      format: Format;
    }
  | { kind: 'problem'; problem: Problem };

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Hidden entries (`.git`, `.DS_Store`) and dependencies are never corpus material. */
function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function osProblem(path: string, err: unknown): Found {
  return { kind: 'problem', problem: { path, message: (err as Error).message } };
}

/** Yields the `.txt`, `.md` and `.jsonl` files below `root`; other files are ignored silently. */
export async function* walkFolder(root: string): AsyncGenerator<Found> {
  yield* walk(root, [], new Set());
}

async function* walk(dir: string, rel: string[], seen: Set<string>): AsyncGenerator<Found> {
  let entries;
  try {
    // A symlinked folder may lead back up the tree; the real path breaks the loop.
    const real = await fsp.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield osProblem(dir, err);
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = nodePath.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = await fsp.stat(path);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (err) {
        // A dangling link is only worth a word when it looks like a document.
        if (formatOf(entry.name)) yield osProblem(path, err);
        continue;
      }
    }
    if (isDir) {
      yield* walk(path, [...rel, entry.name], seen);
    } else if (isFile) {
      const format = formatOf(entry.name);
      if (format) yield { kind: 'file', path, id: fileIdFromParts([...rel, entry.name]), format };
    }
  }
}
