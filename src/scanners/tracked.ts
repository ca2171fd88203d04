// Every tracked file (`--all-files`): the list from `git ls-files -z`, the content from the
// work tree, which is what CI checks out and what pre-commit's --all-files looks at.

import { join } from 'node:path';
import type { Target } from '../engine/types.ts';
import { git, splitZ } from './git.ts';
import { readTarget } from './files.ts';
import { lfsPaths } from './lfs.ts';
import type { Skip, Source } from './types.ts';
import { statSync } from 'node:fs';

export interface TrackedOptions {
  root: string;
  maxFileSize: number;
  skipUnreadable?: boolean;
}

export class TrackedSource implements Source {
  readonly skipped: Skip[] = [];
  label = 'in tracked files';
  constructor(private readonly opts: TrackedOptions) {}

  async *targets(): AsyncIterable<Target> {
    const { root } = this.opts;
    const entries = new Map<string, string>();
    for (const rec of splitZ(git(['ls-files', '-z', '-s'], { cwd: root }))) {
      const tab = rec.indexOf('\t');
      entries.set(rec.slice(tab + 1), rec.slice(0, rec.indexOf(' ')));
    }
    const big: string[] = [];
    for (const [path, mode] of entries) {
      if (mode === '160000') continue;
      try {
        if (statSync(join(root, path)).size > this.opts.maxFileSize) big.push(path);
      } catch {
        // missing or unreadable: readTarget reports it
      }
    }
    const lfs = lfsPaths(root, big, false);
    for (const [path, mode] of entries) {
      if (mode === '160000') {
        this.skipped.push({ path, reason: 'submodule' });
        continue;
      }
      const t = readTarget(join(root, path), path, this.skipped, { skipUnreadable: this.opts.skipUnreadable, lfs: lfs.has(path) });
      if (t) yield { ...t, mode, origin: { kind: 'tracked' } };
    }
  }
}
