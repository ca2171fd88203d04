// Wires one scan: a source's targets through the engine, then the suppressions, into a result
// a reporter can print. No formatting here, and no knowledge of where targets came from.
import type { Engine } from './engine/engine.ts';
import { scannedSize, type Finding } from './engine/types.ts';
import type { JobResult } from './parallel/job.ts';
import type { ScanResult } from './report/types.ts';
import type { Source } from './scanners/types.ts';
import { nowMs } from './clock.ts';

/** Decides whether a finding stays (allowlists, inline directives, baseline). */
export type FindingFilter = (finding: Finding) => boolean;

/** Told how far a scan has got; a progress bar implements it. */
export interface ProgressSink {
  update(done: { items: number; bytes: number }): void;
}

export interface ScanHooks {
  progress?: ProgressSink;
  /** Worker threads allowed (default: SCAN_SECRETS_THREADS or every core). */
  threads?: number;
}

export async function runScan(source: Source, engine: Engine, keep: FindingFilter = () => true, hooks: ScanHooks = {}): Promise<ScanResult> {
  const started = nowMs();
  let findings: Finding[] = [];
  let files = 0;
  let bytes = 0;
  let threads = 1;
  if (source.jobs) {
    const { runJobs } = await import('./parallel/schedule.ts');
    // Results arrive in completion order; keep the non-empty ones by sequence to restore it.
    const done: { seq: number; result: JobResult }[] = [];
    let jobsDone = 0;
    threads = await runJobs(
      source.jobs(),
      engine,
      (seq, _job, result) => {
        jobsDone++;
        // Counted as targets() counts: a job with nothing to scan (a FIFO, a vanished file) is a
        // skip, not a file scanned.
        if (result.loaded) files++;
        bytes += result.scanned;
        if (result.findings.length || result.skipped.length) done.push({ seq, result });
        hooks.progress?.update({ items: source.progress?.done ?? jobsDone, bytes });
      },
      hooks.threads,
      () => (source.progress?.final ? source.progress.totalBytes : undefined),
    );
    done.sort((a, b) => a.seq - b.seq);
    // Loops, not push(...): a scan can skip more files than a call can take arguments.
    for (const { result } of done) {
      for (const f of result.findings) findings.push(f);
      for (const s of result.skipped) source.skipped.push(s);
    }
  } else {
    for await (const target of source.targets()) {
      files++;
      bytes += scannedSize(target);
      for (const f of engine.scan(target)) findings.push(f);
      hooks.progress?.update({ items: files, bytes });
    }
  }
  if (source.finalize) findings = await source.finalize(findings, engine);
  return {
    findings: findings.filter(keep),
    stats: { files, bytes, durationMs: nowMs() - started, skipped: source.skipped, threads },
    label: source.label,
    hints: [],
  };
}
