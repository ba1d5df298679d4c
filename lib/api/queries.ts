/**
 * The GET routes' logic, thin over the store: parse the URL with lib/filters, answer or name the
 * bad parameter. Route files in app/api only call these.
 */
import {
  BINS,
  FORMATS,
  parseChoice,
  parseFilters,
  parsePage,
  type FilterError,
  type Filters,
  type Parsed,
} from '@/lib/filters';
import { databasePath, type Engine } from '@/lib/store';
import { corpusPaths } from '@/lib/config';
import type { EventRecord } from '@/lib/store/types';
import { engineOf, type Readable } from './engine';
import { badRequest, cachedAsync, jsonOk, problem } from './http';
import { publicPath } from './paths';
import { documentIdProblem } from '@/lib/corpus/ids';
import { cachedDashboardView } from '@/lib/dashboard/view';

/**
 * A GET route's logic: given the SQLite store (the tests) or any engine, else this process's engine
 * (`getEngine()`: PostgreSQL when DETENTE_DATABASE_URL is set, else the SQLite file).
 */
type Handler = (request: Request, store?: Readable) => Promise<Response>;

const withFilters = (url: URL) => parseFilters(url.searchParams);

/** The filter parameters (lib/filters); lists among them take repeats and commas. */
const FILTER_PARAMS = [
  'actor',
  'pair',
  'stance',
  'quad',
  'modality',
  'type',
  'from',
  'to',
  'q',
  'doc',
] as const;
const LIST_PARAMS = ['actor', 'stance', 'quad', 'modality', 'type'] as const;
const MAX_LIST_VALUES = 50;

/**
 * What lib/filters does not check, per route: a parameter the route does not take (a typo such as
 * "stances" would otherwise widen the answer without a word), and a list given more than 50 values
 * in all (repeats included, before duplicates are merged).
 */
export function paramErrors(url: URL, allowed: readonly string[]): FilterError[] {
  const errors: FilterError[] = [];
  const seen = new Set<string>();
  for (const key of url.searchParams.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (!allowed.includes(key))
      errors.push({
        param: key,
        message: `unknown parameter "${key.slice(0, 40)}"; this route takes ${allowed.length ? allowed.join(', ') : 'no parameters'}`,
      });
  }
  for (const key of LIST_PARAMS) {
    if (!allowed.includes(key)) continue;
    const values = url.searchParams.getAll(key).flatMap((v) => v.split(','));
    if (values.length > MAX_LIST_VALUES)
      errors.push({ param: key, message: `at most ${MAX_LIST_VALUES} values, not ${values.length}` });
  }
  return errors;
}

/** The first errors of every kind together, or null when there are none. */
function refuse(...lists: (FilterError[] | null)[]): Response | null {
  const errors = lists.flatMap((l) => l ?? []);
  return errors.length ? badRequest(errors) : null;
}
const errorsOf = <T>(p: Parsed<T>) => (p.ok ? null : p.errors);

export const listEvents: Handler = async (request, store) => {
  const url = new URL(request.url);
  const f = withFilters(url);
  const p = parsePage(url.searchParams, { limit: 100, max: 1000 });
  const bad = refuse(paramErrors(url, [...FILTER_PARAMS, 'limit', 'cursor']), errorsOf(f), errorsOf(p));
  if (bad || !f.ok || !p.ok) return bad!;
  const e = await engineOf(store);
  const body = await cachedAsync(await e.version(), url, async () => {
    const page = await e.events(f.value, p.value);
    return { events: page.items, nextCursor: page.nextCursor, actors: await actorNames(e, page.items) };
  });
  return jsonOk(request, body);
};

/** Names of the actors a page of events refers to, so a client can show them without asking again. */
async function actorNames(
  store: Engine,
  events: EventRecord[],
): Promise<Record<string, { name: string; kind: string; country: string | null }>> {
  const ids = new Set(
    events.flatMap((e) => [...e.source, ...e.target, ...(e.reportedBy ? [e.reportedBy] : [])]),
  );
  const out: Record<string, { name: string; kind: string; country: string | null }> = {};
  for (const a of await store.actorsById([...ids]))
    out[a.id] = { name: a.name, kind: a.kind, country: a.country };
  return out;
}

export const listActors: Handler = async (request, store) => {
  const url = new URL(request.url);
  const f = withFilters(url);
  const p = parsePage(url.searchParams, { limit: 200, max: 2000 });
  const name = url.searchParams.getAll('name');
  const errors: FilterError[] = [];
  if (name.length > 1) errors.push({ param: 'name', message: '"name" may be given once' });
  if (name[0] && name[0].length > 100) errors.push({ param: 'name', message: 'at most 100 characters' });
  const bad = refuse(paramErrors(url, [...FILTER_PARAMS, 'name', 'limit']), errorsOf(f), errorsOf(p), errors);
  if (bad || !f.ok || !p.ok) return bad!;
  const e = await engineOf(store);
  const body = await cachedAsync(await e.version(), url, async () => ({
    actors: await e.actors(f.value, { limit: p.value.limit, name: name[0] || null }),
  }));
  return jsonOk(request, body);
};

export const getGraph: Handler = async (request, store) => {
  const url = new URL(request.url);
  const f = withFilters(url);
  const p = parsePage(url.searchParams, { limit: 150, max: 1000 });
  const edges = url.searchParams.getAll('edges');
  const errors: FilterError[] = [];
  if (edges.length > 1) errors.push({ param: 'edges', message: '"edges" may be given once' });
  else if (
    edges[0] != null &&
    (!/^\d{1,5}$/.test(edges[0]) || Number(edges[0]) < 1 || Number(edges[0]) > 5000)
  )
    errors.push({ param: 'edges', message: 'a whole number from 1 to 5000' });
  const bad = refuse(
    paramErrors(url, [...FILTER_PARAMS, 'limit', 'edges']),
    errorsOf(f),
    errorsOf(p),
    errors,
  );
  if (bad || !f.ok || !p.ok) return bad!;
  const edgeLimit = edges[0] ? Number(edges[0]) : 500;
  const e = await engineOf(store);
  const body = await cachedAsync(await e.version(), url, () =>
    e.graph(f.value, { limit: p.value.limit, edges: edgeLimit }),
  );
  return jsonOk(request, body);
};

export const getTimeline: Handler = async (request, store) => {
  const url = new URL(request.url);
  const f = withFilters(url);
  const bin = parseChoice(url.searchParams, 'bin', BINS, 'month');
  const bad = refuse(paramErrors(url, [...FILTER_PARAMS, 'bin']), errorsOf(f), errorsOf(bin));
  if (bad || !f.ok || !bin.ok) return bad!;
  const e = await engineOf(store);
  const body = await cachedAsync(await e.version(), url, async () => ({
    bin: bin.value,
    bins: await e.timeline(f.value, bin.value),
  }));
  return jsonOk(request, body);
};

/**
 * GET /api/dashboard + the filters (and `lanes`): the whole view the page at `/` draws, of which the
 * page's HTML carries a sample; computed once per version of the data and URL.
 */
export const getDashboard: Handler = async (request, store) => {
  const url = new URL(request.url);
  const f = withFilters(url);
  const lanes = url.searchParams.getAll('lanes');
  const lanesBad =
    lanes.length > 1 || (lanes[0] !== undefined && lanes[0] !== 'actor' && lanes[0] !== 'pair')
      ? [{ param: 'lanes', message: 'one of actor, pair' }]
      : null;
  const bad = refuse(paramErrors(url, [...FILTER_PARAMS, 'lanes']), errorsOf(f), lanesBad);
  if (bad || !f.ok) return bad!;
  const e = await engineOf(store);
  const view = await cachedDashboardView(e, url.searchParams, f);
  if (!view.ok) return badRequest(view.errors);
  return jsonOk(request, await cachedAsync(await e.version(), url, async () => view.data));
};

export const listDocuments: Handler = async (request, store) => {
  const url = new URL(request.url);
  const p = parsePage(url.searchParams, { limit: 50, max: 500 });
  const bad = refuse(paramErrors(url, ['limit', 'cursor']), errorsOf(p));
  if (bad || !p.ok) return bad!;
  const e = await engineOf(store);
  const body = await cachedAsync(await e.version(), url, async () => {
    const page = await e.listDocuments(p.value);
    return {
      documents: page.items.map((d) => ({ ...d, path: publicPath(d.path) })),
      nextCursor: page.nextCursor,
    };
  });
  return jsonOk(request, body);
};

export async function getDocument(request: Request, id: string, store?: Readable): Promise<Response> {
  // an id is looked up, never used as a path: "..", "%2F" or a NUL byte simply match nothing
  if (documentIdProblem(id)) return problem(404, `no document "${id.slice(0, 60)}"`);
  const bad = refuse(paramErrors(new URL(request.url), []));
  if (bad) return bad;
  const doc = await (await engineOf(store)).getDocument(id);
  if (!doc) return problem(404, `no document "${id.slice(0, 60)}"`);
  return jsonOk(request, JSON.stringify({ ...doc, path: publicPath(doc.path) }));
}

export const getStatus: Handler = async (request, store) => {
  const bad = refuse(paramErrors(new URL(request.url), []));
  if (bad) return bad;
  const e = await engineOf(store);
  const stats = await e.stats();
  const index = await e.indexState();
  const corpus = await corpusInUse(e);
  return jsonOk(request, JSON.stringify({ ...stats, index, corpus }));
};

/** What the server shows: the corpus folders, the database, and folders the database still holds documents of. */
export interface CorpusInUse {
  /** DETENTE_CORPUS, as paths relative to the server's folder. */
  folders: string[];
  /** DETENTE_DB, relative to the server's folder. */
  database: string;
  /** Folders indexed earlier that DETENTE_CORPUS no longer names, with their documents still in the database. */
  stale: { folder: string; documents: number }[];
}

export async function corpusInUse(store?: Readable): Promise<CorpusInUse> {
  const roots = corpusPaths();
  const indexed = await (await engineOf(store)).corpusRoots();
  return {
    folders: roots.map((r) => publicPath(r)),
    database: publicPath(databasePath()),
    stale: indexed
      .filter((r) => !roots.includes(r.root))
      .map((r) => ({ folder: publicPath(r.root), documents: r.documents })),
  };
}

/**
 * CSV cell: quoted when needed; text with a leading =, +, - or @ is neutralised so no spreadsheet runs
 * it. Numbers are data, not formulas: a stance score of -4 stays -4.
 */
function csvCell(v: unknown): string {
  let s = v == null ? '' : String(v);
  if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const EXPORT_COLUMNS = [
  'id',
  'document',
  'title',
  'url',
  'sentence',
  'span_start',
  'span_end',
  'text',
  'trigger',
  'type',
  'cameo',
  'quad',
  'source',
  'target',
  'symmetric',
  'stance',
  'stance_score',
  'negated',
  'alleged',
  'modality',
  'plover',
  'reported_by',
  'date',
  'date_start',
  'date_end',
  'date_text',
  'date_basis',
] as const;

/** GET /api/export?format=csv|json|jsonl + the filters: the events with their provenance, streamed. */
export async function exportEvents(request: Request, store?: Readable): Promise<Response> {
  const url = new URL(request.url);
  const f = withFilters(url);
  const fmt = parseChoice(url.searchParams, 'format', FORMATS, 'csv');
  const bad = refuse(paramErrors(url, [...FILTER_PARAMS, 'format']), errorsOf(f), errorsOf(fmt));
  if (bad || !f.ok || !fmt.ok) return bad!;
  const filters: Filters = f.value;
  const engine = await engineOf(store);
  const urls = new Map<string, string | null>();
  const urlOf = async (docId: string) => {
    if (!urls.has(docId)) urls.set(docId, await engine.getDocumentUrl(docId));
    return urls.get(docId) ?? null;
  };
  const row = async (e: EventRecord) => ({
    id: e.id,
    document: e.documentId,
    title: e.documentTitle,
    url: await urlOf(e.documentId),
    sentence: e.sentence,
    span_start: e.span[0],
    span_end: e.span[1],
    text: e.text,
    trigger: e.trigger,
    type: e.type,
    cameo: e.cameo,
    quad: e.quad,
    source: e.source.join(';'),
    target: e.target.join(';'),
    symmetric: e.symmetric,
    stance: e.stance,
    stance_score: e.stanceScore,
    negated: e.negated,
    alleged: e.alleged,
    modality: e.modality ?? 'asserted',
    plover: e.plover ? [e.plover.event, e.plover.mode, ...e.plover.context].filter(Boolean).join(';') : null,
    reported_by: e.reportedBy,
    date: e.date?.value ?? null,
    date_start: e.date?.start ?? null,
    date_end: e.date?.end ?? null,
    date_text: e.date?.text ?? null,
    date_basis: e.date?.basis ?? null,
  });
  const encoder = new TextEncoder();
  const iterator = engine.exportEvents(filters)[Symbol.asyncIterator]();
  let first = true;
  const format = fmt.value;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === 'csv') controller.enqueue(encoder.encode(`${EXPORT_COLUMNS.join(',')}\n`));
      if (format === 'json') controller.enqueue(encoder.encode('['));
    },
    async pull(controller) {
      // a few hundred rows at a time, so memory stays flat however large the export
      for (let n = 0; n < 500; n++) {
        const next = await iterator.next();
        if (next.done) {
          if (format === 'json') controller.enqueue(encoder.encode(']\n'));
          controller.close();
          return;
        }
        const r = await row(next.value);
        if (format === 'csv')
          controller.enqueue(encoder.encode(`${EXPORT_COLUMNS.map((c) => csvCell(r[c])).join(',')}\n`));
        else if (format === 'jsonl') controller.enqueue(encoder.encode(`${JSON.stringify(r)}\n`));
        else {
          controller.enqueue(encoder.encode(`${first ? '' : ','}\n${JSON.stringify(r)}`));
          first = false;
        }
      }
    },
    async cancel() {
      // the reader went away: let the engine release what the export holds
      await iterator.return?.();
    },
  });
  const type =
    format === 'csv'
      ? 'text/csv; charset=utf-8'
      : format === 'jsonl'
        ? 'application/x-ndjson; charset=utf-8'
        : 'application/json; charset=utf-8';
  return new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="detente-events.${format}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
