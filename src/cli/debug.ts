// --debug: where the time went, on stderr. Only phase timings, counts, rule ids and the config
// file's name pass through here, never anything read from a scanned file, so these lines cannot
// hold a secret.

import type { RuleStats } from '../engine/stats.ts';
import { printable } from '../report/printable.ts';
import { nowMs } from '../clock.ts';

export function debugLog(line: string): void {
  process.stderr.write(`scan-secrets: debug: ${printable(line)}\n`);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function chars(n: number): string {
  return n < 1024 ? plural(n, 'char') : `${(n / 1024).toFixed(1)} K chars`;
}

/** Measures the phases of one scan and prints them as they end. */
export class DebugTimer {
  private started = nowMs();

  /** Ends the current phase: `<phase>: <what> in <ms>`. */
  phase(name: string, what: string): void {
    const now = nowMs();
    debugLog(`${name}: ${what} in ${ms(now - this.started)}`);
    this.started = now;
  }

  /** Starts the next phase's clock without printing (time spent between phases). */
  restart(): void {
    this.started = nowMs();
  }
}

/** The content rules that cost the most, slowest first, after a line with the totals. */
export function ruleStatLines(stats: RuleStats, contentRules: number, top = 15): string[] {
  const all = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const total = all.reduce((n, [, s]) => n + s.ms, 0);
  const lines = [`rules: ${all.length} of ${contentRules} content rules ran, ${ms(total)} in their patterns${all.length ? `; the ${Math.min(top, all.length)} slowest:` : ''}`];
  for (const [id, s] of all.slice(0, top)) {
    lines.push(`  ${id}: ${ms(s.ms)}, ${plural(s.runs, 'run')} over ${chars(s.chars)}, ${plural(s.matches, 'match', 'matches')}, ${s.accepted} accepted`);
  }
  return lines;
}
