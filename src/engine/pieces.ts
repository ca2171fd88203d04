// Where a large file's bytes are cut into pieces that the engine decodes and scans one at a
// time. A string of more than about 128 KB is allocated outside V8's young generation, in fresh
// pages that the operating system must fault in and V8 unmaps again when the string dies: on
// the development VM, decoding the 145 MB bench tree file by file took 1.9 s with 55,000 page
// faults, and piece by piece 0.7 s with almost none. A piece is a run of whole lines, so it
// decodes to exactly the characters the whole file's text holds there (the cut follows a
// newline byte, which no UTF-8 sequence spans), and it never ends where a line's keywords
// reach the lines after it (reach.ts), so each piece's lines are judged as in the whole text.

import { NESTED_LINES, valueOnNextLine } from './reach.ts';

/**
 * Bytes per piece: at most as many UTF-16 code units, so even a piece of non-ASCII text (two
 * bytes per unit in V8) stays a young-generation string.
 */
export const PIECE_BYTES = 48 * 1024;

/**
 * The end of the piece that starts at `from`: just after a newline, or the end of the bytes.
 * It holds at least `least` bytes (a multiline rule's reach, PieceRun.next), and otherwise up
 * to `size`.
 */
export function pieceEnd(bytes: Buffer, from: number, size: number, least = 0): number {
  const n = bytes.length;
  const most = Math.max(size, least);
  if (n - from <= most) return n;
  const last = bytes.lastIndexOf(10, from + most - 1);
  // A line longer than a piece is a piece of its own (minified code).
  let end = last >= from + least ? last + 1 : nextLine(bytes, from + least);
  while (end < n && !safeCut(bytes, end)) end = nextLine(bytes, end);
  return end;
}

/** Just after the newline at or after `at`, or the end of the bytes. */
function nextLine(bytes: Buffer, at: number): number {
  const nl = bytes.indexOf(10, at);
  return nl === -1 ? bytes.length : nl + 1;
}

/** True when no line before `at` (just after a newline) reaches a line after it. */
function safeCut(bytes: Buffer, at: number): boolean {
  let end = at - 1; // the newline that ends the line above the cut
  for (let i = 0; i < NESTED_LINES && end >= 0; i++) {
    const start = end === 0 ? 0 : bytes.lastIndexOf(10, end - 1) + 1;
    if (parentKey(bytes, start, end)) return false;
    if (i === 0 && nameLine(bytes, start, end)) return false;
    end = start - 1;
  }
  return true;
}

/** endsParentKey for the line [start, end), on its bytes: the characters it looks for are ASCII. */
function parentKey(bytes: Buffer, start: number, end: number): boolean {
  let e = end;
  while (e > start && (bytes[e - 1] === 32 || bytes[e - 1] === 9 || bytes[e - 1] === 13)) e--;
  return e > start && bytes[e - 1] === 58;
}

/**
 * valueOnNextLine for the line [start, end] (end on its newline). Its patterns match ASCII
 * only, over the whole line, and hold at most about a hundred characters that are not blanks:
 * a longer line or one with a non-ASCII byte is answered without decoding it.
 */
function nameLine(bytes: Buffer, start: number, end: number): boolean {
  let solid = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) return false;
    if (b !== 32 && b !== 9 && ++solid > 128) return false;
  }
  return valueOnNextLine(bytes.toString('latin1', start, end + 1), 0);
}

/** Newlines in bytes [from, to). */
export function countLines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}

/** The text of the line that ends just before `at` (a piece's start), as LineIndex.lineText gives it. */
export function lineBefore(bytes: Buffer, at: number): string {
  const start = at < 2 ? 0 : bytes.lastIndexOf(10, at - 2) + 1;
  return bytes.toString('utf8', start, at - 1).replace(/\r$/, '');
}
