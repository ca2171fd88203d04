// Wires one scan: a source's targets through the engine, then the suppressions, into a result
// a reporter can print. No formatting here, and no knowledge of where targets came from.
import type { Engine } from './engine/engine.ts';
import type { Finding } from './engine/types.ts';
import type { ScanResult } from './report/types.ts';
import type { Source } from './scanners/types.ts';

/** Decides whether a finding stays (allowlists, inline directives, baseline). */
export type FindingFilter = (finding: Finding) => boolean;

export async function runScan(source: Source, engine: Engine, keep: FindingFilter = () => true): Promise<ScanResult> {
  const started = performance.now();
  const findings: Finding[] = [];
  let files = 0;
  let bytes = 0;
  for await (const target of source.targets()) {
    files++;
    bytes += target.content?.length ?? 0;
    for (const f of engine.scan(target)) if (keep(f)) findings.push(f);
  }
  return {
    findings,
    stats: { files, bytes, durationMs: performance.now() - started, skipped: source.skipped },
    label: source.label,
    hints: [],
  };
}
