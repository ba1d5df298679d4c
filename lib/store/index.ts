/**
 * Where the store lives and how a process gets it: `DETENTE_DB` (default `data/detente.db`), opened
 * once per process.
 */
import path from 'node:path';
import { SqliteStore } from './sqlite';

export { SqliteStore, pairKey } from './sqlite';
export type * from './types';

/** The database file: `DETENTE_DB`, relative to the working directory; default `data/detente.db`. */
export function databasePath(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    process.env.DETENTE_DB?.trim() || 'data/detente.db',
  );
}

/** The data folder (uploads are kept here): the database's folder. */
export function dataFolder(): string {
  return path.dirname(databasePath());
}

const opened = globalThis as unknown as { __detenteStore?: SqliteStore };

/** This process's store, opened on first use. */
export function getStore(): SqliteStore {
  opened.__detenteStore ??= new SqliteStore(databasePath());
  return opened.__detenteStore;
}
