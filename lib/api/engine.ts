/**
 * What the read path asks: an `Engine` (lib/store/engine.ts), PostgreSQL or SQLite behind the
 * awaited interface. Callers that hold a `SqliteStore` (the tests, the indexer's scripts) may pass it
 * as it is; it is seen through `awaitedSqlite`.
 */
import { awaitedSqlite, getEngine, type Engine, type SqliteStore } from '@/lib/store';

/** A store a read may be given: the SQLite store itself, or any engine. */
export type Readable = SqliteStore | Engine;

/** Whether this is the SQLite store itself (it has its database handle; an engine has none). */
export function isSqliteStore(store: Readable): store is SqliteStore {
  return 'db' in store;
}

/** The store as an engine: a SQLite store seen through the awaited interface, an engine as it is. */
export function asEngine(store: Readable): Engine {
  return isSqliteStore(store) ? awaitedSqlite(store) : store;
}

/** The given store as an engine, or this process's engine (`getEngine()`) when none is given. */
export async function engineOf(store?: Readable): Promise<Engine> {
  return store ? asEngine(store) : getEngine();
}
