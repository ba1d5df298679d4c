/**
 * The security headers of the pages and the API, in one place. proxy.ts sets the page policy (with a
 * fresh nonce per request, which Next.js reads back from the request's Content-Security-Policy and
 * puts on its own scripts); next.config.mjs sets the fixed headers. Nothing here reads the disk.
 */

/** The headers every answer carries (next.config.mjs sets them on every path). */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // the URL holds the filters: no other site learns them, same-origin requests keep the referrer
  'Referrer-Policy': 'same-origin',
};

/** The API answers JSON, CSV and streams: nothing in them may run, load or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A source a page may be framed by: 'self', or a scheme and host (a leading "*." allowed), no path. */
const ANCESTOR = /^(?:'self'|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

export interface FrameAncestors {
  /** The frame-ancestors value: "'none'" unless sources are allowed. */
  value: string;
  /** Entries of the setting that were not sources and were left out, to report. */
  ignored: string[];
}

/**
 * `DETENTE_FRAME_ANCESTORS`: who may embed the dashboard in a frame, as a space- or comma-separated
 * list of origins (`https://intranet.example`, `https://*.example.org`) or `'self'`. Unset or empty,
 * no one may. Anything else in the list (a path, a `;`, a keyword such as `'unsafe-inline'`) is left
 * out, so the setting can never add a directive to the policy.
 */
export function frameAncestors(
  raw: string | undefined = process.env.DETENTE_FRAME_ANCESTORS,
): FrameAncestors {
  const entries = (raw ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.toLowerCase() === 'self' ? "'self'" : s));
  const ok = [...new Set(entries.filter((s) => ANCESTOR.test(s)))];
  const ignored = entries.filter((s) => !ANCESTOR.test(s));
  return { value: ok.length ? ok.join(' ') : "'none'", ignored };
}

/** A fresh nonce: 128 random bits, base64. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' Content-Security-Policy. Scripts run only with this request's nonce (Next.js puts it on
 * its own scripts; 'strict-dynamic' lets them load the page's chunks): no inline script of anyone
 * else's runs. Styles may be inline, deliberately: React positions tooltips and colours swatches with
 * `style` attributes, and the network's hover rule is a `<style>` element React renders in the
 * browser, which no nonce reaches (and a nonce in style-src would switch 'unsafe-inline' off). CSS
 * cannot run code. Images may be data: and blob: URLs (the PNG and SVG exports). In development
 * React needs eval.
 */
export function pageCsp(options: { nonce: string; dev: boolean; frameAncestors: string }): string {
  const { nonce, dev } = options;
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('a nonce is at least 16 base64 characters');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors}`,
  ].join('; ');
}
