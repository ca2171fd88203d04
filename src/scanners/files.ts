// Reading one file from disk into a Target. Symlinks are never followed (a link can point out
// of the tree); a file that cannot be read is an error, never "clean".

import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Target } from '../engine/types.ts';
import { ScanError } from '../errors.ts';
import { decodeBytes } from './text.ts';
import type { Skip } from './types.ts';
import { MAX_SCAN_BYTES } from './types.ts';

export interface ReadOptions {
  /** Skip unreadable files (counted) instead of failing the scan. */
  skipUnreadable?: boolean;
  lfs?: boolean;
}

export function readTarget(abs: string, display: string, skipped: Skip[], opts: ReadOptions = {}): Target | undefined {
  let st;
  try {
    st = lstatSync(abs);
  } catch (e) {
    return unreadable(e, display, skipped, opts);
  }
  const base: Target = { path: display, size: st.size, added: true, lfs: opts.lfs, origin: { kind: 'file' } };
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
  let bytes: Buffer;
  try {
    bytes = readWhole(abs);
  } catch (e) {
    return unreadable(e, display, skipped, opts);
  }
  // decodeBytes copies what it keeps (strings), so the reused buffer is free again after this.
  const decoded = decodeBytes(bytes);
  if (decoded.binary) skipped.push({ path: display, reason: 'binary' });
  return { ...base, size: bytes.length, content: decoded.content, binary: decoded.binary, head: decoded.head };
}

// One buffer per thread, reused for every file up to REUSE_MAX: a scan of thousands of files
// would otherwise allocate (and fault in, and collect) a fresh buffer for each.
const REUSE_MAX = 8 * 1024 * 1024;
let scratch = Buffer.alloc(0);

/** The file's bytes, in a buffer valid until the next call. */
function readWhole(abs: string): Buffer {
  const fd = openSync(abs, 'r');
  try {
    let size = fstatSync(fd).size;
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
    size = n;
    return buf.subarray(0, size);
  } finally {
    closeSync(fd);
  }
}

function unreadable(e: unknown, display: string, skipped: Skip[], opts: ReadOptions): undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    skipped.push({ path: display, reason: 'missing from the work tree' });
    return undefined;
  }
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : ((e as Error).message ?? String(e));
  if (opts.skipUnreadable) {
    skipped.push({ path: display, reason: `unreadable: ${why}` });
    return undefined;
  }
  throw new ScanError(`cannot read ${display}: ${why}; fix its permissions, or pass --skip-unreadable to scan the rest`);
}
