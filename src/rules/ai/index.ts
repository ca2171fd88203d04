// The ai family: every module in this folder, in name order.
import type { Rule } from '../../engine/types.ts';

export const rules: Rule[] = [];
