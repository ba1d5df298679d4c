/**
 * Where a document came from, as the public sees it: relative to the folder the server runs in
 * (`seeds/000_….txt`, `data/uploads/….txt`), never an absolute path of the server's disk. A file
 * outside that folder shows by its name alone.
 */
import path from 'node:path';

export function publicPath(file: string, root: string = process.cwd()): string {
  if (!file) return file;
  // a JSONL line keeps its "#L12" suffix
  const hash = /#L\d+$/.exec(file)?.[0] ?? '';
  const bare = hash ? file.slice(0, -hash.length) : file;
  if (!path.isAbsolute(bare)) return file.split(path.sep).join('/');
  const rel = path.relative(root, bare);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.basename(bare);
  return shown.split(path.sep).join('/') + hash;
}
