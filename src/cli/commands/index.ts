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
];
