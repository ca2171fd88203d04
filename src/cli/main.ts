// The command line: maps argv to a request, runs it, maps the outcome to an exit code
// (0 clean, 1 findings, 2 usage/config/runtime error). Each command loads its code lazily,
// so a pre-commit run pays only for the scan; a plain scan command line does not even load
// yargs (fast-args.ts), which is most of the start-up otherwise.

import type { Argv } from 'yargs';
import { UsageError } from '../errors.ts';
import { printable } from '../report/printable.ts';
import { VERSION } from '../version.ts';
import { scanOptions, runScanCommand } from './scan-command.ts';
import { commands } from './commands/index.ts';
import { fastScanArgs } from './fast-args.ts';
import { run as runCommandLine } from './run.ts';

export async function main(argv: string[]): Promise<number> {
  const fast = fastScanArgs(argv, scanOptions, commands.map((c) => c.command.split(' ')[0]));
  if (fast) return runScanCommand(fast as Parameters<typeof runScanCommand>[0]);
  const { default: yargs } = await import('yargs');
  let exitCode = 0;
  // yargs drops a bare `-`; it means standard input, so pass it on as a flag.
  const dashdash = argv.indexOf('--');
  const args = argv.map((a, i) => (a === '-' && (dashdash === -1 || i < dashdash) ? '--stdin' : a));
  const parser: Argv = yargs(args)
    .scriptName('scan-secrets')
    .usage('Usage: scan-secrets [options] [PATH...]\n\nFinds credentials before they reach git: staged changes, tracked files, paths, stdin.')
    .command(
      '$0 [paths..]',
      'scan for secrets (staged changes inside a git hook)',
      (y) => scanOptions(y),
      async (args) => {
        rejectRepeats(args as Record<string, unknown>);
        exitCode = await runScanCommand(args);
      },
    )
    .strictOptions()
    // Keep what follows `--` as strings in argv['--'], so file names like `-x` or `007` survive.
    .parserConfiguration({ 'populate--': true })
    .version(VERSION)
    .alias('h', 'help')
    .alias('v', 'version')
    .example('scan-secrets --staged', 'what the next commit adds (the pre-commit hook)')
    .example('scan-secrets --all-files', 'every tracked file (CI)')
    .example('scan-secrets --no-git ./dist config.yml', 'files and folders, outside git')
    .example('cat notes.txt | scan-secrets - --stdin-filename notes.txt', 'standard input')
    .example('scan-secrets --all-files --format sarif --output results.sarif', 'a report for code scanning')
    .epilogue('Exit codes: 0 nothing found, 1 secrets or blocked files found, 2 usage, config or runtime error.')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      throw err ?? new UsageError(`${msg.replace(/\s*\n\s*/g, ' ').replace(/:\s*$/, '')} (see scan-secrets --help)`);
    })
    .exitProcess(false);
  for (const c of commands) {
    parser.command(c.command, c.describe, c.builder, async (args) => {
      exitCode = await (await c.load())(args);
    });
  }
  await parser.parseAsync();
  return exitCode;
}

/** Options that take one value: given twice, yargs makes a list of them, which nothing downstream expects. */
const SINGLE_VALUED = ['format', 'output', 'config', 'baseline', 'stdin-filename', 'max-file-size', 'since', 'until', 'max-commits', 'log-opts'];

function rejectRepeats(args: Record<string, unknown>): void {
  for (const name of SINGLE_VALUED) {
    const v = args[name];
    if (Array.isArray(v)) throw new UsageError(`--${name} was given ${v.length} times (${v.map((x) => printable(String(x))).join(', ')}); give it once`);
  }
}

/** Entry point for the ES-module build (dist/cli.js): never throws, always sets an exit code. */
export function run(argv: string[]): Promise<void> {
  return runCommandLine(() => main(argv));
}
