/**
 * The domain layer between the extractor and the store: what a stored document is made of, when
 * two events of different articles are the same event, and who is who across the corpus. The store
 * (lib/store) only persists; it takes these decisions as data or as functions, so any engine behind
 * `StoreWriter` makes the same ones.
 *
 *   putExtraction(store, extraction, { origin: 'corpus', root, contentHash, extractorVersion });
 *   removeStored(store, id);
 *   settleCorpus(store);   // once a batch of documents is in
 */
import { contractDocument } from '@/lib/extract';
import type { DocumentExtraction } from '@/lib/nlp/pipeline';
import type { ActorRecord } from '@/lib/nlp/actors/resolve';
import { ActorRegistry } from '@/lib/nlp/corpus/actors';
import { sameEvent as sameEventText } from '@/lib/nlp/events/dedupe';
import type {
  AsyncStoreWriter,
  SameEvent,
  SettledActors,
  StoredActorRecord,
  StoredDocument,
  StoreWriter,
} from '@/lib/store/types';

/** A store of either kind: SQLite answers at once, PostgreSQL with a promise (then await the result). */
type Writer = StoreWriter | AsyncStoreWriter;

/**
 * Two events of different articles are one when the store found them with the same actors, stance,
 * date and negation, they code the same act (CAMEO codes of one root, the same user code) and their
 * sentences say nearly the same (lib/nlp/events/dedupe, which `npm run extract` marks with too).
 */
export const sameEvent: SameEvent = sameEventText;

export interface StoreMeta {
  origin: 'corpus' | 'upload';
  root: string | null;
  contentHash: string;
  extractorVersion: string;
}

/** One extraction as the store writes it. */
export function toStoredDocument(x: DocumentExtraction, meta: StoreMeta): StoredDocument {
  const doc = x.document;
  const cd = contractDocument(doc, x.reference?.basis === 'option' ? x.reference.date : null);
  return {
    id: doc.id,
    origin: meta.origin,
    root: meta.root,
    path: doc.path,
    title: doc.title,
    published: cd.published,
    publishedBasis: cd.publishedBasis,
    source: doc.source ?? null,
    url: doc.url ?? null,
    text: doc.text,
    contentHash: meta.contentHash,
    extractorVersion: meta.extractorVersion,
    actors: [...x.actors.values()].map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      country: a.country,
      aliases: [...a.aliases],
      mentions: a.mentions,
      tentative: a.tentative === true,
      openingOnly: a.openingOnly === true,
      code: a.code ?? null,
      role: a.role ?? null,
      trail: a.trail ?? null,
    })),
    mentions: x.mentions,
    timexes: x.timexes.map((t) => ({
      span: t.span,
      text: t.text,
      type: t.type,
      value: t.value,
      sentence: t.sentence,
    })),
    events: x.events,
  };
}

/** Stores one document's extraction, replacing what was there; repeated events are marked. */
export function putExtraction<S extends Writer>(
  store: S,
  x: DocumentExtraction,
  meta: StoreMeta,
): ReturnType<S['putDocument']> {
  return store.putDocument(toStoredDocument(x, meta), sameEvent) as ReturnType<S['putDocument']>;
}

/** Removes a stored document; events that repeated its events are looked at again. */
export function removeStored<S extends Writer>(store: S, id: string): ReturnType<S['removeDocument']> {
  return store.removeDocument(id, sameEvent) as ReturnType<S['removeDocument']>;
}

/**
 * Who is who across the corpus: actors merge by id and by surname (lib/nlp/corpus/actors.ts),
 * names only capitals vouch for are dropped unless two documents name them.
 */
export function settleActors(
  byDocument: Iterable<{ documentId: string; records: StoredActorRecord[] }>,
): SettledActors {
  const registry = new ActorRegistry();
  const raw = new Set<string>();
  for (const { documentId, records } of byDocument) {
    const batch = new Map<string, ActorRecord>();
    for (const r of records) {
      raw.add(r.id);
      batch.set(r.id, {
        id: r.id,
        name: r.name,
        kind: r.kind,
        country: r.country,
        aliases: new Set(r.aliases),
        mentions: r.mentions,
        tentative: r.tentative,
        openingOnly: r.openingOnly,
        code: r.code ?? undefined,
        role: r.role,
        trail: r.trail ?? undefined,
      });
    }
    registry.add(documentId, batch);
  }
  const { renamed, dropped } = registry.settle();
  const actorOf = new Map<string, string | null>();
  for (const id of raw) actorOf.set(id, dropped.has(id) ? null : (renamed.get(id) ?? id));
  return { actors: registry.list(), actorOf, renamed: renamed.size, dropped: dropped.size };
}

/** Settles the store's actors across the corpus, in one write. */
export function settleCorpus<S extends Writer>(store: S): ReturnType<S['settleActors']> {
  return store.settleActors(settleActors) as ReturnType<S['settleActors']>;
}
