/** Content-derived ids: the same event of the same text gets the same id on every run. */
import { createHash } from 'node:crypto';
import type { Span } from '@/lib/model';

/**
 * `ev-` and 16 hex digits (64 bits) of a SHA-256: a corpus of millions of events has no collision
 * to fear (32 bits did collide at 100k events).
 */
export function eventId(documentId: string, trigger: Span, key: string): string {
  const h = createHash('sha256')
    .update(`${documentId}\u0000${trigger[0]}:${trigger[1]}\u0000${key}`)
    .digest('hex');
  return `ev-${h.slice(0, 16)}`;
}
