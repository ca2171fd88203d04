// Where the hooks of the repository around cwd live. Git answers, so core.hooksPath (relative,
// `~`, per worktree), linked worktrees (hooks are shared in the common dir) and GIT_DIR /
// GIT_WORK_TREE from the environment are all resolved the way git itself will resolve them.

import { basename, dirname, resolve } from 'node:path';
import { simpleGit } from 'simple-git';
import { ScanError } from '../errors.ts';

export interface RepoHooks {
  /** Top of the work tree. */
  top: string;
  /** The directory git runs hooks from. */
  hooksDir: string;
  /** core.hooksPath as configured, when set. */
  hooksPath?: string;
  /** The husky folder (`.husky`) when core.hooksPath points into husky's `.husky/_`. */
  huskyDir?: string;
}

export async function locateHooks(cwd: string): Promise<RepoHooks> {
  const git = simpleGit({ baseDir: cwd });
  let lines: string[];
  try {
    lines = (await git.revparse(['--show-toplevel', '--git-path', 'hooks'])).split('\n');
  } catch (e) {
    const msg = (e as Error).message;
    if (/not a git repository/i.test(msg)) throw new ScanError('not inside a git repository: run this from the repository whose commits should be checked');
    if (/must be run in a work tree/i.test(msg)) throw new ScanError('this is a bare repository: nothing is committed here, so there is no pre-commit hook to install');
    throw new ScanError(`git could not locate the hooks folder: ${firstLine(msg)}`);
  }
  const [top, hooks] = lines;
  const hooksDir = resolve(cwd, hooks);
  const configured = (await git.getConfig('core.hooksPath')).value ?? undefined;
  return { top, hooksDir, hooksPath: configured || undefined, huskyDir: huskyDirOf(hooksDir) };
}

/** husky v9 points core.hooksPath at `<dir>/.husky/_`; v4 to v8 at `.husky` itself. */
function huskyDirOf(hooksDir: string): string | undefined {
  if (basename(hooksDir) === '.husky') return hooksDir;
  if (basename(hooksDir) === '_' && basename(dirname(hooksDir)) === '.husky') return dirname(hooksDir);
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n').map((l) => l.replace(/^(fatal|error): /, '').trim()).find(Boolean) ?? s;
}
