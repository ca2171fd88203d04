// The scan command: chooses a source from the flags, runs it, writes the report.

import { writeFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { Engine } from '../engine/engine.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/types.ts';
import { ScanError, UsageError } from '../errors.ts';
import { builtinRules } from '../rules/index.ts';
import { runScan } from '../scan.ts';
import { repoRoot } from '../scanners/git.ts';
import type { Source } from '../scanners/types.ts';
import type { ReportOptions, ScanResult } from '../report/types.ts';
import { parseSize } from './size.ts';
import { LazyProgress, wantsProgress } from './progress.ts';

export const BYPASS_HINT = 'To commit anyway, on purpose: git commit --no-verify (or SKIP=scan-secrets with pre-commit).';

export function scanOptions(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, describe: 'files or folders to scan; - reads standard input' })
    .option('staged', { type: 'boolean', describe: 'scan what the next commit adds (default inside a git hook)' })
    .option('all-files', { type: 'boolean', describe: 'scan every tracked file (git ls-files)' })
    .option('history', { type: 'boolean', describe: 'scan the git history: every version of every file, once (docs/history.md)' })
    .option('branch', { type: 'string', array: true, describe: 'with --history: start from these branches or revisions (default: every ref)' })
    .option('since', { type: 'string', describe: 'with --history: only commits after REV (not reachable from it) or after a DATE' })
    .option('until', { type: 'string', describe: 'with --history: only commits up to REV or DATE' })
    .option('max-commits', { type: 'number', describe: 'with --history: at most N commits, newest first' })
    .option('log-opts', { type: 'string', describe: 'with --history: more git log options, attached with =, e.g. --log-opts="--author=ana -- src/"' })
    .option('git', { type: 'boolean', default: true, describe: 'use git (--no-git: plain files, no .gitignore)' })
    .option('stdin-filename', { type: 'string', describe: 'name for standard input in reports and file rules' })
    .option('format', { choices: ['text', 'json', 'sarif'] as const, default: 'text' as const, describe: 'report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE' })
    .option('redact', { type: 'boolean', default: true, describe: 'mask secrets in reports (--no-redact shows them)' })
    .option('config', { type: 'string', describe: 'config file (default: discovered)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing when clean' })
    .option('verbose', { type: 'boolean', default: false, describe: 'list skipped files and suppressed findings' })
    .option('color', { type: 'boolean', describe: 'colour output (default: when stdout is a terminal; NO_COLOR, FORCE_COLOR)' })
    .option('max-file-size', { type: 'string', describe: 'size limit for added files, e.g. 500KB, 2MB (default 500KB)' })
    .option('enforce-all', { type: 'boolean', default: false, describe: 'apply the size limit to every staged file, not only added ones' })
    .option('skip-unreadable', { type: 'boolean', default: false, describe: 'skip files that cannot be read instead of failing' });
}

type ScanArgs = Awaited<ReturnType<ReturnType<typeof scanOptions>['parseAsync']>>;

export function useColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  return process.stdout.isTTY === true;
}

export async function runScanCommand(args: ScanArgs): Promise<number> {
  const cwd = process.cwd();
  const paths = (args.paths ?? []).map(String);
  const inHook = process.env.GIT_INDEX_FILE !== undefined;
  const stdin = paths.length === 1 && paths[0] === '-';
  const modes = [args.staged, args.allFiles, args.history, stdin].filter(Boolean).length;
  if (modes > 1) throw new UsageError('choose one of --staged, --all-files, --history and - (stdin)');
  const historyFlag = (['branch', 'since', 'until', 'maxCommits', 'logOpts'] as const).find((k) => args[k] !== undefined);
  if (historyFlag && !args.history) throw new UsageError(`--${historyFlag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} only applies to --history`);
  if (args.history && paths.length) throw new UsageError('--history scans the whole repository; to limit it to paths use --log-opts "-- PATH..."');
  if (paths.includes('-') && !stdin) throw new UsageError('- (stdin) cannot be combined with other paths');
  const staged = args.staged || (!args.allFiles && !args.history && paths.length === 0 && inHook);
  if (!staged && !args.allFiles && !args.history && paths.length === 0) {
    throw new UsageError('nothing to scan: pass PATH..., --staged, --all-files, --history, or - for standard input (see --help)');
  }

  const maxFileSize = args.maxFileSize ? parseSize(args.maxFileSize) : DEFAULT_MAX_FILE_SIZE;

  let source: Source;
  if (stdin) {
    const { StdinSource } = await import('../scanners/stdin.ts');
    source = new StdinSource(args.stdinFilename);
  } else if (staged || args.allFiles || args.history) {
    const mode = staged ? 'staged' : args.history ? 'history' : 'all-files';
    if (!args.git) throw new UsageError(`--${mode} needs git; drop --no-git`);
    const root = staged ? cwd : repoRoot(cwd);
    if (!root) {
      throw new ScanError(`not inside a git repository, so --${mode} has nothing to read; scan plain files with: scan-secrets --no-git PATH...`);
    }
    if (staged) {
      // No git call here: the staged source starts its own now, to run while the engine is
      // built (it reports "not inside a git repository" itself).
      const { StagedSource } = await import('../scanners/staged.ts');
      const s = new StagedSource({ cwd, maxFileSize, paths: paths.length ? paths : undefined });
      s.start();
      source = s;
    } else if (args.history) {
      const { HistorySource } = await import('../scanners/history.ts');
      source = new HistorySource({
        cwd: root, branch: args.branch?.map(String), since: args.since, until: args.until, maxCommits: args.maxCommits, logOpts: args.logOpts,
        countCommits: wantsProgress(process.env, process.stderr),
      });
    } else {
      const { TrackedSource } = await import('../scanners/tracked.ts');
      source = new TrackedSource({ root, maxFileSize, skipUnreadable: args.skipUnreadable });
    }
  } else {
    const { PathSource } = await import('../scanners/paths.ts');
    source = new PathSource({ cwd, paths, useGit: args.git && repoRoot(cwd) !== undefined, skipUnreadable: args.skipUnreadable });
  }

  const engine = new Engine(builtinRules, { maxFileSize, enforceAllSizes: args.enforceAll });
  let result: ScanResult;
  const progress = !staged && source.progress && wantsProgress(process.env, process.stderr) ? new LazyProgress(source.progress) : undefined;
  try {
    result = await runScan(source, engine, undefined, { progress });
  } catch (e) {
    if (staged && e instanceof ScanError && !(e instanceof UsageError)) throw new ScanError(`${e.message}. The commit was stopped because the scan could not run. ${BYPASS_HINT}`);
    throw e;
  } finally {
    await progress?.stop();
  }
  if (staged) result.hints.push(BYPASS_HINT);

  const opts: ReportOptions = {
    redact: args.redact,
    color: useColor(args.color, Boolean(args.output)),
    verbose: args.verbose,
    quiet: args.quiet,
  };
  const report = await render(args.format, result, opts);
  if (args.output) {
    try {
      writeFileSync(args.output, report);
    } catch (e) {
      throw new ScanError(`cannot write ${args.output}: ${(e as Error).message.replace(/^[A-Z]+: /, '')}`);
    }
    if (!args.quiet || result.findings.length) {
      const n = result.findings.length;
      process.stderr.write(`scan-secrets: ${n === 0 ? 'no secrets found' : `${n} problem${n === 1 ? '' : 's'} found`}; report written to ${args.output}\n`);
    }
  } else if (report) {
    process.stdout.write(report);
  }
  return result.findings.length > 0 ? 1 : 0;
}

async function render(format: 'text' | 'json' | 'sarif', result: ScanResult, opts: ReportOptions): Promise<string> {
  if (format === 'json') return (await import('../report/json.ts')).renderJson(result, opts);
  if (format === 'sarif') return (await import('../report/sarif.ts')).renderSarif(result, opts);
  return (await import('../report/text.ts')).renderText(result, opts);
}
