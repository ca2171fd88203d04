// `scan-secrets baseline`: record the findings a repository already has, so the hook and CI
// only speak about new ones. Scans every tracked file with the repository's config (allowlists
// and inline directives apply; the baseline itself does not), then writes, refreshes, checks
// or imports.

import { existsSync } from 'node:fs';
import type { ArgumentsCamelCase } from 'yargs';
import { UsageError, ScanError } from '../errors.ts';
import { printable } from '../report/printable.ts';
import { runScan } from '../scan.ts';
import { repoRoot } from '../scanners/git.ts';
import { TrackedSource } from '../scanners/tracked.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/types.ts';
import { defaultBaselinePath, prepareScan } from '../config/setup.ts';
import { displayPath } from '../scanners/fs-path.ts';
import { readBaseline, writeBaseline, entryKey } from './file.ts';
import type { BaselineEntry } from './file.ts';
import { BaselineMatcher, secretHashes } from './match.ts';
import { importFile } from './import.ts';
import type { ScannedFinding } from './import.ts';

interface BaselineArgs {
  update: boolean;
  check: boolean;
  import?: string;
  file?: string;
  config?: string;
  reason?: string;
  by?: string;
  quiet: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeEntry(e: BaselineEntry): string {
  const what = e.sha256 ? `sha256:${e.sha256.slice(0, 12)}` : e.sha1 ? `sha1:${e.sha1.slice(0, 12)}` : 'whole file';
  return `${e.path}  ${e.rule}  ${what}${e.reason ? `  (${e.reason})` : ''}`;
}

export async function baselineCommand(argv: ArgumentsCamelCase<Record<string, unknown>>): Promise<number> {
  const args = argv as unknown as BaselineArgs;
  const modes = [args.update, args.check, args.import !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('choose one of --update, --check and --import');
  const cwd = process.cwd();
  const root = repoRoot(cwd);
  if (!root) throw new ScanError('scan-secrets baseline records the findings in tracked files, so it needs a git repository; run it inside one');

  const say = (s: string) => {
    if (!args.quiet) process.stdout.write(`${printable(s)}\n`);
  };
  const setup = await prepareScan({
    cwd, root, startDir: cwd, configFlag: args.config, baselineFlag: args.file, useBaseline: false, verbose: false, paths: 'repo',
  });
  const file = defaultBaselinePath({ cwd, root, baselineFlag: args.file }, setup.config);
  const shown = displayPath(cwd, file);
  const exists = existsSync(file);

  const source = new TrackedSource({ root, maxFileSize: setup.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
  const result = await runScan(source, setup.engine, setup.keep);
  for (const line of setup.messages()) process.stderr.write(`scan-secrets: ${printable(line)}\n`);
  const scanned: ScannedFinding[] = result.findings.map((finding) => ({ finding, path: setup.repoPath(finding.file) }));
  const meta = { ...(args.reason ? { reason: args.reason } : {}), ...(args.by ? { by: args.by } : {}) };
  const fresh = (s: ScannedFinding): BaselineEntry => ({
    rule: s.finding.ruleId,
    path: s.path,
    ...(s.finding.kind === 'secret' ? { sha256: secretHashes(s.finding.secret).sha256 } : {}),
    ...meta,
  });

  if (args.import !== undefined) {
    const imported = importFile(args.import, args.import, scanned);
    const current = exists ? readBaseline(file, shown) : [];
    const keys = new Set(current.map((e) => `${entryKey(e)}\0${e.path}`));
    const added = imported.entries.filter((e) => !keys.has(`${entryKey(e)}\0${e.path}`)).map((e) => ({ ...meta, ...e }));
    writeBaseline(file, [...current, ...added]);
    say(`scan-secrets: imported ${plural(imported.byHash + imported.byLine + imported.kept, 'entry', 'entries')} from ${args.import} (${imported.source}) into ${shown}`);
    say(`  ${imported.byHash} matched a current finding by hash, ${imported.byLine} by line (now pinned to the secret's SHA-256)`);
    if (imported.kept) {
      say(`  ${imported.kept} matched no current finding and were kept as recorded (${imported.source === 'detect-secrets' ? 'by SHA-1' : 'by file and rule'}); \`scan-secrets baseline --check\` lists them as stale, \`--update\` drops them`);
    }
    return 0;
  }

  if (!args.update && !args.check) {
    if (exists) throw new UsageError(`${shown} already exists; refresh it with: scan-secrets baseline --update`);
    const entries = scanned.map(fresh);
    writeBaseline(file, entries);
    say(`scan-secrets: wrote ${shown} with ${plural(new Set(entries.map((e) => `${entryKey(e)}\0${e.path}`)).size, 'entry', 'entries')} (${plural(result.stats.files, 'file')} scanned). Commit it; scans now report only new findings.`);
    return 0;
  }

  if (!exists) throw new UsageError(`${shown} does not exist; create it with: scan-secrets baseline`);
  const matcher = new BaselineMatcher(readBaseline(file, shown));
  const unmatched: ScannedFinding[] = [];
  const refreshed: BaselineEntry[] = [];
  for (const s of scanned) {
    const hit = matcher.match(s.finding, s.path);
    if (!hit) unmatched.push(s);
    // A matched entry is rewritten in its precise form (current path, SHA-256), keeping its notes.
    else refreshed.push({ ...fresh(s), reason: hit.reason, by: hit.by, date: hit.date, source: hit.source });
  }
  const stale = matcher.stale();

  if (args.check) {
    if (stale.length === 0) {
      say(`scan-secrets: ${shown} is current (${plural(matcher.entries.length, 'entry', 'entries')}${unmatched.length ? `; ${plural(unmatched.length, 'finding')} not in it: run a scan to see them` : ''})`);
      return 0;
    }
    process.stdout.write(`scan-secrets: ${printable(shown)} has ${plural(stale.length, 'stale entry', 'stale entries')} (no current finding matches):\n`);
    for (const e of stale) process.stdout.write(`  ${printable(describeEntry(e))}\n`);
    process.stdout.write('Remove them with: scan-secrets baseline --update\n');
    return 1;
  }

  const added = unmatched.map(fresh);
  writeBaseline(file, [...refreshed, ...added]);
  say(`scan-secrets: updated ${shown}: ${plural(stale.length, 'stale entry', 'stale entries')} dropped, ${plural(added.length, 'new finding')} added`);
  for (const e of stale) say(`  - ${describeEntry(e)}`);
  for (const s of unmatched) say(`  + ${s.finding.file}${s.finding.line ? `:${s.finding.line}` : ''}  ${s.finding.ruleId}`);
  return 0;
}
