// Finds the `envCheck` section of the project's config file. This is the one place env-check
// touches config files, so the shared config loader can replace it in one move.
//
// Looked for in the current directory, then at the repository root: .scan-secrets.yaml,
// .scan-secrets.yml, .scan-secrets.json, then package.json's "scan-secrets" key. The first file
// found is the config, whether or not it has an envCheck section. YAML is parsed as data only.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError } from '../errors.ts';
import { repoRoot } from '../scanners/git.ts';

export const CONFIG_FILES = ['.scan-secrets.yaml', '.scan-secrets.yml', '.scan-secrets.json'];

export interface EnvCheckSection {
  /** The raw `envCheck` value (undefined when the config has none, or there is no config). */
  section: unknown;
  /** The config file it came from, as shown in messages. */
  source?: string;
}

export function loadEnvCheckSection(cwd: string, configPath?: string): EnvCheckSection {
  if (configPath) {
    const abs = resolve(cwd, configPath);
    if (!existsSync(abs)) throw new UsageError(`config file ${configPath} not found; check the --config path`);
    return fromFile(abs, configPath);
  }
  const root = repoRoot(cwd);
  const dirs = [cwd, ...(root && resolve(root) !== resolve(cwd) ? [root] : [])];
  for (const dir of dirs) {
    for (const name of CONFIG_FILES) {
      const abs = join(dir, name);
      if (existsSync(abs)) return fromFile(abs, display(cwd, abs));
    }
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const json = parseJson(read(pkg, display(cwd, pkg)), display(cwd, pkg));
      if (isRecord(json) && json['scan-secrets'] !== undefined) {
        const cfg = json['scan-secrets'];
        const source = `${display(cwd, pkg)} "scan-secrets"`;
        if (!isRecord(cfg)) throw new UsageError(`${source} must be an object of scan-secrets options`);
        return { section: cfg.envCheck, source };
      }
    }
  }
  return { section: undefined };
}

function fromFile(abs: string, shown: string): EnvCheckSection {
  const text = read(abs, shown);
  let doc: unknown;
  if (/\.json$/i.test(abs)) doc = parseJson(text, shown);
  else {
    // Plain data: duplicate keys and unknown tags (`!!js/function`) are errors, not warnings.
    const parsed = parseDocument(text, { uniqueKeys: true, logLevel: 'silent' });
    const problem = parsed.errors[0] ?? parsed.warnings[0];
    if (problem) {
      const line = problem.linePos?.[0]?.line;
      throw new UsageError(`${shown}${line ? `:${line}` : ''}: not valid YAML (${problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}); fix the file`);
    }
    try {
      doc = parsed.toJS();
    } catch (e) {
      // The yaml package refuses alias chains that would expand without bound ("billion laughs").
      throw new UsageError(`${shown}: not usable YAML (${(e as Error).message}); fix the file`);
    }
  }
  if (doc === null || doc === undefined) return { section: undefined, source: shown };
  if (!isRecord(doc)) throw new UsageError(`${shown}: the config must be a mapping of options`);
  return { section: doc.envCheck, source: shown };
}

function read(abs: string, shown: string): string {
  try {
    return readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? (e as Error).message);
    throw new UsageError(`cannot read ${shown}: ${why}; check the file and its permissions`);
  }
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // V8 quotes the text around the error ('Unexpected token 'g', "{"a": ghp_abcdef"... is not
    // valid JSON'); that text may be a secret, so the quote is cut.
    const why = (e as Error).message.replace(/, (?:\.\.\.)?".*$/s, '');
    throw new UsageError(`${shown}: not valid JSON (${why}); fix the file`);
  }
}

function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
