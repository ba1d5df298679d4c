/**
 * Cuts a text into runs by overlapping marked ranges, so nested marks (a trigger inside its
 * sentence, another event in the same sentence) can be drawn without nesting elements.
 */
export interface Range {
  start: number;
  end: number;
  /** A CSS class name for the range. */
  kind: string;
  /** Words for a tooltip, if any. */
  label?: string;
}

export interface Run {
  start: number;
  end: number;
  kinds: string[];
  labels: string[];
}

export function segments(length: number, ranges: Range[]): Run[] {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= length && r.start < r.end);
  const cuts = [...new Set([0, length, ...valid.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const over = valid.filter((r) => r.start <= start && r.end >= end);
    runs.push({
      start,
      end,
      kinds: [...new Set(over.map((r) => r.kind))],
      labels: over.flatMap((r) => (r.label ? [r.label] : [])),
    });
  }
  return runs;
}

/** True for a link safe to offer: http or https only (never javascript:, data: or file:). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
