// The scan command: chooses a source from the flags, runs it, writes the report.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { Engine } from '../engine/engine.ts';
import { allowedByDirective } from '../engine/directives.ts';
import { BASELINE_NAME, discoverConfig, startDirFor } from '../config/discover.ts';
import { diskFiles, headFiles } from '../config/files.ts';
import type { ScanSetup } from '../config/setup.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/types.ts';
import { ScanError, UsageError } from '../errors.ts';
import { runScan } from '../scan.ts';
import type { FindingFilter } from '../scan.ts';
import { bareRepoDir, hookTop, noWorkTreeMessage, repoRoot } from '../scanners/git.ts';
import type { Source } from '../scanners/types.ts';
import type { StagedLaunch } from '../scanners/staged.ts';
import type { ReportOptions, ScanResult } from '../report/types.ts';
import { printable } from '../report/printable.ts';
import { parseSize } from './size.ts';
import { inCommit, selectRules, skipReason } from './hook-mode.ts';
import { LazyProgress, wantsProgress } from './progress.ts';

export const BYPASS_HINT = 'To commit anyway, on purpose: git commit --no-verify (or SKIP=scan-secrets with pre-commit).';
const PRE_COMMIT_BYPASS_HINT = 'To commit anyway, on purpose: git commit --no-verify, or skip only this hook: SKIP=<hook id shown above> git commit';

export function scanOptions(y: Argv) {
  return y
    .positional('paths', { type: 'string', array: true, describe: 'files or folders to scan; - reads standard input' })
    .option('staged', { type: 'boolean', describe: 'scan what the next commit adds (default inside a git hook)' })
    .option('pre-commit', { type: 'boolean', describe: 'for the pre-commit framework: during a commit, what it adds to the given files; otherwise the given files in full' })
    // Not an array option: an array would swallow the file names that follow it.
    .option('rule', { type: 'string', describe: 'run only these rules (ids from `scan-secrets rules`; repeat or separate with commas)' })
    .option('all-files', { type: 'boolean', describe: 'scan every tracked file (git ls-files)' })
    .option('history', { type: 'boolean', describe: 'scan the git history: every version of every file, once (docs/history.md)' })
    .option('branch', { type: 'string', array: true, describe: 'with --history: start from these branches or revisions (default: every ref)' })
    .option('since', { type: 'string', describe: 'with --history: only commits after REV (not reachable from it) or after a DATE' })
    .option('until', { type: 'string', describe: 'with --history: only commits up to REV or DATE' })
    .option('max-commits', { type: 'number', describe: 'with --history: at most N commits, newest first' })
    .option('log-opts', { type: 'string', describe: 'with --history: more git log options, attached with =, e.g. --log-opts="--author=ana -- src/"' })
    .option('git', { type: 'boolean', default: true, describe: 'use git (--no-git: plain files, no .gitignore)' })
    .option('stdin', { type: 'boolean', hidden: true, describe: 'read standard input (spelled `-`)' })
    .option('stdin-filename', { type: 'string', describe: 'name for standard input in reports and file rules' })
    .option('format', { choices: ['text', 'json', 'sarif'] as const, default: 'text' as const, describe: 'report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE' })
    .option('redact', { type: 'boolean', default: true, describe: 'mask secrets in reports (--no-redact shows them)' })
    .option('config', { type: 'string', describe: 'config file: .scan-secrets.yaml/.json, package.json or .gitleaks.toml (default: the nearest one)' })
    .option('baseline', { type: 'string', describe: `accepted findings to ignore (default: ${BASELINE_NAME} at the repository root)` })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing when clean' })
    .option('verbose', { type: 'boolean', default: false, describe: 'list skipped files and suppressed findings' })
    .option('debug', { type: 'boolean', default: false, describe: 'timings and per-rule statistics on stderr (never secrets or file content)' })
    .option('color', { type: 'boolean', describe: 'colour output (default: when stdout is a terminal; NO_COLOR, FORCE_COLOR)' })
    .option('max-file-size', { type: 'string', describe: 'size limit for added files, e.g. 500KB, 2MB (default 500KB)' })
    .option('enforce-all', { type: 'boolean', default: false, describe: 'apply the size limit to every staged file, not only added ones' })
    .option('strict', { type: 'boolean', default: false, describe: 'also report high-entropy strings with no secret-like context' })
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
  // Names after `--` are file names even when they start with a dash (pre-commit's entries end with `--`).
  const paths = [...(args.paths ?? []), ...((args['--'] as unknown[] | undefined) ?? [])].map(String);
  const inHook = inCommit(process.env);
  const stdin = Boolean(args.stdin);
  const modes = [args.staged, args.allFiles, args.history, stdin, args.preCommit].filter(Boolean).length;
  if (modes > 1) throw new UsageError('choose one of --staged, --all-files, --history, --pre-commit and - (stdin)');
  const historyFlag = (['branch', 'since', 'until', 'maxCommits', 'logOpts'] as const).find((k) => args[k] !== undefined);
  if (historyFlag && !args.history) throw new UsageError(`--${historyFlag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} only applies to --history`);
  if (args.history && paths.length) throw new UsageError('--history scans the whole repository; to limit it to paths use --log-opts "-- PATH..."');
  if (stdin && paths.length) throw new UsageError('- (stdin) cannot be combined with other paths');
  const preCommitStaged = Boolean(args.preCommit) && inHook;
  const staged = args.staged || (!args.allFiles && !args.history && !args.preCommit && !stdin && paths.length === 0 && inHook);
  if (!staged && !args.allFiles && !args.history && !stdin && paths.length === 0 && !preCommitStaged) {
    throw new UsageError(args.preCommit
      ? 'nothing to scan: outside a commit, --pre-commit scans the files it is given (pre-commit passes them); use --all-files for every tracked file'
      : 'nothing to scan: pass PATH..., --staged, --all-files, --history, or - for standard input (see --help)');
  }
  if (staged && inHook) {
    // Outside the framework; pre-commit itself applies SKIP to each hook id.
    const why = skipReason(process.env);
    if (why) {
      process.stderr.write(`scan-secrets: skipped on purpose (${why}); nothing was scanned\n`);
      return 0;
    }
  }

  const flagSize = args.maxFileSize ? parseSize(args.maxFileSize) : undefined;
  // The hook's path: git starts before the rule library loads and before we ask git where the
  // top is, so the diff runs side by side with the rest of our start-up.
  let launched: StagedLaunch | undefined;
  if ((staged || preCommitStaged) && args.git) {
    launched = (await import('../scanners/staged.ts')).launchStagedGit(cwd, staged && paths.length ? paths : undefined);
  }
  const plan: ScanPlan = { cwd, paths, stdin, staged, preCommitStaged, flagSize, launched };
  try {
    return await scanWith(args, plan);
  } catch (e) {
    launched?.cancel();
    // In a commit, whatever stops the scan stops the commit: say so, and how to bypass on purpose.
    // (A --staged run by hand outside any repository is plainly not one.)
    if ((staged || preCommitStaged) && (inHook || plan.inRepo) && e instanceof ScanError) {
      const said = /[.!?]$/.test(e.message) ? e.message : `${e.message}.`;
      throw new ScanError(`${said} The commit was stopped because the scan could not run. ${preCommitStaged ? PRE_COMMIT_BYPASS_HINT : BYPASS_HINT}`);
    }
    throw e;
  }
}

interface ScanPlan {
  cwd: string;
  paths: string[];
  stdin: boolean;
  staged: boolean;
  preCommitStaged: boolean;
  flagSize: number | undefined;
  launched: StagedLaunch | undefined;
  /** Set once git has said where the repository is. */
  inRepo?: boolean;
}

async function scanWith(args: ScanArgs, plan: ScanPlan): Promise<number> {
  const { cwd, paths, stdin, staged, preCommitStaged, flagSize, launched } = plan;
  const debug = args.debug ? await import('./debug.ts') : undefined;
  const timer = debug && new debug.DebugTimer();
  const root = !args.git && !stdin ? undefined : staged || preCommitStaged ? hookTop(cwd) : repoRoot(cwd);
  plan.inRepo = root !== undefined;
  // History needs commits, not a work tree: a bare repository (a mirror) is scanned in place,
  // with its own folder as the top, and its config and baseline read from HEAD (loadSetup).
  const bare = args.history && args.git && !root ? bareRepoDir(cwd) : undefined;
  const setup = await loadSetup(args, cwd, root ?? bare, stdin ? [] : paths, staged || preCommitStaged || args.allFiles || args.history || stdin, flagSize, bare);
  const maxFileSize = flagSize ?? setup?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const engine = setup?.engine ?? new Engine(selectRules((await import('../rules/index.ts')).activeRules(Boolean(args.strict)), args.rule), { maxFileSize, enforceAllSizes: args.enforceAll });
  const keep: FindingFilter = setup?.keep ?? ((f) => !(f.kind === 'secret' && allowedByDirective(f)));
  if (timer) {
    engine.options.stats = new Map();
    timer.phase('rules', `${engine.contentRules.length} content rules and ${engine.fileRules.length} file rules ready${setup?.config ? ` (config ${setup.config.display})` : ''}`);
  }

  let source: Source;
  if (args.preCommit) {
    if (!args.git) throw new UsageError('--pre-commit needs git; drop --no-git');
    if (!root) throw new ScanError(noWorkTreeMessage(cwd, '--pre-commit'));
    const mod = await import('../scanners/pre-commit.ts');
    if (preCommitStaged) {
      const { StagedSource } = await import('../scanners/staged.ts');
      const all = new StagedSource({ cwd: root, maxFileSize, enforceAllSizes: args.enforceAll, launched });
      source = paths.length ? new mod.StagedFilesSource(all, new Set(paths.map((p) => mod.repoPath(root, cwd, p)))) : all;
    } else {
      source = new mod.NamedFilesSource({ top: root, cwd, paths, maxFileSize, skipUnreadable: args.skipUnreadable });
    }
  } else if (stdin) {
    const { StdinSource } = await import('../scanners/stdin.ts');
    source = new StdinSource(args.stdinFilename);
  } else if (staged || args.allFiles || args.history) {
    const mode = staged ? 'staged' : args.history ? 'history' : 'all-files';
    if (!args.git) throw new UsageError(`--${mode} needs git; drop --no-git`);
    const top = root ?? bare;
    if (!top) throw new ScanError(noWorkTreeMessage(cwd, `--${mode}`));
    if (staged) {
      const { StagedSource } = await import('../scanners/staged.ts');
      source = new StagedSource({ cwd: top, maxFileSize, enforceAllSizes: args.enforceAll, paths: paths.length ? paths : undefined, launched });
    } else if (args.history) {
      const { HistorySource } = await import('../scanners/history.ts');
      source = new HistorySource({
        cwd: top, branch: args.branch?.map(String), since: args.since, until: args.until, maxCommits: args.maxCommits, logOpts: args.logOpts,
        countCommits: wantsProgress(process.env, process.stderr),
      });
    } else {
      const { TrackedSource } = await import('../scanners/tracked.ts');
      source = new TrackedSource({ root: top, maxFileSize, skipUnreadable: args.skipUnreadable });
    }
  } else {
    const { PathSource } = await import('../scanners/paths.ts');
    source = new PathSource({ cwd, paths, useGit: args.git && root !== undefined, skipUnreadable: args.skipUnreadable });
  }

  let result: ScanResult;
  if (timer) {
    debug!.debugLog(`scanning ${source.label}`);
    timer.restart();
  }
  const progress = !staged && source.progress && wantsProgress(process.env, process.stderr) ? new LazyProgress(source.progress) : undefined;
  try {
    result = await runScan(source, engine, keep, { progress });
  } finally {
    await progress?.stop();
  }
  if (timer) {
    const { files, bytes, skipped, threads } = result.stats;
    const n = result.findings.length;
    timer.phase('scan', `${files} file${files === 1 ? '' : 's'} (${bytes} chars) on ${threads ?? 1} thread${threads === 1 ? '' : 's'}, ${skipped.length} skipped, ${n} finding${n === 1 ? '' : 's'} kept`);
    for (const line of debug!.ruleStatLines(engine.options.stats!, engine.contentRules.length)) debug!.debugLog(line);
  }
  if (staged) result.hints.push(BYPASS_HINT);
  if (preCommitStaged) result.hints.push(PRE_COMMIT_BYPASS_HINT);

  const opts: ReportOptions = {
    redact: args.redact,
    color: useColor(args.color, Boolean(args.output)),
    verbose: args.verbose,
    quiet: args.quiet,
  };
  timer?.restart();
  const report = await render(args.format, result, opts);
  if (args.output) {
    try {
      writeFileSync(args.output, report);
    } catch (e) {
      throw new ScanError(`cannot write ${args.output}: ${writeProblem(e)}; choose another --output path`);
    }
    timer?.phase('report', `${args.format}, ${report.length} chars, written to --output`);
    if (!args.quiet || result.findings.length) {
      const n = result.findings.length;
      process.stderr.write(`scan-secrets: ${n === 0 ? 'no secrets found' : `${n} problem${n === 1 ? '' : 's'} found`}; report written to ${printable(args.output)}\n`);
    }
  } else {
    timer?.phase('report', `${args.format}, ${report.length} chars`);
    if (report) process.stdout.write(report);
  }
  for (const line of setup?.messages() ?? []) process.stderr.write(`scan-secrets: ${printable(line)}\n`);
  return result.findings.length > 0 ? 1 : 0;
}

/**
 * The repository's config, allowlists and baseline, when it has any. Looking costs a few file
 * checks; the code that reads them is loaded only when one exists. `repoPaths`: the source names
 * files relative to the repository root (staged, tracked, stdin), not to the working folder.
 */
async function loadSetup(args: ScanArgs, cwd: string, root: string | undefined, paths: string[], repoPaths: boolean, maxFileSize: number | undefined, bare?: string): Promise<ScanSetup | undefined> {
  // A bare repository's settings are the files its HEAD holds: what a clone of it would read.
  const files = bare ? headFiles(bare) : diskFiles;
  const startDir = bare ?? startDirFor(cwd, paths);
  const top = root ?? cwd;
  const wanted = args.config || args.baseline || discoverConfig(startDir, top, files) || files.exists(join(top, BASELINE_NAME));
  if (!wanted) return undefined;
  const { prepareScan } = await import('../config/setup.ts');
  return prepareScan({
    cwd, root, startDir, configFlag: args.config, baselineFlag: args.baseline, useBaseline: true, verbose: args.verbose,
    paths: repoPaths ? 'repo' : 'cwd', maxFileSize, enforceAllSizes: args.enforceAll, strict: Boolean(args.strict), files,
    pick: (rules) => selectRules(rules, args.rule),
  });
}

async function render(format: 'text' | 'json' | 'sarif', result: ScanResult, opts: ReportOptions): Promise<string> {
  if (format === 'json') return (await import('../report/json.ts')).renderJson(result, opts);
  if (format === 'sarif') return (await import('../report/sarif.ts')).renderSarif(result, opts);
  return (await import('../report/text.ts')).renderText(result, opts);
}

function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (e as Error).message.replace(/^[A-Z]+: /, '');
}
