/**
 * `.jsonl`: one document a line. A broken line is named by `FILE#L<n>` and skipped; the other lines
 * are kept. The `text` field is kept exactly as given, since spans point into it.
 */
import type { Problem } from '@/lib/model';
import { BINARY_MESSAGE, EMPTY_MESSAGE, findInvalidUtf8, looksBinary } from './decode';
import { buildDocument, type OneDocument } from './document';
import { checkMeta, isPlainObject, kindOf } from './meta';
import { tooLargeMessage } from './options';
import type { RawLine } from './lines';

/** The path of a line: `FILE#L<n>`. */
export function linePath(path: string, line: number): string {
  return `${path}#L${line}`;
}

/**
 * Reads the lines of one `.jsonl` file, whatever feeds them (a stream or bytes in memory). Keeps only
 * a line counter, so memory does not grow with the file.
 */
export class JsonlReader {
  /** Whether any non-blank line was seen (kept or not). */
  private sawLine = false;

  /**
   * @param path the file's path, prefix of every line's path
   * @param fileId the file's id, prefix of the id of a line without one
   * @param maxBytes the limit for one line
   */
  constructor(
    private readonly path: string,
    private readonly fileId: string,
    private readonly maxBytes: number,
  ) {}

  /** Looks at the first bytes of the file; a problem here means the file is not read at all. */
  sniff(head: Uint8Array): Problem | null {
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      return { path: this.path, message: 'UTF-16 is not supported for .jsonl: save the file as UTF-8' };
    }
    if (looksBinary(head)) return { path: this.path, message: BINARY_MESSAGE };
    return null;
  }

  /** A line as bytes: decoded strictly, then parsed. Null for a blank line. */
  bytesLine(raw: RawLine): OneDocument | null {
    const path = linePath(this.path, raw.number);
    if (raw.bytes === null) return this.fail(path, tooLargeMessage('line', raw.size, this.maxBytes));
    let bytes = raw.bytes;
    if (raw.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      bytes = bytes.subarray(3);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return this.fail(
        path,
        `invalid UTF-8 at byte offset ${findInvalidUtf8(bytes)} of the line; line skipped`,
      );
    }
    return this.textLine(text, raw.number, raw.size);
  }

  /** A line already decoded (a string handed in). `size` is its length in UTF-8 bytes. */
  textLine(line: string, number: number, size: number): OneDocument | null {
    const path = linePath(this.path, number);
    if (size > this.maxBytes) return this.fail(path, tooLargeMessage('line', size, this.maxBytes));
    if (number === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    // Blank lines (an editor's trailing newline, a separator) are not documents and not problems.
    if (line.trim() === '') return null;
    this.sawLine = true;

    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      return this.fail(path, `not valid JSON: ${(err as Error).message}; line skipped`);
    }
    if (!isPlainObject(value))
      return this.fail(path, `expected a JSON object, got ${kindOf(value)}; line skipped`);
    const text = value.text;
    if (text === undefined || text === null) return this.fail(path, 'no "text" field; line skipped');
    if (typeof text !== 'string')
      return this.fail(path, `"text" should be a string, got ${kindOf(text)}; line skipped`);
    if (text.trim() === '') return this.fail(path, '"text" is empty; line skipped');
    const { meta, errors } = checkMeta(value);
    // A line is one record: a wrong key makes the record suspect, unlike a key of a file's front matter.
    if (errors.length > 0) return this.fail(path, `${errors.join('; ')}; line skipped`);

    return buildDocument(text, meta, { id: `${this.fileId}#${number}`, path });
  }

  /** After the last line: a file without a single non-blank line is named, not silently empty. */
  finish(): Problem | null {
    return !this.sawLine ? { path: this.path, message: `${EMPTY_MESSAGE}: no documents in it` } : null;
  }

  private fail(path: string, message: string): OneDocument {
    this.sawLine = true;
    return { problems: [{ path, message }] };
  }
}
