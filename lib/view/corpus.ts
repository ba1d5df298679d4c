/**
 * What the page shows of a corpus, gathered from the extraction: documents with their text and
 * time expressions, and the problems met on the way. Plain data, ready to hand to components.
 */
import path from 'node:path';
import type { Problem, Timex } from '@/lib/model';
import { contractDocument, extractEach, type OutputDocument } from '@/lib/extract';

export interface DocumentView extends OutputDocument {
  text: string;
  sentences: number;
  timexes: Omit<Timex, 'documentId'>[];
}

export interface CorpusView {
  documents: DocumentView[];
  problems: Problem[];
}

/** Reads and extracts the corpus; paths in problems are shown relative to the working directory. */
export async function loadCorpusView(paths: string[], referenceDate: string | null): Promise<CorpusView> {
  const view: CorpusView = { documents: [], problems: [] };
  const rel = (p: string) => path.relative(/*turbopackIgnore: true*/ process.cwd(), p) || p;
  for await (const item of extractEach(paths, { referenceDate })) {
    if (item.kind === 'problem') {
      view.problems.push({ ...item.problem, path: rel(item.problem.path) });
      continue;
    }
    const { document, sentences, timexes } = item.extraction;
    view.documents.push({
      ...contractDocument(document, referenceDate),
      path: rel(document.path),
      text: document.text,
      sentences: sentences.length,
      timexes: timexes.map(({ documentId: _id, ...t }) => t),
    });
  }
  return view;
}
