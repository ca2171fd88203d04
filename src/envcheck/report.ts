// How env-check results are shown. Violations carry no values, so nothing here can leak one;
// the text report is for the person who must act, the JSON one is a stable contract (version 1).

import { printable } from '../report/printable.ts';
import type { Violation } from './policy.ts';

export type CheckMode = 'policy' | 'examples' | 'repo';

export interface EnvCheckResult {
  mode: CheckMode;
  /** Set for the policy mode. */
  environment?: string;
  environmentFrom?: string;
  /** What was read: files, `process environment`. */
  sources: string[];
  violations: Violation[];
  /** Notes that are not violations (e.g. nothing to check). */
  notes: string[];
}

const paint = (on: boolean) => (code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function renderEnvCheckText(r: EnvCheckResult, opts: { color: boolean; quiet?: boolean }): string {
  const c = paint(opts.color);
  const out: string[] = [];
  const errors = r.violations.filter((v) => v.severity === 'error').length;
  const warnings = r.violations.length - errors;
  for (const v of r.violations) {
    // File-level messages start with the path already.
    // File names come from the command line and the disk: printable() keeps each entry on its lines.
    const where = v.key !== undefined && v.file ? `${printable(v.file)}${v.line ? `:${v.line}` : ''}  ` : '';
    const label = v.severity === 'error' ? c('1;31', 'error  ') : c('33', 'warning');
    out.push(`${label} ${c('2', where)}${printable(v.message)} ${c('2', `[${v.rule}]`)}`);
    out.push(`        ${printable(v.fix)}`);
  }
  for (const n of r.notes) out.push(c('2', printable(n)));
  const what = r.mode === 'policy' ? `${r.environment} rules, environment from ${r.environmentFrom}` : r.mode === 'examples' ? 'template files' : `repository hygiene at ${printable(r.sources.join(', '))}`;
  const read = r.sources.length && r.mode !== 'repo' ? ` in ${printable(r.sources.join(', '))}` : '';
  if (r.violations.length) {
    if (out.length) out.push('');
    const tally = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
    out.push(errors ? c('1;31', `✖ env-check: ${tally}${read} (${what})`) : c('33', `⚠ env-check: ${tally}${read} (${what})`));
  } else if (!opts.quiet) {
    out.push(c('32', `✔ env-check: no problems${read} (${what})`));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

export function renderEnvCheckJson(r: EnvCheckResult): string {
  const errors = r.violations.filter((v) => v.severity === 'error').length;
  const doc = {
    version: 1,
    mode: r.mode,
    environment: r.environment ?? null,
    environmentFrom: r.environmentFrom ?? null,
    sources: r.sources,
    violations: r.violations.map((v) => ({
      key: v.key ?? null, rule: v.rule, severity: v.severity, message: v.message, fix: v.fix,
      file: v.file ?? null, line: v.line ?? null,
    })),
    notes: r.notes,
    summary: { errors, warnings: r.violations.length - errors },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
