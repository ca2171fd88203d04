// Object sizes, one at a time, from one long-lived `git cat-file --batch-check`: asking before
// reading is how a blob over the limit is skipped without being read.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { ScanError } from '../errors.ts';
import { gitStream } from './git.ts';

export class SizeReader {
  private proc?: ChildProcessWithoutNullStreams;
  private text = '';
  private waiting?: () => void;
  private ended = false;

  constructor(private readonly cwd: string) {}

  /** Size in bytes, or undefined when the object does not exist. */
  async size(object: string): Promise<number | undefined> {
    if (!this.proc) {
      const { child, done } = gitStream(['cat-file', '--batch-check'], { cwd: this.cwd });
      done.catch(() => undefined);
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        this.text += d;
        this.waiting?.();
      });
      child.stdout.on('end', () => {
        this.ended = true;
        this.waiting?.();
      });
      child.stdin.on('error', () => undefined);
      this.proc = child;
    }
    this.proc.stdin.write(`${object}\n`);
    for (;;) {
      const nl = this.text.indexOf('\n');
      if (nl !== -1) {
        const line = this.text.slice(0, nl);
        this.text = this.text.slice(nl + 1);
        if (line.endsWith(' missing') || line.endsWith(' ambiguous')) return undefined;
        const size = Number(line.slice(line.lastIndexOf(' ') + 1));
        return Number.isFinite(size) ? size : undefined;
      }
      if (this.ended) throw new ScanError('git cat-file ended early; is the repository corrupt? Run git fsck');
      await new Promise<void>((r) => (this.waiting = r));
      this.waiting = undefined;
    }
  }

  close(): void {
    this.proc?.stdin.end();
  }
}
