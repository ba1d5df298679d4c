/**
 * Where the store lives and how a process gets it: `DETENTE_DB` (default `data/detente.db`), opened
 * once per process.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { awaitedSqlite, type Engine } from './engine';
import { PostgresStore } from './postgres';
import { PostgresUploadQueue } from './postgres/queue';
import { SqliteStore } from './sqlite';
import { sqliteUploadQueue, type AsyncUploadQueue } from './upload-queue';

export { SqliteStore, pairKey, DamagedDatabaseError } from './sqlite';
export type * from './types';
export { awaitedSqlite, type Engine } from './engine';

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

const opened = globalThis as unknown as {
  __detenteStore?: SqliteStore;
  /** The inode of the file the store was opened on, to notice when the file is replaced. */
  __detenteStoreInode?: { store: SqliteStore; ino: number | null };
};

/** The file's inode, or null when there is none. */
function inode(file: string): number | null {
  try {
    return statSync(file).ino;
  } catch {
    return null;
  }
}

/**
 * This process's store, opened on first use. When its file is replaced (the indexer moves a damaged
 * database aside and rebuilds it), the next call opens the new file; the old handle is left to
 * requests still reading it. A file SQLite cannot read throws a DamagedDatabaseError that names it
 * and says how to rebuild it; nothing is kept, so the call after the rebuild opens the new file.
 */
export function getStore(): SqliteStore {
  const held = opened.__detenteStore;
  if (held) {
    const seen = opened.__detenteStoreInode;
    if (seen?.store !== held) {
      opened.__detenteStoreInode = { store: held, ino: inode(held.file) };
      return held;
    }
    if (inode(held.file) === seen.ino) return held;
  }
  const store = new SqliteStore(held?.file ?? databasePath());
  opened.__detenteStore = store;
  opened.__detenteStoreInode = { store, ino: inode(store.file) };
  return store;
}

const engines = globalThis as unknown as { __detentePostgres?: Promise<Engine> };

/** The PostgreSQL server the store lives on (`DETENTE_DATABASE_URL=postgres://…`), or null for SQLite. */
export function databaseUrl(): string | null {
  const url = process.env.DETENTE_DATABASE_URL?.trim();
  if (!url) return null;
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error(`DETENTE_DATABASE_URL must be a postgres:// URL, not "${url.slice(0, 40)}"`);
  return url;
}

/**
 * This process's store behind the awaited interfaces: PostgreSQL when `DETENTE_DATABASE_URL` is set
 * (connected and migrated on first use, then shared), else the SQLite file of `getStore()`.
 */
export async function getEngine(): Promise<Engine> {
  const url = databaseUrl();
  if (!url) return awaitedSqlite(getStore());
  engines.__detentePostgres ??= PostgresStore.open(url).catch((e: unknown) => {
    engines.__detentePostgres = undefined;
    throw e;
  });
  return engines.__detentePostgres;
}

/**
 * This process's upload queue: in PostgreSQL when `DETENTE_DATABASE_URL` is set (one queue every
 * instance shares, on the store's pool), else in the SQLite file of `getStore()`.
 */
export async function getUploadQueue(): Promise<AsyncUploadQueue> {
  if (!databaseUrl()) return sqliteUploadQueue(getStore());
  return new PostgresUploadQueue((await getEngine()) as PostgresStore);
}

/** Closes this process's PostgreSQL connections, if any (a script at its end); the next use reconnects. */
export async function closeEngine(): Promise<void> {
  const held = engines.__detentePostgres;
  engines.__detentePostgres = undefined;
  if (held) await (await held).close();
}
