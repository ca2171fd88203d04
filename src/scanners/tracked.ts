// Every tracked file (`--all-files`): the list from `git ls-files -z`, the content from the
// work tree, which is what CI checks out and what pre-commit's --all-files looks at. Files are
// handed out as jobs, so a large tree is read and scanned on worker threads.

import { statSync } from 'node:fs';
import type { Target } from '../engine/types.ts';
import { loadJob, type Job } from '../parallel/job.ts';
import { jobPath, joinBytes, pathKey, type FsPath } from './fs-path.ts';
import { git, splitRecords } from './git.ts';
import { lfsNames } from './lfs.ts';
import { TreeGuard } from './tree-guard.ts';
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
    const guard = new TreeGuard(root);
    // Keyed by the raw name: two names that are not UTF-8 can decode to the same string.
    const entries = new Map<string, { path: string; name: Buffer; mode: string; abs: FsPath; linked?: string; size?: number }>();
    for (const rec of splitRecords(git(['ls-files', '-z', '-s'], { cwd: root }))) {
      const name = rec.subarray(rec.indexOf(0x09) + 1);
      // A name that is not UTF-8 is opened by its bytes: decoded, it would name no file at all.
      entries.set(pathKey(name), {
        path: name.toString('utf8'), name, mode: rec.toString('latin1', 0, rec.indexOf(0x20)), abs: joinBytes(root, name), linked: guard.linkedFolder(name),
      });
    }
    const big: Buffer[] = [];
    let totalBytes = 0;
    for (const e of entries.values()) {
      if (e.mode === '160000' || e.linked !== undefined) continue;
      try {
        e.size = statSync(e.abs).size;
        totalBytes += e.size;
        if (e.size > this.opts.maxFileSize) big.push(e.name);
      } catch {
        // missing or unreadable: reading it reports why
      }
    }
    Object.assign(this.progress, { total: entries.size, totalBytes, final: true });
    const lfs = lfsNames(root, big, false);
    for (const [key, { path, mode, abs, linked, size }] of entries) {
      if (mode === '160000') {
        this.skipped.push({ path, reason: 'submodule' });
        continue;
      }
      if (linked !== undefined) {
        this.skipped.push({ path, reason: `inside ${linked}, which is a symlink in the work tree (not followed)` });
        continue;
      }
      yield {
        kind: 'file', abs: jobPath(abs), path, size, mode, lfs: lfs.has(key),
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
