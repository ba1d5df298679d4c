'use client';
/**
 * Add articles: paste one, or upload .txt/.md/.jsonl files (POST /api/documents). Shows the upload's
 * progress, then what was found in each document and any problem; the page then refreshes its data,
 * so the new events appear without a reload.
 */
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import styles from './upload.module.css';

interface Result {
  documents: { id: string; title: string; published: string | null; events: number; actors: number }[];
  problems: { path: string; message: string }[];
}
type Status =
  | { state: 'idle' }
  | { state: 'sending'; sent: number; total: number }
  | { state: 'extracting' }
  | { state: 'done'; result: Result }
  | { state: 'error'; message: string; problems: Result['problems'] };

/** Sends a body with XMLHttpRequest, the one browser API that reports upload progress. */
function send(
  body: XMLHttpRequestBodyInit,
  type: string | null,
  onProgress: (sent: number, total: number) => void,
  onSent: () => void,
) {
  return new Promise<{ status: number; json: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    if (type) xhr.setRequestHeader('content-type', type);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded, e.total);
    xhr.upload.onload = onSent;
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

export default function AddArticles({ onAdded }: { onAdded?: (ids: string[]) => void }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [text, setText] = useState('');
  const files = useRef<HTMLInputElement>(null);
  const busy = status.state === 'sending' || status.state === 'extracting';

  const submit = async (body: XMLHttpRequestBodyInit, type: string | null) => {
    setStatus({ state: 'sending', sent: 0, total: 0 });
    try {
      const { status: code, json } = await send(
        body,
        type,
        (sent, total) => setStatus({ state: 'sending', sent, total }),
        () => setStatus({ state: 'extracting' }),
      );
      const j = (json ?? {}) as Partial<Result> & { detail?: string; title?: string };
      if (code === 201 && j.documents) {
        setStatus({ state: 'done', result: { documents: j.documents, problems: j.problems ?? [] } });
        setText('');
        setTitle('');
        setPublished('');
        if (files.current) files.current.value = '';
        onAdded?.(j.documents.map((d) => d.id));
        router.refresh();
      } else {
        setStatus({
          state: 'error',
          message: j.detail ?? j.title ?? `the server answered ${code}`,
          problems: j.problems ?? [],
        });
      }
    } catch (e) {
      setStatus({ state: 'error', message: (e as Error).message, problems: [] });
    }
  };

  return (
    <section className={styles.box} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className={styles.h}>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          data-testid="add-toggle"
        >
          Add articles {open ? '▾' : '▸'}
        </button>
      </h2>
      {open && (
        <div className={styles.body}>
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
              Published <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
            </label>
            <label className={styles.wide}>
              Text
              <textarea
                rows={6}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder="Paste an article; a first line “Title”, and a date line, are read as such."
                data-testid="paste-text"
              />
            </label>
            <button type="submit" disabled={busy || !text.trim()}>
              Add the text
            </button>
          </form>
          <form
            className={styles.files}
            onSubmit={(e) => {
              e.preventDefault();
              const chosen = files.current?.files;
              if (!chosen?.length) return;
              const form = new FormData();
              for (const f of chosen) form.append('file', f, f.name);
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
                data-testid="upload-files"
              />
            </label>
            <button type="submit" disabled={busy}>
              Upload
            </button>
          </form>
          <Report status={status} />
        </div>
      )}
    </section>
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
      {status.state === 'extracting' && 'Sent; finding the events…'}
      {status.state === 'done' && (
        <>
          <p>
            Added {status.result.documents.length} document{status.result.documents.length === 1 ? '' : 's'}:
          </p>
          <ul>
            {status.result.documents.map((d) => (
              <li key={d.id}>
                {d.title} — {d.events} event{d.events === 1 ? '' : 's'}, {d.actors} actor
                {d.actors === 1 ? '' : 's'}
                {d.published ? `, published ${d.published}` : ''}
              </li>
            ))}
          </ul>
          <Problems problems={status.result.problems} />
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

function Problems({ problems }: { problems: Result['problems'] }) {
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
