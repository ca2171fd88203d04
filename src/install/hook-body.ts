// The shipped hook body (hooks/pre-commit in the package). It is read at run time, not copied
// into the bundle, so the file users can read in the package is exactly the file installed.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScanError } from '../errors.ts';

/** A line of the shipped body; a pre-commit file holding it is ours to update or remove. */
export const HOOK_MARKER = '(managed-by: scan-secrets)';
/** Where an existing hook is kept while ours is installed; our body runs it first. */
export const CHAINED_NAME = 'pre-commit.chained-by-scan-secrets';

export function shippedHookBody(): string {
  // dist/<chunk>.js when bundled, src/install/hook-body.ts when run from source.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 3; i++) {
    try {
      return readFileSync(join(dir, 'hooks', 'pre-commit'), 'utf8');
    } catch {
      dir = dirname(dir);
    }
  }
  throw new ScanError('the scan-secrets package is incomplete (hooks/pre-commit is missing): reinstall it');
}
