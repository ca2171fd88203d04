// Bytes to text, the same way for every source: BOMs honoured, binaries sniffed by content
// (not by extension), invalid UTF-8 decoded with replacement characters rather than dropped.

export interface Decoded {
  content?: string;
  binary: boolean;
  /** First bytes, for file rules that look inside binaries (key stores). */
  head: string;
}

const SNIFF = 8000;

export function decodeBytes(buf: Buffer): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const content = buf.toString('utf8', 3);
    return { content, binary: false, head: content.slice(0, 4096) };
  }
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    const body = Buffer.from(buf.subarray(2, buf.length - ((buf.length - 2) % 2)));
    if (!le) body.swap16();
    const content = body.toString('utf16le');
    return { content, binary: false, head: content.slice(0, 4096) };
  }
  const sniff = buf.subarray(0, SNIFF);
  if (sniff.includes(0)) return { binary: true, head: buf.toString('latin1', 0, 4096) };
  const content = buf.toString('utf8');
  return { content, binary: false, head: content.slice(0, 4096) };
}

/** Mirror of git's own rule, for git output we must re-check ourselves. */
export function looksBinary(buf: Buffer): boolean {
  return decodeBytes(buf.subarray(0, SNIFF)).binary;
}
