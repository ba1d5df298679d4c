/**
 * POST /api/documents: an article as JSON, as plain text, or as uploaded .txt/.md/.jsonl files. It
 * is first written to the uploads folder (atomically: a temporary file, fsync, rename), so once
 * acknowledged it survives a crash — the next index run finds it there — then extracted and
 * stored. The answer gives each document's id and what was found in it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseDocumentFile } from '@/lib/corpus';
import { normalisePublished } from '@/lib/corpus/published';
import { referenceDate } from '@/lib/config';
import type { Problem } from '@/lib/model';
import { EXTRACTOR_VERSION, extractDocument } from '@/lib/nlp/pipeline';
import { contentHash } from '@/lib/indexer';
import { dataFolder, getStore } from '@/lib/store';
import type { SqliteStore } from '@/lib/store/sqlite';
import { problem } from './http';

/** The most a request body may weigh: `DETENTE_MAX_UPLOAD_BYTES`, default 10 MB. */
export function maxUploadBytes(): number {
  const v = Number(process.env.DETENTE_MAX_UPLOAD_BYTES);
  return Number.isInteger(v) && v > 0 ? v : 10 * 1024 * 1024;
}

/** The folder uploads are kept in. */
export const uploadsFolder = () => path.join(dataFolder(), 'uploads');

const JsonArticle = z
  .object({
    title: z.string().max(1000).optional(),
    text: z
      .string()
      .min(1, 'must not be empty')
      .refine((t) => t.trim().length > 0, 'must hold more than white space'),
    published: z
      .string()
      .max(40)
      .refine((v) => normalisePublished(v).ok, 'a date, YYYY-MM-DD or an ISO date-time')
      .optional(),
    source: z.string().max(300).optional(),
    // the dashboard links to it: only a web address, never javascript: or data:
    url: z.string().max(2000).refine(isWebUrl, 'an http or https address').optional(),
  })
  .strict();

function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Reads the body, refusing it as soon as it passes the limit. */
async function readBody(request: Request, limit: number): Promise<Uint8Array | 'too large'> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return 'too large';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Removes what a write cut short left behind (a `*.tmp` file of writeAtomically, never read as a
 * document) when older than `minAgeMs`, so no write going on now is touched. Returns the names.
 */
export async function sweepTemporaryFiles(folder: string, minAgeMs = 10 * 60_000): Promise<string[]> {
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.tmp'))) {
    const file = path.join(folder, name);
    try {
      if (Date.now() - (await fsp.stat(file)).mtimeMs < minAgeMs) continue;
      await fsp.unlink(file);
      removed.push(name);
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
  return removed;
}

/** Writes a file so that it is either wholly there or not at all. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fsp.open(tmp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsp.rename(tmp, file);
  // the rename itself must reach the disk too
  const dir = await fsp.open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

const hash12 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);
const safeName = (name: string) =>
  path
    .basename(name)
    .replace(/[^\w.-]+/g, '_')
    .slice(-80) || 'upload';

interface Incoming {
  /** The file name that decides the format (.txt, .md, .jsonl). */
  name: string;
  bytes: Uint8Array;
}

export interface UploadResult {
  documents: {
    id: string;
    title: string;
    published: string | null;
    events: number;
    actors: number;
    timexes: number;
  }[];
  problems: Problem[];
}

/** Stores, extracts and indexes uploaded files (already read and within the limit). */
export async function storeUploads(
  files: Incoming[],
  store: SqliteStore = getStore(),
): Promise<UploadResult> {
  const result: UploadResult = { documents: [], problems: [] };
  const folder = uploadsFolder();
  for (const f of files) {
    const ext = path.extname(f.name).toLowerCase();
    const file = path.join(
      folder,
      `upload-${hash12(f.bytes)}-${safeName(f.name).replace(/\.[^.]+$/, '')}${ext}`,
    );
    // ids come from the stored file's name, as when the indexer reads the uploads folder again (after
    // a restart): an upload keeps the id it was acknowledged with
    const parsed = parseDocumentFile(path.basename(file), f.bytes);
    // a file that holds nothing readable is not kept
    result.problems.push(
      ...parsed.problems.map((p) => ({ ...p, path: f.name + (p.path.match(/#L\d+$/)?.[0] ?? '') })),
    );
    if (!parsed.documents.length) continue;
    await writeAtomically(file, f.bytes);
    for (const doc of parsed.documents) {
      const x = extractDocument({ ...doc, path: file }, { referenceDate: referenceDate() });
      store.putDocument(x, {
        origin: 'upload',
        root: path.resolve(folder),
        contentHash: contentHash(doc),
        extractorVersion: EXTRACTOR_VERSION,
      });
      result.problems.push(...x.problems.map((p) => ({ ...p, path: f.name })));
      result.documents.push({
        id: doc.id,
        title: doc.title,
        published: x.document.published,
        events: x.events.length,
        actors: x.actors.size,
        timexes: x.timexes.length,
      });
    }
  }
  if (result.documents.length) store.settle();
  return result;
}

const ACCEPTED = /\.(txt|md|markdown|jsonl)$/i;

/** The POST handler's logic. */
export async function addDocuments(request: Request, store: SqliteStore = getStore()): Promise<Response> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const kinds = ['application/json', 'text/plain', 'text/markdown', 'multipart/form-data'];
  if (!kinds.includes(type)) {
    return problem(415, `send the article as ${kinds.join(', ')}, not ${type || 'no content type'}`);
  }
  const limit = maxUploadBytes();
  const body = await readBody(request, limit);
  if (body === 'too large') return problem(413, `the body is larger than the limit of ${limit} bytes`);

  const files: Incoming[] = [];
  if (type === 'application/json') {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return problem(400, 'the body is not valid JSON (UTF-8)');
    }
    const article = JsonArticle.safeParse(json);
    if (!article.success) {
      const errors = article.error.issues.flatMap((i) =>
        // an unknown field is reported on the object (path []): name the field itself
        i.code === 'unrecognized_keys'
          ? i.keys.map((k) => ({ param: k, message: 'unknown field (title, text, published, source, url)' }))
          : [{ param: i.path.join('.') || 'body', message: i.message }],
      );
      return problem(400, errors.map((e) => `${e.param}: ${e.message}`).join('; '), errors);
    }
    const line = JSON.stringify(article.data);
    files.push({ name: 'article.jsonl', bytes: new TextEncoder().encode(`${line}\n`) });
  } else if (type === 'text/plain' || type === 'text/markdown') {
    files.push({ name: type === 'text/plain' ? 'article.txt' : 'article.md', bytes: body });
  } else {
    let form: FormData;
    try {
      form = await new Response(body as BodyInit, {
        headers: { 'content-type': request.headers.get('content-type')! },
      }).formData();
    } catch {
      return problem(400, 'the multipart body could not be read');
    }
    const refused: Problem[] = [];
    for (const [, value] of form.entries()) {
      if (typeof value === 'string') continue;
      if (!ACCEPTED.test(value.name)) {
        refused.push({ path: value.name, message: 'not a .txt, .md or .jsonl file; not read' });
        continue;
      }
      files.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
    if (!files.length)
      return problem(
        refused.length ? 415 : 400,
        refused.length ? refused.map((p) => `${p.path}: ${p.message}`).join('; ') : 'no file in the form',
      );
    const result = await storeUploads(files, store);
    result.problems.unshift(...refused);
    return answer(result);
  }
  return answer(await storeUploads(files, store));
}

function answer(result: UploadResult): Response {
  const status = result.documents.length ? 201 : 400;
  const body =
    status === 201
      ? result
      : {
          error: result.problems.map((p) => `${p.path}: ${p.message}`).join('; ') || 'nothing could be read',
          ...result,
        };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
