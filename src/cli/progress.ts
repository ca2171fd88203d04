// Progress for long scans: a bar on stderr, only for a person watching a terminal. Nothing is
// loaded until a scan has run for a second, so short scans (every hook run) pay nothing.

import type { ProgressSink } from '../scan.ts';
import type { ProgressTotals } from '../scanners/types.ts';
import { nowMs } from '../clock.ts';

export interface ProgressState {
  items: number;
  bytes: number;
  totals: ProgressTotals;
  elapsedMs: number;
}

export interface BarHandle {
  update(state: ProgressState): void;
  stop(): void;
}

/** A terminal to draw on: stderr is a TTY, not CI, not a dumb terminal. */
export function wantsProgress(env: NodeJS.ProcessEnv, stderr: { isTTY?: boolean }): boolean {
  if (!stderr.isTTY) return false;
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  return env.TERM !== 'dumb';
}

export class LazyProgress implements ProgressSink {
  private readonly started = nowMs();
  private bar?: BarHandle;
  private loading?: Promise<void>;
  private stopped = false;
  private last?: { items: number; bytes: number };
  private lastDraw = 0;

  constructor(
    private readonly totals: ProgressTotals,
    /** ms before the bar appears (SCAN_SECRETS_PROGRESS_DELAY_MS overrides, for tests) */
    private readonly delayMs = Number(process.env.SCAN_SECRETS_PROGRESS_DELAY_MS ?? 1000),
  ) {}

  update(done: { items: number; bytes: number }): void {
    this.last = done;
    const now = nowMs();
    if (!this.bar) {
      if (!this.loading && now - this.started >= this.delayMs) {
        this.loading = import('./progress-bar.ts')
          .then((m) => {
            if (this.stopped) return;
            this.bar = m.startBar(process.stderr);
            this.draw(nowMs());
          })
          .catch(() => undefined); // a bar that cannot load is not worth failing a scan
      }
      return;
    }
    if (now - this.lastDraw >= 100) this.draw(now);
  }

  /** Draws the final state once (a bar that was due still shows) and clears the line. */
  async stop(): Promise<void> {
    await this.loading;
    this.stopped = true;
    if (this.bar) {
      this.draw(nowMs());
      this.bar.stop();
    }
  }

  private draw(now: number): void {
    if (!this.bar || !this.last) return;
    this.lastDraw = now;
    this.bar.update({ ...this.last, totals: this.totals, elapsedMs: now - this.started });
  }
}
