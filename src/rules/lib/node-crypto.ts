import { createRequire } from 'node:module';

// node:crypto takes a fresh process several milliseconds to load, the hook loads every rule on
// every commit, and the rules that need it (MAC and signature checks) run only on a match.
let loaded: typeof import('node:crypto') | undefined;

/** node:crypto, loaded the first time a rule needs it. */
export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
