/**
 * The dashboard's HTML, kept by canonical view and data version (scripts/server.ts): the page for
 * one view of one version of the data is rendered once, and every later request for it gets the
 * same bytes, with a nonce of its own. Rendering costs about 100 ms of CPU; a kept page costs a
 * string replacement.
 *
 * Every answer still gets a fresh Content-Security-Policy nonce: the kept page's nonce is replaced,
 * in the header and everywhere in the body, by the one made for this request, so no two answers
 * share a nonce. Only a plain navigation to `/` is kept (no router or prefetch request), only a
 * 200 HTML answer with a nonce in its policy, and only when every parameter of the URL is one the
 * page reads and the filters parse.
 */
import { parseFilters, serializeFilters } from '@/lib/filters';

/** The parameters the page reads besides the filters (the browser reads them too: they are kept). */
const PAGE_PARAMS = ['lanes', 'event', 'group', 'expand'] as const;
/** The filters' own parameters (lib/filters). */
const FILTER_PARAMS = ['actor', 'pair', 'stance', 'quad', 'modality', 'type', 'from', 'to', 'q', 'doc'];

/** Request headers that mark a request of the client router, not a page load. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'purpose'];

export interface KeptPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
  /** The nonce the page was rendered with. */
  nonce: string;
}

/**
 * The key of a request for the dashboard, or null when it is not one to keep: another path, a
 * router request, a parameter the page does not read, filters that do not parse.
 */
export function pageKey(
  method: string,
  url: URL,
  headers: Record<string, string | string[] | undefined>,
  version: string,
): string | null {
  if (method !== 'GET' || url.pathname !== '/') return null;
  if (ROUTER_HEADERS.some((h) => headers[h] !== undefined)) return null;
  const params = url.searchParams;
  for (const k of params.keys())
    if (!FILTER_PARAMS.includes(k) && !(PAGE_PARAMS as readonly string[]).includes(k)) return null;
  const parsed = parseFilters(params);
  if (!parsed.ok) return null;
  // the canonical filters (two spellings of one view are one key), then the page's own parameters
  const page = PAGE_PARAMS.flatMap((k) => params.getAll(k).map((v) => `${k}=${v}`));
  return `${version}\u0000${serializeFilters(parsed.value).toString()}\u0000${page.join('&')}`;
}

/** The nonce of a Content-Security-Policy ("… 'nonce-AbC…' …"), or null. */
export function nonceOf(csp: string | undefined): string | null {
  const m = csp ? /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp) : null;
  return m ? m[1]! : null;
}

/** A kept page with this request's nonce in place of the one it was rendered with. */
export function withNonce(
  page: KeptPage,
  nonce: string,
): { headers: Record<string, string | string[]>; body: string } {
  const swap = (s: string) => s.split(page.nonce).join(nonce);
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(page.headers)) headers[k] = Array.isArray(v) ? v.map(swap) : swap(v);
  const body = swap(page.body);
  headers['content-length'] = String(Buffer.byteLength(body));
  delete headers['transfer-encoding'];
  // the time of this answer, not of the one kept
  delete headers['date'];
  return { headers, body };
}

/** The most recent pages, by key; the oldest goes first. */
export class PageCache {
  private pages = new Map<string, KeptPage>();
  constructor(private readonly size = 16) {}
  get(key: string): KeptPage | undefined {
    const p = this.pages.get(key);
    if (p) {
      this.pages.delete(key);
      this.pages.set(key, p);
    }
    return p;
  }
  set(key: string, page: KeptPage): void {
    this.pages.set(key, page);
    while (this.pages.size > this.size) this.pages.delete(this.pages.keys().next().value as string);
  }
}
