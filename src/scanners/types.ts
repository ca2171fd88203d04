import type { Engine } from '../engine/engine.ts';
import type { Finding, Target } from '../engine/types.ts';
import type { Job } from '../parallel/job.ts';

export interface Skip {
  path: string;
  reason: string;
}

/** What a progress display counts, and the totals as far as the source knows them yet. */
export interface ProgressTotals {
  /** "files", "blobs" */
  unit: string;
  /** Items the scan will cover; grows while the source is still listing. */
  total?: number;
  /** Bytes those items hold, when known. */
  totalBytes?: number;
  /** True once total and totalBytes are final. */
  final?: boolean;
  /** Items done, when the source counts them itself (history: commits read); else jobs done. */
  done?: number;
}

/** A source of targets: one per scan mode (staged, tracked, paths, stdin, history). */
export interface Source {
  /** Words for the summary line: "in staged changes", "in 120 tracked files". */
  readonly label: string;
  targets(): AsyncIterable<Target>;
  /** Files passed over, each with a reason; shown with --verbose and counted in stats. */
  readonly skipped: Skip[];
  /**
   * The same work as targets(), as jobs that may run on worker threads. Sources that can be
   * large provide it; runScan prefers it.
   */
  jobs?(): AsyncIterable<Job>;
  /** Runs once over all findings, before filters (history: dedupe and attribution). */
  finalize?(findings: Finding[], engine: Engine): Promise<Finding[]>;
  /** Totals for a progress display. */
  readonly progress?: ProgressTotals;
}

/** Content above this is not loaded whole (it is counted as skipped); the size rule still sees it. */
export const MAX_SCAN_BYTES = 64 * 1024 * 1024;
