// What every entry point wraps a command in: the exit code (0 clean, 1 findings, 2 error), one
// line per error, and the process-level events a scan must not be misread under. Shared by the
// ES-module build (main.ts) and the code-cached bundle the hook starts from (fast-entry.ts).

import { ScanError } from '../errors.ts';
import { printable } from '../report/printable.ts';

export function errorMessage(e: unknown): string {
  if (e instanceof ScanError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EPIPE') return '';
  return `internal error: ${err?.message ?? String(e)} (please report it; run with SCAN_SECRETS_DEBUG=1 for details)`;
}

/** Runs a command to its exit code: never throws, always sets process.exitCode. */
export async function run(command: () => Promise<number>): Promise<void> {
  // A reader that went away (`| head`) is not our error and must not change the exit code, which
  // still carries the result; nothing more can be said on that stream, so later writes are dropped.
  const gone = (e: NodeJS.ErrnoException) => e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED';
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (gone(e)) return;
    process.stderr.write(`scan-secrets: cannot write output: ${e.message}\n`);
    process.exit(2);
  });
  // Without a listener, a closed stderr turns the next message into an uncaught exception: exit 1,
  // which reads as "secrets found" instead of the real outcome.
  process.stderr.on('error', () => undefined);
  // Ctrl-C or a CI timeout: say that the scan did not finish, so silence is never read as clean.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      process.stderr.write(`scan-secrets: interrupted by ${signal}; the scan did not finish, so its result is unknown\n`);
      process.exit(code);
    });
  }
  try {
    process.exitCode = await command();
  } catch (e) {
    const msg = errorMessage(e);
    if (process.env.SCAN_SECRETS_DEBUG === '1' && !(e instanceof ScanError)) console.error(e);
    // One line, whatever a file name or git's own message held.
    if (msg) process.stderr.write(`scan-secrets: ${printable(msg)}\n`);
    process.exitCode = 2;
  }
}
