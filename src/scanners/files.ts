// Reading one file from disk into a Target. Symlinks are never followed (a link can point out
// of the tree); a file that cannot be read is an error, never "clean".

import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Target } from '../engine/types.ts';
import { ScanError } from '../errors.ts';
import { decodeBytes } from './text.ts';
import type { FsPath } from './fs-path.ts';
import type { Skip } from './types.ts';
import { MAX_SCAN_BYTES } from './types.ts';

export interface ReadOptions {
  /** Skip unreadable files (counted) instead of failing the scan. */
  skipUnreadable?: boolean;
  lfs?: boolean;
}

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants;

export function readTarget(abs: FsPath, display: string, skipped: Skip[], opts: ReadOptions = {}): Target | undefined {
  // Where the platform can refuse to follow a link at open (not Windows), one open and one
  // fstat replace lstat + open + fstat: a full scan does this for every file. O_NONBLOCK keeps
  // a FIFO from blocking the open; fstat then turns it away.
  if (O_NOFOLLOW === undefined || O_NONBLOCK === undefined) return readByPath(abs, display, skipped, opts);
  let fd: number;
  try {
    fd = openSync(abs, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return readByPath(abs, display, skipped, opts);
    return unreadable(e, display, skipped, opts);
  }
  let bytes: Buffer;
  let base: Target;
  try {
    const st = fstatSync(fd);
    base = { path: display, size: st.size, added: true, lfs: opts.lfs, origin: { kind: 'file' } };
    const early = checkKind(st, base, display, skipped);
    if (early !== true) return early;
    bytes = readFd(fd, st.size);
  } catch (e) {
    return unreadable(e, display, skipped, opts);
  } finally {
    closeSync(fd);
  }
  return decoded(base, bytes, display, skipped);
}

/** The same, by path: lstat first (Windows, and links). */
function readByPath(abs: FsPath, display: string, skipped: Skip[], opts: ReadOptions): Target | undefined {
  let st;
  try {
    st = lstatSync(abs);
  } catch (e) {
    return unreadable(e, display, skipped, opts);
  }
  const base: Target = { path: display, size: st.size, added: true, lfs: opts.lfs, origin: { kind: 'file' } };
  const early = checkKind(st, base, display, skipped);
  if (early !== true) return early;
  let bytes: Buffer;
  try {
    const fd = openSync(abs, 'r');
    try {
      bytes = readFd(fd, fstatSync(fd).size);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return unreadable(e, display, skipped, opts);
  }
  return decoded(base, bytes, display, skipped);
}

/** true: a regular file to read; otherwise what to return (recorded in skipped). */
function checkKind(st: Stats, base: Target, display: string, skipped: Skip[]): Target | undefined | true {
  if (st.isSymbolicLink()) {
    skipped.push({ path: display, reason: 'symlink (not followed)' });
    return base;
  }
  if (!st.isFile()) {
    skipped.push({ path: display, reason: st.isDirectory() ? 'directory (submodule?)' : 'not a regular file' });
    return undefined;
  }
  if (st.size > MAX_SCAN_BYTES) {
    skipped.push({ path: display, reason: `over ${MAX_SCAN_BYTES / 1048576} MB` });
    return base;
  }
  return true;
}

function decoded(base: Target, bytes: Buffer, display: string, skipped: Skip[]): Target {
  // decodeBytes copies what it keeps (strings), except a large file's bytes: the reused buffer
  // is free again once the target is scanned.
  const d = decodeBytes(bytes, true);
  if (d.binary) skipped.push({ path: display, reason: 'binary' });
  return { ...base, size: bytes.length, content: d.content, utf8: d.utf8, binary: d.binary, head: d.head };
}

// One buffer per thread, reused for every file up to REUSE_MAX: a scan of thousands of files
// would otherwise allocate (and fault in, and collect) a fresh buffer for each.
const REUSE_MAX = 8 * 1024 * 1024;
let scratch = Buffer.alloc(0);

/** The file's bytes, in a buffer valid until the next call. */
function readFd(fd: number, size: number): Buffer {
  let buf = size <= REUSE_MAX ? scratch : Buffer.allocUnsafe(size + 1);
  if (buf.length < size + 1) buf = scratch = Buffer.allocUnsafe(Math.min(REUSE_MAX + 1, Math.max(64 * 1024, 2 ** Math.ceil(Math.log2(size + 1)))));
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      // The file grew while we read it: read on into a bigger buffer.
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const got = readSync(fd, buf, n, buf.length - n, null);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}

function unreadable(e: unknown, display: string, skipped: Skip[], opts: ReadOptions): undefined {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    skipped.push({ path: display, reason: 'missing from the work tree' });
    return undefined;
  }
  const { why, fix } = readProblem(e);
  if (opts.skipUnreadable) {
    skipped.push({ path: display, reason: `unreadable: ${why}` });
    return undefined;
  }
  throw new ScanError(`cannot read ${display}: ${why}; ${fix}, or pass --skip-unreadable to scan the rest`);
}

/** The error says the path does not exist (or a part of it is not a folder). */
export function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Why a file or folder could not be read, and what to do about it, in words. */
export function readProblem(e: unknown): { why: string; fix: string } {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return { why: 'permission denied', fix: 'fix its permissions' };
  if (code === 'ENAMETOOLONG') return { why: 'its path is longer than the system can open', fix: 'move it somewhere shallower' };
  if (code === 'EIO') return { why: 'input/output error', fix: 'check the disk' };
  return { why: ((e as Error).message ?? String(e)).replace(/^[A-Z]+: /, ''), fix: 'fix what stops it being read' };
}
