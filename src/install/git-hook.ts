// `scan-secrets install` / `uninstall` for plain git. An existing pre-commit hook is never
// overwritten: it is renamed beside ours and our body runs it first, so both run. Uninstall
// renames it back, which restores it byte for byte (content, mode, even a symlink).

import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanError } from '../errors.ts';
import { CHAINED_NAME, HOOK_MARKER, shippedHookBody } from './hook-body.ts';
import type { RepoHooks } from './repo.ts';

export interface Outcome {
  /** What happened, for the person: one or more lines. */
  lines: string[];
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isOurs(path: string): boolean {
  try {
    if (!lstatSync(path).isFile()) return false;
    return readFileSync(path, 'utf8').includes(HOOK_MARKER);
  } catch {
    return false;
  }
}

/** Writes beside the target, then renames: a hook is never seen half written. */
function writeHook(path: string, body: string): void {
  const tmp = `${path}.scan-secrets-${process.pid}.tmp`;
  writeFileSync(tmp, body, { mode: 0o755 });
  chmodSync(tmp, 0o755);
  renameSync(tmp, path);
}

export function installGitHook(repo: RepoHooks): Outcome {
  const { hooksDir } = repo;
  const hook = join(hooksDir, 'pre-commit');
  const chained = join(hooksDir, CHAINED_NAME);
  const body = shippedHookBody();
  const where = repo.hooksPath ? `${hooksDir} (core.hooksPath)` : hooksDir;

  if (isOurs(hook)) {
    if (readFileSync(hook, 'utf8') === body) return { lines: [`scan-secrets: the pre-commit hook is already installed in ${where}`] };
    writeHook(hook, body);
    return { lines: [`scan-secrets: updated the pre-commit hook in ${where}`] };
  }

  mkdirSync(hooksDir, { recursive: true });
  const lines: string[] = [];
  if (exists(hook)) {
    if (exists(chained)) {
      throw new ScanError(`${hook} is not ours and ${chained} already exists, so there is nowhere to keep it: merge or remove one of them, then run scan-secrets install again`);
    }
    renameSync(hook, chained);
    lines.push(`scan-secrets: kept your existing pre-commit hook as ${chained}; it runs first, then the scan`);
  }
  writeHook(hook, body);
  lines.push(`scan-secrets: installed the pre-commit hook in ${where}`);
  lines.push('  Every commit is now checked for secrets. To commit anyway, on purpose: git commit --no-verify');
  return { lines };
}

export function uninstallGitHook(repo: RepoHooks): Outcome {
  const hook = join(repo.hooksDir, 'pre-commit');
  const chained = join(repo.hooksDir, CHAINED_NAME);
  if (!isOurs(hook)) {
    const lines = [`scan-secrets: no scan-secrets pre-commit hook in ${repo.hooksDir}; nothing changed`];
    if (exists(chained)) lines.push(`  A hook kept by an earlier install is still at ${chained}: rename it to pre-commit if you want it back.`);
    return { lines };
  }
  if (exists(chained)) {
    renameSync(chained, hook);
    return { lines: [`scan-secrets: removed the pre-commit hook from ${repo.hooksDir} and restored the hook it had kept`] };
  }
  unlinkSync(hook);
  return { lines: [`scan-secrets: removed the pre-commit hook from ${repo.hooksDir}`] };
}
