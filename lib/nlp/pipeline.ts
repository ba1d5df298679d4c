/**
 * The ordered stages that turn one document into what the dashboard shows. Read this file first.
 *
 * Now: sentences, then time expressions resolved against the publication date. Actors,
 * interactions and stance come next (issue 3) and slot in after the time expressions.
 */
import type { Problem, Sentence, SourceDocument, Timex } from '@/lib/model';
import { splitSentences } from '@/lib/nlp/sentences';
import { isUnresolved, parseIsoDay, tagTimexes } from '@/lib/nlp/dates';

/** Bumped whenever a change to the stages can change their output (the indexer re-extracts on it). */
export const EXTRACTOR_VERSION = '0.1.0';

export interface PipelineOptions {
  /** Publication date (YYYY-MM-DD) for a document that has none. */
  referenceDate?: string | null;
}

/** Everything extracted from one document. */
export interface DocumentExtraction {
  document: SourceDocument;
  /** The day relative expressions were resolved against, and where it came from. */
  reference: { date: string; basis: 'document' | 'option' } | null;
  sentences: Sentence[];
  timexes: Timex[];
  problems: Problem[];
}

/** Runs the stages over one document. Pure: the same document and options give the same output. */
export function extractDocument(doc: SourceDocument, options: PipelineOptions = {}): DocumentExtraction {
  const problems: Problem[] = [];
  const refText = doc.published ?? options.referenceDate ?? null;
  const ref = parseIsoDay(refText);
  const reference =
    ref && refText
      ? { date: refText.slice(0, 10), basis: doc.published ? ('document' as const) : ('option' as const) }
      : null;

  const sentences = splitSentences(doc.text);
  const timexes: Timex[] = tagTimexes(doc.text, sentences, { ref }).map((t) => ({
    documentId: doc.id,
    span: t.span,
    text: t.text,
    type: t.type,
    value: t.value,
    basis: t.basis,
    sentence: t.sentence,
  }));

  if (!ref) {
    const unresolved = timexes.filter((t) => isUnresolved(t.value)).length;
    if (unresolved > 0) {
      problems.push({
        path: doc.path,
        message: `no publication date: ${unresolved} relative time expression${unresolved > 1 ? 's' : ''} left unresolved (give the document a "published" date or pass --reference-date)`,
      });
    }
  }
  return { document: doc, reference, sentences, timexes, problems };
}
