/**
 * A throw-away PostgreSQL server for tests and benchmarks: `initdb` into a temporary folder, started
 * on a free loopback port, stopped and deleted after. It uses the machine's PostgreSQL binaries
 * (Debian's `postgresql` package: /usr/lib/postgresql/N/bin, or PG_BIN). PostgreSQL refuses to run
 * as root, so as root the server runs as the `postgres` user the package creates.
 *
 *   const pg = await startLocalPostgres();   // { url: 'postgres://detente@127.0.0.1:PORT/detente', stop }
 *   …
 *   await pg.stop();
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface LocalPostgres {
  url: string;
  port: number;
  /** Stops the server (immediately) and deletes its folder. */
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function postgresBin(): string | null {
  const env = process.env.PG_BIN?.trim();
  if (env) return existsSync(path.join(env, 'pg_ctl')) ? env : null;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(root, versions[0]!, 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  return found ? path.dirname(found) : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a new server; throws with what to install when PostgreSQL is missing. */
export async function startLocalPostgres(): Promise<LocalPostgres> {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed: `apt-get install -y postgresql` (Debian), or set PG_BIN to the folder of pg_ctl',
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'detente-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  let uid: number | undefined;
  let gid: number | undefined;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    uid = id('-u');
    gid = id('-g');
    chownSync(dir, uid, gid);
  }
  // as root, every PostgreSQL program runs as the postgres user
  const run = (program: string, args: string[]) => {
    const file = path.join(bin, program);
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
    const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0)
      throw new Error(
        `${program} failed (${r.status}): ${(r.stderr || r.stdout || '').trim().slice(0, 2000)}`,
      );
  };
  run('initdb', ['-D', data, '-U', 'detente', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-w',
    '-t',
    '60',
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  const stop = async () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'detente', 'detente']);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `postgres://detente@127.0.0.1:${port}/detente`, port, stop };
}

/**
 * Creates a database on the server of `url` (a connection to another of its databases) and returns
 * the URL of the new one: a database of its own for a test or a benchmark run.
 */
export async function createDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: "${name}"`);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return url.replace(/\/[^/]+$/, `/${name}`);
}
