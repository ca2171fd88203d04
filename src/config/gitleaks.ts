// Reads a gitleaks config (.gitleaks.toml) into ours, so a team can switch without rewriting it.
// gitleaks patterns are Go regexps, which are RE2: they run unchanged in our linear-time engine
// (src/config/re2.ts), and a pattern RE2 cannot run fails with the rule's name and line.
//
// What maps: [[rules]] id, description, regex, secretGroup, keywords, entropy, path (a regex on
// the file path; a rule with only a path flags the file itself); rule allowlists
// ([rules.allowlist] and [[rules.allowlists]]); global allowlists ([allowlist], [[allowlists]]
// with targetRules); regexes, regexTarget (secret, match, line), paths, stopwords, commits,
// condition (OR, AND); [extend] useDefault (our built-in rules) and disabledRules.
// What does not: [extend] path/url (merge the files first), multi-part rules ([[rules.required]]:
// the rule runs on its own, which reports more, never less), tags.

import { parse, TomlError } from 'smol-toml';
import { UsageError } from '../errors.ts';
import { quoteValue } from './quote.ts';
import type { AllowlistConfig, CustomRuleConfig, RegexTarget, ScanConfig, Where } from './types.ts';

type Table = Record<string, unknown>;

class TomlReader {
  private readonly lines: string[];
  constructor(readonly display: string, text: string) {
    this.lines = text.split('\n');
  }

  /** The line of `id = "X"` (the rule's own line), for messages about that rule. */
  ruleLine(id: string): number | undefined {
    const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^\\s*id\\s*=\\s*(?:"${esc}"|'${esc}'|'''${esc}''')`);
    const i = this.lines.findIndex((l) => re.test(l));
    return i === -1 ? undefined : i + 1;
  }

  /** The line of the first `[name]` / `[[name]]` header, for section-level messages. */
  sectionLine(name: string): number | undefined {
    const i = this.lines.findIndex((l) => l.trim() === `[${name}]` || l.trim() === `[[${name}]]`);
    return i === -1 ? undefined : i + 1;
  }

  fail(line: number | undefined, key: string, message: string): never {
    throw new UsageError(`${this.display}${line ? `:${line}` : ''}: ${key}: ${message}`);
  }

  str(v: unknown, line: number | undefined, key: string): string {
    if (typeof v !== 'string') this.fail(line, key, `expected a string, got ${kind(v)}`);
    return v;
  }

  strList(v: unknown, line: number | undefined, key: string): string[] {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.fail(line, key, `expected a list of strings, got ${kind(v)}`);
    return v as string[];
  }

  table(v: unknown, line: number | undefined, key: string): Table {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(line, key, `expected a table, got ${kind(v)}`);
    return v as Table;
  }
}

function kind(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'object') return 'a table';
  return `${typeof v} ${typeof v === 'string' ? quoteValue(v) : JSON.stringify(v)}`;
}

function readAllowlist(t: TomlReader, raw: unknown, line: number | undefined, key: string, rules: string[]): AllowlistConfig {
  const a = t.table(raw, line, key);
  const cond = a.condition === undefined ? 'OR' : t.str(a.condition, line, `${key}.condition`).toUpperCase();
  if (!['OR', 'AND', '||', '&&'].includes(cond)) t.fail(line, `${key}.condition`, `expected "OR" or "AND", got ${quoteValue(String(a.condition))}`);
  const target = a.regexTarget === undefined ? 'secret' : t.str(a.regexTarget, line, `${key}.regexTarget`);
  if (!['secret', 'match', 'line'].includes(target)) t.fail(line, `${key}.regexTarget`, `expected "secret", "match" or "line", got ${quoteValue(target)}`);
  const out: AllowlistConfig = {
    description: typeof a.description === 'string' ? a.description : undefined,
    rules,
    paths: [],
    pathRegexes: t.strList(a.paths, line, `${key}.paths`),
    regexes: t.strList(a.regexes, line, `${key}.regexes`),
    regexTarget: target as RegexTarget,
    stopwords: t.strList(a.stopwords, line, `${key}.stopwords`),
    secrets: [],
    commits: t.strList(a.commits, line, `${key}.commits`),
    condition: cond === 'AND' || cond === '&&' ? 'and' : 'or',
    where: { file: t.display, line, key },
  };
  if (!out.pathRegexes.length && !out.regexes.length && !out.stopwords.length && !out.commits.length) {
    t.fail(line, key, 'expected at least one of regexes, paths, stopwords, commits');
  }
  return out;
}

export function parseGitleaksToml(text: string, file: string, display: string): ScanConfig {
  const t: TomlReader = new TomlReader(display, text);
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (e) {
    if (e instanceof TomlError) {
      throw new UsageError(`${display}:${e.line}: cannot parse TOML: ${e.message.split('\n')[0].replace(/^Invalid TOML document: /, '')}; fix the file`);
    }
    throw e;
  }
  const cfg: ScanConfig = {
    file,
    display,
    format: 'gitleaks',
    extendDefaults: false,
    disableRules: [],
    severity: {},
    entropy: {},
    rules: [],
    allowlists: [],
    blockedFiles: { add: [], remove: [] },
    notes: [],
    lineOf: () => undefined,
  };

  if (doc.extend !== undefined) {
    const line = t.sectionLine('extend');
    const ext = t.table(doc.extend, line, 'extend');
    if (ext.path !== undefined || ext.url !== undefined) {
      t.fail(line, ext.path !== undefined ? 'extend.path' : 'extend.url', 'extending another config file is not supported; merge its rules into this file');
    }
    if (ext.useDefault !== undefined) {
      if (typeof ext.useDefault !== 'boolean') t.fail(line, 'extend.useDefault', `expected true or false, got ${kind(ext.useDefault)}`);
      // gitleaks' default rules become ours: both are a curated set for the same providers.
      cfg.extendDefaults = ext.useDefault;
    }
    cfg.disableRules = t.strList(ext.disabledRules, line, 'extend.disabledRules');
  }

  const rules: unknown[] = doc.rules === undefined ? [] : Array.isArray(doc.rules) ? doc.rules : t.fail(t.sectionLine('rules'), 'rules', `expected [[rules]] tables, got ${kind(doc.rules)}`);
  const seen = new Set<string>();
  rules.forEach((raw, i) => {
    const pre = t.table(raw, t.sectionLine('rules'), `rules[${i}]`);
    const id = typeof pre.id === 'string' && pre.id ? pre.id : t.fail(t.sectionLine('rules'), `rules[${i}].id`, 'expected a rule id');
    const line = t.ruleLine(id);
    const key = `rules[${id}]`;
    if (seen.has(id)) t.fail(line, key, 'this rule id is defined twice');
    seen.add(id);
    const ruleAllowlists = [
      ...(pre.allowlist !== undefined ? [pre.allowlist] : []),
      ...(pre.allowlists === undefined ? [] : Array.isArray(pre.allowlists) ? pre.allowlists : t.fail(line, `${key}.allowlists`, 'expected [[rules.allowlists]] tables')),
    ];
    ruleAllowlists.forEach((a, j) => cfg.allowlists.push(readAllowlist(t, a, line, `${key}.allowlists[${j}]`, [id])));
    if (pre.skipReport === true) {
      cfg.notes.push(`${display}: rule ${id} only feeds multi-part rules (skipReport), which are not supported; it is not used`);
      return;
    }
    if (pre.required !== undefined) {
      cfg.notes.push(`${display}: rule ${id} is a multi-part rule; it runs on its own here, without its required rules`);
    }
    const regex = pre.regex === undefined ? undefined : t.str(pre.regex, line, `${key}.regex`);
    const path = pre.path === undefined ? undefined : t.str(pre.path, line, `${key}.path`);
    if (regex === undefined && path === undefined) {
      // A rule with only allowlists refines a default rule of the same id (gitleaks merges them).
      if (ruleAllowlists.length) return;
      t.fail(line, key, 'expected a regex or a path');
    }
    const where: Where = { file: display, line, key: `${key}.regex` };
    const rule: CustomRuleConfig = {
      id,
      title: typeof pre.description === 'string' && pre.description ? pre.description : id,
      severity: 'high',
      regex,
      keywords: t.strList(pre.keywords, line, `${key}.keywords`).map((k) => k.toLowerCase()).filter(Boolean),
      pathRegex: path,
      where,
    };
    const group = pre.secretGroup;
    if (group !== undefined && group !== 0) {
      if (typeof group !== 'number' || !Number.isInteger(group) || group < 0) t.fail(line, `${key}.secretGroup`, `expected a group number, got ${kind(group)}`);
      rule.secretGroup = group;
    }
    const entropy = pre.entropy;
    if (entropy !== undefined && entropy !== 0) {
      if (typeof entropy !== 'number' || entropy < 0 || entropy > 8) t.fail(line, `${key}.entropy`, `expected a number from 0 to 8, got ${kind(entropy)}`);
      // gitleaks drops a secret whose entropy is <= the value; ours drops < minEntropy.
      rule.entropy = entropy + 1e-9;
    }
    // gitleaks runs a pattern over the whole fragment; ours runs it on the lines holding a keyword
    // unless the pattern says it spans lines.
    if (regex !== undefined && /\\n|\\r|\(\?[a-zA-Z]*s[a-zA-Z]*[):]|\[\\s\\S\]|\[\\S\\s\]|\[\\w\\W\]|\[\\d\\D\]/.test(regex)) rule.multiline = true;
    cfg.rules.push(rule);
  });

  const globals = [
    ...(doc.allowlist !== undefined ? [doc.allowlist] : []),
    ...(doc.allowlists === undefined ? [] : Array.isArray(doc.allowlists) ? doc.allowlists : t.fail(t.sectionLine('allowlists'), 'allowlists', 'expected [[allowlists]] tables')),
  ];
  globals.forEach((a, i) => {
    const line = t.sectionLine(doc.allowlist !== undefined && i === 0 ? 'allowlist' : 'allowlists');
    const table = t.table(a, line, `allowlists[${i}]`);
    const targets = t.strList(table.targetRules, line, `allowlists[${i}].targetRules`);
    cfg.allowlists.push(readAllowlist(t, table, line, `allowlists[${i}]`, targets));
  });
  return cfg;
}
