/**
 * Splitting bytes into lines without ever holding more than one line (and never more than the limit
 * of one line). node:readline would buffer a 2 GB line whole and decode bad UTF-8 to U+FFFD without a
 * word; this splitter drops an over-long line as it streams past and hands back raw bytes so that
 * each line is decoded strictly.
 */

/** One line of a file, `\n` excluded. */
export interface RawLine {
  /** 1-based line number. */
  number: number;
  /** The line's bytes (a trailing `\r` included), or null when it was over the limit and dropped. */
  bytes: Uint8Array | null;
  /** The line's length in bytes, counted even when dropped. */
  size: number;
}

/** Incremental splitter: push chunks, collect the lines they complete, then end(). */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private size = 0;
  private count = 0;

  /** @param maxBytes a longer line is counted but not kept. */
  constructor(private readonly maxBytes: number) {}

  /** Feeds a chunk; returns the lines it completes. */
  push(chunk: Uint8Array): RawLine[] {
    const lines: RawLine[] = [];
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      this.take(chunk.subarray(from, nl === -1 ? chunk.length : nl));
      if (nl === -1) break;
      lines.push(this.finish());
      from = nl + 1;
    }
    return lines;
  }

  /** The last line when the input does not end with a newline. */
  end(): RawLine[] {
    return this.size > 0 ? [this.finish()] : [];
  }

  private take(part: Uint8Array): void {
    if (part.length === 0) return;
    this.size += part.length;
    if (this.size > this.maxBytes)
      this.parts = []; // over the limit: stop holding it
    else this.parts.push(part);
  }

  private finish(): RawLine {
    this.count++;
    const line: RawLine = {
      number: this.count,
      bytes: this.size > this.maxBytes ? null : Buffer.concat(this.parts, this.size),
      size: this.size,
    };
    this.parts = [];
    this.size = 0;
    return line;
  }
}

/** Streams the lines of an async source of chunks (a file stream). */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<RawLine> {
  const splitter = new LineSplitter(maxBytes);
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}
