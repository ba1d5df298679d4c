import Link from 'next/link';
import { Suspense } from 'react';
import Dashboard from '@/components/dashboard/Dashboard';
import AddArticles from '@/components/upload/AddArticles';
import { cachedDashboardView, firstPaint, firstPaintCap, toSearchParams } from '@/lib/dashboard/view';
import { getStore } from '@/lib/store';

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
  const store = getStore();
  const view = cachedDashboardView(store, toSearchParams(await searchParams));
  // the view's counts are those of the same version of the data (counting 100k events takes ~40 ms)
  const stats = view.ok ? view.data.stats : store.stats();
  const index = store.indexState();

  return (
    <main className="dashboard-main">
      <header className="masthead">
        <h1>Détente</h1>
        <p>
          {stats.documents} document{stats.documents === 1 ? '' : 's'}, {stats.events} events, {stats.actors}{' '}
          actors
        </p>
      </header>

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
              : 'No documents yet: add an article below, or run npm run index -- FOLDER.'}
          </p>
          <AddArticles />
        </section>
      ) : (
        <Suspense fallback={<p role="status">Loading the dashboard…</p>}>
          <Dashboard data={firstPaint(view.data, firstPaintCap(), view.filters)} />
        </Suspense>
      )}
    </main>
  );
}
