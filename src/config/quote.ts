// A value from a config file, quoted in an error message. A config is where a secret lands by
// mistake (pasted into an allowlist instead of its hash), and error messages end up in CI logs,
// so a value of 16 characters or more is shown as a finding's secret is: a short prefix, then a
// mask. Shorter values (a misspelt severity, a size) are shown whole, to be fixed at a glance.
import { redact } from '../report/redact.ts';

export function quoteValue(v: string): string {
  return JSON.stringify(v.length < 16 ? v : redact(v));
}

/** A regex engine's message with its quoted `fragment`s shortened the same way. */
export function quoteFragments(message: string): string {
  return message.replace(/`([^`]*)`/g, (_m, f: string) => `\`${f.length < 16 ? f : redact(f)}\``);
}
