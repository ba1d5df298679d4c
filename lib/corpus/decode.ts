/**
 * Bytes to text. Every span later counts UTF-16 code units in the decoded text, so decoding must be
 * exact: no silent U+FFFD replacement (a fatal decoder, with the offset of the first bad byte), and a
 * byte-order mark is removed because it is an encoding marker, not content.
 */

/** How much of a file the binary sniffing looks at: enough to catch every common binary format. */
export const SNIFF_LENGTH = 8 * 1024;

/** Above this share of control characters in the sniffed part, the file is not prose. */
const MAX_CONTROL_SHARE = 0.1;

/** The outcome of decoding: the text, or why it could not be read. */
export type Decoded =
  | {
      ok: true;
      /** The content, without its byte-order mark. */
      text: string;
    }
  | {
      ok: false;
      /** What is wrong, for a Problem. */
      message: string;
    };

export const EMPTY_MESSAGE = 'empty file';
export const BINARY_MESSAGE = 'binary file, not text';

/** A C0 control (or DEL) that does not belong in text; tab, newlines and form feed do. */
function isStrayControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
}

/** A NUL byte, or many stray controls, in the first 8 KB: the signature of a non-text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_LENGTH);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (isStrayControl(b)) controls++;
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

/** The same test on already decoded text (UTF-16 files, strings handed in by an upload). */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, SNIFF_LENGTH);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isStrayControl(c)) controls++;
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence, or -1. Follows the WHATWG
 * decoder (no overlong forms, no surrogates, nothing above U+10FFFF) so that it agrees with
 * `TextDecoder('utf-8', { fatal: true })`, which says that the text is bad but not where.
 */
export function findInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // Only the byte after the lead has the narrowed range.
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hex(b: number | undefined): string {
  return b === undefined ? '' : ` (byte 0x${b.toString(16).toUpperCase().padStart(2, '0')})`;
}

/**
 * Decodes a file's bytes: UTF-16 LE/BE when it starts with their byte-order mark, else UTF-8 (with or
 * without a BOM). Names empty, binary and badly encoded files.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, message: EMPTY_MESSAGE };

  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    // UTF-16 text is full of NUL bytes, so it is sniffed after decoding, not before.
    const body = bytes.subarray(2);
    if (body.length % 2 !== 0) {
      return { ok: false, message: `invalid ${utf16.toUpperCase()}: odd number of bytes (${bytes.length})` };
    }
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return { ok: false, message: `invalid ${utf16.toUpperCase()}: unpaired surrogate` };
    }
    return checkText(text);
  }

  // Binary first: most binary files are also invalid UTF-8, and "binary" is the more useful answer.
  if (looksBinary(bytes)) return { ok: false, message: BINARY_MESSAGE };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    // ignoreBOM: the BOM is already skipped by hand; a second one would be content.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
    return checkText(text);
  } catch {
    const at = findInvalidUtf8(bytes, start);
    return {
      ok: false,
      message: `invalid UTF-8 at byte offset ${at}${hex(bytes[at])}: save the file as UTF-8`,
    };
  }
}

/** A string handed in directly: only the BOM to drop and the same emptiness and binary checks. */
export function decodeString(content: string): Decoded {
  return checkText(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
}

function checkText(text: string): Decoded {
  if (text.trim() === '') return { ok: false, message: EMPTY_MESSAGE };
  if (looksBinaryText(text)) return { ok: false, message: BINARY_MESSAGE };
  return { ok: true, text };
}
