import { format, parseISO } from 'date-fns';
import Link from 'next/link';
import { HighlightedText, type Highlight } from '@/components/text/HighlightedText';
import { EMPTY_FILTERS } from '@/lib/filters';
import { getStore } from '@/lib/store';

// The page reads the database when asked, so what the indexer adds shows on the next load.
export const dynamic = 'force-dynamic';

const day = (iso: string) => format(parseISO(iso), 'd MMMM yyyy');

export default async function Home({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const store = getStore();
  const stats = store.stats();
  const index = store.indexState();
  const documents = store.listDocuments({ limit: 50, cursor: null }).items;
  const wanted = typeof params.doc === 'string' ? params.doc : documents[0]?.id;
  const doc = wanted ? store.getDocument(wanted) : null;
  const events = doc
    ? store.events({ ...EMPTY_FILTERS, document: doc.id }, { limit: 500, cursor: null }).items
    : [];
  const names = new Map(
    store
      .actorsById([...new Set(events.flatMap((e) => [...e.source, ...e.target]))])
      .map((a) => [a.id, a.name]),
  );
  const who = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ') || '—';

  const highlights: Highlight[] = doc
    ? [
        ...doc.timexes.map((t) => ({ span: t.span, label: `${t.type} ${t.value}`, kind: 'timex' })),
        ...doc.events.map((e) => ({
          span: e.triggerSpan,
          label: `${e.type} (${e.stance})`,
          kind: `event ${e.stance}`,
        })),
      ]
    : [];

  return (
    <main>
      <header className="masthead">
        <h1>Détente</h1>
        <p>
          {stats.documents} document{stats.documents === 1 ? '' : 's'}, {stats.events} events, {stats.actors}{' '}
          actors
          {index.running && (
            <>
              {' '}
              ·{' '}
              <span role="status">
                indexing {index.done} of {index.total}
              </span>
            </>
          )}
        </p>
      </header>

      {stats.documents === 0 && (
        <p className="empty">
          {index.running
            ? 'Indexing the corpus…'
            : 'No documents yet: run npm run index -- FOLDER, or add one.'}
        </p>
      )}

      <div className="columns">
        <nav aria-label="Documents" className="doc-list">
          <ul>
            {documents.map((d) => (
              <li key={d.id} aria-current={d.id === doc?.id ? 'page' : undefined}>
                <Link href={`/?doc=${encodeURIComponent(d.id)}`}>{d.title}</Link>
                <span className="meta">
                  {d.published ? day(d.published) : 'undated'} · {d.eventCount} events
                </span>
              </li>
            ))}
          </ul>
        </nav>

        {doc && (
          <article className="document" data-document-id={doc.id}>
            <h2>{doc.title}</h2>
            <p className="meta">
              {doc.published ? (
                <time dateTime={doc.published}>{day(doc.published)}</time>
              ) : (
                <span>no publication date</span>
              )}
              {doc.publishedBasis === 'reference-date' && ' (reference date)'} · <code>{doc.path}</code>
              {doc.source && <> · {doc.source}</>}
              {doc.url && /^https?:\/\//i.test(doc.url) && (
                <>
                  {' '}
                  ·{' '}
                  <a href={doc.url} rel="noopener noreferrer nofollow">
                    source
                  </a>
                </>
              )}
            </p>

            <table className="events">
              <caption>Events</caption>
              <thead>
                <tr>
                  <th scope="col">Trigger</th>
                  <th scope="col">Type</th>
                  <th scope="col">Source</th>
                  <th scope="col">Target</th>
                  <th scope="col">Stance</th>
                  <th scope="col">Date</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id} data-event-id={e.id}>
                    <td>{e.trigger}</td>
                    <td>{e.type}</td>
                    <td>{who(e.source)}</td>
                    <td>
                      {e.symmetric ? '↔ ' : ''}
                      {who(e.target)}
                    </td>
                    <td className={`stance ${e.stance}`}>{e.stance}</td>
                    <td>{e.date?.value ?? 'undated'}</td>
                  </tr>
                ))}
              </tbody>
            </table>

            <table className="timexes">
              <caption>Time expressions</caption>
              <thead>
                <tr>
                  <th scope="col">Text</th>
                  <th scope="col">Type</th>
                  <th scope="col">Value</th>
                  <th scope="col">Sentence</th>
                </tr>
              </thead>
              <tbody>
                {doc.timexes.map((t) => (
                  <tr key={t.span[0]}>
                    <td>{t.text}</td>
                    <td>{t.type}</td>
                    <td>
                      <code>{t.value}</code>
                    </td>
                    <td>{t.sentence + 1}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <HighlightedText text={doc.text} highlights={highlights} />
          </article>
        )}
      </div>
    </main>
  );
}
