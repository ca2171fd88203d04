// The hook's fast argument parser must read a command line exactly as yargs does, or leave it
// to yargs. Compared here against real yargs on the real scan options.

import { describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { fastScanArgs, recordOptions } from '../src/cli/fast-args.ts';
import { scanOptions } from '../src/cli/scan-command.ts';
import { commands } from '../src/cli/commands/index.ts';

const names = commands.map((c) => c.command.split(' ')[0]);

function viaYargs(argv: string[]): Record<string, unknown> {
  let parsed: Record<string, unknown> = {};
  yargs(argv)
    .command('$0 [paths..]', 'scan', (y) => scanOptions(y), (a) => {
      parsed = a as Record<string, unknown>;
    })
    .strictOptions()
    .parserConfiguration({ 'populate--': true })
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new Error(msg);
    })
    .parseSync();
  return parsed;
}

describe('fast scan arguments', () => {
  const plain = [
    ['--staged'],
    [],
    ['--all-files', '-q'],
    ['--staged', '--format', 'json', '--no-color'],
    ['--format=sarif', '-o', 'out.sarif', '--all-files'],
    ['a.ts', 'b/c.ts', '--no-git', '--max-file-size', '2MB'],
    ['--history', '--since', 'main', '--max-commits', '20', '--no-redact'],
    ['--history', '--log-opts=--author=ana -- src/'],
    ['--verbose', '--skip-unreadable', '--enforce-all', '--staged'],
    ['--staged', '--debug'],
    ['--debug', '--all-files', '--format', 'json'],
    // The pre-commit framework's entries: file names after `--`, whatever they look like.
    ['--pre-commit', '--', 'a.ts', 'src/b.py'],
    ['--pre-commit', '--rule=blocked-env-file', '--', '.env', '-x', '007', '--staged', '-'],
    ['--pre-commit', '--'],
    ['a.ts', '--', 'rules', '--help'],
    ['--', 'a.ts'],
  ];
  it.each(plain.map((a) => [a.join(' ') || '(none)', a]))('reads %s as yargs does', (_n, argv) => {
    const fast = fastScanArgs(argv as string[], scanOptions, names);
    expect(fast).toBeDefined();
    const slow = viaYargs(argv as string[]);
    for (const s of recordOptions(scanOptions)!) {
      const keys = [s.name, s.name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())];
      for (const k of keys) expect(fast![k], k).toEqual(slow[k]);
    }
    expect(fast!['--'] ?? [], '--').toEqual(slow['--'] ?? []);
  });

  const unsure = [
    ['--help'],
    ['-h'],
    ['--version'],
    ['rules'],
    ['--history', '--branch', 'main'],
    ['-qv'],
    ['--format', 'json', '--format', 'text'],
    ['--format', 'xml'],
    ['--max-commits', 'ten', '--history'],
    ['--allFiles'],
    ['--staged=false'],
    ['--output'],
    ['--log-opts', '--author=x'],
    ['--unknown'],
  ];
  it('reads - as standard input, the hidden --stdin flag (as main does before yargs)', () => {
    expect(fastScanArgs(['-', '--stdin-filename', 'x.env'], scanOptions, names)).toMatchObject({ stdin: true, stdinFilename: 'x.env' });
  });

  it.each(unsure.map((a) => [a.join(' '), a]))('leaves %s to yargs', (_n, argv) => {
    expect(fastScanArgs(argv as string[], scanOptions, names)).toBeUndefined();
  });
});
