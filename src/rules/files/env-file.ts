import { defineFileRule } from '../lib/define.ts';

// A committed .env is the most common leak of all. Templates (placeholders only) are how a
// project documents its variables, so names that say "template" pass; so do encrypted env files
// (made to be committed) and source files that merely start with .env (.env.ts).

/** Name parts that mark a template; the config may extend them later (see isEnvFileName). */
export const ENV_TEMPLATE_WORDS = new Set(['example', 'sample', 'template', 'dist', 'defaults', 'default', 'tpl', 'schema']);
/** Encrypted env files (dotenv-vault, SOPS, gpg, age): ciphertext, meant to be committed. */
const ENCRYPTED_WORDS = new Set(['vault', 'enc', 'encrypted', 'gpg', 'age', 'asc', 'sops']);
/** Code and docs named after env files (.env.ts, .env.d.ts, .env.md) hold no values. */
const NOT_ENV_EXTENSIONS = new Set(['ts', 'js', 'mjs', 'cjs', 'jsx', 'tsx', 'py', 'rb', 'go', 'rs', 'md', 'rst', 'adoc', 'html']);

/** True for .env, .env.* and *.env files, in any folder, except templates and encrypted files. */
export function isEnvFileName(path: string, templateWords: ReadonlySet<string> = ENV_TEMPLATE_WORDS): boolean {
  const name = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const isEnv = name === '.env' || name.startsWith('.env.') || (name.endsWith('.env') && name.length > 4);
  if (!isEnv) return false;
  const parts = name.toLowerCase().split('.');
  if (parts.some((part) => templateWords.has(part) || ENCRYPTED_WORDS.has(part))) return false;
  return !(name.startsWith('.env.') && NOT_ENV_EXTENSIONS.has(parts[parts.length - 1]));
}

export default [
  defineFileRule({
    id: 'blocked-env-file',
    title: 'Environment file (.env)',
    severity: 'high',
    check: (file) => (isEnvFileName(file.path) ? `ERROR: .env files must NOT be committed! Blocked files: ${file.path}` : undefined),
    remediation:
      'Move the values to .env.example as placeholders (DB_PASSWORD=change-me), add .env to .gitignore, and run `git rm --cached <file>` if it is already tracked. Rotate any real secret it held: it may already be copied.',
    examples: {
      positive: [{ path: '.env' }, { path: 'config/.env.production' }, { path: 'app/.env.local' }, { path: 'deploy/prod.env' }],
      negative: [
        { path: '.env.example' }, { path: 'web/.env.sample' }, { path: '.env.template' }, { path: '.env.dist' }, { path: '.env.defaults' },
        { path: 'src/env.ts' }, { path: '.envrc.md' }, { path: '.env.vault' }, { path: 'src/.env.d.ts' },
      ],
    },
  }),
];
