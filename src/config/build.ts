// Turns a validated config into the engine's rule set and options: built-in rules (unless the
// config opts out), minus disabled ones, with severity and entropy overrides, plus custom rules
// that run in the linear-time engine and must pass their own examples.

import { Engine } from '../engine/engine.ts';
import type { ContentRule, EngineOptions, FileRule, Rule } from '../engine/types.ts';
import { UsageError } from '../errors.ts';
import { ROTATE } from '../rules/lib/define.ts';
import { plainRule } from '../rules/lib/lazy.ts';
import { globMatcher } from './allowlist.ts';
import { quoteFragments, quoteValue } from './quote.ts';
import type { RegexCompiler, UntrustedRegex, SecretGroup } from './re2.ts';
import type { CustomRuleConfig, ScanConfig, Where } from './types.ts';

/** `pattern` of a rule that matches with its `matcher`; never executed. */
const MATCHER_ONLY = /(?!)/;

export const CONFIG_BLOCKED_RULE = 'blocked-by-config';

function at(w: Where, key = w.key): string {
  return `${w.file}${w.line ? `:${w.line}` : ''}: ${key}`;
}

/** Compiles an untrusted regex, or fails with the file, line and key it came from. */
export function compileAt(compile: RegexCompiler, source: string, where: Where, secretGroup?: SecretGroup): UntrustedRegex {
  try {
    return compile(source, secretGroup);
  } catch (e) {
    if ((e as Error).name === 'RegexSyntaxError') throw new UsageError(`${at(where)}: ${quoteFragments((e as Error).message)}`);
    throw e;
  }
}

/** True when the config holds a regex, so the regex engine must be loaded. */
export function needsRegexEngine(cfg: ScanConfig): boolean {
  return cfg.rules.some((r) => r.regex !== undefined || r.pathRegex !== undefined) || cfg.allowlists.some((a) => a.regexes.length > 0 || a.pathRegexes.length > 0);
}

function customRule(c: CustomRuleConfig, compile: RegexCompiler): Rule {
  const pathRe = c.pathRegex !== undefined ? compileAt(compile, c.pathRegex, { ...c.where, key: c.where.key.replace(/regex$/, 'path') }) : undefined;
  const globs = c.paths?.map(globMatcher);
  const appliesTo = pathRe || globs ? (p: string) => (!pathRe || pathRe.test(p)) && (!globs || globs.some((g) => g(p))) : undefined;
  if (c.regex === undefined) {
    // gitleaks' path-only rule: the file itself is the finding.
    const rule: FileRule = {
      kind: 'file',
      id: c.id,
      title: c.title ?? c.id,
      severity: c.severity,
      check: (f) => (appliesTo?.(f.path) ? `the path matches rule ${c.id}` : undefined),
      remediation: 'Keep this file out of git: `git rm --cached <file>` and add it to .gitignore.',
      examples: { positive: [], negative: [] },
    };
    return rule;
  }
  const matcher = compileAt(compile, c.regex, c.where, c.secretGroup);
  const rule: ContentRule = {
    id: c.id,
    title: c.title ?? c.id,
    severity: c.severity,
    keywords: c.keywords,
    pattern: MATCHER_ONLY,
    matcher,
    appliesTo,
    multiline: c.multiline,
    minEntropy: c.entropy,
    remediation: c.remediation ?? ROTATE,
    examples: {
      positive: (c.examples?.positive ?? []).map((e) => (e.secret === undefined ? e.text : { text: e.text, secret: e.secret })),
      negative: c.examples?.negative ?? [],
    },
  };
  checkExamples(rule, c);
  return rule;
}

/** A custom rule's examples are its specification, as for built-in rules: they must hold. */
function checkExamples(rule: ContentRule, c: CustomRuleConfig): void {
  if (!c.examples) return;
  const key = c.where.key.replace(/\.regex$/, '.examples');
  const engine = new Engine([{ ...rule, appliesTo: undefined }]);
  const scan = (text: string) => engine.scan({ path: 'example', content: text, size: text.length, origin: { kind: 'file' } });
  c.examples.positive.forEach((e, i) => {
    const found = scan(e.text);
    const want = e.secret ?? e.text;
    if (!found.some((f) => f.secret === want)) {
      const got = found.length ? `it found a different secret (${found[0].secret.length} characters)` : 'it found nothing';
      if (rule.keywords.length && !rule.keywords.some((k) => e.text.toLowerCase().includes(k))) {
        throw new UsageError(`${at(c.where, `${key}.positive[${i}]`)}: the example holds none of the rule's keywords, so the rule never runs on it`);
      }
      throw new UsageError(`${at(c.where, `${key}.positive[${i}]`)}: the rule must find ${e.secret === undefined ? 'the whole example' : 'the given secret'} in it, but ${got}`);
    }
  });
  c.examples.negative.forEach((text, i) => {
    if (scan(text).length) throw new UsageError(`${at(c.where, `${key}.negative[${i}]`)}: the rule must not find anything in it, but it does`);
  });
}

export interface BuiltRules {
  rules: Rule[];
  options: Partial<EngineOptions>;
  /** Ids of the config's own rules (their findings in the config file itself are its examples). */
  customIds: Set<string>;
  /** Rule ids the config named that do not exist (gitleaks' default rules): reported, not fatal. */
  unknownIds: string[];
}

/** `builtin`: the built-in rules this scan runs; `all`: every built-in rule, for checking ids. */
export function buildRules(cfg: ScanConfig, builtin: Rule[], compile: RegexCompiler, all: Rule[] = builtin): BuiltRules {
  const known = new Map(all.map((r) => [r.id, r] as const));
  const custom = cfg.rules.map((c) => customRule(c, compile));
  const customIds = new Set(custom.map((r) => r.id));
  for (const r of custom) known.set(r.id, r);
  const unknownIds: string[] = [];
  const checkId = (id: string, key: string) => {
    if (known.has(id)) return true;
    if (cfg.format === 'gitleaks') {
      unknownIds.push(id);
      return false;
    }
    const line = cfg.lineOf(key);
    throw new UsageError(`${cfg.display}${line ? `:${line}` : ''}: ${key}: unknown rule id ${quoteValue(id)}; list the rules with: scan-secrets rules`);
  };

  const disabled = new Set(cfg.disableRules.filter((id) => checkId(id, 'disableRules')));
  // An allowlist for a misspelt rule would silently allow nothing; one for a gitleaks default
  // rule with no twin here is reported under --verbose like the other unknown ids.
  for (const a of cfg.allowlists) for (const id of a.rules) checkId(id, `${a.where.key}.rules`);
  let rules: Rule[] = builtin.filter((r) => !customIds.has(r.id) && (cfg.extendDefaults || r.kind === 'file'));
  rules.push(...custom);
  rules = rules.filter((r) => !disabled.has(r.id));
  for (const [id, severity] of Object.entries(cfg.severity)) if (checkId(id, `severity.${id}`)) rules = rules.map((r) => (r.id === id ? { ...plainRule(r), severity } : r));
  for (const [id, floor] of Object.entries(cfg.entropy)) {
    if (!checkId(id, `entropy.${id}`)) continue;
    if (known.get(id)!.kind === 'file') throw new UsageError(`${cfg.display}:${cfg.lineOf(`entropy.${id}`) ?? ''}: entropy.${id}: ${id} is a file rule; entropy applies to content rules`);
    rules = rules.map((r) => (r.id === id && r.kind !== 'file' ? { ...plainRule(r), minEntropy: floor } : r));
  }
  if (cfg.blockedFiles.add.length) {
    const globs = cfg.blockedFiles.add.map(globMatcher);
    const name = cfg.display;
    rules.push({
      kind: 'file',
      id: CONFIG_BLOCKED_RULE,
      title: 'File blocked by the config',
      severity: 'high',
      check: (f) => (globs.some((g) => g(f.path)) ? `blocked by blockedFiles in ${name}` : undefined),
      remediation: 'Keep this file out of git: `git rm --cached <file>`, add it to .gitignore, or remove the pattern from blockedFiles.',
      examples: { positive: [], negative: [] },
    });
  }
  const options: Partial<EngineOptions> = {};
  if (cfg.maxFileSize !== undefined) options.maxFileSize = cfg.maxFileSize;
  if (cfg.timeBudgetMs !== undefined) options.matcherBudgetMs = cfg.timeBudgetMs;
  return { rules, options, customIds, unknownIds: [...new Set(unknownIds)] };
}
