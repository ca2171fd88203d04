// `--history`: every distinct blob the chosen commits hold, each scanned once.
//
//   git rev-list --objects <scope>  ->  git cat-file --batch-check  ->  (filter by size/name)
//                                   ->  git cat-file --batch        ->  jobs (worker threads)
//
// A blob is content: the same file in a hundred commits, on three branches, renamed twice or
// brought in by a merge is one blob, read and scanned once. Sizes come from --batch-check, so
// blobs over the limit are skipped without being read. Everything streams with backpressure;
// nothing holds the list of objects. Which commit introduced a blob, and whether it is still
// at HEAD, is worked out afterwards for the few blobs that have findings (provenance.ts).
// docs/history.md explains the choice against `git log -p`, with measurements.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Engine } from '../engine/engine.ts';
import type { Finding, Target } from '../engine/types.ts';
import { ScanError } from '../errors.ts';
import { loadJob, type Job } from '../parallel/job.ts';
import { gitStream } from './git.ts';
import { resolveScope, type Scope, type ScopeOptions } from './history-scope.ts';
import { attribute } from './provenance.ts';
import type { ProgressTotals, Skip, Source } from './types.ts';
import { MAX_SCAN_BYTES } from './types.ts';

export interface HistoryOptions extends ScopeOptions {
  /** Repository top. */
  cwd: string;
}

/** Formats whose content is never text: skipped by name, unread, like git's own binary rules would. */
const BINARY_EXT = new Set(
  `png jpg jpeg gif bmp ico icns webp tif tiff psd xcf heic avif woff woff2 ttf otf eot zip gz tgz bz2 xz
  zst 7z rar jar war ear aar apk ipa dmg iso so dll dylib exe o a lib obj class pyc pyo wasm mp3 mp4 m4a wav
  ogg oga flac aac avi mov mkv webm wmv flv`.split(/\s+/),
);

export function binaryByName(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') && BINARY_EXT.has(path.slice(dot + 1).toLowerCase());
}

interface Pending {
  sha: string;
  size: number;
  path: string;
}

export class HistorySource implements Source {
  readonly skipped: Skip[] = [];
  readonly progress: ProgressTotals = { unit: 'blobs', total: 0, totalBytes: 0 };
  commits = 0;
  blobs = 0;
  private scope?: Scope;
  /** Commits whose content the scope leaves out, when a limit cuts the walk (history-scope.ts). */
  private boundary: string[] = [];

  constructor(private readonly opts: HistoryOptions) {}

  get label(): string {
    return `in git history (${this.commits} commit${this.commits === 1 ? '' : 's'}, ${this.blobs} file version${this.blobs === 1 ? '' : 's'})`;
  }

  async *jobs(): AsyncIterable<Job> {
    const { cwd } = this.opts;
    this.scope = resolveScope(cwd, this.opts);
    if (this.scope.limited) this.boundary = await findBoundary(cwd, this.scope);
    const scope = this.scope;

    const procs: { name: string; child: ChildProcessWithoutNullStreams; done: Promise<void> }[] = [];
    const failures: Error[] = [];
    const start = (name: string, args: string[], input?: string) => {
      const p = gitStream(args, { cwd, input });
      p.done.catch((e: Error) => failures.push(e));
      procs.push({ name, ...p });
      return p.child;
    };

    try {
      const list = start('rev-list', ['rev-list', '--objects', ...(this.boundary.length ? ['--stdin'] : []), ...scope.revArgs, '--', ...scope.paths],
        this.boundary.length ? this.boundary.map((b) => `^${b}\n`).join('') : undefined);
      if (!this.boundary.length) list.stdin.end();
      const check = start('cat-file', ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize) %(rest)']);
      const read = start('cat-file', ['cat-file', '--batch']);
      list.stdout.pipe(check.stdin);

      // Blobs asked of `cat-file --batch`, in order; its answers come back in the same order.
      const queue: Pending[] = [];
      let head = 0;
      this.feed(check, read, queue);

      let header = '';
      let body: Uint8Array | undefined;
      let filled = 0;
      let current: Pending | undefined;
      let needLf = false;
      for await (const chunk of read.stdout as AsyncIterable<Buffer>) {
        const ready: Job[] = [];
        let i = 0;
        while (i < chunk.length) {
          if (needLf) {
            needLf = false;
            i++; // the newline after each object
            continue;
          }
          if (body && current) {
            const n = Math.min(chunk.length - i, body.length - filled);
            body.set(chunk.subarray(i, i + n), filled);
            filled += n;
            i += n;
            if (filled === body.length) {
              ready.push({ kind: 'bytes', path: current.path, bytes: body, origin: { kind: 'commit', blob: current.sha } });
              body = undefined;
              needLf = true;
            }
            continue;
          }
          const nl = chunk.indexOf(10, i);
          if (nl === -1) {
            header += chunk.toString('latin1', i);
            break;
          }
          header += chunk.toString('latin1', i, nl);
          i = nl + 1;
          const [sha, type, size] = header.split(' ');
          header = '';
          current = queue[head];
          queue[head++] = undefined as unknown as Pending;
          if (head > 4096) {
            queue.splice(0, head);
            head = 0;
          }
          if (!current || sha !== current.sha || type !== 'blob') {
            throw new ScanError(`git cat-file: object ${sha} is ${type ?? 'missing'}; is the repository corrupt? Run git fsck`);
          }
          body = new Uint8Array(Number(size));
          filled = 0;
          if (body.length === 0) {
            ready.push({ kind: 'bytes', path: current.path, bytes: body, origin: { kind: 'commit', blob: current.sha } });
            body = undefined;
            needLf = true;
          }
        }
        for (const job of ready) {
          this.blobs++;
          yield job;
        }
      }
      await Promise.allSettled(procs.map((p) => p.done));
      if (failures.length) throw failures[0];
      if (head < queue.length) throw new ScanError('git cat-file ended early; is the repository corrupt? Run git fsck');
      this.progress.final = true;
    } finally {
      for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill();
    }
  }

  /**
   * Reads `--batch-check` lines and asks `--batch` for the blobs worth reading, pausing
   * when `--batch` stops taking requests (its output is not being read fast enough).
   */
  private feed(check: ChildProcessWithoutNullStreams, read: ChildProcessWithoutNullStreams, queue: Pending[]): void {
    let rest = '';
    const totals = this.progress;
    check.stdout.setEncoding('utf8');
    check.stdout.on('data', (text: string) => {
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      let out = '';
      for (const line of lines) {
        const a = line.indexOf(' ');
        const b = line.indexOf(' ', a + 1);
        const type = line.slice(a + 1, b);
        if (type === 'commit') {
          this.commits++;
          continue;
        }
        if (type !== 'blob') continue;
        const c = line.indexOf(' ', b + 1);
        const sha = line.slice(0, a);
        const size = Number(line.slice(b + 1, c === -1 ? undefined : c));
        const path = c === -1 ? sha : line.slice(c + 1);
        if (size > MAX_SCAN_BYTES) {
          this.skipped.push({ path, reason: `over ${MAX_SCAN_BYTES / 1048576} MB (blob ${sha.slice(0, 12)})` });
          continue;
        }
        if (binaryByName(path)) {
          this.skipped.push({ path, reason: `binary by name (blob ${sha.slice(0, 12)})` });
          continue;
        }
        queue.push({ sha, size, path });
        totals.total = (totals.total ?? 0) + 1;
        totals.totalBytes = (totals.totalBytes ?? 0) + size;
        out += `${sha}\n`;
      }
      if (out && !read.stdin.write(out)) {
        check.stdout.pause();
        read.stdin.once('drain', () => check.stdout.resume());
      }
    });
    check.stdout.on('end', () => read.stdin.end());
    // A reader that exits early (an error) must not crash us with EPIPE; its exit code tells.
    read.stdin.on('error', () => undefined);
    check.stdin.on('error', () => undefined);
  }

  async *targets(): AsyncIterable<Target> {
    for await (const job of this.jobs()) {
      const t = loadJob(job, this.skipped);
      if (t) yield t;
    }
  }

  /** One finding per secret: where it first came in, and whether HEAD still has it. */
  async finalize(findings: Finding[], engine: Engine): Promise<Finding[]> {
    if (findings.length === 0 || !this.scope) return findings;
    return attribute(this.opts.cwd, this.scope, this.boundary, findings, engine);
  }
}

/**
 * Parents of the commits in a limited scope that lie outside it. Walking from the scope's tips
 * but not from these lists exactly the content new in the window.
 */
async function findBoundary(cwd: string, scope: Scope): Promise<string[]> {
  const { child, done } = gitStream(['rev-list', '--parents', ...scope.revArgs, '--', ...scope.paths], { cwd });
  child.stdin.end();
  const inside = new Set<string>();
  const parents = new Set<string>();
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const ids = line.split(' ');
      inside.add(ids[0]);
      for (let k = 1; k < ids.length; k++) parents.add(ids[k]);
    }
  });
  await done;
  return [...parents].filter((p) => !inside.has(p));
}
