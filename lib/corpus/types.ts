import type { Problem, SourceDocument } from '@/lib/model';

/** One thing read from the corpus: a document, or a problem that names what could not be read. */
export type CorpusItem =
  { kind: 'document'; document: SourceDocument } | { kind: 'problem'; problem: Problem };

/** The documents and problems of a file, a string, or a whole corpus. */
export interface ParseResult {
  /** Documents in reading order. */
  documents: SourceDocument[];
  /** Problems in reading order; each names its file (and `#L<n>` line). */
  problems: Problem[];
}
