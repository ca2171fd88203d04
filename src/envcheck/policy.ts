// The env-check policy as a pure function: variables, environment and policy in, violations
// out. A violation names the variable, the rule and the fix; no field ever holds the value.

import { globMatch, isSecretKey } from './keys.ts';
import type { Environment, EnvCheckPolicy } from './policy-config.ts';
import { strengthIssues } from './strength.ts';
import type { StrengthIssue } from './strength.ts';
import { connectionStringProblem, publicUrlProblems } from './urls.ts';

export type Severity = 'error' | 'warning';

export interface Violation {
  /** The variable, when the violation is about one. */
  key?: string;
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
  /** Where the variable (or problem) is, when it came from a file. */
  file?: string;
  line?: number;
}

export interface EnvVar {
  key: string;
  value: string;
  file?: string;
  line?: number;
}

export interface ExampleValues {
  /** Template file name, as shown to the person. */
  file: string;
  /** Its non-empty values, under any name: a secret copied from another variable is still public. */
  values: Set<string>;
}

export interface PolicyInput {
  /** One entry per variable (the last assignment of each). */
  vars: EnvVar[];
  environment: Environment;
  policy: EnvCheckPolicy;
  /** Values of the template files: a real secret must not equal any of them. */
  examples?: ExampleValues[];
}

export const GENERATE_FIX = 'Generate one with: npx scan-secrets generate';

export function evaluatePolicy(input: PolicyInput): Violation[] {
  const { vars, environment, policy } = input;
  const examples = input.examples ?? [];
  const dev = environment === 'development';
  const strict: Severity = dev ? 'warning' : 'error';
  const out: Violation[] = [];
  const at = (v: EnvVar) => ({ key: v.key, file: v.file, line: v.line });
  const byKey = new Map(vars.map((v) => [v.key, v]));

  // Secrets: strength, template copies, reuse. A variable named as a secret is one; so is the
  // password inside any variable's URL (DATABASE_URL=postgres://app:PASSWORD@db/shop).
  const firstHolder = new Map<string, { key: string; named: boolean }>();
  // A template's URL can hold the password too (postgres://app:PASSWORD@localhost/shop).
  const exampleUrlPasswords = examples.map((ex) => new Set([...ex.values].map(urlPassword)));
  for (const v of vars) {
    const named = isSecretKey(v.key, policy);
    const value = named ? v.value : urlPassword(v.value);
    if (value === undefined) continue;
    const subject: Subject = named ? 'secret' : 'password';
    for (const issue of strengthIssues(value, policy)) {
      out.push({ ...at(v), rule: issue.rule, severity: strict, ...strengthMessage(v.key, issue, environment, subject) });
    }
    if (value === '') continue;
    const what = named ? 'value' : 'the password in its URL';
    const copiedFrom = examples.find((ex, i) => ex.values.has(value) || (!named && exampleUrlPasswords[i].has(value)));
    if (copiedFrom) {
      out.push({
        ...at(v), rule: 'example-value', severity: strict,
        message: `${v.key}: ${what} is copied from ${copiedFrom.file}, which is committed and public.`,
        fix: `Give it a value of its own. ${GENERATE_FIX}`,
      });
    }
    const other = firstHolder.get(value);
    if (other === undefined) firstHolder.set(value, { key: v.key, named });
    else {
      const them = other.named ? other.key : `the password in ${other.key}'s URL`;
      out.push({
        ...at(v), rule: 'reused', severity: strict,
        message: named && other.named
          ? `${v.key}: same value as ${other.key}; each secret needs its own value, so one leak does not open both.`
          : `${v.key}: ${what} is the same as ${them}; each secret needs its own value, so one leak does not open both.`,
        fix: `Give ${v.key} a ${named ? 'value' : 'password'} of its own. ${GENERATE_FIX}`,
      });
    }
  }

  // Public URLs: https and a real host, except in development.
  if (!dev) {
    for (const v of vars) {
      if (v.value === '' || !policy.urlKeys.some((g) => globMatch(g, v.key))) continue;
      for (const p of publicUrlProblems(v.value)) {
        if (p.kind === 'not-url') {
          out.push({ ...at(v), rule: 'url', severity: 'error', message: `${v.key}: is not a URL.`, fix: `Set it to the public address, e.g. ${v.key}=https://app.your-domain.tld` });
        } else if (p.kind === 'not-https') {
          out.push({
            ...at(v), rule: 'https', severity: 'error',
            message: `${v.key}: ${environment} URL uses ${p.scheme}://; public front and back ends must use https://.`,
            fix: `Serve it over TLS and set ${v.key}=https://...`,
          });
        } else {
          out.push({
            ...at(v), rule: 'localhost', severity: 'error',
            message: `${v.key}: ${environment} URL points at a local address; localhost is fine only in development.`,
            fix: `Set ${v.key} to the public address people and services reach.`,
          });
        }
      }
    }

    // Connection strings parse, with the expected scheme.
    for (const [key, schemes] of Object.entries(policy.connectionStrings)) {
      const v = byKey.get(key);
      if (!v || v.value === '') continue;
      const problem = connectionStringProblem(v.value, schemes);
      if (problem) {
        out.push({
          ...at(v), rule: 'connection-string', severity: 'error',
          message: `${key}: ${problem}.`,
          fix: `Set ${key}=${schemes[0]}://USER:PASSWORD@HOST:PORT/NAME (or add the scheme to envCheck.connectionStrings.${key}).`,
        });
      }
    }
  }

  // Required variables, then conditional ones.
  const isSet = (k: string) => (byKey.get(k)?.value ?? '') !== '';
  for (const key of policy.required) {
    if (isSet(key)) continue;
    out.push({
      key, rule: 'required', severity: strict,
      message: `${key}: required in ${environment} but ${byKey.has(key) ? 'empty' : 'not set'}.`,
      fix: `Set ${key}${isSecretKey(key, policy) ? `. ${GENERATE_FIX}` : '.'}`,
    });
  }
  for (const rule of policy.requiredWhen) {
    const because = conditionHolds(rule.when, vars);
    if (!because) continue;
    for (const alternatives of rule.require) {
      if (alternatives.some(isSet)) continue;
      const [key, ...others] = alternatives;
      const name = others.length ? `${key} (or ${others.join(' or ')})` : key;
      out.push({
        key, rule: 'required-when', severity: strict,
        message: `${name}: required when ${because}, but ${byKey.has(key) ? 'empty' : 'not set'}.`,
        fix: `Set ${key}, or change ${because.split('=')[0]}.`,
      });
    }
  }
  return out;
}

/**
 * `KEY=value` for the variable that made the first condition hold, or undefined when one fails.
 * The value shown is the one written in the policy, so nothing read from the environment is echoed.
 */
function conditionHolds(when: Record<string, string[]>, vars: EnvVar[]): string | undefined {
  let because: string | undefined;
  for (const [glob, values] of Object.entries(when)) {
    let hit: string | undefined;
    for (const v of vars) {
      if (!globMatch(glob, v.key)) continue;
      const wanted = values.find((x) => x.toLowerCase() === v.value.trim().toLowerCase());
      if (wanted !== undefined) {
        hit = `${v.key}=${wanted}`;
        break;
      }
    }
    if (!hit) return undefined;
    because ??= hit;
  }
  return because;
}

/** What a strength message is about: the variable's value, or the password in its URL. */
type Subject = 'secret' | 'password';

/**
 * The password of a URL value (`scheme://user:password@host`), percent-decoded; undefined when
 * the value is not such a URL, or its password is a reference the app expands (`${DB_PASSWORD}`).
 */
export function urlPassword(value: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#@]*:[^/?#]*@/.test(value)) return undefined;
  let password: string;
  try {
    password = decodeURIComponent(new URL(value).password);
  } catch {
    return undefined; // connection-string reports a URL that does not parse
  }
  return password === '' || password.includes('$') ? undefined : password;
}

function strengthMessage(key: string, issue: StrengthIssue, env: Environment, subject: Subject): { message: string; fix: string } {
  const dev = env === 'development';
  const laptop = dev ? ' Fine on a laptop; never deploy it.' : '';
  const it = subject === 'secret' ? 'secret' : 'the password in the URL';
  switch (issue.rule) {
    case 'empty':
      return { message: `${key}: ${it} is empty.${laptop}`, fix: GENERATE_FIX };
    case 'min-length':
      return { message: `${key}: ${it} is too short (${issue.detail}).${laptop}`, fix: GENERATE_FIX };
    case 'weak-word':
      if (subject === 'password') {
        return { message: `${key}: the password in the URL is weak (contains '${issue.detail}').${laptop}`, fix: GENERATE_FIX };
      }
      return {
        message: dev
          ? `${key}: weak secret (contains '${issue.detail}').${laptop}`
          : `${key}: ${env} secret appears to be a development secret (contains '${issue.detail}').`,
        fix: GENERATE_FIX,
      };
    case 'repeated':
      return { message: `${key}: ${it} is not random (${issue.detail}).${laptop}`, fix: GENERATE_FIX };
    case 'sequence':
      return { message: `${key}: ${it} contains ${issue.detail}, not randomness.${laptop}`, fix: GENERATE_FIX };
    case 'low-entropy':
      return { message: `${key}: ${it} has too little variety (${issue.detail}).${laptop}`, fix: GENERATE_FIX };
  }
}

/** Exit code for a set of violations: 1 when any is an error; warnings alone pass. */
export function exitCodeFor(violations: Violation[]): number {
  return violations.some((v) => v.severity === 'error') ? 1 : 0;
}
