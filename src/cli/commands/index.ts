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
  {
    command: 'env-check [files..]',
    describe: 'check env files or the environment against the secrets policy (weak, reused, copied values; https URLs)',
    builder: (y) =>
      y
        .positional('files', { type: 'string', array: true, describe: 'env files to check, later ones override earlier (default .env)' })
        .option('env', { type: 'string', describe: 'development | staging | production (default: APP_ENV or NODE_ENV, else production)' })
        .option('from-env', { type: 'boolean', default: false, describe: 'check the process environment (containers, CI, deploys)' })
        .option('examples-only', { type: 'boolean', default: false, describe: 'check only template files (.env.example/.sample/.template) for real-looking secrets' })
        .option('repo', { type: 'boolean', default: false, describe: 'check repository hygiene: .env ignored, none tracked, a placeholder-only .env.example' })
        .option('format', { choices: ['text', 'json'], default: 'text', describe: 'report format' })
        .option('config', { type: 'string', describe: 'config file (default: discovered)' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing when clean' })
        .option('color', { type: 'boolean', describe: 'colour output (default: when stdout is a terminal)' })
        .example('scan-secrets env-check --env production --from-env', 'the CI/deploy gate')
        .example('scan-secrets env-check .env --env development', 'a laptop: weak values are warnings')
        .example('scan-secrets env-check --repo', '.env ignored and untracked, .env.example placeholders only'),
    load: async () => (await import('./env-check.ts')).envCheckCommand,
  },
  {
    command: 'generate',
    describe: 'print a cryptographically random secret (or KEY=value lines for .env)',
    builder: (y) =>
      y
        .option('bytes', { type: 'string', default: '32', describe: 'random bytes (16 to 1024)' })
        .option('format', { choices: ['urlsafe', 'hex', 'base64'], default: 'urlsafe', describe: 'encoding' })
        .option('env-lines', { type: 'string', describe: 'KEY1,KEY2: print KEY=value lines, each with its own value' })
        .example('scan-secrets generate --env-lines SECRET_KEY,JWT_SECRET_KEY >> .env', 'two distinct secrets for .env'),
    load: async () => (await import('./generate.ts')).generateCommand,
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
