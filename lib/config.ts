/**
 * Settings read from the environment, in one place. Read on each call, never at import time, so
 * tests and the server see the values of the moment.
 */
import path from 'node:path';

/**
 * The corpus the dashboard shows: `DETENTE_CORPUS`, one or more files or folders separated by the
 * platform's path delimiter (":" on Linux and macOS), relative to the working directory. Default: `seeds`.
 */
export function corpusPaths(): string[] {
  const raw = process.env.DETENTE_CORPUS?.trim();
  const list = raw ? raw.split(path.delimiter).filter(Boolean) : ['seeds'];
  // The corpus is chosen at run time: keep the bundler from tracing the whole project for it.
  return list.map((p) => path.resolve(/*turbopackIgnore: true*/ process.cwd(), p));
}

/** `DETENTE_REFERENCE_DATE`: the publication date of documents that give none (YYYY-MM-DD), or null. */
export function referenceDate(): string | null {
  const v = process.env.DETENTE_REFERENCE_DATE?.trim();
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}
