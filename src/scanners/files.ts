// Reading one file from disk into a Target. Symlinks are never followed (a link can point out
// of the tree); a file that cannot be read is an error, never "clean".

import { lstatSync, readFileSync } from 'node:fs';
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
    bytes = readFileSync(abs);
  } catch (e) {
    return unreadable(e, display, skipped, opts);
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) skipped.push({ path: display, reason: 'binary' });
  return { ...base, size: bytes.length, content: decoded.content, binary: decoded.binary, head: decoded.head };
}

function unreadable(e: unknown, display: string, skipped: Skip[], opts: ReadOptions): undefined {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    skipped.push({ path: display, reason: 'missing from the work tree' });
    return undefined;
  }
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EIO' ? 'input/output error' : ((e as Error).message ?? String(e)).replace(/^[A-Z]+: /, '');
  if (opts.skipUnreadable) {
    skipped.push({ path: display, reason: `unreadable: ${why}` });
    return undefined;
  }
  throw new ScanError(`cannot read ${display}: ${why}; fix its permissions, or pass --skip-unreadable to scan the rest`);
}
