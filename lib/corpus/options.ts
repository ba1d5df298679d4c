/**
 * Reading options and the size limit. The limit protects memory: a file over it is refused after an
 * fs.stat, before a single byte is read.
 */

/** 5 MB: far above any news article, far below what would hurt a server holding one file at a time. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** The environment variable that overrides {@link DEFAULT_MAX_BYTES}. */
export const MAX_BYTES_ENV = 'DETENTE_MAX_FILE_BYTES';

export interface CorpusOptions {
  /**
   * Files larger than this (in bytes) are refused with a problem naming the limit; for `.jsonl` the
   * limit applies to each line. Default {@link defaultMaxBytes}: 5 MB, or env `DETENTE_MAX_FILE_BYTES`.
   */
  maxBytes?: number;
}

/**
 * The limit when none is given: env DETENTE_MAX_FILE_BYTES when it holds a whole number of bytes,
 * else 5 MB. Read on each call rather than at import so that tests and long-lived servers see changes.
 */
export function defaultMaxBytes(): number {
  const raw = process.env[MAX_BYTES_ENV]?.trim();
  if (raw && /^\d+$/.test(raw)) {
    const n = Number(raw);
    if (Number.isSafeInteger(n)) return n;
  }
  return DEFAULT_MAX_BYTES;
}

/** The effective limit; a nonsensical option is a programming error, not bad input, so it throws. */
export function resolveMaxBytes(options?: CorpusOptions): number {
  const given = options?.maxBytes;
  if (given === undefined) return defaultMaxBytes();
  if (!Number.isFinite(given) || given < 0) {
    throw new RangeError(`maxBytes must be a non-negative number of bytes, got ${given}`);
  }
  return Math.floor(given);
}

/** "6291456 bytes (6.0 MB)": exact for tests and scripts, readable for people. */
export function formatBytes(n: number): string {
  const mb = 1024 * 1024;
  return n >= mb ? `${n} bytes (${(n / mb).toFixed(1)} MB)` : `${n} bytes`;
}

/** The message for a file (or `.jsonl` line) over the limit. */
export function tooLargeMessage(what: 'file' | 'line', size: number, limit: number): string {
  return (
    `${what} too large: ${what} is ${formatBytes(size)}, over the limit of ${formatBytes(limit)} ` +
    `(raise it with ${MAX_BYTES_ENV})`
  );
}
