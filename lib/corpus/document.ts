/**
 * From text and metadata to a SourceDocument: the rules shared by every format (ids, title fallback,
 * dates, optional fields).
 */
import type { DocumentMeta, Problem, SourceDocument } from '@/lib/model';
import { splitFrontMatter } from './frontMatter';
import { findDateline } from './dateline';
import { checkMeta } from './meta';
import { normalisePublished } from './published';

/** A fallback title longer than this is cut: a first line can be a whole paragraph. */
export const MAX_FALLBACK_TITLE = 300;

/** Where a document comes from. */
export interface DocumentPlace {
  /** The id to use unless the metadata gives one (derived from the path, or `<file id>#<line>`). */
  id: string;
  /** The path reported in the document and its problems (`FILE#L<n>` for a `.jsonl` line). */
  path: string;
}

/** One document (or none, when it had to be skipped) with the problems met on the way. */
export interface OneDocument {
  /** The document, unless it could not be read. */
  document?: SourceDocument;
  /** Problems about it; a document may come with problems (an unreadable date, a bad sidecar). */
  problems: Problem[];
}

/** The first non-empty line, trimmed, cut to {@link MAX_FALLBACK_TITLE} characters. */
export function titleFromText(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.length <= MAX_FALLBACK_TITLE) return trimmed;
    // Cut by code points so that an emoji or a rare CJK character is never split in half.
    return Array.from(trimmed).slice(0, MAX_FALLBACK_TITLE).join('').trimEnd();
  }
  return '';
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Assembles the document; `text` is stored untouched. */
export function buildDocument(text: string, meta: DocumentMeta, place: DocumentPlace): OneDocument {
  const problems: Problem[] = [];
  let published: string | null = null;
  if (meta.published !== undefined) {
    const day = normalisePublished(meta.published);
    if (day.ok) published = day.day;
    else problems.push({ path: place.path, message: day.message });
  }
  // no date given: the article may state it at its top ("PARIS, 13 July 2017 —")
  const dateline = meta.published === undefined ? findDateline(text) : null;
  if (dateline) published = dateline.day;
  // a line that is only the date is not the title: the title is the line before or after it
  let title = nonEmpty(meta.title) ?? titleFromText(text);
  if (!nonEmpty(meta.title) && dateline?.dateOnly && title === dateline.line)
    title = titleFromText(text.slice(text.indexOf(dateline.line) + dateline.line.length)) || title;
  const document: SourceDocument = {
    id: meta.id ?? place.id,
    title,
    text,
    published,
    path: place.path,
  };
  if (dateline) document.publishedFrom = 'dateline';
  const source = nonEmpty(meta.source);
  const url = nonEmpty(meta.url);
  if (source) document.source = source;
  if (url) document.url = url;
  return { document, problems };
}

/**
 * A `.txt` / `.md` document from its decoded text: front matter, then the sidecar's keys on top
 * (a sidecar is written for this very file, so it wins).
 */
export function parseTextDocument(text: string, place: DocumentPlace, sidecar?: DocumentMeta): OneDocument {
  const fm = splitFrontMatter(text);
  if (!fm.ok) return { problems: [{ path: place.path, message: fm.message }] };

  const problems: Problem[] = [];
  const { meta, errors } = checkMeta(fm.data);
  // A wrong key in front matter is dropped alone: the article itself is fine.
  for (const error of errors)
    problems.push({ path: place.path, message: `front matter: ${error}; key ignored` });

  if (fm.found && fm.body.trim() === '') {
    return {
      problems: [...problems, { path: place.path, message: 'empty file: no text after the front matter' }],
    };
  }

  const merged: DocumentMeta = { ...meta };
  for (const [key, value] of Object.entries(sidecar ?? {})) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  const built = buildDocument(fm.body, merged, place);
  return { document: built.document, problems: [...problems, ...built.problems] };
}
