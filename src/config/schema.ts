// Reads and validates a YAML or JSON config (and the "scan-secrets" key of package.json). Every
// mistake is one line that names the file, the line, the key and what was expected; the CLI
// exits 2 with it. Unknown keys are errors too: a misspelt allowlist that silently does nothing
// is worse than a config that does not load.

import { LineCounter, parseDocument, isMap, isScalar, isSeq, isPair } from 'yaml';
import type { Node, YAMLMap, Pair } from 'yaml';
import { UsageError } from '../errors.ts';
import type { Severity } from '../engine/types.ts';
import { parseSize } from '../cli/size.ts';
import { quoteValue } from './quote.ts';
import { SEVERITIES } from './types.ts';
import type { AllowlistConfig, CustomRuleConfig, RegexTarget, RuleExample, ScanConfig, Where } from './types.ts';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASH = /^(?:sha256:)?[0-9a-f]{32,64}$/i;

interface StrOptions {
  pattern?: RegExp;
  what?: string;
  /** Never quote the value (it is likely a secret itself); say this instead. */
  hide?: string;
}

class Reader {
  readonly lines = new Map<string, number>();
  constructor(readonly file: string, readonly display: string, private readonly lc: LineCounter) {}

  line(node: Node | Pair | null | undefined): number | undefined {
    const range = isPair(node) ? (node.key as Node | null)?.range : (node as Node | null | undefined)?.range;
    return range ? this.lc.linePos(range[0]).line : undefined;
  }

  fail(node: Node | Pair | null | undefined, key: string, message: string): never {
    const line = this.line(node);
    throw new UsageError(`${this.display}${line ? `:${line}` : ''}: ${key}: ${message}`);
  }

  where(node: Node | Pair | null | undefined, key: string): Where {
    return { file: this.display, line: this.line(node), key };
  }

  map(node: Node | null | undefined, key: string, allowed: string[]): Map<string, Pair> {
    if (!isMap(node)) this.fail(node, key, `expected a mapping of ${allowed.join(', ')}, got ${describe(node)}`);
    const out = new Map<string, Pair>();
    for (const pair of (node as YAMLMap).items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const path = key ? `${key}.${name}` : String(name);
      if (name === undefined) this.fail(pair, key || '(top level)', 'expected a plain key');
      if (!allowed.includes(name)) {
        const near = closest(name, allowed);
        this.fail(pair, path, `unknown key${near ? ` (did you mean ${near}?)` : `; expected one of ${allowed.join(', ')}`}`);
      }
      this.lines.set(path, this.line(pair) ?? 0);
      out.set(name, pair);
    }
    return out;
  }

  /** hide: never quote the value, which is likely a secret itself (an allowlist's `secrets`). */
  str(node: Node | null | undefined, key: string, opts: StrOptions = {}): string {
    if (!isScalar(node) || typeof node.value !== 'string') this.fail(node, key, `expected ${opts.what ?? 'a string'}, got ${opts.hide ? 'something else' : describe(node)}`);
    const v = node.value as string;
    if (opts.pattern && !opts.pattern.test(v)) this.fail(node, key, `expected ${opts.what}, got ${opts.hide ? `a value that is not one (not shown: it may be a secret; ${opts.hide})` : quoteValue(v)}`);
    return v;
  }

  num(node: Node | null | undefined, key: string, min: number, max: number): number {
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value) || node.value < min || node.value > max) {
      this.fail(node, key, `expected a number from ${min} to ${max}, got ${describe(node)}`);
    }
    return node.value as number;
  }

  bool(node: Node | null | undefined, key: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node, key, `expected true or false, got ${describe(node)}`);
    return node.value as boolean;
  }

  oneOf<T extends string>(node: Node | null | undefined, key: string, choices: readonly T[]): T {
    const v = isScalar(node) && typeof node.value === 'string' ? node.value.toLowerCase() : undefined;
    if (v === undefined || !choices.includes(v as T)) this.fail(node, key, `expected one of ${choices.join(', ')}, got ${describe(node)}`);
    return v as T;
  }

  strList(node: Node | null | undefined, key: string, opts: StrOptions = {}): string[] {
    if (isScalar(node) && typeof node.value === 'string') return [this.str(node, key, opts)];
    if (!isSeq(node)) this.fail(node, key, `expected a list of ${opts.what ?? 'strings'}, got ${describe(node)}`);
    return node.items.map((item, i) => this.str(item as Node, `${key}[${i}]`, opts));
  }

  seq(node: Node | null | undefined, key: string, what: string): Node[] {
    if (!isSeq(node)) this.fail(node, key, `expected a list of ${what}, got ${describe(node)}`);
    return node.items as Node[];
  }

  record<T>(node: Node | null | undefined, key: string, what: string, value: (n: Node, k: string) => T): Record<string, T> {
    if (!isMap(node)) this.fail(node, key, `expected a mapping of rule id to ${what}, got ${describe(node)}`);
    const out: Record<string, T> = {};
    for (const pair of node.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      const path = `${key}.${id}`;
      if (!RULE_ID.test(id)) this.fail(pair, path, `expected a rule id (kebab-case), got ${quoteValue(id)}`);
      this.lines.set(path, this.line(pair) ?? 0);
      out[id] = value(pair.value as Node, path);
    }
    return out;
  }
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'null' : `${typeof node.value} ${typeof node.value === 'string' ? quoteValue(node.value) : JSON.stringify(node.value)}`;
  return 'something else';
}

function closest(name: string, options: string[]): string | undefined {
  const lower = name.toLowerCase().replace(/[-_]/g, '');
  return options.find((o) => o.toLowerCase() === lower || o.toLowerCase().startsWith(lower.slice(0, 5)) || lower.startsWith(o.toLowerCase().slice(0, 5)));
}

const TOP_KEYS = [
  'extendDefaults', 'disableRules', 'severity', 'entropy', 'strict', 'maxFileSize', 'timeBudgetMs',
  'rules', 'allowlist', 'allowlists', 'blockedFiles', 'baseline',
];
const RULE_KEYS = ['id', 'title', 'severity', 'regex', 'keywords', 'secretGroup', 'entropy', 'paths', 'multiline', 'remediation', 'examples'];
const ALLOWLIST_KEYS = ['description', 'rules', 'paths', 'regexes', 'regexTarget', 'stopwords', 'secrets', 'commits', 'condition'];

function readRule(r: Reader, node: Node, key: string): CustomRuleConfig {
  const m = r.map(node, key, RULE_KEYS);
  const get = (k: string) => m.get(k)?.value as Node | undefined;
  if (!m.has('id')) r.fail(node, key, 'a custom rule needs an id');
  if (!m.has('regex')) r.fail(node, key, 'a custom rule needs a regex');
  const id = r.str(get('id'), `${key}.id`, { pattern: RULE_ID, what: 'a kebab-case rule id' });
  const rule: CustomRuleConfig = {
    id,
    severity: m.has('severity') ? r.oneOf(get('severity'), `${key}.severity`, SEVERITIES) : 'high',
    regex: r.str(get('regex'), `${key}.regex`, { what: 'a regular expression (RE2 syntax)' }),
    keywords: m.has('keywords') ? r.strList(get('keywords'), `${key}.keywords`).map((k) => k.toLowerCase()) : [],
    where: r.where(m.get('regex'), `${key}.regex`),
  };
  if (m.has('title')) rule.title = r.str(get('title'), `${key}.title`);
  if (m.has('remediation')) rule.remediation = r.str(get('remediation'), `${key}.remediation`);
  if (m.has('secretGroup')) {
    const g = get('secretGroup');
    rule.secretGroup = isScalar(g) && typeof g.value === 'number' ? r.num(g, `${key}.secretGroup`, 0, 1000) : r.str(g, `${key}.secretGroup`, { what: 'a group number or name' });
  }
  if (m.has('entropy')) rule.entropy = r.num(get('entropy'), `${key}.entropy`, 0, 8);
  if (m.has('paths')) rule.paths = r.strList(get('paths'), `${key}.paths`, { what: 'path globs' });
  if (m.has('multiline')) rule.multiline = r.bool(get('multiline'), `${key}.multiline`);
  if (rule.keywords.some((k) => k.length === 0)) r.fail(get('keywords'), `${key}.keywords`, 'expected non-empty keywords');
  if (m.has('examples')) {
    const ex = r.map(get('examples'), `${key}.examples`, ['positive', 'negative']);
    const positive = ex.has('positive')
      ? r.seq(ex.get('positive')!.value as Node, `${key}.examples.positive`, 'examples').map((n, i): RuleExample => {
          const k = `${key}.examples.positive[${i}]`;
          if (isScalar(n)) return { text: r.str(n, k) };
          const e = r.map(n, k, ['text', 'secret']);
          if (!e.has('text')) r.fail(n, k, 'expected a text');
          return { text: r.str(e.get('text')!.value as Node, `${k}.text`), secret: e.has('secret') ? r.str(e.get('secret')!.value as Node, `${k}.secret`) : undefined };
        })
      : [];
    const negative = ex.has('negative') ? r.strList(ex.get('negative')!.value as Node, `${key}.examples.negative`) : [];
    rule.examples = { positive, negative };
  }
  return rule;
}

function readAllowlist(r: Reader, node: Node, key: string): AllowlistConfig {
  const m = r.map(node, key, ALLOWLIST_KEYS);
  const get = (k: string) => m.get(k)?.value as Node | undefined;
  const list = (k: string, opts?: StrOptions) => (m.has(k) ? r.strList(get(k), `${key}.${k}`, opts) : []);
  const a: AllowlistConfig = {
    rules: list('rules', { pattern: RULE_ID, what: 'rule ids' }),
    paths: list('paths', { what: 'path globs' }),
    pathRegexes: [],
    regexes: list('regexes', { what: 'regular expressions (RE2 syntax)' }),
    regexTarget: m.has('regexTarget') ? r.oneOf(get('regexTarget'), `${key}.regexTarget`, ['secret', 'match', 'line'] as RegexTarget[]) : 'secret',
    stopwords: list('stopwords'),
    secrets: list('secrets', { pattern: HASH, what: 'SHA-256 hashes (hex, at least 32 digits)', hide: 'put its hash here: printf %s "$SECRET" | sha256sum' }).map((h) => h.replace(/^sha256:/i, '').toLowerCase()),
    commits: list('commits', { pattern: /^[0-9a-f]{4,64}$/i, what: 'commit ids' }),
    condition: m.has('condition') ? r.oneOf(get('condition'), `${key}.condition`, ['or', 'and'] as const) : 'or',
    where: r.where(node, key),
  };
  if (m.has('description')) a.description = r.str(get('description'), `${key}.description`);
  if (!a.paths.length && !a.regexes.length && !a.stopwords.length && !a.secrets.length && !a.commits.length) {
    r.fail(node, key, 'expected at least one of paths, regexes, stopwords, secrets, commits (an allowlist must say what it allows)');
  }
  if (a.stopwords.some((w) => w.length === 0)) r.fail(get('stopwords'), `${key}.stopwords`, 'expected non-empty stopwords');
  return a;
}

/** Validates a parsed document's root node into a ScanConfig. */
function readConfig(r: Reader, root: Node | null | undefined, file: string, format: ScanConfig['format'], prefix = ''): ScanConfig {
  const m = r.map(root, prefix, TOP_KEYS);
  const get = (k: string) => m.get(k)?.value as Node | undefined;
  const k = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const cfg: ScanConfig = {
    file,
    display: r.display,
    format,
    extendDefaults: m.has('extendDefaults') ? r.bool(get('extendDefaults'), k('extendDefaults')) : true,
    disableRules: m.has('disableRules') ? r.strList(get('disableRules'), k('disableRules'), { pattern: RULE_ID, what: 'rule ids' }) : [],
    severity: m.has('severity') ? r.record(get('severity'), k('severity'), 'a severity', (n, key) => r.oneOf(n, key, SEVERITIES) as Severity) : {},
    entropy: m.has('entropy') ? r.record(get('entropy'), k('entropy'), 'an entropy floor', (n, key) => r.num(n, key, 0, 8)) : {},
    rules: [],
    allowlists: [],
    blockedFiles: { add: [], remove: [] },
    notes: [],
    lineOf: (key) => r.lines.get(prefix ? `${prefix}.${key}` : key),
  };
  if (m.has('strict')) cfg.strict = r.bool(get('strict'), k('strict'));
  if (m.has('maxFileSize')) {
    const n = get('maxFileSize');
    if (isScalar(n) && typeof n.value === 'number') cfg.maxFileSize = r.num(n, k('maxFileSize'), 1, Number.MAX_SAFE_INTEGER);
    else {
      const s = r.str(n, k('maxFileSize'), { what: 'a size such as 500KB or 2MB' });
      try {
        cfg.maxFileSize = parseSize(s);
      } catch {
        r.fail(n, k('maxFileSize'), `expected a size such as 500KB or 2MB, got ${quoteValue(s)}`);
      }
    }
  }
  if (m.has('timeBudgetMs')) cfg.timeBudgetMs = r.num(get('timeBudgetMs'), k('timeBudgetMs'), 0, 600_000);
  if (m.has('baseline')) cfg.baseline = r.str(get('baseline'), k('baseline'), { what: 'a file path' });
  if (m.has('rules')) {
    const seen = new Set<string>();
    r.seq(get('rules'), k('rules'), 'custom rules').forEach((n, i) => {
      const rule = readRule(r, n, k(`rules[${i}]`));
      if (seen.has(rule.id)) r.fail(n, k(`rules[${i}].id`), `rule id ${rule.id} is defined twice`);
      seen.add(rule.id);
      cfg.rules.push(rule);
    });
  }
  if (m.has('allowlist')) cfg.allowlists.push(readAllowlist(r, get('allowlist')!, k('allowlist')));
  if (m.has('allowlists')) r.seq(get('allowlists'), k('allowlists'), 'allowlists').forEach((n, i) => cfg.allowlists.push(readAllowlist(r, n, k(`allowlists[${i}]`))));
  if (m.has('blockedFiles')) {
    const b = r.map(get('blockedFiles'), k('blockedFiles'), ['add', 'remove']);
    if (b.has('add')) cfg.blockedFiles.add = r.strList(b.get('add')!.value as Node, k('blockedFiles.add'), { what: 'path globs' });
    if (b.has('remove')) cfg.blockedFiles.remove = r.strList(b.get('remove')!.value as Node, k('blockedFiles.remove'), { what: 'path globs' });
  }
  return cfg;
}

/** Parses YAML or JSON text (JSON is read as YAML, which also keeps line numbers). */
export function parseConfigText(text: string, file: string, display: string, format: ScanConfig['format']): ScanConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  const r = new Reader(file, display, lc);
  // An unknown tag (!!js/function, !!js/regexp) would be read as a plain string: refuse it, as
  // a config that tries to be code is not the config its author thinks it is.
  const e = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (e) {
    const line = e.linePos?.[0]?.line;
    const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${display}${line ? `:${line}` : ''}: cannot parse ${format === 'yaml' ? 'YAML' : 'JSON'}: ${msg}; fix the file`);
  }
  if (format === 'package.json') {
    if (!isMap(doc.contents)) r.fail(doc.contents, '(top level)', 'expected a JSON object');
    const pair = (doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === 'scan-secrets');
    return readConfig(r, pair?.value as Node, file, format, 'scan-secrets');
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    // An empty file is a valid config that changes nothing.
    return readConfig(r, parseDocument('{}').contents as Node, file, format);
  }
  return readConfig(r, doc.contents as Node, file, format);
}
