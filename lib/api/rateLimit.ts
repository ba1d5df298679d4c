/**
 * A token bucket per client address for the POST routes: each client may send `burst` requests at
 * once, and gets `perMinute` more each minute. A request that finds the bucket empty is answered 429
 * with Retry-After (the seconds until a token is back). Buckets live in this process's memory,
 * bounded in number, so a flood of made-up addresses cannot grow it without end. Clients are told
 * apart by lib/api/access.ts `clientAddress`: the socket's address, unless proxies are trusted.
 */
import { clientAddress } from './access';
import { problem } from './http';

export interface RateSettings {
  /** Tokens added per minute; 0 turns the limit off. */
  perMinute: number;
  /** The most tokens a bucket holds: requests a client may send at once. */
  burst: number;
}

const whole = (raw: string | undefined, fallback: number) => {
  const v = raw?.trim();
  return v && /^\d{1,9}$/.test(v) ? Number(v) : fallback;
};

/**
 * `DETENTE_POST_RATE` (requests per minute per client, default 30; 0 turns the limit off) and
 * `DETENTE_POST_BURST` (default: the rate, at least 1). Read on each call.
 */
export function rateSettings(env: Record<string, string | undefined> = process.env): RateSettings {
  const perMinute = whole(env.DETENTE_POST_RATE, 30);
  const burst = Math.max(1, whole(env.DETENTE_POST_BURST, perMinute));
  return { perMinute, burst };
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private buckets = new Map<string, Bucket>();
  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly maxClients = 10_000,
  ) {}

  /** Takes a token for this client: 0 when allowed, else the seconds to wait before one is back. */
  take(client: string, settings: RateSettings): number {
    if (settings.perMinute <= 0) return 0;
    const now = this.now();
    const perMs = settings.perMinute / 60_000;
    const old = this.buckets.get(client);
    const tokens = old
      ? Math.min(settings.burst, old.tokens + Math.max(0, now - old.at) * perMs)
      : settings.burst;
    // the most recently seen client goes to the end; the oldest is dropped when there are too many
    this.buckets.delete(client);
    if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(client, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }

  get size(): number {
    return this.buckets.size;
  }
}

const shared = globalThis as unknown as { __detentePostBuckets?: TokenBuckets };

/** A 429 when this client has used its tokens, else null (and a token is spent). */
export function rateLimited(
  request: Request,
  buckets: TokenBuckets = (shared.__detentePostBuckets ??= new TokenBuckets()),
  settings: RateSettings = rateSettings(),
): Response | null {
  const wait = buckets.take(clientAddress(request), settings);
  if (!wait) return null;
  const response = problem(
    429,
    `too many requests from this address: at most ${settings.perMinute} a minute (bursts of ${settings.burst}); try again in ${wait} s`,
  );
  response.headers.set('Retry-After', String(wait));
  return response;
}
