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
    command: 'baseline',
    describe: 'record the current findings as accepted (--update, --check, --import FILE)',
    builder: (y) => y.option('update', { type: 'boolean', default: false, describe: 'refresh it: drop entries that no longer match (says how many), add new findings' })
      .option('check', { type: 'boolean', default: false, describe: 'exit 1 when entries are stale (for CI)' })
      .option('import', { type: 'string', describe: 'import a .gitleaksignore or a detect-secrets .secrets.baseline' })
      .option('file', { type: 'string', describe: 'baseline file (default: .scan-secrets-baseline.json at the repository root)' })
      .option('config', { type: 'string', describe: 'config file (default: the nearest one)' })
      .option('reason', { type: 'string', describe: 'why the new entries are accepted (stored with them)' })
      .option('by', { type: 'string', describe: 'who accepted them (stored with them)' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only problems' }),
    load: async () => (await import('../../baseline/command.ts')).baselineCommand,
  },
];
