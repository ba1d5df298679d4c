/**
 * A corpus in, the JSON of ../shared/CONTRACT.md out: reads every path, runs the pipeline on each
 * document, and gathers documents, time expressions and problems. The command line
 * (scripts/extract.ts) and later the indexer are thin layers over this.
 */
import type { ContractDocument, ExtractionOutput, Problem, SourceDocument } from '@/lib/model';
import { readCorpus, type CorpusOptions } from '@/lib/corpus';
import { extractDocument, type DocumentExtraction } from '@/lib/nlp/pipeline';
import { ActorRegistry } from '@/lib/nlp/corpus/actors';
import { markDuplicates } from '@/lib/nlp/events/dedupe';
import { dictionaryProblems } from '@/lib/nlp/dictionaries';

export interface ExtractOptions extends CorpusOptions {
  /** The publication date of documents that have none (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Called now and then while the work goes on. */
  onProgress?: (p: ExtractProgress) => void;
  /** Add each sentence's UD tokens, tags, lemmas, heads and relations to the output (`syntax`). */
  syntax?: boolean;
}

/** A sentence's analysis as `extract --syntax` prints it. */
export interface OutputSyntax {
  documentId: string;
  /** The sentence's index in its document, and its [start, end) in the text. */
  sentence: number;
  span: [number, number];
  /** In order; `head` is the `id` of the head token (0: the root). */
  tokens: {
    id: number;
    form: string;
    span: [number, number];
    upos: string;
    xpos: string;
    lemma: string;
    head: number;
    deprel: string;
  }[];
}

export interface ExtractProgress {
  documents: number;
  problems: number;
  /** UTF-16 code units of text processed so far. */
  chars: number;
}

/** The contract's document record, with where its publication date came from. */
export interface OutputDocument extends ContractDocument {
  /** `document` when the document gave its date, `reference-date` when --reference-date did. */
  publishedBasis: 'document' | 'dateline' | 'reference-date' | null;
}

/** One step of the work: a document's extraction, or a problem (a file that could not be read, a date left unresolved). */
export type ExtractItem =
  { kind: 'document'; extraction: DocumentExtraction } | { kind: 'problem'; problem: Problem };

/** Streams the extraction of every document of the corpus, in reading order; memory stays flat. */
export async function* extractEach(
  paths: string[],
  options: ExtractOptions = {},
): AsyncGenerator<ExtractItem> {
  for await (const item of readCorpus(paths, options)) {
    if (item.kind === 'problem') {
      yield item;
      continue;
    }
    const extraction = extractDocument(item.document, { referenceDate: options.referenceDate });
    yield { kind: 'document', extraction };
    for (const problem of extraction.problems) yield { kind: 'problem', problem };
  }
}

/** The contract's record of a document. */
export function contractDocument(
  doc: SourceDocument,
  referenceDate: string | null | undefined,
): OutputDocument {
  const published = doc.published ?? referenceDate ?? null;
  return {
    id: doc.id,
    title: doc.title,
    published,
    publishedBasis: doc.published ? (doc.publishedFrom ?? 'document') : published ? 'reference-date' : null,
    path: doc.path,
    ...(doc.source ? { source: doc.source } : {}),
    ...(doc.url ? { url: doc.url } : {}),
  };
}

/** The whole JSON of the contract for a corpus. */
export async function extractCorpus(
  paths: string[],
  options: ExtractOptions = {},
): Promise<ExtractionOutput & { documents: OutputDocument[]; syntax?: OutputSyntax[] }> {
  const out: ExtractionOutput & { documents: OutputDocument[]; syntax?: OutputSyntax[] } = {
    documents: [],
    actors: [],
    mentions: [],
    events: [],
    timexes: [],
    problems: [],
    ...(options.syntax ? { syntax: [] } : {}),
  };
  const progress: ExtractProgress = { documents: 0, problems: 0, chars: 0 };
  const addProblem = (p: Problem) => {
    out.problems.push(p);
    progress.problems++;
  };
  // the user's dictionaries first: what they could not give is the first thing to read
  for (const p of dictionaryProblems()) addProblem(p);
  const registry = new ActorRegistry();
  for await (const item of extractEach(paths, options)) {
    if (item.kind === 'problem') {
      addProblem(item.problem);
    } else {
      const { document: doc, timexes, actors, mentions, events, syntax } = item.extraction;
      for (const s of out.syntax ? syntax : [])
        out.syntax!.push({
          documentId: doc.id,
          sentence: s.index,
          span: [s.start, s.end],
          tokens: s.tokens.map((t) => ({
            id: t.id,
            form: t.form,
            span: [t.start, t.end],
            upos: t.upos,
            xpos: t.xpos,
            lemma: t.lemma,
            head: t.head,
            deprel: t.deprel,
          })),
        });
      out.documents.push(contractDocument(doc, options.referenceDate));
      registry.add(doc.id, actors);
      out.mentions.push(...mentions);
      out.events.push(...events);
      for (const t of timexes)
        out.timexes.push({
          documentId: t.documentId,
          span: t.span,
          text: t.text,
          type: t.type,
          value: t.value,
        });
      progress.documents++;
      progress.chars += doc.text.length;
    }
    options.onProgress?.(progress);
  }
  // identity across documents, then the same statement reported by several articles
  const { renamed, dropped } = registry.settle();
  if (dropped.size) out.mentions = out.mentions.filter((m) => !dropped.has(m.actorId));
  const rename = (id: string) => renamed.get(id) ?? id;
  if (renamed.size) {
    for (const m of out.mentions) m.actorId = rename(m.actorId);
    for (const e of out.events) {
      e.source = [...new Set(e.source.map(rename))];
      e.target = [...new Set(e.target.map(rename))];
      if (e.reportedBy) e.reportedBy = rename(e.reportedBy);
    }
  }
  out.actors = registry.list();
  markDuplicates(out.events);
  return out;
}
