// How a worker thread builds the same engine as the main thread. Rules hold functions and
// cannot be posted, so a worker rebuilds them from the built-in registry by id, in the same
// order. An engine with a rule that is not built in (a custom rule from config) or options
// that cannot be cloned has no spec, and its scans stay on one thread rather than differ.

import { Engine } from '../engine/engine.ts';
import type { EngineOptions, Rule } from '../engine/types.ts';
import { builtinRules } from '../rules/index.ts';

export interface EngineSpec {
  options: EngineOptions;
  /** Rule ids in the engine's own order. */
  ruleIds: string[];
}

export function specFor(engine: Engine): EngineSpec | undefined {
  const builtin = new Set<Rule>(builtinRules);
  const rules: Rule[] = [...engine.fileRules, ...engine.contentRules];
  if (!rules.every((r) => builtin.has(r))) return undefined;
  let options: EngineOptions;
  try {
    options = structuredClone(engine.options);
  } catch {
    return undefined;
  }
  return { options, ruleIds: rules.map((r) => r.id) };
}

export function engineFromSpec(spec: EngineSpec): Engine {
  const byId = new Map(builtinRules.map((r) => [r.id, r]));
  const rules = spec.ruleIds.map((id) => {
    const r = byId.get(id);
    if (!r) throw new Error(`worker: rule ${id} is not built in`);
    return r;
  });
  return new Engine(rules, spec.options);
}
