// Secrets hide in encodings: a service-account key inside a JSON string ("\n" escapes), a
// password percent-encoded in a URL, a Kubernetes Secret value in base64. decodeSegments finds
// such encoded text and yields its decoded form, so the engine can run the rules over it too.
// Pure: text in, segments out. Each segment says where its ENCODED text lies in the original,
// so findings in it are reported there. Text without escapes, %XX or base64 values costs two
// native searches and one regular-expression pass.

export type SegmentKind = 'json-escape' | 'percent' | 'base64';

export interface DecodedSegment {
  kind: SegmentKind;
  /** The decoded text to scan. */
  text: string;
  /** Offset of the encoded text in the original text. */
  offset: number;
  /** Length of the encoded text in the original text. */
  length: number;
  /**
   * When present, locate(i) is the offset in the original text where decoded character i
   * begins (locate(text.length) is the end of the encoded text), so a finding can be placed
   * exactly. Absent: a finding anywhere in the segment is placed on the whole encoded span.
   */
  locate?: (decodedIndex: number) => number;
  /** 1 for text decoded from the original, 2 for text decoded from a decoded segment. */
  depth: number;
}

export interface DecodeOptions {
  /** Nesting depth: 2 decodes base64 that holds JSON with escapes. Default 2. */
  maxDepth?: number;
  /** Longest base64 value decoded, in characters. Default 16384 (12 KB decoded). */
  maxBase64Length?: number;
  /** Shortest base64 value decoded, in characters. Default 24. */
  minBase64Length?: number;
  /** Segments yielded per text at most; bounds the work on pathological input. Default 4096. */
  maxSegments?: number;
}

/** Segments yielded per text at most, by default. */
export const MAX_SEGMENTS = 4096;

const DEFAULTS: Required<DecodeOptions> = { maxDepth: 2, maxBase64Length: 16384, minBase64Length: 24, maxSegments: MAX_SEGMENTS };

/** Every decoded segment of text, outermost first, each followed by the segments nested in it. */
export function decodeSegments(text: string, options?: DecodeOptions): DecodedSegment[] {
  const opts = options ? { ...DEFAULTS, ...options } : DEFAULTS;
  const out: DecodedSegment[] = [];
  const walk = (t: string, depth: number, outer: DecodedSegment | undefined): void => {
    for (const local of localSegments(t, opts)) {
      if (out.length >= opts.maxSegments) return;
      const seg = outer ? nest(outer, { ...local, depth }) : { ...local, depth };
      out.push(seg);
      if (depth < opts.maxDepth) walk(seg.text, depth + 1, seg);
    }
  };
  walk(text, 1, undefined);
  return out;
}

/** Places a segment found inside `outer.text` in the coordinates of the original text. */
function nest(outer: DecodedSegment, inner: DecodedSegment): DecodedSegment {
  const up = outer.locate;
  if (!up) return { ...inner, offset: outer.offset, length: outer.length, locate: undefined };
  const start = up(inner.offset);
  const end = up(inner.offset + inner.length);
  const down = inner.locate;
  return { ...inner, offset: start, length: end - start, locate: down ? (i) => up(down(i)) : undefined };
}

/**
 * Decoded text built from runs: a literal run copies the original (one decoded character per
 * original character), an escape run is one decoded character for a whole escape sequence.
 * locate() is a binary search over the runs, so building costs O(escapes), not O(characters).
 */
class RunBuilder {
  private readonly parts: string[] = [];
  private readonly decStart: number[] = [];
  private readonly origStart: number[] = [];
  private readonly literal: boolean[] = [];
  private length = 0;
  constructor(private readonly source: string) {}
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.push(this.source.slice(from, to), from, true);
  }
  escape(decoded: string, at: number): void {
    this.push(decoded, at, false);
  }
  private push(text: string, at: number, literal: boolean): void {
    this.parts.push(text);
    this.decStart.push(this.length);
    this.origStart.push(at);
    this.literal.push(literal);
    this.length += text.length;
  }
  build(end: number): { text: string; locate: (i: number) => number } {
    const { decStart, origStart, literal } = this;
    const total = this.length;
    const locate = (i: number): number => {
      if (i >= total) return end;
      let lo = 0;
      let hi = decStart.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (decStart[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return literal[lo] ? origStart[lo] + (i - decStart[lo]) : origStart[lo];
    };
    return { text: this.parts.join(''), locate };
  }
}

function localSegments(text: string, opts: Required<DecodeOptions>): Omit<DecodedSegment, 'depth'>[] {
  const out = text.includes('\\') ? jsonEscapes(text) : [];
  // A loop, not push(...): a large file can hold more segments than a call can take arguments.
  if (text.includes('%') && PERCENT.test(text)) for (const seg of percentEncoded(text)) out.push(seg);
  const b64 = base64Values(text, opts);
  return b64.length === 0 ? out : out.concat(b64);
}

// ---------------------------------------------------------------------------------------------
// JSON / JS string escapes: "-----BEGIN PRIVATE KEY-----\nMIIE..." and "{\"password\": ...}".

/** Longest string literal decoded: a service-account JSON is about 2.5 KB; source-map sources are skipped. */
const MAX_STRING = 64 * 1024;

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f' };

function jsonEscapes(text: string): Omit<DecodedSegment, 'depth'>[] {
  const out: Omit<DecodedSegment, 'depth'>[] = [];
  let i = text.indexOf('\\');
  while (i !== -1) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd === -1) lineEnd = text.length;
    for (let j = lineStart; j < lineEnd; j++) {
      const q = text.charCodeAt(j);
      if (q !== 34 && q !== 39) continue; // " or '
      let k = j + 1;
      let escapes = false;
      while (k < lineEnd && text.charCodeAt(k) !== q) {
        if (text.charCodeAt(k) === 92) {
          escapes = true;
          k++;
        }
        k++;
      }
      if (k >= lineEnd) break; // unterminated on this line
      if (escapes) {
        const seg = unescapeString(text, j + 1, k);
        if (seg) out.push(seg);
      }
      j = k;
    }
    i = text.indexOf('\\', lineEnd);
  }
  return out;
}

/** Decodes the string literal body text[start, end); undefined when nothing worth scanning changes. */
function unescapeString(text: string, start: number, end: number): Omit<DecodedSegment, 'depth'> | undefined {
  if (end - start > MAX_STRING) return undefined;
  // A line break at the very end ("import os\n" in notebooks) reveals nothing by itself.
  let trailing = end;
  while (trailing - 2 >= start && text[trailing - 2] === '\\' && (text[trailing - 1] === 'n' || text[trailing - 1] === 'r')) trailing -= 2;
  const out = new RunBuilder(text);
  let meaningful = false;
  let from = start;
  for (let i = text.indexOf('\\', start); i !== -1 && i + 1 < end; i = text.indexOf('\\', i)) {
    const e = text[i + 1];
    let decoded: string | undefined = SIMPLE_ESCAPES[e];
    let width = 2;
    if (decoded === undefined && (e === 'u' || e === 'x')) {
      const digits = e === 'u' ? 4 : 2;
      const hex = text.slice(i + 2, i + 2 + digits);
      if (i + 2 + digits <= end && /^[0-9A-Fa-f]+$/.test(hex)) {
        decoded = String.fromCharCode(parseInt(hex, 16));
        width = 2 + digits;
      }
    }
    if (decoded === undefined) {
      i += 2; // an unknown escape stays as written
      continue;
    }
    if (i < trailing) meaningful = true;
    out.copy(from, i);
    out.escape(decoded, i);
    i += width;
    from = i;
  }
  if (!meaningful) return undefined;
  out.copy(from, end);
  const { text: decoded, locate } = out.build(end);
  return { kind: 'json-escape', text: decoded, offset: start, length: end - start, locate };
}

// ---------------------------------------------------------------------------------------------
// Percent-encoding: postgres://app:p%40ss@db, redirect=postgresql%3A%2F%2F... (scan-secrets:allow -- an example)

const PERCENT = /%[0-9A-Fa-f]{2}/;
const PERCENT_G = /%[0-9A-Fa-f]{2}/g;

function isTokenBoundary(c: number): boolean {
  // whitespace, quotes, backtick, angle brackets, parentheses
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 40 || c === 41;
}

function percentEncoded(text: string): Omit<DecodedSegment, 'depth'>[] {
  const out: Omit<DecodedSegment, 'depth'>[] = [];
  const re = PERCENT_G; // safe to share: this function runs to completion before any nested scan
  re.lastIndex = 0;
  let covered = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index < covered) continue;
    let start = m.index;
    while (start > covered && !isTokenBoundary(text.charCodeAt(start - 1))) start--;
    let end = m.index + 3;
    while (end < text.length && !isTokenBoundary(text.charCodeAt(end))) end++;
    covered = end;
    re.lastIndex = end;
    const seg = percentDecode(text, start, end);
    if (seg) out.push(seg);
  }
  return out;
}

function percentDecode(text: string, start: number, end: number): Omit<DecodedSegment, 'depth'> | undefined {
  const token = text.slice(start, end);
  if (!/^[\x21-\x7e]*$/.test(token)) return undefined; // raw non-ASCII next to %XX: not a URL-encoded token
  const out = new RunBuilder(text);
  let from = start;
  for (let i = text.indexOf('%', start); i !== -1 && i + 2 < end; i = text.indexOf('%', i + 1)) {
    if (!HEX2.test(text.slice(i + 1, i + 3))) continue;
    // a UTF-8 sequence (%E2%82%AC) decodes as one unit, placed on its first %XX
    let j = i + 3;
    while (j + 2 < end && text[j] === '%' && HEX2.test(text.slice(j + 1, j + 3)) && parseInt(text.slice(j + 1, j + 3), 16) >= 0x80 && parseInt(text.slice(i + 1, i + 3), 16) >= 0x80) j += 3;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text.slice(i, j));
    } catch {
      return undefined;
    }
    out.copy(from, i);
    out.escape(decoded, i);
    from = j;
    i = j - 1;
  }
  out.copy(from, end);
  const { text: decoded, locate } = out.build(end);
  if (!isPrintable(decoded)) return undefined;
  return { kind: 'percent', text: decoded, offset: start, length: end - start, locate };
}

const HEX2 = /^[0-9A-Fa-f]{2}$/;

// ---------------------------------------------------------------------------------------------
// base64 values, only where a value is assigned: `password: cGFzc3dvcmQ=` (Kubernetes Secret
// data, YAML, .env), `"auth": "dXNlcjpwYXNz"` (JSON), `KEY=...`. Only values that decode to
// printable text are yielded; the key name is kept in front of the decoded text as context
// ("password: hunter2"), so rules that need a name next to a value still apply.

/** 1 for the base64 and base64url alphabets (A-Z a-z 0-9 + / - _). */
const B64_CHAR = (() => {
  const t = new Uint8Array(128);
  for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') t[c.charCodeAt(0)] = 1;
  return t;
})();

function isB64Char(c: number): boolean {
  return c < 128 && B64_CHAR[c] === 1;
}

/** After a value: end of text, whitespace, quote, backtick, comma, closing brace or bracket, semicolon. */
function endsValue(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 44 || c === 125 || c === 93 || c === 59;
}

const B64_CANDIDATE = /[:=][ \t]{0,4}["'`]?[A-Za-z0-9+/_-]{24}/g;

function base64Values(text: string, opts: Required<DecodeOptions>): Omit<DecodedSegment, 'depth'>[] {
  const out: Omit<DecodedSegment, 'depth'>[] = [];
  const n = text.length;
  const re = B64_CANDIDATE; // safe to share: this function runs to completion before any nested scan
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + m[0].length - 24;
    let end = start + 24;
    while (end < n && isB64Char(text.charCodeAt(end))) end++;
    const bodyEnd = end;
    while (end < n && end - bodyEnd < 2 && text.charCodeAt(end) === 61) end++; // '=' padding
    re.lastIndex = end;
    const len = end - start;
    if (len < opts.minBase64Length || len > opts.maxBase64Length || !endsValue(end < n ? text.charCodeAt(end) : 10)) continue;
    const decoded = decodeBase64Printable(text.slice(start, end));
    if (decoded === undefined) continue;
    const key = keyBefore(text, start);
    out.push({ kind: 'base64', text: key ? `${key}: ${decoded}` : decoded, offset: start, length: len });
  }
  return out;
}

/**
 * Base64 of ASCII text has a letter A-Z or a-f at every fourth position (a byte below 0x80
 * encodes to a first sextet below 32): a free test that rejects identifiers and binary data.
 */
function looksLikeEncodedAscii(body: string): boolean {
  for (let i = 0; i < body.length && i < 96; i += 4) {
    const c = body.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function decodeBase64Printable(value: string): string | undefined {
  if (!looksLikeEncodedAscii(value)) return undefined;
  const body = value.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  const std = /[+/]/.test(body);
  const url = /[-_]/.test(body);
  if (std && url) return undefined;
  const enc = url ? 'base64url' : 'base64';
  if (body.length > 64 && !isPrintable(Buffer.from(body.slice(0, 64), enc).toString('latin1'))) return undefined; // cheap early reject
  const buf = Buffer.from(body, enc);
  if (buf.length < 12) return undefined;
  const s = buf.toString('utf8');
  if (s.includes('\uFFFD') || !isPrintable(s)) return undefined;
  return s;
}

/** The name assigned to, for `name: value`, `"name": "value"`, `NAME=value`; empty when none. */
function keyBefore(text: string, valueStart: number): string {
  let e = valueStart - 1;
  if (e >= 0 && (text.charCodeAt(e) === 34 || text.charCodeAt(e) === 39 || text.charCodeAt(e) === 96)) e--;
  while (e >= 0 && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e--;
  // e is on the ':' or '='; before it, optional spaces and a closing quote
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e > 0 && (text.charCodeAt(e - 1) === 34 || text.charCodeAt(e - 1) === 39)) e--;
  let s = e;
  while (s > 0 && e - s < 128) {
    const c = text.charCodeAt(s - 1);
    if (!(isB64Char(c) || c === 46)) break; // letters, digits, _ - . (and + /, harmlessly)
    s--;
  }
  return text.slice(s, e);
}

/** No control characters other than tab, CR, LF; no DEL or C1 controls. */
function isPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 ? c !== 9 && c !== 10 && c !== 13 : c === 127 || (c >= 128 && c < 160)) return false;
  }
  return true;
}
