// Files and directories named on the command line (how pre-commit and lint-staged call us).
// Names are literal, never globs: `[id].ts` and `(group)/page.tsx` are file names. Directories
// are walked with fast-glob (walk.ts); inside a repository git's ignore rules apply to the walk.
// Every entry is accounted for: a folder that cannot be read is exit 2, or with --skip-unreadable
// a counted skip, never silence.

import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Target } from '../engine/types.ts';
import { ScanError } from '../errors.ts';
import { loadJob, type Job } from '../parallel/job.ts';
import { isMissing, readProblem } from './files.ts';
import { displayPath, jobPath, pathKey, type FsPath } from './fs-path.ts';
import { git, splitRecords } from './git.ts';
import type { ProgressTotals, Skip, Source } from './types.ts';
import { walkTree, type Unreadable } from './walk.ts';

export interface PathOptions {
  cwd: string;
  paths: string[];
  /** Inside a repository and git not disabled: honour .gitignore when walking. */
  useGit: boolean;
  skipUnreadable?: boolean;
}

export class PathSource implements Source {
  readonly skipped: Skip[] = [];
  readonly progress: ProgressTotals = { unit: 'files' };
  label = 'in the given files';
  constructor(private readonly opts: PathOptions) {}

  async *jobs(): AsyncIterable<Job> {
    const { cwd } = this.opts;
    const seen = new Set<string>();
    const lists: FsPath[][] = [];
    for (const p of this.opts.paths) {
      const abs = resolve(cwd, p);
      let isDir = false;
      try {
        isDir = lstatSync(abs).isDirectory();
      } catch (e) {
        if (isMissing(e)) throw new ScanError(`no such file or directory: ${p}`);
        // Not "no such file" when a folder on the way is closed to us: reading it says why.
      }
      lists.push(isDir ? this.walk(abs) : [abs]);
    }
    this.progress.total = lists.reduce((n, l) => n + l.length, 0);
    this.progress.final = true;
    for (const files of lists) {
      for (const f of files) {
        const key = typeof f === 'string' ? f : pathKey(f);
        if (seen.has(key)) continue;
        seen.add(key);
        yield { kind: 'file', abs: jobPath(f), path: displayPath(cwd, f), skipUnreadable: this.opts.skipUnreadable, origin: { kind: 'file' } };
      }
    }
  }

  async *targets(): AsyncIterable<Target> {
    for await (const job of this.jobs()) {
      const t = loadJob(job, this.skipped);
      if (t) yield t;
    }
  }

  private walk(dir: string): FsPath[] {
    const ignored = new Set<string>();
    if (this.opts.useGit) {
      // Raw bytes, so a name that is not UTF-8 compares equal to what the walk sees.
      for (const entry of splitRecords(git(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], { cwd: dir }))) {
        const name = entry[entry.length - 1] === 0x2f ? entry.subarray(0, -1) : entry;
        if (name.length) ignored.add(pathKey(name));
      }
    }
    const { files, unreadable } = walkTree(dir, { ignored });
    for (const folder of unreadable) this.unreadableFolder(folder);
    return files;
  }

  private unreadableFolder({ path, error }: Unreadable): void {
    const shown = displayPath(this.opts.cwd, path);
    // Gone, or no longer a folder, since its parent was listed: like a file that changes mid-scan.
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      this.skipped.push({ path: shown, reason: error.code === 'ENOENT' ? 'folder disappeared during the scan' : 'no longer a folder' });
      return;
    }
    const { why, fix } = readProblem(error);
    if (this.opts.skipUnreadable) {
      this.skipped.push({ path: shown, reason: `unreadable folder: ${why}` });
      return;
    }
    throw new ScanError(`cannot read folder ${shown}: ${why}; ${fix}, or pass --skip-unreadable to scan the rest`);
  }
}
