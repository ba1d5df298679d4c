/**
 * `npm run serve` builds only when the sources changed since the last build: a hash of every file
 * the build reads (app/, components/, lib/, proxy.ts, the configs, the lockfile) is kept beside the
 * build, in `.next/detente-sources.sha256`. `--force` builds anyway.
 *
 *   tsx scripts/build-if-needed.ts [--force]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'next.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];
const STAMP = path.join('.next', 'detente-sources.sha256');

/** Every file under the inputs, sorted, as paths relative to the project. */
function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

/** A hash of the build's inputs: their paths and contents. */
export function sourcesHash(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const f of INPUTS.flatMap((i) => files(path.join(root, i)))) {
    hash.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

function main() {
  const force = process.argv.includes('--force');
  const hash = sourcesHash();
  const built = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP);
  if (!force && built && readFileSync(STAMP, 'utf8').trim() === hash) {
    process.stderr.write('build: the build in .next is current; not building again (--force to build)\n');
    return;
  }
  const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
  const r = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(STAMP, `${hash}\n`);
}

if (process.argv[1] && /build-if-needed\.ts$/.test(process.argv[1])) main();
