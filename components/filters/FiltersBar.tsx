'use client';
/**
 * The filters bar: actors (searched by name), pair, stance, quad, modality, type, date window, words,
 * document; reset and share. Every change goes to the URL (./../dashboard/url.ts).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { MODALITIES, QUADS, STANCES, UNCODED, type Filters } from '@/lib/filters';
import { MODALITY_LABEL, QUAD_LABEL, STANCE_COLOR, stanceColor } from '@/lib/dashboard/palette';
import type { ActorLabel } from '@/lib/dashboard/types';
import styles from './filters.module.css';

export interface FiltersBarProps {
  filters: Filters;
  actors: Record<string, ActorLabel>;
  types: string[];
  documents: { id: string; title: string; published: string | null }[];
  /** The corpus has events whose tone is not coded (a user's verb file): offer them as a stance. */
  uncoded?: boolean;
  /** Filters the server selects with. */
  onChange: (filters: Filters) => void;
  /** The time window (browser only). */
  onWindow: (from: string | null, to: string | null) => void;
  onReset: () => void;
}

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export default function FiltersBar({
  filters,
  actors,
  types,
  documents,
  uncoded = false,
  onChange,
  onWindow,
  onReset,
}: FiltersBarProps) {
  const id = useId();
  const name = (a: string) => actors[a]?.name ?? a;

  return (
    <form className={styles.bar} role="search" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset className={styles.group}>
        <legend>Actors</legend>
        <ul className={styles.chips} aria-label="Selected actors">
          {filters.actors.map((a) => (
            <li key={a}>
              <button
                type="button"
                className={styles.chip}
                onClick={() => onChange({ ...filters, actors: filters.actors.filter((x) => x !== a) })}
                aria-label={`Remove ${name(a)}`}
              >
                {name(a)} ×
              </button>
            </li>
          ))}
          {filters.pair && (
            <li>
              <button
                type="button"
                className={styles.chip}
                onClick={() => onChange({ ...filters, pair: null })}
                aria-label="Remove the pair"
              >
                {name(filters.pair.a)} {filters.pair.directed ? '→' : '↔'} {name(filters.pair.b)} ×
              </button>
            </li>
          )}
        </ul>
        <ActorSearch
          onPick={(a) =>
            !filters.actors.includes(a) && onChange({ ...filters, actors: [...filters.actors, a] })
          }
        />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Stance</legend>
        {STANCES.map((s) => (
          <label key={s} className={styles.check}>
            <input
              type="checkbox"
              checked={filters.stance.includes(s)}
              onChange={() => onChange({ ...filters, stance: toggle(filters.stance, s) })}
            />
            <span className={styles.swatch} style={{ background: STANCE_COLOR[s] }} aria-hidden="true" />
            {s}
          </label>
        ))}
        {(uncoded || filters.stance.includes(UNCODED)) && (
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={filters.stance.includes(UNCODED)}
              onChange={() => onChange({ ...filters, stance: toggle(filters.stance, UNCODED) })}
            />
            <span className={styles.swatch} style={{ background: stanceColor(null) }} aria-hidden="true" />
            tone not coded
          </label>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Kind of act</legend>
        {QUADS.map((q) => (
          <label key={q} className={styles.check}>
            <input
              type="checkbox"
              checked={filters.quad.includes(q)}
              onChange={() => onChange({ ...filters, quad: toggle(filters.quad, q) })}
            />
            {QUAD_LABEL[q]}
          </label>
        ))}
        <label className={styles.field}>
          <span>Event type</span>
          <select
            value=""
            onChange={(e) =>
              e.target.value &&
              onChange({ ...filters, type: [...new Set([...filters.type, e.target.value])] })
            }
          >
            <option value="">{filters.type.length ? filters.type.join(', ') : 'any type'}</option>
            {types
              .filter((t) => !filters.type.includes(t))
              .map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
          </select>
        </label>
        {filters.type.length > 0 && (
          <button type="button" className={styles.link} onClick={() => onChange({ ...filters, type: [] })}>
            any type
          </button>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Said to be</legend>
        {MODALITIES.map((m) => (
          <label key={m} className={styles.check}>
            <input
              type="checkbox"
              checked={filters.modality.includes(m)}
              onChange={() => onChange({ ...filters, modality: toggle(filters.modality, m) })}
            />
            {MODALITY_LABEL[m]}
          </label>
        ))}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>When</legend>
        <label className={styles.field}>
          <span>From</span>
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => onWindow(e.target.value || null, filters.to)}
          />
        </label>
        <label className={styles.field}>
          <span>To</span>
          <input
            type="date"
            value={filters.to ?? ''}
            onChange={(e) => onWindow(filters.from, e.target.value || null)}
          />
        </label>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Text and document</legend>
        <label className={styles.field}>
          <span>Words</span>
          {/* keyed by the URL's words: Back or Reset puts them back in the box */}
          <WordsInput
            key={filters.q ?? ''}
            value={filters.q}
            onCommit={(q) => q !== filters.q && onChange({ ...filters, q })}
          />
        </label>
        <label className={styles.field}>
          <span>Document</span>
          <select
            id={`${id}-doc`}
            value={filters.document ?? ''}
            onChange={(e) => onChange({ ...filters, document: e.target.value || null })}
          >
            <option value="">all documents</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title.slice(0, 80)}
                {d.published ? ` (${d.published})` : ''}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <div className={styles.actions}>
        <button type="button" onClick={onReset}>
          Reset
        </button>
        <ShareButton />
      </div>
    </form>
  );
}

/** The words box: applied once typing pauses (or at once on Enter, or on leaving it). */
function WordsInput({ value, onCommit }: { value: string | null; onCommit: (q: string | null) => void }) {
  const [words, setWords] = useState(value ?? '');
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  });
  useEffect(() => {
    const q = words.trim() || null;
    if (q === value) return;
    const timer = setTimeout(() => commit.current(q), 600);
    return () => clearTimeout(timer);
  }, [words, value]);
  return (
    <input
      type="search"
      value={words}
      maxLength={200}
      placeholder="in the sentence"
      title="Applied as you type"
      onChange={(e) => setWords(e.target.value)}
      onKeyDown={(e) => e.key === 'Enter' && onCommit(words.trim() || null)}
      onBlur={() => onCommit(words.trim() || null)}
    />
  );
}

/** A search box that suggests actors by name or alias, from /api/actors. */
function ActorSearch({ onPick }: { onPick: (id: string) => void }) {
  const [text, setText] = useState('');
  const [found, setOptions] = useState<{ id: string; name: string; kind: string; events: number }[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // suggestions only for two letters or more
  const options = text.trim().length < 2 ? [] : found;
  const listId = useId();
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/actors?name=${encodeURIComponent(q)}&limit=12`, { signal: ctl.signal })
        .then((r) => (r.ok ? r.json() : { actors: [] }))
        .then((j: { actors: { id: string; name: string; kind: string; events: number }[] }) => {
          setOptions(j.actors);
          setActive(0);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [text]);
  const pick = (id: string) => {
    onPick(id);
    setText('');
    setOpen(false);
  };
  return (
    <div className={styles.combo}>
      <input
        type="text"
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label="Add an actor"
        placeholder="add an actor…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && options[active]) {
            e.preventDefault();
            pick(options[active]!.id);
          } else if (e.key === 'Escape') setOpen(false);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && options.length > 0 && (
        <ul id={listId} role="listbox" className={styles.options}>
          {options.map((o, i) => (
            <li key={o.id} role="option" aria-selected={i === active} onMouseDown={() => pick(o.id)}>
              {o.name}{' '}
              <span className={styles.muted}>
                {o.kind} · {o.events} events
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Copies the page's address; says so, and falls back to selecting it where the clipboard is closed. */
function ShareButton() {
  const [said, setSaid] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const share = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Link copied');
      setFallback(null);
    } catch {
      setFallback(url);
      setSaid('Copy the link below');
      setTimeout(() => field.current?.select(), 0);
    }
    setTimeout(() => setSaid(''), 4000);
  };
  return (
    <span className={styles.share}>
      <button type="button" onClick={share} data-testid="share">
        Share
      </button>
      <span role="status" aria-live="polite" className={styles.muted}>
        {said}
      </span>
      {fallback && (
        <input
          ref={field}
          readOnly
          value={fallback}
          aria-label="Link to this view"
          className={styles.shareField}
        />
      )}
    </span>
  );
}
