/**
 * Who is asking, and whether they may write. Reads are public; a request that changes the stored
 * documents must pass three checks, in this order:
 *
 * 1. Same origin: a browser says which page made the request (`Origin`, `Sec-Fetch-Site`); a page of
 *    another site is refused with 403, so no site can write here through its visitors' browsers,
 *    not even with a plain HTML form. Requests with neither header come from programs, not pages.
 * 2. A credential: with `DETENTE_WRITE_TOKEN` set, a write must carry `Authorization: Bearer
 *    TOKEN` (compared in constant time), else 401. With no token set, only clients on this machine
 *    (loopback, reached directly rather than through a proxy) may write; others get 403.
 * 3. Limits (rate and quota) per client address: the socket's address, or with
 *    `DETENTE_TRUST_PROXY=N` the address N proxies back in `X-Forwarded-For`.
 *
 * The socket's address reaches the route only from the project's own server (scripts/server.ts),
 * which puts it in a header after removing any copy a client sent, and marks the process so that
 * the header is believed. Under a bare `next start` the address is unknown: writes then need the
 * token, and limits key on `unknown` (one bucket for everyone) unless a proxy is trusted.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/** The header the project's server puts the socket's address in. */
export const PEER_HEADER = 'x-detente-peer';
/** The header it keeps the client's own X-Forwarded-For in, before Next.js fills that one. */
export const FORWARDED_HEADER = 'x-detente-forwarded-for';
/** Set on globalThis by the project's server: only then are the two headers above believed. */
export const SERVER_MARK = Symbol.for('detente.server');

type Env = Record<string, string | undefined>;

/** Whether this process runs inside the project's server, which sets the peer headers itself. */
export function underOwnServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVER_MARK] === true;
}

/** The socket's address, when the project's server vouches for it; null otherwise. */
export function socketPeer(request: Request): string | null {
  if (!underOwnServer()) return null;
  const v = request.headers.get(PEER_HEADER)?.trim();
  return v && isIP(v) ? v : null;
}

/** `DETENTE_TRUST_PROXY`: how many proxies in front of the server append to X-Forwarded-For (default 0). */
export function trustedHops(env: Env = process.env): number {
  const v = env.DETENTE_TRUST_PROXY?.trim();
  return v && /^\d{1,2}$/.test(v) ? Number(v) : 0;
}

/** X-Forwarded-For as the client sent it, as addresses; null when absent or malformed. */
function forwardedChain(request: Request): string[] | null {
  const raw = underOwnServer()
    ? request.headers.get(FORWARDED_HEADER)
    : request.headers.get('x-forwarded-for');
  if (raw == null) return null;
  const list = raw.split(',').map((s) => s.trim());
  // an empty entry, a port, a name or garbage: the whole header is not to be believed
  return list.length > 0 && list.length <= 20 && list.every((a) => isIP(a) !== 0) ? list : null;
}

/**
 * The client's address for limits and logs: with `DETENTE_TRUST_PROXY=N`, the entry N places from
 * the end of X-Forwarded-For (what the outermost trusted proxy saw), when the header is well
 * formed and long enough; otherwise the socket's address; `unknown` when neither is known.
 */
export function clientAddress(request: Request, env: Env = process.env): string {
  const hops = trustedHops(env);
  if (hops > 0) {
    const chain = forwardedChain(request);
    if (chain && chain.length >= hops) return chain[chain.length - hops]!;
  }
  return socketPeer(request) ?? 'unknown';
}

/** Whether an address is this machine's (127.0.0.0/8, ::1, and IPv4 loopback mapped into IPv6). */
export function isLoopback(address: string): boolean {
  const a = address.toLowerCase();
  return a === '::1' || /^127\./.test(a) || /^::ffff:127\./.test(a);
}

/** Whether the request came through a proxy (it carries a header only proxies add). */
function proxied(request: Request): boolean {
  return (
    (underOwnServer() ? request.headers.has(FORWARDED_HEADER) : false) ||
    request.headers.has('forwarded') ||
    request.headers.has('x-real-ip')
  );
}

/** `DETENTE_WRITE_TOKEN`, or null when unset. */
export function writeToken(env: Env = process.env): string | null {
  const v = env.DETENTE_WRITE_TOKEN?.trim();
  return v ? v : null;
}

/** Two secrets compared in time that does not depend on where they differ (hashes of equal length). */
function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** The bearer token of the request, or null. */
function bearer(request: Request): string | null {
  const m = /^Bearer[ \t]+(\S{1,1000})\s*$/i.exec(request.headers.get('authorization') ?? '');
  return m ? m[1]! : null;
}

/** How this server takes writes from the asking client: what the dashboard shows before an upload. */
export type WritePolicy =
  /** This client may write as it is. */
  | { writes: 'open'; client: string }
  /** A token is needed (and was not given, or was wrong). */
  | { writes: 'token'; client: string; message: string }
  /** This client cannot write here at all: no token is set, and it is not on the server's machine. */
  | { writes: 'closed'; client: string; message: string };

/** What the asking client must do to write (the token, when sent, is checked). */
export function writePolicy(request: Request, env: Env = process.env): WritePolicy {
  const client = clientAddress(request, env);
  const token = writeToken(env);
  if (token) {
    const given = bearer(request);
    if (given && sameSecret(given, token)) return { writes: 'open', client };
    return {
      writes: 'token',
      client,
      message: given
        ? 'the write token is not right'
        : 'this server adds articles only with its write token (Authorization: Bearer TOKEN)',
    };
  }
  const hops = trustedHops(env);
  const local =
    hops > 0
      ? isLoopback(client)
      : (() => {
          const peer = socketPeer(request);
          return peer != null && isLoopback(peer) && !proxied(request);
        })();
  if (local && addressedLocally(request, env)) return { writes: 'open', client };
  return {
    writes: 'closed',
    client,
    message:
      'this server adds articles only from its own machine (as localhost); its operator can set DETENTE_WRITE_TOKEN to let others add them with a token',
  };
}

/**
 * Whether the request names this machine as its host (`localhost`, a loopback address, or a host
 * of DETENTE_ALLOWED_ORIGINS). A page of another site whose name was pointed at 127.0.0.1 (DNS
 * rebinding) is same-origin to itself and reaches the server from loopback; its Host header still
 * carries its own name, and that is refused.
 */
function addressedLocally(request: Request, env: Env): boolean {
  const host = request.headers.get('host');
  if (!host) return true; // HTTP/1.0 without Host: no browser sends that
  let name: string;
  try {
    name = new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127\./.test(name))
    return true;
  return [...allowedOrigins(env)].some((o) => new URL(o).hostname.toLowerCase() === name);
}

/** A refusal of a write: the status and what to say. */
export interface Refusal {
  status: 401 | 403;
  message: string;
  headers?: Record<string, string>;
}

/** The refusal for this write, or null when it may go ahead. */
export function writeRefusal(request: Request, env: Env = process.env): Refusal | null {
  const foreign = originProblem(request, env);
  if (foreign) return { status: 403, message: foreign };
  const policy = writePolicy(request, env);
  if (policy.writes === 'open') return null;
  if (policy.writes === 'token')
    return {
      status: 401,
      message: policy.message,
      headers: { 'WWW-Authenticate': 'Bearer realm="detente"' },
    };
  return { status: 403, message: policy.message };
}

/** `DETENTE_ALLOWED_ORIGINS`: other origins whose pages may write here (space or comma separated). */
export function allowedOrigins(env: Env = process.env): Set<string> {
  const out = new Set<string>();
  for (const entry of (env.DETENTE_ALLOWED_ORIGINS ?? '').split(/[\s,]+/)) {
    if (!entry) continue;
    try {
      const u = new URL(entry);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(u.origin);
    } catch {
      // not an origin: left out
    }
  }
  return out;
}

/** The hosts (host:port) this server answers as: the Host header, and X-Forwarded-Host behind a trusted proxy. */
function ownHosts(request: Request, env: Env): Set<string> {
  const hosts = new Set<string>();
  const host = request.headers.get('host');
  if (host) hosts.add(host.toLowerCase());
  if (trustedHops(env) > 0) {
    const fwd = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
    if (fwd) hosts.add(fwd.toLowerCase());
  }
  try {
    hosts.add(new URL(request.url).host.toLowerCase());
  } catch {
    // a Request always has a URL; nothing to add otherwise
  }
  return hosts;
}

/**
 * Why the page that made this request may not change anything here, or null. A page's request
 * carries `Origin` (every browser sends it on POST) and `Sec-Fetch-Site`; a program's carries
 * neither, and is judged by its credential alone.
 */
export function originProblem(request: Request, env: Env = process.env): string | null {
  const origin = request.headers.get('origin');
  if (origin != null) {
    if (origin === 'null')
      return 'a page without an origin (a sandboxed frame, a file) may not add articles here';
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return 'the Origin header is not an origin';
    }
    if (ownHosts(request, env).has(parsed.host.toLowerCase()) || allowedOrigins(env).has(parsed.origin))
      return null;
    return `pages of ${parsed.origin} may not add articles here (only this server's own pages, or DETENTE_ALLOWED_ORIGINS)`;
  }
  const site = request.headers.get('sec-fetch-site');
  if (site != null && site !== 'same-origin' && site !== 'none')
    return `a page of another site (Sec-Fetch-Site: ${site.slice(0, 20)}) may not add articles here`;
  return null;
}
