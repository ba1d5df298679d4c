/**
 * Which files are documents. The extension decides the format, case-insensitively (`A.TXT` is text).
 */

/** How a file is read. */
export type Format = 'text' | 'jsonl';

/** The suffix of a sidecar: `NAME.meta.json` beside `NAME.txt` / `NAME.md`. */
export const SIDECAR_SUFFIX = '.meta.json';

const FORMATS: Record<string, Format> = { '.txt': 'text', '.md': 'text', '.jsonl': 'jsonl' };

/** The extension with its dot, lower-cased: `.txt`, or '' when the name has none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  // A leading dot is a hidden file's name, not an extension.
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format of a file name, or null when it is not a document. */
export function formatOf(name: string): Format | null {
  if (isSidecar(name)) return null;
  return FORMATS[extensionOf(name)] ?? null;
}

/** Whether the name is a sidecar (never a document itself). */
export function isSidecar(name: string): boolean {
  return name.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** The name without its extension: `a/b.c.txt` -> `a/b.c`. */
export function stripExtension(name: string): string {
  const ext = extensionOf(name);
  return ext ? name.slice(0, name.length - ext.length) : name;
}

/** The problem message for a path given explicitly whose type is not read. */
export function unsupportedMessage(name: string): string {
  if (isSidecar(name)) {
    return `a sidecar is read together with its NAME.txt or NAME.md, not on its own`;
  }
  const ext = extensionOf(name);
  return `unsupported file type ${ext ? `"${ext}"` : '(no extension)'}: expected .txt, .md or .jsonl`;
}
