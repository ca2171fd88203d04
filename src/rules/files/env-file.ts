import { defineFileRule } from '../lib/define.ts';

// A committed .env is the most common leak of all. Templates (placeholders only) are how a
// project documents its variables, so names that say "template" pass.
export const ENV_TEMPLATE_WORDS = new Set(['example', 'sample', 'template', 'dist', 'defaults', 'tpl', 'schema']);

export function isEnvFileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const isEnv = name === '.env' || name.startsWith('.env.') || (name.endsWith('.env') && name.length > 4);
  if (!isEnv) return false;
  return !name.toLowerCase().split('.').some((part) => ENV_TEMPLATE_WORDS.has(part));
}

export default [
  defineFileRule({
    id: 'blocked-env-file',
    title: 'Environment file (.env)',
    severity: 'high',
    check: (file) => (isEnvFileName(file.path) ? 'ERROR: .env files must NOT be committed!' : undefined),
    remediation:
      'Keep the values out of git: `git rm --cached <file>`, add it to .gitignore, and document the variables in .env.example with placeholder values.',
    examples: {
      positive: [{ path: '.env' }, { path: 'config/.env.production' }, { path: 'app/.env.local' }, { path: 'deploy/prod.env' }],
      negative: [{ path: '.env.example' }, { path: 'web/.env.sample' }, { path: '.env.template' }, { path: 'src/env.ts' }, { path: '.envrc.md' }],
    },
  }),
];
