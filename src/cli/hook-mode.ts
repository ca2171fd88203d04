// What a commit-time run needs to know from its environment, and the `--rule` filter the
// single-purpose hooks (prevent-env-files, check-file-size) are built from.

import type { Rule } from '../engine/types.ts';
import { UsageError } from '../errors.ts';

/**
 * True while git runs a commit hook: git exports GIT_INDEX_FILE to pre-commit hooks (the real
 * index, or the temporary one of `git commit -a` / `git commit <paths>`), and the pre-commit
 * framework passes it on. `pre-commit run` from a terminal has no such variable.
 */
export function inCommit(env: NodeJS.ProcessEnv): boolean {
  return env.GIT_INDEX_FILE !== undefined && env.GIT_INDEX_FILE !== '';
}

/** Why the commit-time scan is skipped on purpose (pre-commit's SKIP list, husky's switch), if it is. */
export function skipReason(env: NodeJS.ProcessEnv): string | undefined {
  const skip = (env.SKIP ?? '').split(',').map((s) => s.trim());
  if (skip.includes('scan-secrets')) return 'SKIP=scan-secrets';
  if (env.HUSKY === '0') return 'HUSKY=0';
  return undefined;
}

export function selectRules(rules: Rule[], wanted: string | string[] | undefined): Rule[] {
  if (wanted === undefined) return rules;
  const ids = new Set([wanted].flat().flatMap((w) => String(w).split(',')).map((s) => s.trim()).filter(Boolean));
  const known = new Set(rules.map((r) => r.id));
  if (ids.size === 0) throw new UsageError('--rule needs a rule id: list them with scan-secrets rules');
  const unknown = [...ids].filter((id) => !known.has(id));
  if (unknown.length) throw new UsageError(`unknown rule ${unknown.join(', ')}: list the rule ids with scan-secrets rules`);
  return rules.filter((r) => ids.has(r.id));
}
