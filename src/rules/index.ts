// The registry: the built-in rules, family by family. Adding a provider is adding a module to
// a family folder and a line to that folder's index.
import type { Rule } from '../engine/types.ts';
import { rules as cloud } from './cloud/index.ts';
import { rules as vcs } from './vcs/index.ts';
import { rules as ai } from './ai/index.ts';
import { rules as comms } from './comms/index.ts';
import { rules as saas } from './saas/index.ts';
import { rules as keys } from './keys/index.ts';
import { rules as generic } from './generic/index.ts';
import { rules as files } from './files/index.ts';

export const builtinRules: Rule[] = [...files, ...keys, ...cloud, ...vcs, ...ai, ...comms, ...saas, ...generic];

import { activeOf } from './active.ts';

/** The rules a scan runs: strict mode adds the context-free generic rules. */
export function activeRules(strict: boolean): Rule[] {
  return activeOf(builtinRules, strict);
}
