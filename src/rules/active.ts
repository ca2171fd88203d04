import type { Rule } from '../engine/types.ts';
import { strictOnlyRuleIds } from './generic/index.ts';

/** Of a list of built-in rules, those a scan runs: strict mode adds the context-free generic rules. */
export function activeOf(rules: Rule[], strict: boolean): Rule[] {
  return strict ? rules : rules.filter((r) => !strictOnlyRuleIds.includes(r.id));
}
