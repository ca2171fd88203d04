// The JSON report: a stable, documented contract (README "JSON output"). Version 1.
import type { Finding } from '../engine/types.ts';
import { TOOL_NAME, VERSION } from '../version.ts';
import { fingerprint } from './fingerprint.ts';
import { redact } from './redact.ts';
import type { ReportOptions, ScanResult } from './types.ts';

export function jsonFinding(f: Finding, opts: Pick<ReportOptions, 'redact'>) {
  return {
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    confidence: f.confidence,
    kind: f.kind,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: f.kind === 'file' ? null : opts.redact ? redact(f.secret) : f.secret,
    fingerprint: fingerprint(f),
    ...(f.message ? { message: f.message } : {}),
    ...(f.remediation ? { remediation: f.remediation } : {}),
    ...(f.origin.commit ? { commit: f.origin.commit, author: f.origin.author, date: f.origin.date } : {}),
    ...(f.stillPresent !== undefined ? { stillPresent: f.stillPresent } : {}),
  };
}

export function renderJson(result: ScanResult, opts: ReportOptions): string {
  const doc = {
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    findings: result.findings.map((f) => jsonFinding(f, opts)),
    stats: {
      files: result.stats.files,
      bytes: result.stats.bytes,
      durationMs: Math.round(result.stats.durationMs),
      skipped: result.stats.skipped.length,
      ...(result.stats.threads !== undefined ? { threads: result.stats.threads } : {}),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
