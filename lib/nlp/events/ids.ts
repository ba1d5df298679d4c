/** Content-derived ids: the same event of the same text gets the same id on every run. */
import type { Span } from '@/lib/model';

/** 32-bit FNV-1a, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function eventId(documentId: string, trigger: Span, cameo: string): string {
  return `ev-${fnv1a(`${documentId}\u0000${trigger[0]}:${trigger[1]}\u0000${cameo}`)}`;
}
