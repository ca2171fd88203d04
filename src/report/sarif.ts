// SARIF 2.1.0, as GitHub code scanning accepts it: one rules[] entry per rule used, 1-based
// regions, and line-independent partialFingerprints so alerts survive edits above them.
import type { Finding, Severity } from '../engine/types.ts';
import { INFO_URI, TOOL_NAME, VERSION } from '../version.ts';
import { fingerprint, sha256 } from './fingerprint.ts';
import { redact } from './redact.ts';
import type { ReportOptions, ScanResult } from './types.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note',
};
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function renderSarif(result: ScanResult, opts: ReportOptions): string {
  const used = new Map<string, Finding>();
  for (const f of result.findings) if (!used.has(f.ruleId)) used.set(f.ruleId, f);
  const ruleIds = [...used.keys()].sort();
  const rules = ruleIds.map((id) => {
    const f = used.get(id)!;
    return {
      id,
      name: f.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: f.title },
      fullDescription: { text: f.kind === 'file' ? `${f.title}: a file that must not be committed.` : `${f.title} committed to the repository.` },
      help: { text: f.remediation ?? 'Remove it, then revoke and rotate it.' },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: ['security', 'secret'], 'security-severity': SECURITY_SEVERITY[f.severity], precision: 'high' },
    };
  });
  const results = result.findings.map((f) => {
    const where = f.line === null
      ? { startLine: 1 }
      : { startLine: f.line, startColumn: f.column ?? 1, endLine: f.endLine ?? f.line, endColumn: f.endColumn ?? (f.column ?? 1) + 1 };
    const what = f.kind === 'file' ? `${f.title}: ${f.message ?? ''}`.trim() : `${f.title}: ${opts.redact ? redact(f.secret) : f.secret}`;
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${what}. ${f.remediation ?? ''}`.trim() },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.file), uriBaseId: '%SRCROOT%' }, region: where } }],
      partialFingerprints: { 'scanSecrets/v1': sha256(fingerprint(f)) },
      properties: {
        confidence: f.confidence,
        ...(f.origin.commit ? { commit: f.origin.commit, author: f.origin.author, date: f.origin.date } : {}),
        ...(f.stillPresent !== undefined ? { stillPresent: f.stillPresent } : {}),
      },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: INFO_URI, rules } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
