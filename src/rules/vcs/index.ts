// The vcs family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_github from './github.ts';

export const rules: Rule[] = [...m_github];
