/** What both engines share: keys, cursors and search words, so the same data gives the same answers. */

/** Sort key of an undated event: after every date. */
export const UNDATED = '9999-99-99';

/** The key under which an event's twins are looked for: its actors, either way round when symmetric. */
export function pairKey(source: string[], target: string[], symmetric: boolean): string {
  const s = [...source].sort().join('+');
  const t = [...target].sort().join('+');
  return symmetric ? [s, t].sort().join('<>') : `${s}>${t}`;
}

/** A page cursor as the routes hand it out: opaque, URL-safe. */
export const encodeCursor = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export const decodeCursor = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

/** The words of a text search (letters and digits only, at most 12): no operator of the user's reaches an engine. */
export function searchWords(q: string): string[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}
