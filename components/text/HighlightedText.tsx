import type { Span } from '@/lib/model';

export interface Highlight {
  span: Span;
  /** Shown on hover. */
  label: string;
  /** A CSS class for the mark. */
  kind: string;
}

/**
 * A document's text with some spans marked. Spans must not overlap (the tagger guarantees it for
 * time expressions). React escapes the text: nothing in an article can run as markup.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const sorted = [...highlights].sort((a, b) => a.span[0] - b.span[0]);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const h of sorted) {
    const [start, end] = h.span;
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={h.kind} title={h.label} data-label={h.label}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <div className="doc-text">{parts}</div>;
}
