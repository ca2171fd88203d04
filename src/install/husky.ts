// `scan-secrets install --husky`: adds our lines to .husky/pre-commit in husky v9 style (a plain
// shell script that husky runs with `sh -e` and node_modules/.bin on PATH; no husky.sh line).
// Existing lines stay as they are; running it twice changes nothing.

import { existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UsageError } from '../errors.ts';
import type { Outcome } from './git-hook.ts';
import type { RepoHooks } from './repo.ts';

export const HUSKY_BLOCK = [
  '# scan-secrets: stops secrets before they are committed. To commit anyway, on purpose: git commit --no-verify',
  'command -v scan-secrets >/dev/null 2>&1 || { echo "scan-secrets is not installed: npm install --save-dev scan-secrets" >&2; exit 1; }',
  'scan-secrets --staged',
];

/** A line that already runs the scan, ours or written by hand (`npx scan-secrets`, `npx --no-install scan-secrets --staged`). */
const RUNS_SCAN = /^\s*(?:exec\s+)?(?:npx(?:\s+--no-install)?\s+|pnpm\s+(?:exec\s+)?|yarn\s+)?scan-secrets(?:\s|$)/;

function huskyDirFor(repo: RepoHooks): string {
  return repo.huskyDir ?? join(repo.top, '.husky');
}

export function installHusky(repo: RepoHooks): Outcome {
  const dir = huskyDirFor(repo);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError('husky is not set up in this repository (no .husky folder): run `npm install --save-dev husky && npx husky init`, then scan-secrets install --husky again');
  }
  const file = join(dir, 'pre-commit');
  const shown = relative(repo.top, file) || file;
  const lines: string[] = [];
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text.split('\n').some((l) => RUNS_SCAN.test(l))) {
    lines.push(`scan-secrets: ${shown} already runs scan-secrets; nothing changed`);
  } else {
    if (text && !text.endsWith('\n')) text += '\n';
    writeFileSync(file, `${text}${HUSKY_BLOCK.join('\n')}\n`, { mode: 0o755 });
    lines.push(`scan-secrets: added the scan to ${shown}${text ? ' (your lines are kept and run first)' : ''}`);
    lines.push('  Every commit is now checked for secrets. To commit anyway, on purpose: git commit --no-verify');
  }
  if (!repo.huskyDir) {
    lines.push(`  husky is not active in this clone yet (core.hooksPath is ${repo.hooksPath ?? 'unset'}): run \`npx husky\` (or npm install, whose prepare script runs it)`);
  }
  return { lines };
}

export function uninstallHusky(repo: RepoHooks): Outcome {
  const file = join(huskyDirFor(repo), 'pre-commit');
  const shown = relative(repo.top, file) || file;
  if (!existsSync(file)) return { lines: [`scan-secrets: no ${shown}; nothing changed`] };
  const text = readFileSync(file, 'utf8');
  const kept = removeBlock(text);
  if (kept === text) return { lines: [`scan-secrets: ${shown} has no lines added by scan-secrets install --husky; nothing changed`] };
  if (kept.trim() === '') {
    unlinkSync(file);
    return { lines: [`scan-secrets: removed ${shown} (it held only the scan)`] };
  }
  writeFileSync(file, kept);
  return { lines: [`scan-secrets: removed the scan from ${shown}; your other lines are kept`] };
}

function removeBlock(text: string): string {
  const block = `${HUSKY_BLOCK.join('\n')}\n`;
  const at = text.indexOf(block);
  return at === -1 ? text : text.slice(0, at) + text.slice(at + block.length);
}
