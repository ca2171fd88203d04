/**
 * An error the person can act on: one line saying what is wrong and what to do. The CLI prints
 * its message alone (no stack) and exits 2. Messages never contain secret values.
 */
export class ScanError extends Error {
  override name = 'ScanError';
}

/** A usage or configuration mistake (also exit 2). */
export class UsageError extends ScanError {
  override name = 'UsageError';
}
