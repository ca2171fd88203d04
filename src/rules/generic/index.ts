// The generic family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_high_entropy from './high-entropy.ts';
import m_password from './password.ts';

export const rules: Rule[] = [...m_high_entropy, ...m_password];

/**
 * Rules that only run in strict mode: without context their false-alarm rate is too high for a
 * commit hook. The CLI drops them unless strict mode is on.
 */
export const strictOnlyRuleIds: readonly string[] = ['high-entropy-string-strict'];
