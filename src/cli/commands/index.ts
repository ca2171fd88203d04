// Commands beside the scan. Each loads its implementation only when it runs.
import type { Argv, ArgumentsCamelCase } from 'yargs';

export interface CommandSpec {
  command: string;
  describe: string;
  builder: (y: Argv) => Argv;
  load: () => Promise<(args: ArgumentsCamelCase<Record<string, unknown>>) => Promise<number>>;
}

export const commands: CommandSpec[] = [
  {
    command: 'rules',
    describe: 'list every built-in rule',
    builder: (y) => y.option('format', { choices: ['text', 'json', 'markdown'], default: 'text' }),
    load: async () => (await import('./rules.ts')).rulesCommand,
  },
  {
    command: 'install',
    describe: 'install the pre-commit hook (keeps and chains an existing one; honours core.hooksPath)',
    builder: (y) => y.option('husky', { type: 'boolean', default: false, describe: 'add the scan to .husky/pre-commit instead' }),
    load: async () => (await import('../../install/command.ts')).installCommand,
  },
  {
    command: 'uninstall',
    describe: 'remove the pre-commit hook and restore the one it kept',
    builder: (y) => y.option('husky', { type: 'boolean', default: false, describe: 'remove the scan from .husky/pre-commit' }),
    load: async () => (await import('../../install/command.ts')).uninstallCommand,
  },
];
