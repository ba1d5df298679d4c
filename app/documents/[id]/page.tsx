import { format, parseISO } from 'date-fns';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HighlightedText, type Highlight } from '@/components/text/HighlightedText';
import { EMPTY_FILTERS, serializeFilters } from '@/lib/filters';
import { getEngine } from '@/lib/store';
import { publicPath } from '@/lib/api/paths';
import { documentIdProblem } from '@/lib/corpus/ids';

export const dynamic = 'force-dynamic';

const day = (iso: string) => format(parseISO(iso), 'd MMMM yyyy');

/** One article as read: its events, its time expressions and how each was resolved, its text marked. */
export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const store = await getEngine();
  // a page's params arrive percent-encoded (the API route's arrive decoded); one rule for both
  const decoded = decodedParam(id);
  const doc = decoded != null && documentIdProblem(decoded) == null ? await store.getDocument(decoded) : null;
  if (!doc) notFound();
  const events = (await store.events({ ...EMPTY_FILTERS, document: doc.id }, { limit: 2000, cursor: null }))
    .items;
  const names = new Map(
    (await store.actorsById([...new Set(events.flatMap((e) => [...e.source, ...e.target]))])).map((a) => [
      a.id,
      a.name,
    ]),
  );
  const who = (ids: string[]) => ids.map((a) => names.get(a) ?? a).join(', ') || '—';
  const highlights: Highlight[] = [
    ...doc.timexes.map((t) => ({ span: t.span, label: `${t.type} ${t.value}`, kind: 'timex' })),
    ...doc.events.map((e) => ({
      span: e.triggerSpan,
      label: `${e.type} (${e.stance})`,
      kind: `event ${e.stance}`,
    })),
  ];
  const onDashboard = `/?${serializeFilters({ ...EMPTY_FILTERS, document: doc.id }).toString()}`;

  return (
    <main>
      <header className="masthead">
        <h1>
          <Link href="/">Détente</Link>
        </h1>
        <p>
          <Link href={onDashboard}>This article on the dashboard</Link>
        </p>
      </header>
      <article className="document" data-document-id={doc.id}>
        <h2>{doc.title}</h2>
        <p className="meta">
          {doc.published ? (
            <time dateTime={doc.published}>{day(doc.published)}</time>
          ) : (
            <span>no publication date</span>
          )}
          {doc.publishedBasis === 'reference-date' && ' (reference date)'}
          {doc.publishedBasis === 'dateline' && ' (from its date line)'} · <code>{publicPath(doc.path)}</code>
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
    </main>
  );
}

/** A path segment decoded once, or null when it is not valid percent-encoding. */
function decodedParam(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
