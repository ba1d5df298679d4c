/**
 * YAML front matter: a `---` line as the very first line, YAML, then a closing `---` line. The text
 * that follows is kept byte for byte (CRLF included, nothing trimmed) because every span points into it.
 */
import { parseDocument } from 'yaml';

/** The outcome of looking for front matter at the top of a text. */
export type FrontMatter =
  | {
      ok: true;
      /** The YAML mapping as plain values; `{}` when there is no front matter or it is empty. */
      data: Record<string, unknown>;
      /** The text after the closing line's newline (the whole text when there is no front matter). */
      body: string;
      /** Whether a front matter block was found. */
      found: boolean;
    }
  | {
      ok: false;
      /** Why the block could not be read, for a Problem. */
      message: string;
    };

/** A fence line: three dashes, optionally followed by spaces (editors leave them). */
const FENCE = /^---[ \t]*$/;

/** Splits the text into its front matter and its body. */
export function splitFrontMatter(text: string): FrontMatter {
  const firstEnd = lineEnd(text, 0);
  if (!FENCE.test(stripCr(text.slice(0, firstEnd)))) return { ok: true, data: {}, body: text, found: false };

  let lineStart = firstEnd + 1;
  const yamlStart = lineStart;
  // Scan line by line rather than by regex so that CRLF and a final line without newline both work.
  while (lineStart <= text.length) {
    const end = lineEnd(text, lineStart);
    if (FENCE.test(stripCr(text.slice(lineStart, end)))) {
      const parsed = parseYaml(text.slice(yamlStart, lineStart));
      if (!parsed.ok) return parsed;
      return { ok: true, data: parsed.data, body: text.slice(Math.min(end + 1, text.length)), found: true };
    }
    if (end >= text.length) break;
    lineStart = end + 1;
  }
  return { ok: false, message: 'broken front matter: an opening "---" line has no closing "---" line' };
}

/** Index of the `\n` ending the line that starts at `from`, or the text length for the last line. */
function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function parseYaml(
  source: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
  const doc = parseDocument(source);
  const error = doc.errors[0];
  if (error) return { ok: false, message: `broken front matter: ${firstLine(error.message)}` };
  let value: unknown;
  try {
    // toJS throws on alias bombs and similar; that is bad input like any other.
    value = doc.toJS();
  } catch (err) {
    return { ok: false, message: `broken front matter: ${firstLine(errorMessage(err))}` };
  }
  // An empty block (`---` then `---`) is an empty mapping, not an error.
  if (value === null || value === undefined) return { ok: true, data: {} };
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    return {
      ok: false,
      message: 'broken front matter: expected "key: value" lines, not a list or a single value',
    };
  }
  return { ok: true, data: value as Record<string, unknown> };
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.trim();
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
