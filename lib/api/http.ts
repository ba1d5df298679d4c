/**
 * Responses of the route handlers: JSON with an ETag (a request that sends it back gets 304),
 * errors as JSON naming what was wrong, and a small cache of recent answers keyed by the data's
 * version, so the same question on unchanged data is answered without asking the database again.
 */
import { createHash } from 'node:crypto';
import type { FilterError } from '@/lib/filters';

const etags = new Map<string, string>();

/**
 * A strong ETag: a hash of the body. Cached answers are the same string object each time, and V8
 * keeps a string's own hash, so looking up its ETag here costs nothing after the first time.
 */
export function etagOf(body: string): string {
  const known = etags.get(body);
  if (known) return known;
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
  if (etags.size >= 500) etags.clear();
  etags.set(body, etag);
  return etag;
}

/** Whether the request's If-None-Match names this ETag. */
function fresh(request: Request, etag: string): boolean {
  const inm = request.headers.get('if-none-match');
  return inm != null && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** A JSON answer to a GET, with ETag and Cache-Control (clients revalidate; nothing is stale-served). */
export function jsonOk(request: Request, body: string, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    ETag: etag,
    'Cache-Control': 'no-cache',
    ...extra,
  };
  if (fresh(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** An error, as `{ error, errors? }`. */
export function problem(status: number, error: string, errors?: FilterError[]): Response {
  return new Response(JSON.stringify(errors ? { error, errors } : { error }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The most errors one 400 lists: a query of a thousand bad values gets a short answer. */
export const MAX_ERRORS = 20;

/** A 400 naming each bad parameter (the first MAX_ERRORS; the message says how many more). */
export function badRequest(errors: FilterError[]): Response {
  const listed = errors.slice(0, MAX_ERRORS);
  const more = errors.length - listed.length;
  const message = listed.map((e) => `${e.param.slice(0, 40)}: ${e.message}`).join('; ');
  return problem(400, more > 0 ? `${message}; and ${more} more` : message, listed);
}

/** Recent answers by (data version, URL); small and bounded. */
class AnswerCache {
  private map = new Map<string, string>();
  constructor(private readonly size: number) {}
  get(key: string): string | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: string): void {
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }
}

const shared = globalThis as unknown as { __detenteAnswers?: AnswerCache };

/** The cache's key for this version of the data and this URL (parameters in a fixed order). */
function answerKey(version: string, url: URL): string {
  const params = [...url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${version}\u0000${url.pathname}\u0000${JSON.stringify(params)}`;
}

/** The answer for this version of the data and this URL, computed once. */
export function cached(version: string, url: URL, compute: () => unknown): string {
  shared.__detenteAnswers ??= new AnswerCache(500);
  const key = answerKey(version, url);
  const hit = shared.__detenteAnswers.get(key);
  if (hit !== undefined) return hit;
  const body = JSON.stringify(compute());
  shared.__detenteAnswers.set(key, body);
  return body;
}

/**
 * `cached` for an answer computed with `await` (an engine behind the awaited interface): the same
 * keys and the same body strings, so both share the one cache. Nothing is kept when compute throws.
 */
export async function cachedAsync(
  version: string,
  url: URL,
  compute: () => Promise<unknown>,
): Promise<string> {
  shared.__detenteAnswers ??= new AnswerCache(500);
  const key = answerKey(version, url);
  const hit = shared.__detenteAnswers.get(key);
  if (hit !== undefined) return hit;
  const body = JSON.stringify(await compute());
  shared.__detenteAnswers.set(key, body);
  return body;
}

/** Runs a handler; anything unexpected becomes a 500 that names no internals (and is logged). */
export async function guarded(handler: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    console.error('api:', e);
    return problem(500, 'internal error');
  }
}

/** A handler for the methods a route does not take: 405 in JSON, naming those it does. */
export function methodNotAllowed(allowed: string): () => Response {
  return () => {
    const response = problem(405, `this route answers ${allowed} only`);
    response.headers.set('Allow', allowed);
    return response;
  };
}
