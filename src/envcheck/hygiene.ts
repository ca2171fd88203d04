// Repository hygiene for environment files, as a pure judgement over facts the CLI gathers from
// git: is .env ignored, is any env file tracked, is there a template to document the variables.

import type { Violation } from './policy.ts';

export interface RepoFacts {
  /** Env-file paths (repo-relative) that git would NOT ignore; `.env` is always asked about. */
  notIgnored: string[];
  /** Env files git tracks (repo-relative; templates excluded). */
  tracked: string[];
  /** Template files present at the repository root. */
  templates: string[];
  /** The template names looked for, for the message when none is found. */
  templateNames: string[];
}

export function hygieneViolations(facts: RepoFacts): Violation[] {
  const out: Violation[] = [];
  for (const path of facts.notIgnored) {
    out.push({
      rule: 'gitignore', severity: 'error', file: path,
      message: `${path}: not ignored by git, so \`git add .\` would commit it.`,
      fix: path === '.env' ? 'Add a line `.env` to .gitignore (and `.env.*` with `!.env.example` to cover variants).' : `Add \`${path}\` (or a pattern such as \`.env.*\`) to .gitignore.`,
    });
  }
  for (const path of facts.tracked) {
    out.push({
      rule: 'tracked', severity: 'error', file: path,
      message: `${path}: tracked by git; everyone with the repository has its values.`,
      fix: `Stop tracking it (the file stays on disk): git rm --cached -- ${shellQuote(path)}; add it to .gitignore, then rotate every secret it held: they are in the history.`,
    });
  }
  if (facts.templates.length === 0) {
    out.push({
      rule: 'template-missing', severity: 'error', file: facts.templateNames[0],
      message: `${facts.templateNames[0]}: missing; nothing documents which variables the project needs.`,
      fix: `Create ${facts.templateNames[0]} listing every variable with a placeholder value (KEY=<your-value>) and commit it.`,
    });
  }
  return out;
}

/** Quotes a path for a POSIX shell when it needs it. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
