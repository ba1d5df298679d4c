/**
 * POST /api/documents: an article as JSON, as plain text, or as uploaded .txt/.md/.jsonl files.
 *
 * The request does no extraction. It checks who is writing (lib/api/access.ts), reads the
 * documents, gives each the server's id (`upload:` + the client's id, or + a hash of the content),
 * refuses a different text under an id that exists (409), writes each new document to the uploads
 * folder atomically (a temporary file, fsync, rename) and queues it in the database (this instance's
 * SQLite file; with `DETENTE_DATABASE_URL`, PostgreSQL's queue, which every instance shares and which
 * keeps the text too); then it answers 202 with a status URL. The indexer's worker
 * (lib/indexer/uploads.ts, in the `npm start` / `npm run serve` process, never the web server's)
 * extracts the queue. The same content sent again
 * is the same document: 200, nothing written. Once acknowledged an upload survives a crash: its file
 * is there, and the worker's start-up scan stores whatever the queue lost.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseDocumentFile } from '@/lib/corpus';
import { contentHash } from '@/lib/corpus/hash';
import { documentIdProblem, MAX_CLIENT_ID_LENGTH, uploadDocumentId } from '@/lib/corpus/ids';
import { normalisePublished } from '@/lib/corpus/published';
import type { Problem, SourceDocument } from '@/lib/model';
import {
  awaitedSqlite,
  dataFolder,
  databaseUrl,
  getEngine,
  getStore,
  getUploadQueue,
  SqliteStore,
  type Engine,
} from '@/lib/store';
import type { UploadJob, WorkerBeat } from '@/lib/store/queue';
import {
  sqliteUploadQueue,
  uploadLine,
  type AsyncUploadQueue,
  type UploadContent,
} from '@/lib/store/upload-queue';
import { clientAddress, writePolicy, writeRefusal } from './access';
import { problem } from './http';

/** The most a request body may weigh: `DETENTE_MAX_UPLOAD_BYTES`, default 10 MB. */
export function maxUploadBytes(): number {
  const v = Number(process.env.DETENTE_MAX_UPLOAD_BYTES);
  return Number.isInteger(v) && v > 0 ? v : 10 * 1024 * 1024;
}

/** The folder uploads are kept in. */
export const uploadsFolder = () => path.join(dataFolder(), 'uploads');

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

const JsonArticle = z
  .object({
    id: z.string().optional(),
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

/** The file (in the uploads folder) that holds one uploaded document: named by a hash of its id. */
export function uploadFileName(documentId: string): string {
  return `${createHash('sha256').update(documentId).digest('hex').slice(0, 32)}.jsonl`;
}

/** What the uploads folder (and the shared queue) keeps of an uploaded document. */
export function uploadContent(doc: SourceDocument): UploadContent {
  const content: UploadContent = { title: doc.title, text: doc.text };
  // a date read from the text's own date line is read from it again, so the record keeps saying so
  if (doc.published && doc.publishedFrom !== 'dateline') content.published = doc.published;
  if (doc.source) content.source = doc.source;
  if (doc.url) content.url = doc.url;
  return content;
}

/** One document as kept in the uploads folder: a `.jsonl` line the corpus reader reads back as is. */
export function uploadRecord(doc: SourceDocument): string {
  return uploadLine(doc.id, uploadContent(doc));
}

const whole = (raw: string | undefined, fallback: number) => {
  const v = raw?.trim();
  return v && /^\d{1,15}$/.test(v) ? Number(v) : fallback;
};

/** Upload quotas: bytes of text kept in all, and per client over a day; 0 turns one off. */
export interface UploadQuotas {
  /**
   * `DETENTE_UPLOAD_QUOTA_BYTES`: all uploaded text the queue keeps (default 256 MiB; on PostgreSQL,
   * every instance's together). The database grows by about 15 MB per MB of dense news text
   * (docs/RELIABILITY.md), so the default bounds it near 4 GB.
   */
  total: number;
  /** `DETENTE_UPLOAD_CLIENT_QUOTA_BYTES`: what one client address may add in 24 hours (default 20 MiB). */
  perClientPerDay: number;
}

export function uploadQuotas(env: Record<string, string | undefined> = process.env): UploadQuotas {
  return {
    total: whole(env.DETENTE_UPLOAD_QUOTA_BYTES, 256 * 1024 * 1024),
    perClientPerDay: whole(env.DETENTE_UPLOAD_CLIENT_QUOTA_BYTES, 20 * 1024 * 1024),
  };
}

const DAY_MS = 24 * 3600 * 1000;

interface Incoming {
  /** The file name that decides the format (.txt, .md, .jsonl). */
  name: string;
  /** What problems call it, when not its name ("the pasted text"). */
  label?: string;
  bytes: Uint8Array;
}

/** An uploaded document as the answer describes it. */
export interface UploadedDocument {
  id: string;
  title: string;
  published: string | null;
  /** Where it is: queued for extraction, being extracted, stored (done), or failed. */
  state: UploadJob['state'];
  /** Whether this request added it (false: the same content was there already). */
  added: boolean;
}

export interface UploadResult {
  /** The batch id, for GET /api/uploads/ID; null when nothing was taken. */
  upload: string | null;
  documents: UploadedDocument[];
  /** Documents refused because their id holds another text. */
  conflicts: { id: string; path: string; message: string }[];
  problems: Problem[];
}

/** A marker for ids the reader made up (the client gave none): never a valid id, so never a client's. */
const MADE_UP = '\u0000';

/** Reads each incoming file into documents with the server's ids, and the problems met. */
function readIncoming(files: Incoming[]): {
  docs: { doc: SourceDocument; from: string }[];
  problems: Problem[];
} {
  const docs: { doc: SourceDocument; from: string }[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const parsed = parseDocumentFile(f.name, f.bytes, { idBase: MADE_UP });
    // a problem names the file the client sent (and its line), never a path of the server
    const label = (p: string) => f.label ?? p;
    problems.push(...parsed.problems.map((p) => ({ ...p, path: label(p.path) })));
    for (const doc of parsed.documents) {
      const lineOf = f.label ? '' : (/#L\d+$/.exec(doc.path)?.[0] ?? '');
      const from = (f.label ?? f.name) + lineOf;
      const given = doc.id.startsWith(MADE_UP) ? null : doc.id;
      if (given != null) {
        const bad = documentIdProblem(given, MAX_CLIENT_ID_LENGTH);
        if (bad) {
          problems.push({ path: from, message: `${bad}; not added` });
          continue;
        }
      }
      const id = uploadDocumentId(given, contentHash(doc));
      docs.push({ doc: { ...doc, id, path: from }, from });
    }
  }
  return { docs, problems };
}

/** Why the queue cannot take `bytes` more from this client, as a response; null when it can. */
async function overQuota(
  queue: AsyncUploadQueue,
  client: string,
  bytes: number,
  quotas: UploadQuotas,
): Promise<Response | null> {
  if (bytes === 0) return null;
  if (quotas.total > 0) {
    const kept = await queue.bytes();
    if (kept + bytes > quotas.total)
      return problem(
        507,
        `this server keeps at most ${quotas.total} bytes of uploaded text and holds ${kept}; ` +
          `these ${bytes} bytes do not fit (DETENTE_UPLOAD_QUOTA_BYTES)`,
      );
  }
  if (quotas.perClientPerDay > 0) {
    const since = new Date(Date.now() - DAY_MS).toISOString();
    const sent = await queue.bytes({ client, since });
    if (sent + bytes > quotas.perClientPerDay) {
      const response = problem(
        429,
        `this address may add at most ${quotas.perClientPerDay} bytes of text a day and has added ${sent}; ` +
          `these ${bytes} bytes do not fit (DETENTE_UPLOAD_CLIENT_QUOTA_BYTES)`,
      );
      response.headers.set('Retry-After', '3600');
      return response;
    }
  }
  return null;
}

/** Where uploads are queued, and where their documents are looked up once stored. */
interface UploadSite {
  queue: AsyncUploadQueue;
  documents: Pick<Engine, 'documentState' | 'documentCounts'>;
}

/**
 * The queue and the documents of uploads. By default the queue of `getUploadQueue()` (PostgreSQL's,
 * shared by every instance, when `DETENTE_DATABASE_URL` is set; else the SQLite file's) and the
 * documents in the database it is in. A SQLite store given: its queue, and the documents in it, or in
 * PostgreSQL when `DETENTE_DATABASE_URL` is set.
 */
async function siteOf(at: SqliteStore | AsyncUploadQueue | undefined): Promise<UploadSite> {
  const where = at ?? (databaseUrl() ? await getUploadQueue() : getStore());
  if (where instanceof SqliteStore)
    return {
      queue: sqliteUploadQueue(where),
      documents: databaseUrl() ? await getEngine() : awaitedSqlite(where),
    };
  return {
    queue: where,
    documents: where.store instanceof SqliteStore ? awaitedSqlite(where.store) : where.store,
  };
}

/**
 * Takes documents already read: gives them their ids, settles what exists, writes the new ones to
 * the uploads folder and queues them. Nothing is extracted here.
 */
export async function queueUploads(
  files: Incoming[],
  client: string,
  store?: SqliteStore | AsyncUploadQueue,
  quotas: UploadQuotas = uploadQuotas(),
): Promise<UploadResult | Response> {
  const { docs, problems } = readIncoming(files);
  // a conflict is looked for in the queue and where the documents are stored
  const { queue, documents } = await siteOf(store);
  const result: UploadResult = { upload: null, documents: [], conflicts: [], problems };
  const fresh: { doc: SourceDocument; hash: string; bytes: number }[] = [];
  const seen = new Map<string, string>();
  for (const { doc, from } of docs) {
    const hash = contentHash(doc);
    const job = await queue.job(doc.id);
    const stored = await documents.documentState(doc.id);
    const known = seen.get(doc.id) ?? job?.contentHash ?? stored?.contentHash;
    if (known !== undefined && (known !== hash || stored?.origin === 'corpus')) {
      result.conflicts.push({
        id: doc.id,
        path: from,
        message: `the id "${doc.id.slice(0, 80)}" already holds another text; not added (give it another id, or none)`,
      });
      continue;
    }
    result.documents.push({
      id: doc.id,
      title: doc.title,
      published: doc.published,
      state: job?.state ?? (stored ? 'done' : 'queued'),
      added: known === undefined,
    });
    if (known === undefined) fresh.push({ doc, hash, bytes: Buffer.byteLength(doc.text, 'utf8') });
    seen.set(doc.id, hash);
  }
  const refused = await overQuota(
    queue,
    client,
    fresh.reduce((n, f) => n + f.bytes, 0),
    quotas,
  );
  if (refused) return refused;
  if (!result.documents.length) return result;

  // the file is kept with a shared queue too: this instance's copy of what it received
  const folder = uploadsFolder();
  for (const f of fresh)
    await writeAtomically(
      path.join(folder, uploadFileName(f.doc.id)),
      new TextEncoder().encode(uploadRecord(f.doc)),
    );
  result.upload = randomBytes(12).toString('base64url');
  await queue.enqueue(
    result.upload,
    fresh.map((f) => ({
      documentId: f.doc.id,
      file: uploadFileName(f.doc.id),
      contentHash: f.hash,
      title: f.doc.title,
      bytes: f.bytes,
      client,
      content: uploadContent(f.doc),
    })),
    result.documents.map((d) => d.id),
  );
  return result;
}

const ACCEPTED = /\.(txt|md|markdown|jsonl)$/i;

/** The POST handler's logic. */
export async function addDocuments(
  request: Request,
  store?: SqliteStore | AsyncUploadQueue,
): Promise<Response> {
  const refusal = writeRefusal(request);
  if (refusal) {
    const response = problem(refusal.status, refusal.message);
    for (const [k, v] of Object.entries(refusal.headers ?? {})) response.headers.set(k, v);
    return response;
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const kinds = ['application/json', 'text/plain', 'text/markdown', 'multipart/form-data'];
  if (!kinds.includes(type)) {
    return problem(415, `send the article as ${kinds.join(', ')}, not ${type || 'no content type'}`);
  }
  const limit = maxUploadBytes();
  const body = await readBody(request, limit);
  if (body === 'too large') return problem(413, `the body is larger than the limit of ${limit} bytes`);

  const files: Incoming[] = [];
  const refused: Problem[] = [];
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
          ? i.keys.map((k) => ({
              param: k,
              message: 'unknown field (id, title, text, published, source, url)',
            }))
          : [{ param: i.path.join('.') || 'body', message: i.message }],
      );
      return problem(400, errors.map((e) => `${e.param}: ${e.message}`).join('; '), errors);
    }
    const line = JSON.stringify(article.data);
    files.push({ name: 'article.jsonl', label: 'the article', bytes: new TextEncoder().encode(`${line}\n`) });
  } else if (type === 'text/plain' || type === 'text/markdown') {
    files.push({
      name: type === 'text/plain' ? 'pasted.txt' : 'pasted.md',
      label: 'the pasted text',
      bytes: body,
    });
  } else {
    let form: FormData;
    try {
      form = await new Response(body as BodyInit, {
        headers: { 'content-type': request.headers.get('content-type')! },
      }).formData();
    } catch {
      return problem(400, 'the multipart body could not be read');
    }
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
  }
  const outcome = await queueUploads(files, clientAddress(request), store);
  if (outcome instanceof Response) return outcome;
  outcome.problems.unshift(...refused);
  return answer(outcome, await (await siteOf(store)).queue.worker());
}

function answer(result: UploadResult, worker: WorkerBeat | null): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  const added = result.documents.filter((d) => d.added).length;
  let status: number;
  let body: Record<string, unknown>;
  if (result.upload) {
    status = added ? 202 : 200;
    const statusUrl = `/api/uploads/${result.upload}`;
    headers.Location = statusUrl;
    body = {
      ...result,
      status: statusUrl,
      worker: worker ? 'running' : 'none',
      ...(worker || !added
        ? {}
        : {
            message:
              'stored and queued, but no indexer is running to extract it: start the server with `npm start` (or run `npm run index`)',
          }),
    };
  } else {
    status = result.conflicts.length ? 409 : 400;
    const reasons = [...result.conflicts, ...result.problems].map((p) => `${p.path}: ${p.message}`);
    body = { error: reasons.join('; ') || 'nothing could be read', ...result };
  }
  return new Response(JSON.stringify(body), { status, headers });
}

/** What GET /api/uploads reports of the queue. */
interface QueueFigures {
  usedBytes: number;
  clientUsedBytes: number;
  queue: { queued: number; extracting: number; failed: number };
  worker: WorkerBeat | null;
}

/**
 * GET /api/uploads: how this server takes articles from the asking client (open, with a token, or
 * not at all), its quotas and what this client has used of them, and whether a worker is extracting.
 * The dashboard asks before it shows its upload form. On a SQLite store it answers at once (the
 * queue is read synchronously); on the shared queue, once PostgreSQL has.
 */
export function uploadPolicy(request: Request, store: SqliteStore): Response;
export function uploadPolicy(
  request: Request,
  store?: SqliteStore | AsyncUploadQueue,
): Response | Promise<Response>;
export function uploadPolicy(
  request: Request,
  store?: SqliteStore | AsyncUploadQueue,
): Response | Promise<Response> {
  const url = new URL(request.url);
  if ([...url.searchParams.keys()].length)
    return problem(400, 'this route takes no parameters', [
      { param: [...url.searchParams.keys()][0]!.slice(0, 40), message: 'unknown parameter' },
    ]);
  const policy = writePolicy(request);
  const since = new Date(Date.now() - DAY_MS).toISOString();
  const at = store ?? (databaseUrl() ? undefined : getStore());
  if (at instanceof SqliteStore) {
    const q = at.uploads;
    return policyAnswer(policy, {
      usedBytes: q.bytes(),
      clientUsedBytes: q.bytes({ client: policy.client, since }),
      queue: q.counts(),
      worker: q.worker(),
    });
  }
  return (async () => {
    const q = at ?? (await getUploadQueue());
    return policyAnswer(policy, {
      usedBytes: await q.bytes(),
      clientUsedBytes: await q.bytes({ client: policy.client, since }),
      queue: await q.counts(),
      worker: await q.worker(),
    });
  })();
}

function policyAnswer(policy: ReturnType<typeof writePolicy>, figures: QueueFigures): Response {
  const quotas = uploadQuotas();
  const { worker } = figures;
  const body = {
    ...policy,
    maxBytes: maxUploadBytes(),
    quota: {
      totalBytes: quotas.total || null,
      usedBytes: figures.usedBytes,
      clientBytesPerDay: quotas.perClientPerDay || null,
      clientUsedBytes: figures.clientUsedBytes,
    },
    queue: figures.queue,
    worker: worker ? { running: true, pid: worker.pid, seenAt: worker.at } : { running: false },
  };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** GET /api/uploads/ID: where each document of an upload is, and what was found in those stored. */
export async function uploadStatus(
  request: Request,
  id: string,
  store?: SqliteStore | AsyncUploadQueue,
): Promise<Response> {
  if (!/^[A-Za-z0-9_-]{16}$/.test(id)) return problem(404, 'no such upload');
  const url = new URL(request.url);
  if ([...url.searchParams.keys()].length) return problem(400, 'this route takes no parameters');
  const { queue, documents: stored } = await siteOf(store);
  const members = await queue.batch(id);
  if (!members.length) return problem(404, 'no such upload');
  const counted = await Promise.all(members.map(({ documentId }) => stored.documentCounts(documentId)));
  const documents = members.map(({ documentId, job }, i) => {
    const counts = counted[i]!;
    // a document stored before the queue existed (or adopted by the start-up scan) has no row
    const state = job?.state ?? (counts ? 'done' : 'queued');
    return {
      id: documentId,
      title: counts?.title ?? job?.title ?? documentId,
      state,
      ...(state === 'done' && counts
        ? {
            published: counts.published,
            events: counts.events,
            actors: counts.actors,
            timexes: counts.timexes,
          }
        : {}),
      problems: job?.problems ?? [],
      ...(job?.message ? { message: job.message } : {}),
    };
  });
  const count = (s: string) => documents.filter((d) => d.state === s).length;
  const waiting = count('queued') + count('extracting');
  const worker = await queue.worker();
  const body = {
    id,
    state: waiting ? 'working' : count('failed') ? (count('done') ? 'partly failed' : 'failed') : 'done',
    total: documents.length,
    done: count('done'),
    failed: count('failed'),
    waiting,
    documents,
    worker: worker ? 'running' : 'none',
  };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
