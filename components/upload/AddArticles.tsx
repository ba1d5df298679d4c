'use client';
/**
 * Add articles: a button at the top of the page opens a dialog to paste one, or upload
 * .txt/.md/.jsonl files (POST /api/documents). First it asks the server how it takes articles from
 * this browser (GET /api/uploads): as they are, with the server's write token (asked for here,
 * kept for this tab only), or not at all (said plainly).
 * After sending, the server answers at once with a status URL; the panel follows it while the
 * indexer finds the events, then lists what was found in each document, and the page refreshes its
 * data so the new events appear without a reload.
 */
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import styles from './upload.module.css';

/** One document of an upload, as GET /api/uploads/ID describes it. */
interface UploadedDoc {
  id: string;
  title: string;
  state: 'queued' | 'extracting' | 'done' | 'failed';
  published?: string | null;
  events?: number;
  actors?: number;
  problems: { path: string; message: string }[];
  message?: string;
}
interface Problem {
  path: string;
  message: string;
}
type Status =
  | { state: 'idle' }
  | { state: 'sending'; sent: number; total: number }
  | { state: 'waiting'; done: number; total: number; worker: boolean }
  | { state: 'done'; documents: UploadedDoc[]; problems: Problem[] }
  | { state: 'error'; message: string; problems: Problem[] };

/** How the server takes articles from this browser (GET /api/uploads). */
type Policy =
  { writes: 'open' } | { writes: 'token'; message: string } | { writes: 'closed'; message: string };

const TOKEN_KEY = 'detente-write-token';

/** Sends a body with XMLHttpRequest, the one browser API that reports upload progress. */
function send(
  body: XMLHttpRequestBodyInit,
  type: string | null,
  token: string | null,
  onProgress: (sent: number, total: number) => void,
) {
  return new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    if (type) xhr.setRequestHeader('content-type', type);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded, e.total);
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: reported by status */
      }
      resolve({ status: xhr.status, json });
    };
    xhr.onerror = () => reject(new Error('the server could not be reached'));
    xhr.send(body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a refusal means to a person at the dashboard, by status. */
function refusal(code: number, error: string | undefined): string {
  if (code === 401) return error ?? 'the server wants its write token';
  if (code === 403) return error ?? 'this server does not take articles from here';
  if (code === 409) return 'an article with the same id but another text is already there';
  if (code === 413) return 'the files are larger than the server takes at once; send fewer';
  if (code === 415) return error ?? 'only .txt, .md and .jsonl files can be added';
  if (code === 429 || code === 507) return error ?? 'the server takes no more articles for now';
  return error ?? `the server could not take it (HTTP ${code})`;
}

export default function AddArticles({ onAdded }: { onAdded?: (ids: string[]) => void }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState(0);
  const files = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  // the dialog is modal: the browser keeps the focus inside it, Escape closes it
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const busy = status.state === 'sending' || status.state === 'waiting';

  const askPolicy = useCallback(async (withToken: string | null) => {
    try {
      const r = await fetch('/api/uploads', {
        headers: withToken ? { authorization: `Bearer ${withToken}` } : {},
        cache: 'no-store',
      });
      const j = (await r.json()) as Policy;
      setPolicy(j);
    } catch {
      setPolicy({ writes: 'closed', message: 'the server could not be reached' });
    }
  }, []);

  /** Follows an upload's status URL until nothing of it waits. */
  const follow = async (url: string, problems: Problem[]) => {
    for (let delay = 300; ; delay = Math.min(2000, delay * 1.5)) {
      const r = await fetch(url, { cache: 'no-store' });
      const j = (await r.json()) as {
        documents: UploadedDoc[];
        waiting: number;
        done: number;
        total: number;
        worker: string;
      };
      if (!r.ok) throw new Error('the upload’s status could not be read');
      if (j.waiting === 0) {
        setStatus({ state: 'done', documents: j.documents, problems });
        return j.documents;
      }
      setStatus({
        state: 'waiting',
        done: j.total - j.waiting,
        total: j.total,
        worker: j.worker === 'running',
      });
      await sleep(delay);
    }
  };

  const submit = async (body: XMLHttpRequestBodyInit, type: string | null) => {
    setStatus({ state: 'sending', sent: 0, total: 0 });
    const useToken = token.trim() || null;
    try {
      const { status: code, json } = await send(body, type, useToken, (sent, total) =>
        setStatus({ state: 'sending', sent, total }),
      );
      const j = (json ?? {}) as {
        error?: string;
        status?: string;
        documents?: UploadedDoc[];
        problems?: Problem[];
        conflicts?: Problem[];
        worker?: string;
      };
      if ((code === 202 || code === 200) && j.status) {
        if (useToken) sessionStorage.setItem(TOKEN_KEY, useToken);
        setText('');
        setTitle('');
        setPublished('');
        if (files.current) files.current.value = '';
        setChosen(0);
        const problems = [...(j.conflicts ?? []), ...(j.problems ?? [])];
        setStatus({
          state: 'waiting',
          done: 0,
          total: j.documents?.length ?? 0,
          worker: j.worker === 'running',
        });
        const docs = await follow(j.status, problems);
        onAdded?.(docs.filter((d) => d.state === 'done').map((d) => d.id));
        router.refresh();
      } else {
        if (code === 401) {
          sessionStorage.removeItem(TOKEN_KEY);
          setPolicy({ writes: 'token', message: j.error ?? 'the server wants its write token' });
        }
        setStatus({
          state: 'error',
          message: refusal(code, j.error),
          problems: [...(j.conflicts ?? []), ...(j.problems ?? [])],
        });
      }
    } catch (e) {
      setStatus({ state: 'error', message: (e as Error).message, problems: [] });
    }
  };

  const closed = policy?.writes === 'closed';
  const needsToken = policy?.writes === 'token';
  return (
    <>
      <button
        type="button"
        className={styles.opener}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          // the first opening asks the server how it takes articles from this browser
          if (!policy) {
            const kept = sessionStorage.getItem(TOKEN_KEY);
            if (kept) setToken(kept);
            void askPolicy(kept);
          }
          setOpen(true);
        }}
        data-testid="add-toggle"
      >
        Add articles
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={`${id}-h`}
        id="add-articles"
        onClose={() => setOpen(false)}
      >
        <header className={styles.head}>
          <h2 id={`${id}-h`} className={styles.h}>
            Add articles
          </h2>
          <button type="button" onClick={() => setOpen(false)} aria-label="Close" className={styles.close}>
            ×
          </button>
        </header>
        {open && (
          <div className={styles.body}>
            {policy == null && <p className={styles.wide}>Asking the server how it takes articles…</p>}
            {closed && (
              <p className={`${styles.wide} ${styles.error}`} data-testid="upload-closed">
                This server does not take articles from this browser: {policy.message}.
              </p>
            )}
            {needsToken && (
              <label className={`${styles.wide} ${styles.token}`}>
                Write token (this server adds articles only with it; ask its operator)
                <input
                  type="password"
                  autoComplete="off"
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                  data-testid="write-token"
                />
                {policy.message !==
                  'this server adds articles only with its write token (Authorization: Bearer TOKEN)' && (
                  <span className={styles.error}>{policy.message}</span>
                )}
              </label>
            )}
            <form
              className={styles.paste}
              onSubmit={(e) => {
                e.preventDefault();
                const article: Record<string, string> = { text };
                if (title.trim()) article.title = title.trim();
                if (published) article.published = published;
                void submit(JSON.stringify(article), 'application/json');
              }}
            >
              <label>
                Title <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={1000} />
              </label>
              <label>
                Published{' '}
                <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
              </label>
              <label className={styles.wide}>
                Text
                <textarea
                  rows={6}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder="Paste an article. A first line is read as its title, and a date line (“PARIS, 13 July 2017 —”, or a date under the title) as its date."
                  data-testid="paste-text"
                />
              </label>
              <button
                type="submit"
                disabled={busy || closed || !policy || !text.trim() || (needsToken && !token.trim())}
              >
                Add the text
              </button>
            </form>
            <form
              className={styles.files}
              onSubmit={(e) => {
                e.preventDefault();
                const list = files.current?.files;
                if (!list?.length) return;
                const form = new FormData();
                for (const f of list) form.append('file', f, f.name);
                void submit(form, null);
              }}
            >
              <label>
                Files (.txt, .md, .jsonl)
                <input
                  ref={files}
                  type="file"
                  multiple
                  accept=".txt,.md,.markdown,.jsonl"
                  onChange={(e) => setChosen(e.target.files?.length ?? 0)}
                  data-testid="upload-files"
                />
              </label>
              <button
                type="submit"
                disabled={busy || closed || !policy || chosen === 0 || (needsToken && !token.trim())}
              >
                Upload {chosen > 1 ? `${chosen} files` : ''}
              </button>
            </form>
            <Report status={status} />
          </div>
        )}
      </dialog>
    </>
  );
}

function Report({ status }: { status: Status }) {
  return (
    <div role="status" aria-live="polite" className={styles.report} data-testid="upload-status">
      {status.state === 'sending' && (
        <>
          Sending…{' '}
          <progress max={status.total || 1} value={status.sent}>
            {status.total ? Math.round((100 * status.sent) / status.total) : 0}%
          </progress>
        </>
      )}
      {status.state === 'waiting' && (
        <>
          Received; finding the events: {status.done} of {status.total} document
          {status.total === 1 ? '' : 's'} done <progress max={status.total || 1} value={status.done} />
          {!status.worker && (
            <p className={styles.error}>
              No indexer is running on the server to read them: they are kept, and will be read when it
              starts.
            </p>
          )}
        </>
      )}
      {status.state === 'done' && (
        <>
          <p>
            {status.documents.filter((d) => d.state === 'done').length} of {status.documents.length} document
            {status.documents.length === 1 ? '' : 's'} added:
          </p>
          <ul>
            {status.documents.map((d) => (
              <li key={d.id}>
                {d.title} —{' '}
                {d.state === 'done' ? (
                  <>
                    {d.events} event{d.events === 1 ? '' : 's'}, {d.actors} actor{d.actors === 1 ? '' : 's'}
                    {d.published ? `, published ${d.published}` : ''}
                  </>
                ) : (
                  <span className={styles.error}>not read: {d.message ?? 'failed'}</span>
                )}
                <Problems problems={d.problems} />
              </li>
            ))}
          </ul>
          <Problems problems={status.problems} />
        </>
      )}
      {status.state === 'error' && (
        <>
          <p className={styles.error}>Nothing added: {status.message}</p>
          <Problems problems={status.problems} />
        </>
      )}
    </div>
  );
}

function Problems({ problems }: { problems: Problem[] }) {
  if (!problems.length) return null;
  return (
    <ul className={styles.problems}>
      {problems.map((p, i) => (
        <li key={i}>
          {p.path}: {p.message}
        </li>
      ))}
    </ul>
  );
}
