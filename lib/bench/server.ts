/**
 * For benchmarks: the production web server (scripts/server.ts) on a database of the benchmark's own, started as a
 * child process (and stopped with it), and load from autocannon with every latency kept, so
 * percentiles such as p95 are exact.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export interface Server {
  url: string;
  child: ChildProcess;
  stop(): void;
  /** Resident memory of the server process, in MiB. */
  rssMiB(): number | null;
}

export async function startServer(env: Record<string, string>, port: number): Promise<Server> {
  if (!existsSync(path.join('.next', 'BUILD_ID')))
    throw new Error('no production build: run `npm run build` first');
  // the project's web server (scripts/server.ts), as `npm start` runs it, without the indexer
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'server.ts')], {
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode == null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${url}/api/status`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    child,
    stop,
    rssMiB() {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Number(m[1]) / 1024 : null;
      } catch {
        return null;
      }
    },
  };
}

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/**
 * Load on loopback: `connections` clients for `seconds`, going round the given paths. Given several
 * servers (instances of one deployment), the clients are shared out among them, all at once, and
 * the figures are those of all the answers together.
 */
export async function load(
  base: string | string[],
  paths: string[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const bases = typeof base === 'string' ? [base] : base;
  const results = await Promise.all(
    bases.map((url, i) =>
      autocannon({
        url,
        // an even share, the first ones taking what does not divide
        connections: Math.floor(connections / bases.length) + (i < connections % bases.length ? 1 : 0),
        duration: seconds,
        requests: paths.map((p) => ({ method: 'GET', path: p })),
        setupClient(client) {
          client.on('response', (_status: number, _bytes: number, time: number) => latencies.push(time));
        },
      }),
    ),
  );
  const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + f(r), 0);
  latencies.sort((a, b) => a - b);
  return {
    requests: sum((r) => r.requests.total),
    errors: sum((r) => r.errors + r.timeouts),
    non2xx: sum((r) => r.non2xx),
    rps: Math.round(sum((r) => r.requests.average)),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? 0,
  };
}
