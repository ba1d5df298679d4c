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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The longest document id any route accepts (an upload's own id must leave room for the prefix). */
export const MAX_ID_LENGTH = 300;

/** Where uploaded documents' ids live: no corpus file's id can be taken by an upload. */
export const UPLOAD_PREFIX = 'upload:';

/** The longest id a client may give an upload, before the prefix. */
export const MAX_CLIENT_ID_LENGTH = 200;

/**
 * Why a string cannot be a document id, or null when it can. The one rule every route uses (the
 * upload that names an id, GET /api/documents/ID, the article page, `doc=` in a filter): 1 to 300
 * characters, no control characters, no lone surrogate halves, no space at either end, no "." or
 * ".." path segment.
 */
export function documentIdProblem(id: string, max = MAX_ID_LENGTH): string | null {
  if (id.length === 0) return 'an id must not be empty';
  if (id.length > max) return `an id has at most ${max} characters, not ${id.length}`;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(id)) return 'an id must not hold control characters';
  if (LONE_SURROGATE.test(id)) return 'an id must not hold a lone surrogate (broken UTF-16)';
  if (id.trim() !== id) return 'an id must not start or end with white space';
  // ids from paths never climb out of their folder; no id may look as if it did
  if (id.split(/[/\\]/).some((part) => part === '.' || part === '..'))
    return 'an id must not hold a "." or ".." path segment';
  return null;
}

/**
 * The id of an uploaded document: the client's own id put under `upload:`, or, without one, a
 * hash of its content (so the same article sent again is the same document).
 */
export function uploadDocumentId(clientId: string | null, contentHash: string): string {
  if (clientId == null) return `${UPLOAD_PREFIX}${contentHash.slice(0, 16)}`;
  return clientId.startsWith(UPLOAD_PREFIX) ? clientId : `${UPLOAD_PREFIX}${clientId}`;
}
