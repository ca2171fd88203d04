// Reads blobs through one long-lived `git cat-file --batch`, so a commit with many binary or
// re-checked files costs one process, not one per file.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitStream } from './git.ts';
import { ScanError } from '../errors.ts';

export class BlobReader {
  private proc?: { child: ChildProcessWithoutNullStreams; done: Promise<void> };
  /** Output not consumed yet, as it arrived: joined only when a read needs it (linear, not quadratic, in a blob's size). */
  private chunks: Buffer[] = [];
  private available = 0;
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
        this.chunks.push(d);
        this.available += d.length;
        this.waiting?.();
      });
      this.proc.child.stdout.on('end', () => {
        this.ended = true;
        this.waiting?.();
      });
      this.proc.done.catch(() => undefined);
    }
    this.proc.child.stdin.write(`${sha}\n`);
    const header = await this.take('line');
    const [, type, size] = header.toString('utf8').trim().split(' ');
    if (type === 'missing' || size === undefined) throw new ScanError(`git cat-file: object ${sha} is missing; is the repository corrupt? Run git fsck`);
    const n = Number(size);
    const body = await this.take(n + 1);
    return body.subarray(0, n);
  }

  /** A header line, or exactly `bytes` bytes. */
  private async take(want: 'line' | number): Promise<Buffer> {
    for (;;) {
      if (want === 'line') {
        const b = this.joined();
        const nl = b.indexOf(10);
        if (nl !== -1) return this.consume(nl + 1);
      } else if (this.available >= want) {
        return this.consume(want);
      }
      if (this.ended) throw new ScanError('git cat-file ended early; is the repository corrupt? Run git fsck');
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = undefined;
    }
  }

  private joined(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.available)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(k: number): Buffer {
    const b = this.joined();
    const rest = b.subarray(k);
    this.chunks = rest.length ? [rest] : [];
    this.available -= k;
    return b.subarray(0, k);
  }

  close(): void {
    if (this.proc) this.proc.child.stdin.end();
  }
}
