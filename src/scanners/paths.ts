// Files and directories named on the command line (how pre-commit and lint-staged call us).
// Names are literal, never globs: `[id].ts` and `(group)/page.tsx` are file names. Directories
// are walked with fast-glob; inside a repository git's ignore rules apply to the walk.

import { lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import type { Target } from '../engine/types.ts';
import { ScanError } from '../errors.ts';
import { loadJob, type Job } from '../parallel/job.ts';
import { git, splitZ } from './git.ts';
import type { ProgressTotals, Skip, Source } from './types.ts';

export interface PathOptions {
  cwd: string;
  paths: string[];
  /** Inside a repository and git not disabled: honour .gitignore when walking. */
  useGit: boolean;
  skipUnreadable?: boolean;
}

export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

export class PathSource implements Source {
  readonly skipped: Skip[] = [];
  readonly progress: ProgressTotals = { unit: 'files' };
  label = 'in the given files';
  constructor(private readonly opts: PathOptions) {}

  async *jobs(): AsyncIterable<Job> {
    const { cwd } = this.opts;
    const seen = new Set<string>();
    const lists: string[][] = [];
    for (const p of this.opts.paths) {
      const abs = resolve(cwd, p);
      let isDir: boolean;
      try {
        isDir = lstatSync(abs).isDirectory();
      } catch {
        throw new ScanError(`no such file or directory: ${p}`);
      }
      lists.push(isDir ? this.walk(abs) : [abs]);
    }
    this.progress.total = lists.reduce((n, l) => n + l.length, 0);
    this.progress.final = true;
    for (const files of lists) {
      for (const f of files) {
        if (seen.has(f)) continue;
        seen.add(f);
        yield { kind: 'file', abs: f, path: displayPath(cwd, f), skipUnreadable: this.opts.skipUnreadable, origin: { kind: 'file' } };
      }
    }
  }

  async *targets(): AsyncIterable<Target> {
    for await (const job of this.jobs()) {
      const t = loadJob(job, this.skipped);
      if (t) yield t;
    }
  }

  private walk(dir: string): string[] {
    const ignore = ['**/.git/**'];
    if (this.opts.useGit) {
      const ignored = splitZ(git(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], { cwd: dir }));
      for (const entry of ignored) {
        const pattern = fg.escapePath(entry.endsWith('/') ? entry.slice(0, -1) : entry);
        ignore.push(entry.endsWith('/') ? `${pattern}/**` : pattern);
      }
    }
    return fg
      .sync('**', { cwd: dir, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore, absolute: true, suppressErrors: true })
      .sort();
  }
}
