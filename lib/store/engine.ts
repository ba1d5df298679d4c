/**
 * Engines behind one awaited interface. SQLite answers at once; PostgreSQL over the network. Code
 * that must run on both (the contract suite in test/unit/store-contract.test.ts, and the routes as
 * they move over) asks through `AsyncStoreReader` / `AsyncStoreWriter`.
 */
import type { SqliteStore } from './sqlite';
import type { AsyncStoreReader, AsyncStoreWriter } from './types';

export type Engine = AsyncStoreReader & AsyncStoreWriter & { close(): Promise<void> };

/** A SQLite store seen through the awaited interface (the same object underneath). */
export function awaitedSqlite(s: SqliteStore): Engine {
  return {
    listDocuments: async (page) => s.listDocuments(page),
    getDocument: async (id) => s.getDocument(id),
    events: async (f, page) => s.events(f, page),
    actors: async (f, o) => s.actors(f, o),
    graph: async (f, o) => s.graph(f, o),
    timeline: async (f, bin) => s.timeline(f, bin),
    exportEvents: async function* (f) {
      yield* s.exportEvents(f);
    },
    stats: async () => s.stats(),
    actorsById: async (ids) => s.actorsById(ids),
    eventTypes: async () => s.eventTypes(),
    getDocumentUrl: async (id) => s.getDocumentUrl(id),
    indexState: async () => s.indexState(),
    corpusRoots: async () => s.corpusRoots(),
    version: async () => s.version(),
    documentState: async (id) => s.documentState(id),
    documentCounts: async (id) => s.documentCounts(id),
    documentsUnder: async (root, origin) => s.documentsUnder(root, origin),
    putDocument: async (doc, same) => s.putDocument(doc, same),
    removeDocument: async (id, same) => s.removeDocument(id, same),
    settleActors: async (settle) => s.settleActors(settle),
    setIndexState: async (state) => s.setIndexState(state),
    close: async () => s.close(),
  };
}
