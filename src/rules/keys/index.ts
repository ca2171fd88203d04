// The keys family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_private_key from './private-key.ts';

export const rules: Rule[] = [...m_private_key];
