import type { Finding } from '../engine/types.ts';
import type { Skip } from '../scanners/types.ts';

export interface ScanStats {
  files: number;
  bytes: number;
  durationMs: number;
  skipped: Skip[];
  /** Threads that scanned (1: the main thread alone). */
  threads?: number;
}

/** Everything a reporter needs; reporters know nothing of how the findings were made. */
export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  /** "in staged changes", "in tracked files", ... */
  label: string;
  /** Extra lines for the person, e.g. how to bypass a hook on purpose. */
  hints: string[];
}

export interface ReportOptions {
  redact: boolean;
  color: boolean;
  verbose: boolean;
  quiet: boolean;
}
