/**
 * A worker thread of the indexer (lib/indexer/pool.ts): extracts the documents it is sent and
 * posts each extraction back. The pipeline is pure, so a worker needs nothing but its message.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from '@/lib/model';
import { extractDocument, type PipelineOptions } from '@/lib/nlp/pipeline';

interface Job {
  id: number;
  doc: SourceDocument;
  options: PipelineOptions;
}

parentPort?.on('message', (job: Job) => {
  try {
    const x = extractDocument(job.doc, job.options);
    // the trees stay here: the store keeps none of them, and copying them to the main thread
    // (every token of the document, as objects) cost more than it saved
    parentPort!.postMessage({ id: job.id, x: { ...x, syntax: [] } });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
