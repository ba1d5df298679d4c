/**
 * Extraction on every core: a pool of worker threads (./extract-worker.ts) that extract documents
 * while the main thread reads files and writes the database (SQLite takes one writer). Results
 * come back in the order documents were sent, so a run stores them in reading order whatever the
 * number of workers, and its output does not depend on it. One worker, or none to be had, means
 * extraction in this thread, as before.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '@/lib/model';
import { extractDocument, type DocumentExtraction, type PipelineOptions } from '@/lib/nlp/pipeline';

/**
 * `DETENTE_INDEX_WORKERS`: how many threads extract. Default: one fewer than the cores (at least
 * one), leaving a core to the web server beside the indexer.
 */
export function indexWorkers(env: Record<string, string | undefined> = process.env): number {
  const v = env.DETENTE_INDEX_WORKERS?.trim();
  if (v && /^\d{1,3}$/.test(v) && Number(v) >= 1) return Number(v);
  return Math.max(1, os.availableParallelism() - 1);
}

type Pending = {
  doc: SourceDocument;
  options: PipelineOptions;
  resolve: (x: DocumentExtraction) => void;
  reject: (e: Error) => void;
};

export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private next = 0;
  /** Why the pool fell back to this thread, if it did. */
  failed: string | null = null;

  constructor(readonly size: number) {
    if (size <= 1) return;
    for (let i = 0; i < size; i++) {
      // a JavaScript entry point that registers tsx's loader in the thread, whatever runs this one
      const w = new Worker(new URL('./extract-worker.mjs', import.meta.url));
      w.on('message', (m: { id: number; x?: DocumentExtraction; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        this.load[i]!--;
        if (m.x) p.resolve(m.x);
        else p.reject(new Error(m.error ?? 'extraction failed'));
      });
      w.on('error', (e) => this.fail(e.message));
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** When a worker cannot run (no loader, out of memory), everything goes on in this thread. */
  private fail(reason: string) {
    if (this.failed) return;
    this.failed = reason;
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
    // what was in flight is extracted here instead: nothing sent is lost
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const p of left) this.extract(p.doc, p.options).then(p.resolve, p.reject);
  }

  /** Extracts one document on the least busy worker (or here). */
  extract(doc: SourceDocument, options: PipelineOptions): Promise<DocumentExtraction> {
    if (!this.workers.length) {
      try {
        return Promise.resolve(extractDocument(doc, options));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    const id = this.next++;
    let k = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i]! < this.load[k]!) k = i;
    this.load[k]!++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { doc, options, resolve, reject });
      this.workers[k]!.postMessage({ id, doc, options });
    });
  }

  /** How many documents may be in flight at once to keep every worker busy. */
  get depth(): number {
    return Math.max(1, this.workers.length * 3);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }
}
