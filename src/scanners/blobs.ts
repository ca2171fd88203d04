// Reads blobs through one long-lived `git cat-file --batch`, so a commit with many binary or
// re-checked files costs one process, not one per file.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitStream } from './git.ts';
import { ScanError } from '../errors.ts';

export class BlobReader {
  private proc?: { child: ChildProcessWithoutNullStreams; done: Promise<void> };
  private buffered: Buffer = Buffer.alloc(0);
  private waiting?: () => void;
  private ended = false;

  constructor(private readonly cwd: string) {}

  /** Sizes of many objects in one `--batch-check` call. */
  async sizes(shas: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (shas.length === 0) return out;
    const { child, done } = gitStream(['cat-file', '--batch-check'], { cwd: this.cwd, input: `${[...new Set(shas)].join('\n')}\n` });
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => (text += d));
    await done;
    for (const line of text.split('\n')) {
      const [sha, type, size] = line.split(' ');
      if (type && type !== 'missing') out.set(sha, Number(size));
    }
    return out;
  }

  async read(sha: string): Promise<Buffer> {
    if (!this.proc) {
      this.proc = gitStream(['cat-file', '--batch'], { cwd: this.cwd });
      this.proc.child.stdout.on('data', (d: Buffer) => {
        this.buffered = this.buffered.length ? Buffer.concat([this.buffered, d]) : d;
        this.waiting?.();
      });
      this.proc.child.stdout.on('end', () => {
        this.ended = true;
        this.waiting?.();
      });
      this.proc.done.catch(() => undefined);
    }
    this.proc.child.stdin.write(`${sha}\n`);
    const header = await this.take((b) => {
      const nl = b.indexOf(10);
      return nl === -1 ? -1 : nl + 1;
    });
    const [, type, size] = header.toString('utf8').trim().split(' ');
    if (type === 'missing' || size === undefined) throw new ScanError(`git cat-file: object ${sha} is missing; is the repository corrupt? Run git fsck`);
    const n = Number(size);
    const body = await this.take((b) => (b.length >= n + 1 ? n + 1 : -1));
    return body.subarray(0, n);
  }

  private async take(need: (b: Buffer) => number): Promise<Buffer> {
    for (;;) {
      const k = need(this.buffered);
      if (k !== -1) {
        const out = this.buffered.subarray(0, k);
        this.buffered = this.buffered.subarray(k);
        return out;
      }
      if (this.ended) throw new ScanError('git cat-file ended early; is the repository corrupt? Run git fsck');
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = undefined;
    }
  }

  close(): void {
    if (this.proc) this.proc.child.stdin.end();
  }
}
