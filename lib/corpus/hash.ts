import { createHash } from 'node:crypto';
import type { SourceDocument } from '@/lib/model';

/** What identifies a document's content: any change to these re-extracts it (sha256, hex). */
export function contentHash(
  doc: Pick<SourceDocument, 'title' | 'text' | 'published' | 'source' | 'url'>,
): string {
  return createHash('sha256')
    .update(JSON.stringify([doc.title, doc.text, doc.published, doc.source ?? null, doc.url ?? null]))
    .digest('hex');
}
