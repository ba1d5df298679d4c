/**
 * The one description of what a view shows: the filters every route, the page and the client read
 * from a URL and write back to it. `parseFilters` turns URL parameters into typed filters or a
 * list of errors naming each bad parameter; `serializeFilters` writes them back in one canonical
 * order, so the same view always has the same URL.
 */
import { documentIdProblem } from '@/lib/corpus/ids';

import {
  MODALITIES,
  QUADS,
  STANCE_FILTERS,
  STANCES,
  UNCODED,
  type Modality,
  type Quad,
} from '@/lib/model/vocabulary';

// the vocabulary is defined once, in lib/model; the filters name its lists
export { MODALITIES, QUADS, STANCE_FILTERS, STANCES, UNCODED };
/** A stance a view selects: cooperative, neutral, hostile, or `uncoded` (tone not coded). */
export type StanceValue = (typeof STANCE_FILTERS)[number];
export type QuadValue = Quad;
export type ModalityValue = Modality;
export const BINS = ['day', 'week', 'month', 'year'] as const;
export type Bin = (typeof BINS)[number];
export const FORMATS = ['csv', 'json', 'jsonl'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** What a view shows. Empty lists and nulls mean "no restriction". */
export interface Filters {
  /** Events with any of these actors as source or target (actor ids). */
  actors: string[];
  /** Events between two actors: `directed` keeps only a → b (symmetric events count both ways). */
  pair: { a: string; b: string; directed: boolean } | null;
  stance: StanceValue[];
  quad: QuadValue[];
  /** Stated, alleged, hypothetical or conditional acts: leave out "hypothetical" and "conditional" to hide what has not happened. */
  modality: ModalityValue[];
  /** Readable event types ("praise", "accuse"). */
  type: string[];
  /** First day of the window (YYYY-MM-DD); an event counts when its date range meets the window. */
  from: string | null;
  /** Last day of the window (YYYY-MM-DD). */
  to: string | null;
  /** Words the event's sentence or trigger must contain. */
  q: string | null;
  /** One document's events only. */
  document: string | null;
}

export const EMPTY_FILTERS: Filters = {
  actors: [],
  pair: null,
  stance: [],
  quad: [],
  modality: [],
  type: [],
  from: null,
  to: null,
  q: null,
  document: null,
};

export interface FilterError {
  /** The URL parameter at fault. */
  param: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FilterError[] };

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:~#/+-]{0,199}$/u;
const TYPE = /^[a-z][a-z -]{0,59}$/;
const MAX_LIST = 50;
const MAX_Q = 200;

/** Values of a list parameter: repeated keys and commas both add items ("stance=a,b&stance=c"). */
function listOf(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A parameter that may appear once; repeated, it is an error. */
function single(params: URLSearchParams, key: string, errors: FilterError[]): string | null {
  const all = params.getAll(key);
  if (all.length > 1) {
    errors.push({ param: key, message: `"${key}" may be given once, not ${all.length} times` });
    return null;
  }
  const v = all[0]?.trim();
  return v ? v : null;
}

// written out: Date.UTC reads the years 0–99 as 1900–1999, and 1900 was no leap year while 0 was
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** "2016", "2016-11" or "2016-11-14" as the first (or last) day it covers; null when not a date. */
export function boundOf(value: string, end: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (mo < 1 || mo > 12) return null;
  const d = m[3] ? Number(m[3]) : end ? daysIn(y, mo) : 1;
  if (d < 1 || d > daysIn(y, mo)) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function members<T extends string>(
  values: string[],
  allowed: readonly T[],
  param: string,
  errors: FilterError[],
): T[] {
  const out: T[] = [];
  for (const v of values) {
    if ((allowed as readonly string[]).includes(v)) out.push(v as T);
    else errors.push({ param, message: `"${v}" is not one of ${allowed.join(', ')}` });
  }
  return [...new Set(out)];
}

/** Reads the filters of a URL's parameters. */
export function parseFilters(params: URLSearchParams): Parsed<Filters> {
  const errors: FilterError[] = [];
  const actors = listOf(params, 'actor');
  if (actors.length > MAX_LIST) errors.push({ param: 'actor', message: `at most ${MAX_LIST} actors` });
  for (const a of actors)
    if (!ID.test(a)) errors.push({ param: 'actor', message: `"${a.slice(0, 40)}" is not an actor id` });

  let pair: Filters['pair'] = null;
  const pairText = single(params, 'pair', errors);
  if (pairText) {
    const m = /^(.+?)(~|>)(.+)$/.exec(pairText);
    if (!m || !ID.test(m[1]!) || !ID.test(m[3]!) || m[1] === m[3]) {
      errors.push({
        param: 'pair',
        message: 'write a pair as "a~b" (either way) or "a>b" (from a to b), with two actor ids',
      });
    } else pair = { a: m[1]!, b: m[3]!, directed: m[2] === '>' };
  }

  const stance = members(listOf(params, 'stance'), STANCE_FILTERS, 'stance', errors);
  const quad = members(listOf(params, 'quad'), QUADS, 'quad', errors);
  const modality = members(listOf(params, 'modality'), MODALITIES, 'modality', errors);
  const type = listOf(params, 'type');
  if (type.length > MAX_LIST) errors.push({ param: 'type', message: `at most ${MAX_LIST} types` });
  for (const t of type)
    if (!TYPE.test(t)) errors.push({ param: 'type', message: `"${t.slice(0, 40)}" is not an event type` });

  const fromText = single(params, 'from', errors);
  const toText = single(params, 'to', errors);
  const from = fromText ? boundOf(fromText, false) : null;
  const to = toText ? boundOf(toText, true) : null;
  if (fromText && !from)
    errors.push({
      param: 'from',
      message: `"${fromText.slice(0, 20)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    });
  if (toText && !to)
    errors.push({
      param: 'to',
      message: `"${toText.slice(0, 20)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    });
  if (from && to && from > to)
    errors.push({ param: 'from', message: `"from" (${from}) is after "to" (${to})` });

  const q = single(params, 'q', errors);
  if (q && q.length > MAX_Q) errors.push({ param: 'q', message: `at most ${MAX_Q} characters` });
  if (q && /[\u0000-\u001f]/.test(q))
    errors.push({ param: 'q', message: 'control characters are not allowed' });

  const document = single(params, 'doc', errors);
  const badId = document == null ? null : documentIdProblem(document);
  if (badId) errors.push({ param: 'doc', message: `not a document id: ${badId}` });

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      actors: [...new Set(actors)],
      pair,
      stance,
      quad,
      modality,
      type: [...new Set(type)],
      from,
      to,
      q,
      document,
    },
  };
}

/** Writes filters as URL parameters, in one canonical order (sorted lists, fixed keys). */
export function serializeFilters(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  const list = (key: string, values: readonly string[]) => {
    if (values.length) p.set(key, [...values].sort().join(','));
  };
  list('actor', f.actors);
  if (f.pair) p.set('pair', `${f.pair.a}${f.pair.directed ? '>' : '~'}${f.pair.b}`);
  list('stance', f.stance);
  list('quad', f.quad);
  list('modality', f.modality);
  list('type', f.type);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.q) p.set('q', f.q);
  if (f.document) p.set('doc', f.document);
  return p;
}

/** A page of results: how many, and where the previous page stopped. */
export interface PageRequest {
  limit: number;
  cursor: string | null;
}

/**
 * The two parts of a cursor the store gave (`nextCursor`: the last row's sort key and id, joined by
 * NUL, in base64url), or null when the string is not one: a made-up cursor is a 400, not page one.
 */
export function cursorParts(cursor: string): [string, string] | null {
  if (!/^[A-Za-z0-9_-]{2,400}$/.test(cursor)) return null;
  let text: string;
  try {
    const b64 = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const parts = text.split('\u0000');
  if (parts.length !== 2 || !parts[1]) return null;
  if (parts[0] !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(parts[0]!)) return null;
  return [parts[0]!, parts[1]];
}

export function parsePage(
  params: URLSearchParams,
  defaults = { limit: 100, max: 1000 },
): Parsed<PageRequest> {
  const errors: FilterError[] = [];
  const limitText = single(params, 'limit', errors);
  let limit = defaults.limit;
  if (limitText) {
    if (!/^\d{1,7}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > defaults.max) {
      errors.push({ param: 'limit', message: `a whole number from 1 to ${defaults.max}` });
    } else limit = Number(limitText);
  }
  const cursor = single(params, 'cursor', errors);
  if (cursor != null && cursorParts(cursor) == null)
    errors.push({ param: 'cursor', message: 'not a cursor this server gave (pass back a nextCursor)' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { limit, cursor } };
}

/** One value out of a fixed set ("bin=month", "format=csv"), with a default. */
export function parseChoice<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  const errors: FilterError[] = [];
  const v = single(params, key, errors);
  if (errors.length) return { ok: false, errors };
  if (v == null) return { ok: true, value: fallback };
  if (!(allowed as readonly string[]).includes(v))
    return {
      ok: false,
      errors: [{ param: key, message: `"${v.slice(0, 20)}" is not one of ${allowed.join(', ')}` }],
    };
  return { ok: true, value: v as T };
}
