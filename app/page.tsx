import { format, parseISO } from 'date-fns';
import { HighlightedText } from '@/components/text/HighlightedText';
import { corpusPaths, referenceDate } from '@/lib/config';
import { loadCorpusView } from '@/lib/view/corpus';

// The corpus is read when the page is asked for, so a new file shows on the next load.
export const dynamic = 'force-dynamic';

const day = (iso: string) => format(parseISO(iso), 'd MMMM yyyy');

export default async function Home() {
  const { documents, problems } = await loadCorpusView(corpusPaths(), referenceDate());
  const timexCount = documents.reduce((n, d) => n + d.timexes.length, 0);
  return (
    <main>
      <header className="masthead">
        <h1>Détente</h1>
        <p>
          {documents.length} document{documents.length === 1 ? '' : 's'}, {timexCount} time expression
          {timexCount === 1 ? '' : 's'}
        </p>
      </header>

      {problems.length > 0 && (
        <section className="problems" aria-label="Problems">
          <h2>Problems</h2>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {documents.length === 0 && <p className="empty">No documents in the corpus yet.</p>}

      {documents.map((d) => (
        <article key={d.id} className="document" data-document-id={d.id}>
          <h2>{d.title}</h2>
          <p className="meta">
            {d.published ? (
              <time dateTime={d.published}>{day(d.published)}</time>
            ) : (
              <span>no publication date</span>
            )}
            {d.publishedBasis === 'reference-date' && ' (reference date)'} · <code>{d.path}</code> ·{' '}
            {d.sentences} sentences
            {d.source && <> · {d.source}</>}
          </p>
          <table className="timexes">
            <caption>Time expressions</caption>
            <thead>
              <tr>
                <th scope="col">Text</th>
                <th scope="col">Type</th>
                <th scope="col">Value</th>
                <th scope="col">Basis</th>
                <th scope="col">Sentence</th>
              </tr>
            </thead>
            <tbody>
              {d.timexes.map((t) => (
                <tr key={t.span[0]}>
                  <td>{t.text}</td>
                  <td>{t.type}</td>
                  <td>
                    <code>{t.value}</code>
                  </td>
                  <td>{t.basis}</td>
                  <td>{t.sentence + 1}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <HighlightedText
            text={d.text}
            highlights={d.timexes.map((t) => ({
              span: t.span,
              label: `${t.type} ${t.value}`,
              kind: 'timex',
            }))}
          />
        </article>
      ))}
    </main>
  );
}
