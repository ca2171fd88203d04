// Per-rule costs for --debug. The engine keeps them only when its options carry a RuleStats map
// (EngineOptions.stats); without one it does no extra work. Counts and times only: nothing here
// holds matched text, so nothing here can print a secret.

import { nowMs } from '../clock.ts';

export interface RuleStat {
  /** Ranges the pattern ran over: a line its keyword was on, or a whole text. */
  runs: number;
  /** Characters in those ranges. */
  chars: number;
  /** Pattern matches, before placeholder filters and validation. */
  matches: number;
  /** Matches that passed them. */
  accepted: number;
  ms: number;
}

/** Rule id -> its costs over a scan. */
export type RuleStats = Map<string, RuleStat>;

/** One rule's run over one text, being measured. */
export interface RuleRun {
  stat: RuleStat;
  started: number;
  matches: number;
  accepted: number;
}

/**
 * Starts measuring a rule's run over `ranges` (start, end pairs). `matches` and `accepted` are
 * the engine's running counts, so that endRuleRun can take the difference.
 */
export function startRuleRun(stats: RuleStats, id: string, ranges: number[], matches: number, accepted: number): RuleRun {
  let stat = stats.get(id);
  if (!stat) stats.set(id, (stat = { runs: 0, chars: 0, matches: 0, accepted: 0, ms: 0 }));
  stat.runs += ranges.length / 2;
  for (let r = 0; r < ranges.length; r += 2) stat.chars += ranges[r + 1] - ranges[r];
  return { stat, started: nowMs(), matches, accepted };
}

export function endRuleRun(run: RuleRun, matches: number, accepted: number): void {
  run.stat.ms += nowMs() - run.started;
  run.stat.matches += matches - run.matches;
  run.stat.accepted += accepted - run.accepted;
}

/** Adds what a worker thread counted (sent as entries) to the main thread's map. */
export function mergeRuleStats(into: RuleStats, from: Iterable<[string, RuleStat]>): void {
  for (const [id, add] of from) {
    const stat = into.get(id);
    if (!stat) {
      into.set(id, { ...add });
      continue;
    }
    stat.runs += add.runs;
    stat.chars += add.chars;
    stat.matches += add.matches;
    stat.accepted += add.accepted;
    stat.ms += add.ms;
  }
}
