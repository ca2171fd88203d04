// The entry of dist/fast.cjs, the bundle bin/scan-secrets.js starts a plain scan from (the
// hook's command line above all): one CommonJS file, so that it can be run from V8's code cache
// on Node versions whose ES-module loader has none (see bin/scan-secrets.js). Anything but a
// plain scan (help, sub-commands, what fast-args.ts is unsure of) is left to the ES-module
// build, which parses it with yargs.

import { fastScanArgs } from './fast-args.ts';
import { scanOptions, runScanCommand } from './scan-command.ts';
import { commands } from './commands/index.ts';
import { run } from './run.ts';

/** Runs the command line if it is a plain scan; false (and nothing done) if it is not. */
export async function runFast(argv: string[]): Promise<boolean> {
  const fast = fastScanArgs(argv, scanOptions, commands.map((c) => c.command.split(' ')[0]));
  if (!fast) return false;
  await run(() => runScanCommand(fast as Parameters<typeof runScanCommand>[0]));
  return true;
}
