// The text report, written for the person who must act: what, where, what to do, and how to
// mark a false positive. Grouped by file; a summary line ends it.
import type { Finding } from '../engine/types.ts';
import { printable } from './printable.ts';
import { redact } from './redact.ts';
import type { ReportOptions, ScanResult } from './types.ts';

const paint = (on: boolean) => (code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function renderText(result: ScanResult, opts: ReportOptions): string {
  const c = paint(opts.color);
  const out: string[] = [];
  const { findings, stats } = result;
  const secrets = findings.filter((f) => f.kind === 'secret').length;
  const files = findings.length - secrets;

  if (findings.length > 0) {
    const what = [secrets ? plural(secrets, 'secret') : '', files ? plural(files, 'blocked file') : ''].filter(Boolean).join(' and ');
    out.push(c('1;31', `scan-secrets: ${what} ${result.label}`), '');
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    const explained = new Set<string>();
    for (const list of byFile.values()) {
      for (const f of list) {
        // Names, authors and custom rules' words come from the repository: printable() keeps
        // each finding on its line and keeps their escape sequences off the terminal.
        const where = printable(f.line === null ? f.file : `${f.file}:${f.line}:${f.column}`);
        const shown = printable(f.kind === 'file' ? (f.message ?? '') : opts.redact ? redact(f.secret) : f.secret);
        const still = f.stillPresent === undefined ? '' : f.stillPresent ? '; still in HEAD' : '; since removed';
        const commit = f.origin.commit ? c('2', printable(`  (${f.stillPresent !== undefined ? 'first in ' : ''}commit ${f.origin.commit.slice(0, 12)}${f.origin.author ? ` by ${f.origin.author}` : ''}${f.origin.date ? `, ${f.origin.date.slice(0, 10)}` : ''}${still})`)) : '';
        out.push(`  ${c('1', where)}  ${c('33', printable(f.ruleId))}  ${printable(f.title)}  ${c('36', shown)}${commit}`);
        if (!explained.has(f.ruleId) && f.remediation) {
          explained.add(f.ruleId);
          out.push(`    ${printable(f.remediation.replace(/<file>/g, f.file))}`);
        }
      }
      out.push('');
    }
    if (secrets) out.push(c('2', 'False positive? Add `scan-secrets:allow` in a comment on the line, or record it with `scan-secrets baseline`.'));
    for (const h of result.hints) out.push(c('2', h));
  }

  if (opts.verbose && stats.threads !== undefined && stats.threads > 1) out.push(c('2', `Scanned on ${stats.threads} worker threads.`));
  if (opts.verbose && stats.skipped.length) {
    out.push(c('2', `Skipped ${plural(stats.skipped.length, 'file')}:`));
    for (const s of stats.skipped) out.push(c('2', `  ${printable(`${s.path}: ${s.reason}`)}`));
  }

  const scanned = `${plural(stats.files, 'file')} scanned in ${Math.round(stats.durationMs)} ms${stats.skipped.length ? `, ${stats.skipped.length} skipped` : ''}`;
  if (findings.length > 0) out.push(c('1;31', `✖ ${plural(findings.length, 'problem')} in ${plural(new Set(findings.map((f) => f.file)).size, 'file')} (${scanned})`));
  else if (!opts.quiet) out.push(c('32', `✔ no secrets found ${result.label} (${scanned})`));
  return out.length ? `${out.join('\n')}\n` : '';
}
