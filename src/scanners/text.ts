// Bytes to text, the same way for every source: BOMs honoured, binaries sniffed by content
// (not by extension), invalid UTF-8 decoded with replacement characters rather than dropped.

import { PIECE_BYTES } from '../engine/pieces.ts';

export interface Decoded {
  content?: string;
  /** In place of content, with `large`: a plain UTF-8 text of more than a piece, left as bytes (Target.utf8). */
  utf8?: Buffer;
  binary: boolean;
  /** First bytes, for file rules that look inside binaries (key stores). */
  head: string;
}

const SNIFF = 8000;

/**
 * large: leave a plain UTF-8 text of more than a piece as bytes, for the engine to decode a
 * piece at a time (`utf8`, a view of buf).
 */
export function decodeBytes(buf: Buffer, large = false): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    if (large && buf.length - 3 > PIECE_BYTES) return asBytes(buf, 3);
    const content = buf.toString('utf8', 3);
    return { content, binary: false, head: content.slice(0, 4096) };
  }
  if (buf.length >= 4 && ((buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) || (buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff))) {
    const content = utf32(buf.subarray(4), buf[0] === 0xff);
    return { content, binary: false, head: content.slice(0, 4096) };
  }
  // Two bytes that look like a UTF-16 BOM do not make a UTF-16 file: in UTF-16 every ASCII
  // character (every character a credential is made of) has a zero byte. With none at all, the
  // file is 8-bit text that happens to start with 0xFF 0xFE, and reading it as UTF-16 would
  // turn every secret in it into CJK characters no rule matches.
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) && buf.indexOf(0, 2) !== -1) {
    const le = buf[0] === 0xff;
    const body = Buffer.from(buf.subarray(2, buf.length - ((buf.length - 2) % 2)));
    if (!le) body.swap16();
    const content = body.toString('utf16le');
    return { content, binary: false, head: content.slice(0, 4096) };
  }
  const sniff = buf.subarray(0, SNIFF);
  if (sniff.includes(0)) return { binary: true, head: buf.toString('latin1', 0, 4096) };
  if (large && buf.length > PIECE_BYTES) return asBytes(buf, 0);
  const content = buf.toString('utf8');
  return { content, binary: false, head: content.slice(0, 4096) };
}

/** A large UTF-8 text from `start` (past a byte-order mark) left as bytes, with its head. */
function asBytes(buf: Buffer, start: number): Decoded {
  // 4096 UTF-16 code units take at most 4 bytes each.
  return { utf8: buf.subarray(start), binary: false, head: buf.toString('utf8', start, start + 4 * 4096).slice(0, 4096) };
}

/** UTF-32 (no decoder ships with Node); a value that is not a code point becomes U+FFFD. */
function utf32(body: Buffer, le: boolean): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i + 4 <= body.length; i += 4) {
    const cp = le ? body.readUInt32LE(i) : body.readUInt32BE(i);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 8192) parts.push(String.fromCodePoint(...chunk.splice(0)));
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Mirror of git's own rule, for git output we must re-check ourselves. */
export function looksBinary(buf: Buffer): boolean {
  return decodeBytes(buf.subarray(0, SNIFF)).binary;
}

/** A file's lines as a scan numbers them (split on LF; a CR stays, as in a patch's lines). */
export function fileLines(buf: Buffer): string[] {
  return (decodeBytes(buf).content ?? '').split('\n');
}
