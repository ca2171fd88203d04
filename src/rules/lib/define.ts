import type { ContentRule, FileRule } from '../../engine/types.ts';

/** Identity helpers: they give rule modules full type checking and a uniform shape. */
export function defineRule(rule: ContentRule): ContentRule {
  return rule;
}

export function defineFileRule(rule: Omit<FileRule, 'kind'>): FileRule {
  return { kind: 'file', ...rule };
}

/** Remediation shared by every credential: the secret is already copied the moment it is pushed. */
export const ROTATE = 'Remove it, then revoke and rotate it: it may already be copied.';
