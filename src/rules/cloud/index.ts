// The cloud family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';
import m_aws from './aws.ts';

export const rules: Rule[] = [...m_aws];
