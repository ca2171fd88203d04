import type { Target } from '../engine/types.ts';

export interface Skip {
  path: string;
  reason: string;
}

/** A source of targets: one per scan mode (staged, tracked, paths, stdin, history). */
export interface Source {
  /** Words for the summary line: "in staged changes", "in 120 tracked files". */
  readonly label: string;
  targets(): AsyncIterable<Target>;
  /** Files passed over, each with a reason; shown with --verbose and counted in stats. */
  readonly skipped: Skip[];
}

/** Content above this is not loaded whole (it is counted as skipped); the size rule still sees it. */
export const MAX_SCAN_BYTES = 64 * 1024 * 1024;
