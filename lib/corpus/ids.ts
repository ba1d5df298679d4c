/**
 * Document ids: stable across runs (derived from paths and given ids, never from a counter or the
 * clock) and unique within one read, so that nothing later overwrites a document by id.
 */
import type { Problem, SourceDocument } from '@/lib/model';
import { stripExtension } from './formats';

/** A file's id from its path below the folder argument: `["2016", "a.txt"]` -> `2016/a`. */
export function fileIdFromParts(parts: readonly string[]): string {
  return stripExtension(parts.join('/'));
}

/** The base name of a path (either separator), without its extension: `dir/x.md` -> `x`. */
export function fileIdFromName(name: string): string {
  return stripExtension(name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
}

/** Hands out ids within one read; a repeated id is renamed `<id>~2`, `<id>~3`, … in reading order. */
export class IdRegistry {
  private readonly used = new Set<string>();
  /** The next suffix to try for an id, so that many repeats stay linear. */
  private readonly next = new Map<string, number>();

  /** Claims the document's id, renaming the document in place when the id is taken. */
  claim(document: SourceDocument): Problem | null {
    const id = document.id;
    if (!this.used.has(id)) {
      this.used.add(id);
      return null;
    }
    let n = this.next.get(id) ?? 2;
    // `x~2` may itself be a given id; skip past any taken one.
    while (this.used.has(`${id}~${n}`)) n++;
    const renamed = `${id}~${n}`;
    this.next.set(id, n + 1);
    this.used.add(renamed);
    document.id = renamed;
    return {
      path: document.path,
      message: `id "${id}" was already used by an earlier document; renamed to "${renamed}"`,
    };
  }
}
