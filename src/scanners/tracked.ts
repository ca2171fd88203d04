// Every tracked file (`--all-files`): the list from `git ls-files -z`, the content from the
// work tree, which is what CI checks out and what pre-commit's --all-files looks at. Files are
// handed out as jobs, so a large tree is read and scanned on worker threads.

import { join } from 'node:path';
import { statSync } from 'node:fs';
import type { Target } from '../engine/types.ts';
import { loadJob, type Job } from '../parallel/job.ts';
import { git, splitZ } from './git.ts';
import { lfsPaths } from './lfs.ts';
import type { ProgressTotals, Skip, Source } from './types.ts';

export interface TrackedOptions {
  root: string;
  maxFileSize: number;
  skipUnreadable?: boolean;
}

export class TrackedSource implements Source {
  readonly skipped: Skip[] = [];
  readonly progress: ProgressTotals = { unit: 'files' };
  label = 'in tracked files';
  constructor(private readonly opts: TrackedOptions) {}

  async *jobs(): AsyncIterable<Job> {
    const { root } = this.opts;
    const entries = new Map<string, string>();
    for (const rec of splitZ(git(['ls-files', '-z', '-s'], { cwd: root }))) {
      const tab = rec.indexOf('\t');
      entries.set(rec.slice(tab + 1), rec.slice(0, rec.indexOf(' ')));
    }
    const big: string[] = [];
    const sizes = new Map<string, number>();
    let totalBytes = 0;
    for (const [path, mode] of entries) {
      if (mode === '160000') continue;
      try {
        const size = statSync(join(root, path)).size;
        sizes.set(path, size);
        totalBytes += size;
        if (size > this.opts.maxFileSize) big.push(path);
      } catch {
        // missing or unreadable: reading it reports why
      }
    }
    Object.assign(this.progress, { total: entries.size, totalBytes, final: true });
    const lfs = lfsPaths(root, big, false);
    for (const [path, mode] of entries) {
      if (mode === '160000') {
        this.skipped.push({ path, reason: 'submodule' });
        continue;
      }
      yield {
        kind: 'file', abs: join(root, path), path, size: sizes.get(path), mode, lfs: lfs.has(path),
        skipUnreadable: this.opts.skipUnreadable, origin: { kind: 'tracked' },
      };
    }
  }

  async *targets(): AsyncIterable<Target> {
    for await (const job of this.jobs()) {
      const t = loadJob(job, this.skipped);
      if (t) yield t;
    }
  }
}
