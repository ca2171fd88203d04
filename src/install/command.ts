// The install and uninstall commands: find the hooks, change them, say what changed.

import type { ArgumentsCamelCase } from 'yargs';
import { UsageError } from '../errors.ts';
import { installGitHook, uninstallGitHook } from './git-hook.ts';
import type { Outcome } from './git-hook.ts';
import { installHusky, uninstallHusky } from './husky.ts';
import { locateHooks } from './repo.ts';

type Args = ArgumentsCamelCase<Record<string, unknown>>;

function print(outcome: Outcome): number {
  process.stdout.write(`${outcome.lines.join('\n')}\n`);
  return 0;
}

export async function installCommand(args: Args): Promise<number> {
  const repo = await locateHooks(process.cwd());
  if (args.husky) return print(installHusky(repo));
  if (repo.huskyDir) {
    // husky rewrites its own hooks folder on every install, so a hook written there would vanish.
    throw new UsageError(`this repository runs its hooks through husky (core.hooksPath=${repo.hooksPath}): run scan-secrets install --husky`);
  }
  return print(installGitHook(repo));
}

export async function uninstallCommand(args: Args): Promise<number> {
  const repo = await locateHooks(process.cwd());
  return print(args.husky ? uninstallHusky(repo) : uninstallGitHook(repo));
}
