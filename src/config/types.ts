// The config as every format (YAML, JSON, package.json, .gitleaks.toml) normalises it.
import type { Severity } from '../engine/types.ts';

export const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Where a value came from, for error messages that point at the line. */
export interface Where {
  file: string;
  line?: number;
  key: string;
}

export interface RuleExample {
  text: string;
  secret?: string;
}

export interface CustomRuleConfig {
  id: string;
  title?: string;
  severity: Severity;
  /** RE2 syntax (as gitleaks); absent for a path-only rule (gitleaks' file rules). */
  regex?: string;
  keywords: string[];
  secretGroup?: number | string;
  /** Minimum Shannon entropy of the secret; gitleaks' `entropy` (strictly above) maps here. */
  entropy?: number;
  /** Globs the file must match (ours). */
  paths?: string[];
  /** An RE2 regex the file path must match (gitleaks' `path`). */
  pathRegex?: string;
  multiline?: boolean;
  remediation?: string;
  examples?: { positive: RuleExample[]; negative: string[] };
  where: Where;
}

export type RegexTarget = 'secret' | 'match' | 'line';

export interface AllowlistConfig {
  description?: string;
  /** Only findings of these rules; empty: every rule. */
  rules: string[];
  /** Globs on the repository-relative path (ours). */
  paths: string[];
  /** RE2 regexes on the path (gitleaks). */
  pathRegexes: string[];
  /** RE2 regexes on the secret, the whole match or the line (regexTarget). */
  regexes: string[];
  regexTarget: RegexTarget;
  /** The secret contains one of these, case-insensitively. */
  stopwords: string[];
  /** SHA-256 hex of the secret, or a prefix of at least 32 hex digits (the JSON report's fingerprint). */
  secrets: string[];
  /** Commit ids (history scans). */
  commits: string[];
  condition: 'or' | 'and';
  where: Where;
}

export interface ScanConfig {
  /** Absolute path of the file it was read from. */
  file: string;
  /** The file as messages show it (relative to the working folder). */
  display: string;
  format: 'yaml' | 'json' | 'package.json' | 'gitleaks';
  extendDefaults: boolean;
  disableRules: string[];
  severity: Record<string, Severity>;
  entropy: Record<string, number>;
  strict?: boolean;
  maxFileSize?: number;
  timeBudgetMs?: number;
  rules: CustomRuleConfig[];
  allowlists: AllowlistConfig[];
  blockedFiles: { add: string[]; remove: string[] };
  /** Baseline file, relative to the config file's folder. */
  baseline?: string;
  /** Things the person should know that are not errors (e.g. gitleaks settings with no equivalent). */
  notes: string[];
  /** Rule ids that a migrated config named but that do not exist here (ignored, reported once). */
  unknownRuleIds?: string[];
  /** Points a key path at its line, for errors found after parsing. */
  lineOf: (key: string) => number | undefined;
}
