/**
 * Opening the database for the indexer, which can rebuild it: everything in it comes from the corpus
 * and the uploads folder, so a file SQLite cannot read (not a database, damaged pages) is moved aside
 * (kept, for whoever wants to look) and a new one is created for the index run to fill.
 */
import { existsSync, renameSync } from 'node:fs';
import { DamagedDatabaseError, isDamage, SqliteStore } from './sqlite';

export { DamagedDatabaseError } from './sqlite';

export interface Opened {
  store: SqliteStore;
  /** The file was missing and has been created. */
  created: boolean;
  /** The file was damaged: why, and where it is now. */
  rebuilt: { reason: string; movedTo: string } | null;
}

/**
 * Moves a database file aside with its WAL and shared-memory files (`-wal`, `-shm`): a new database
 * must never pick up the old one's write-ahead log. Returns the new name of the main file.
 */
export function moveAside(file: string, stamp = new Date().toISOString().replace(/[:.]/g, '-')): string {
  const target = `${file}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  return target;
}

/** What is wrong with an open database, by `PRAGMA quick_check` (null when nothing). */
function check(store: SqliteStore): string | null {
  try {
    const rows = store.db.pragma('quick_check(5)') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
    return problems.length ? `quick_check: ${problems.join('; ')}` : null;
  } catch (e) {
    if (isDamage(e)) return (e as Error).message;
    throw e;
  }
}

/**
 * Opens `file`, creating it when missing; a damaged file is moved aside and replaced by an empty
 * database. Other failures (permissions, a full disk) are thrown as they are: rebuilding would not
 * help them.
 */
export function openOrRebuild(file: string): Opened {
  const created = !existsSync(file);
  let reason: string | null;
  try {
    const store = new SqliteStore(file);
    reason = check(store);
    if (reason === null) return { store, created, rebuilt: null };
    store.close();
  } catch (e) {
    if (e instanceof DamagedDatabaseError) reason = e.reason;
    else throw e;
  }
  const movedTo = moveAside(file);
  return { store: new SqliteStore(file), created: false, rebuilt: { reason, movedTo } };
}
