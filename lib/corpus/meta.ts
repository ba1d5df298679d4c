/**
 * Metadata as users write it (front matter, sidecars, `.jsonl` lines), checked key by key against
 * the model's DocumentMeta so that a message can say which key is wrong and what it should be.
 */
import { DocumentMeta } from '@/lib/model';

const KEYS = ['id', 'title', 'published', 'source', 'url'] as const;

/** What each key should hold, in a user's words. */
const EXPECTED: Record<(typeof KEYS)[number], string> = {
  id: 'a non-empty string or a number',
  title: 'a string',
  published: 'a date such as "2016-11-15"',
  source: 'a string',
  url: 'a string',
};

/** The checked metadata and what was wrong with it. */
export interface CheckedMeta {
  /** The keys that passed; a wrong one is left out. */
  meta: DocumentMeta;
  /** One message per wrong key, e.g. `"title" should be a string, got number`. */
  errors: string[];
}

/** A value's kind as a user would name it. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Checks the known keys of a mapping; other keys are ignored (front matter often carries tags,
 * authors...). A null value counts as absent: exports write `"url": null` for "no url".
 */
export function checkMeta(data: Record<string, unknown>): CheckedMeta {
  const meta: DocumentMeta = {};
  const errors: string[] = [];
  for (const key of KEYS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    const parsed = DocumentMeta.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) {
      // The parsed value carries the schema's transforms (a numeric id becomes a string).
      (meta as Record<string, unknown>)[key] = parsed.data;
    } else {
      errors.push(`"${key}" should be ${EXPECTED[key]}, got ${kindOf(value)}${preview(value)}`);
    }
  }
  return { meta, errors };
}

function preview(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    const s = JSON.stringify(value);
    return ` ${s.length > 40 ? `${s.slice(0, 40)}…` : s}`;
  }
  return '';
}

/** Whether a parsed JSON value is a plain object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A sidecar's metadata, or why the whole sidecar is set aside. */
export type Sidecar = { ok: true; meta: DocumentMeta } | { ok: false; message: string };

/**
 * Parses a sidecar's JSON. Unlike front matter, a sidecar with one wrong key is set aside whole: it is
 * a separate file, often machine-written, and half-trusting it would hide a broken generator.
 */
export function parseSidecar(json: string): Sidecar {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return {
      ok: false,
      message: `broken sidecar, not valid JSON: ${(err as Error).message}; read without it`,
    };
  }
  if (!isPlainObject(value)) {
    return {
      ok: false,
      message: `broken sidecar: expected a JSON object, got ${kindOf(value)}; read without it`,
    };
  }
  const { meta, errors } = checkMeta(value);
  if (errors.length > 0)
    return { ok: false, message: `broken sidecar: ${errors.join('; ')}; read without it` };
  return { ok: true, meta };
}
