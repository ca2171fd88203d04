// Template files (.env.example, .env.sample, .env.template) are committed, so they must hold
// placeholders only. Two nets catch a real secret in one: the scanner's own rules (a provider
// token under any name), and the env-check strength rules turned around (a value under a secret
// name that is random enough to pass as a production secret is one).

import type { Engine } from '../engine/engine.ts';
import { isPlaceholder } from '../engine/filters.ts';
import { parseDotenv } from './dotenv.ts';
import type { ParseError } from './dotenv.ts';
import { isSecretKey } from './keys.ts';
import type { EnvCheckPolicy } from './policy-config.ts';
import type { Violation } from './policy.ts';
import { strengthIssues } from './strength.ts';

/** A template value shorter than this is not judged random: few real credentials are shorter. */
const TEMPLATE_MIN_LENGTH = 16;

export interface TemplateCheck {
  violations: Violation[];
  errors: ParseError[];
}

export function checkTemplate(text: string, file: string, engine: Engine, policy: EnvCheckPolicy): TemplateCheck {
  const { entries, errors } = parseDotenv(text);
  const violations: Violation[] = [];
  const keyAt = (line: number | null) => (line === null ? undefined : entries.find((e) => line >= e.line && line <= e.endLine)?.key);
  const flaggedLines = new Set<number>();

  for (const f of engine.scan({ path: file, content: text, size: Buffer.byteLength(text), origin: { kind: 'file' } })) {
    if (f.kind === 'file') {
      violations.push({
        rule: f.ruleId, severity: 'error', file,
        message: `${file}: ${f.message ?? f.title}.`,
        fix: f.remediation ?? 'Keep this file out of git.',
      });
      continue;
    }
    const key = keyAt(f.line);
    if (f.line !== null) flaggedLines.add(f.line);
    violations.push({
      key, rule: 'template-secret', severity: 'error', file, line: f.line ?? undefined,
      message: `${key ?? `line ${f.line}`}: ${file} holds what looks like a real ${f.title} (${f.ruleId}); templates are committed, so they take placeholders only.`,
      fix: placeholderFix(key),
    });
  }

  for (const e of entries) {
    if (flaggedLines.has(e.line)) continue;
    const why = realLooking(e.key, e.value, policy);
    if (!why) continue;
    violations.push({
      key: e.key, rule: 'template-secret', severity: 'error', file, line: e.line,
      message: `${e.key}: ${file} holds what looks like a real ${why}; templates are committed, so they take placeholders only.`,
      fix: placeholderFix(e.key),
    });
  }
  return { violations, errors };
}

function placeholderFix(key: string | undefined): string {
  const example = key ? `${key}=<your-${key.toLowerCase().replace(/_/g, '-')}>` : 'KEY=<your-value>';
  return `Replace it with a placeholder such as ${example}; if it was ever a live credential, revoke and rotate it: it may already be copied.`;
}

/** What kind of real secret the value looks like, or undefined for a placeholder or a plain setting. */
function realLooking(key: string, value: string, policy: EnvCheckPolicy): string | undefined {
  if (isSecretKey(key, policy) && looksRandom(value, policy)) return 'secret (random enough to pass as a production value)';
  const password = urlPassword(value);
  if (password !== undefined && looksRandom(password, policy)) return 'password inside a connection URL';
  return undefined;
}

function looksRandom(value: string, policy: EnvCheckPolicy): boolean {
  if (value.length < TEMPLATE_MIN_LENGTH || isPlaceholder(value)) return false;
  return strengthIssues(value, { ...policy, minLength: TEMPLATE_MIN_LENGTH }).length === 0;
}

function urlPassword(value: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s]*:[^/\s]*@/.test(value)) return undefined;
  try {
    const p = new URL(value).password;
    return p ? decodeURIComponent(p) : undefined;
  } catch {
    return undefined;
  }
}
