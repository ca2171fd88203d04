// Walking a folder for the paths scan. fast-glob does the walk; it reads folders through the fs
// adapter below, which makes it account for every entry. Left to itself (suppressErrors) fast-glob
// passes over a folder it cannot open, never matches a name holding a line break (`**` is a regex
// whose `.` stops at \n, \r, U+2028 and U+2029), turns a backslash in a name into a separator,
// decodes a name that is not UTF-8 into the name of no file, and drops what lies past PATH_MAX.
// The adapter:
// - records each folder it cannot read, for the caller to fail on (or count with --skip-unreadable);
// - hands fast-glob a stand-in for each name it cannot carry ("\0" and a number: no real name holds
//   a NUL), and maps stand-ins back to the real name, as bytes when the name is not UTF-8;
// - leaves out .git folders and what git ignores, compared by exact name, so an ignored folder is
//   never opened.
// Links are never followed, so a link loop cannot trap the walk; every entry that is not a folder
// (files, links, FIFOs, sockets) is returned, and reading it counts what is not a regular file.

import { isUtf8 } from 'node:buffer';
import { readdirSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { pathKey, type FsPath } from './fs-path.ts';

export interface WalkOptions {
  /** Paths to leave out, relative to the walked folder, as pathKey gives them; "." is the whole folder. */
  ignored?: Set<string>;
}

export interface Unreadable {
  /** The folder, as it can be opened. */
  path: FsPath;
  error: NodeJS.ErrnoException;
}

export interface Walk {
  /** Every entry that is not a folder, sorted by path. */
  files: FsPath[];
  /** Folders that could not be listed, in the order met. */
  unreadable: Unreadable[];
}

/** What fast-glob cannot carry in a name: line breaks (its regexes), backslashes (it turns them into "/"). */
const UNSAFE = /[\n\r\u2028\u2029\\]/;
const STAND_IN = '\0';

export function walkTree(dir: string, opts: WalkOptions = {}): Walk {
  const ignored = opts.ignored ?? new Set<string>();
  if (ignored.has('.')) return { files: [], unreadable: [] };
  const root = resolve(dir);
  const rootPrefix = root.endsWith('/') ? root : `${root}/`;
  const unreadable: Unreadable[] = [];
  /** Raw names behind the stand-ins: stand-in "\0<i>" is names[i]. */
  const names: Buffer[] = [];

  /** The real path under root of a relative path fast-glob gives back (it may hold stand-ins). */
  const realRel = (rel: string): FsPath => {
    if (!rel.includes(STAND_IN)) return rel;
    const parts = rel.split('/').map((seg) => (seg.startsWith(STAND_IN) ? names[Number(seg.slice(1))] : Buffer.from(seg)));
    const raw = Buffer.concat(parts.flatMap((p, i) => (i ? [SLASH, p] : [p])));
    return isUtf8(raw) ? raw.toString('utf8') : raw;
  };
  const under = (rel: FsPath): FsPath =>
    typeof rel === 'string' ? (rel ? rootPrefix + rel : root) : Buffer.concat([Buffer.from(rootPrefix), rel]);

  const readdir = (directory: string): Dirent[] => {
    // fast-glob passes root, or root + "/" + a relative path of names it was given.
    const rel = directory === root ? '' : realRel(directory.slice(rootPrefix.length));
    const abs = under(rel);
    let entries: Dirent[];
    try {
      entries = typeof abs === 'string' ? readdirSync(abs, { withFileTypes: true }) : listBytes(abs);
      // U+FFFD in a name: it may be bytes that are not UTF-8. List again as bytes to know.
      if (typeof abs === 'string' && entries.some((e) => e.name.includes('\uFFFD'))) entries = listBytes(abs);
    } catch (e) {
      unreadable.push({ path: abs, error: e as NodeJS.ErrnoException });
      return [];
    }
    const out: Dirent[] = [];
    for (const entry of entries) {
      const name = entry.name as string | Buffer;
      const text = typeof name === 'string' ? name : isUtf8(name) ? name.toString('utf8') : undefined;
      if (text === '.git' && entry.isDirectory()) continue;
      if (ignored.size && ignored.has(childKey(rel, name, text))) continue;
      if (text === undefined || UNSAFE.test(text)) {
        names.push(typeof name === 'string' ? Buffer.from(name) : name);
        (entry as { name: string }).name = `${STAND_IN}${names.length - 1}`;
      } else if (typeof name !== 'string') {
        (entry as { name: string }).name = text;
      }
      out.push(entry);
    }
    return out;
  };

  const entries = fg.sync('**', {
    cwd: root, dot: true, onlyFiles: false, objectMode: true, followSymbolicLinks: false,
    // Errors are the adapter's to record; with this off, any other error stops the scan rather
    // than passing something over.
    suppressErrors: false,
    fs: { readdirSync: readdir as unknown as typeof readdirSync },
  });
  const files: { abs: FsPath; key: string }[] = [];
  for (const e of entries) {
    if (e.dirent.isDirectory()) continue;
    const abs = under(realRel(e.path));
    files.push({ abs, key: typeof abs === 'string' ? abs : `${abs.toString('utf8')}\0${abs.toString('latin1')}` });
  }
  files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { files: files.map((f) => f.abs), unreadable };
}

const SLASH = Buffer.from('/');

/** A folder's entries with their names as bytes. */
function listBytes(abs: FsPath): Dirent[] {
  return readdirSync(abs, { withFileTypes: true, encoding: 'buffer' }) as unknown as Dirent[];
}

/** pathKey of rel + "/" + name, without leaving strings when both are UTF-8 (text: name as UTF-8). */
function childKey(rel: FsPath, name: string | Buffer, text: string | undefined): string {
  if (typeof rel === 'string' && text !== undefined) return rel ? `${rel}/${text}` : text;
  const relBytes = typeof rel === 'string' ? Buffer.from(rel) : rel;
  const nameBytes = typeof name === 'string' ? Buffer.from(name) : name;
  return pathKey(relBytes.length ? Buffer.concat([relBytes, SLASH, nameBytes]) : nameBytes);
}
