import Link from 'next/link';
import { Suspense } from 'react';
import Dashboard from '@/components/dashboard/Dashboard';
import AddArticles from '@/components/upload/AddArticles';
import { cachedDashboardView, firstPaint, firstPaintCap, toSearchParams } from '@/lib/dashboard/view';
import { getEngine } from '@/lib/store';
import { corpusInUse } from '@/lib/api/queries';
import { listInWords, plural } from '@/lib/dashboard/describe';

// The page reads the database when asked, so what the indexer adds shows on the next load.
export const dynamic = 'force-dynamic';

/**
 * The dashboard. The server reads the filters from the URL (lib/filters), asks the store, and hands
 * plain data to the client parts: the same URL renders the same view, first load or navigation.
 */
export default async function Home({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const store = await getEngine();
  const view = await cachedDashboardView(store, toSearchParams(await searchParams));
  // the view's counts are those of the same version of the data (counting 100k events takes ~40 ms)
  const stats = view.ok ? view.data.stats : await store.stats();
  const index = await store.indexState();
  const corpus = await corpusInUse(store);

  return (
    <main className="dashboard-main">
      <header className="masthead">
        <h1>Détente</h1>
        <p>
          {plural(stats.documents, 'document')}, {plural(stats.events, 'event')},{' '}
          {plural(stats.actors, 'actor')}
          <span className="corpus" data-testid="corpus">
            {' '}
            · from <code>{corpus.folders.join(', ')}</code> in <code>{corpus.database}</code>
          </span>
        </p>
        <div className="masthead-actions">
          <AddArticles />
        </div>
      </header>
      {corpus.stale.length > 0 && (
        <p className="notice" role="note">
          The database also holds{' '}
          {listInWords(corpus.stale.map((s) => `${plural(s.documents, 'document')} of ${s.folder}`))}, which
          the corpus in use does not name: <code>npm run index -- --prune</code> drops them.
        </p>
      )}

      {!view.ok ? (
        <section className="problems" role="alert">
          <h2>The filters in this link cannot be read</h2>
          <ul>
            {view.errors.map((e, i) => (
              <li key={i}>
                <code>{e.param}</code>: {e.message}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/">Show everything instead</Link>
          </p>
        </section>
      ) : stats.documents === 0 ? (
        <section className="empty">
          <p role="status">
            {index.running
              ? `Indexing the corpus: ${index.done} of ${index.total} documents…`
              : 'No documents yet: add an article (the button above), or run npm run index -- FOLDER.'}
          </p>
        </section>
      ) : (
        <Suspense fallback={<p role="status">Loading the dashboard…</p>}>
          <Dashboard data={firstPaint(view.data, firstPaintCap(), view.filters)} />
        </Suspense>
      )}
    </main>
  );
}
