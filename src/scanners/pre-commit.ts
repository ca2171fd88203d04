// Sources for `--pre-commit`, the mode the pre-commit framework calls with file names.
// During a commit those names are the staged files, and only what the commit adds to them is
// scanned (read from the index). Outside a commit (`pre-commit run --all-files`, `--files X`)
// the named files are scanned in full from the work tree.

import { lstatSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Finding, Target } from '../engine/types.ts';
import { ScanError, UsageError } from '../errors.ts';
import { isMissing, readTarget } from './files.ts';
import { lfsPaths } from './lfs.ts';
import { displayPath } from './fs-path.ts';
import type { StagedSource } from './staged.ts';
import type { Skip, Source } from './types.ts';

/** A path given on the command line, as git names it (relative to the top, `/` separators). */
export function repoPath(top: string, cwd: string, p: string): string {
  const rel = relative(top, resolve(cwd, p));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/**
 * The staged changes, kept to the named files. The whole staged diff is read and then filtered,
 * rather than passing the names to git as pathspecs: a pathspec holding only a rename's new name
 * would turn the rename into an addition and report every moved line again.
 */
export class StagedFilesSource implements Source {
  readonly label = 'in staged changes';
  constructor(
    private readonly staged: StagedSource,
    private readonly only: Set<string>,
  ) {}

  get skipped(): Skip[] {
    return this.staged.skipped.filter((s) => this.only.has(s.path));
  }

  async *targets(): AsyncIterable<Target> {
    for await (const t of this.staged.targets()) if (this.only.has(t.path)) yield t;
  }

  finalize(findings: Finding[]): Promise<Finding[]> {
    return this.staged.finalize(findings);
  }
}

export interface NamedFilesOptions {
  top: string;
  cwd: string;
  paths: string[];
  maxFileSize: number;
  skipUnreadable?: boolean;
}

/** The named files in full, from the work tree. Files tracked by Git LFS keep their size exemption. */
export class NamedFilesSource implements Source {
  readonly skipped: Skip[] = [];
  readonly label = 'in the given files';
  constructor(private readonly opts: NamedFilesOptions) {}

  async *targets(): AsyncIterable<Target> {
    const { top, cwd, paths, maxFileSize } = this.opts;
    const big: string[] = [];
    for (const p of paths) {
      let st;
      try {
        // lstat: a named link is not followed (reading it counts a skip), so a link to a folder
        // is not "a folder", and a dangling link is not "no such file".
        st = lstatSync(resolve(cwd, p));
      } catch (e) {
        if (isMissing(e)) throw new ScanError(`no such file: ${p}`);
        // A folder on the way is closed to us: reading it says so (or counts it with --skip-unreadable).
        continue;
      }
      if (st.isDirectory()) throw new UsageError(`--pre-commit takes file names, and ${p} is a folder: scan folders without --pre-commit`);
      if (st.size > maxFileSize) big.push(repoPath(top, cwd, p));
    }
    const lfs = lfsPaths(top, big, false);
    const seen = new Set<string>();
    for (const p of paths) {
      const abs = resolve(cwd, p);
      if (seen.has(abs)) continue;
      seen.add(abs);
      const t = readTarget(abs, displayPath(cwd, abs), this.skipped, {
        skipUnreadable: this.opts.skipUnreadable,
        lfs: lfs.has(repoPath(top, cwd, p)),
      });
      if (t) yield t;
    }
  }
}
