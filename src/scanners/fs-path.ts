// Paths whose names may not be UTF-8. Node decodes a file name into a string with U+FFFD for
// bytes that are not UTF-8, and that string names a different file or none; such a path must be
// kept, and opened, as its bytes.

import { isUtf8 } from 'node:buffer';
import { isAbsolute, relative, sep } from 'node:path';

/** A path to open: a string when it is UTF-8, else its raw bytes. */
export type FsPath = string | Buffer;

/** A string that stands for a path, the same for the same bytes: the text when UTF-8, else "\0" + latin1. */
export function pathKey(raw: Buffer): string {
  return isUtf8(raw) ? raw.toString('utf8') : `\0${raw.toString('latin1')}`;
}

/** parent + "/" + rel, staying a string while rel is UTF-8. */
export function joinBytes(parent: string, rel: Buffer): FsPath {
  return isUtf8(rel) ? `${parent.endsWith('/') ? parent : `${parent}/`}${rel.toString('utf8')}` : Buffer.concat([Buffer.from(parent.endsWith('/') ? parent : `${parent}/`), rel]);
}

/** For a job sent to a worker: bytes as a Uint8Array of their own (a Buffer may share a pool the clone would copy whole). */
export function jobPath(p: FsPath): string | Uint8Array {
  return typeof p === 'string' ? p : new Uint8Array(p);
}

/** How a path is shown: relative to cwd when under it, else absolute; always with `/`. */
export function displayPath(cwd: string, path: FsPath): string {
  // A name that is not UTF-8 is shown with U+FFFD in place of its bad bytes.
  const abs = typeof path === 'string' ? path : path.toString('utf8');
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  return sep === '/' ? shown : shown.split(sep).join('/');
}
