// The env-check policy: its config-file shape (the `envCheck` section of .scan-secrets.yaml /
// .scan-secrets.json / package.json "scan-secrets"), its defaults, and a parser that checks
// every field and says exactly which one is wrong. Config is data only: nothing in it runs.

import { UsageError } from '../errors.ts';
import { DEFAULT_FORBIDDEN_WORDS } from './strength.ts';

export const ENVIRONMENTS = ['development', 'staging', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** A requirement that holds only when other variables have given values. */
export interface RequiredWhen {
  /** Every condition must hold: some variable matching the glob equals one of the values (case-insensitive). */
  when: Record<string, string[]>;
  /** Each entry must be set and non-empty; an entry with several names is met by any one of them. */
  require: string[][];
}

/** The resolved policy: every field set. */
export interface EnvCheckPolicy {
  minLength: number;
  entropyFloor: number;
  forbiddenWords: string[];
  secretKeys: string[];
  notSecretKeys: string[];
  exampleFiles: string[];
  urlKeys: string[];
  connectionStrings: Record<string, string[]>;
  required: string[];
  requiredWhen: RequiredWhen[];
  requireExampleKeys: boolean;
  envAliases: Record<string, Environment>;
}

/** The `envCheck` section as written in a config file; every field optional. */
export interface EnvCheckConfig {
  /** Shortest acceptable secret, in characters. Default 32. */
  minLength?: number;
  /** Shannon bits per character a wide-alphabet secret must reach. Default 3.0. */
  entropyFloor?: number;
  /** Added to the built-in weak words. */
  forbiddenWords?: string[];
  /** Globs of extra secret variables, added to the name patterns. */
  secretKeys?: string[];
  /** Globs of variables that are never secrets, whatever their name says. */
  notSecretKeys?: string[];
  /** Template files whose values a real secret must not equal. Replaces the default. */
  exampleFiles?: string[];
  /** Globs of public front/back-end URL variables that must use https outside development. Replaces the default. */
  urlKeys?: string[];
  /** Variable -> accepted URL schemes. Merged over the defaults; an empty list drops a default. */
  connectionStrings?: Record<string, string | string[]>;
  /** Variables that must be set (errors in staging and production, warnings in development). */
  required?: string[];
  /** Conditional requirements. Replaces the default provider table. */
  requiredWhen?: { when: Record<string, string | string[]>; require: (string | string[])[] }[];
  /** Every variable named in the example file must be set. Default false. */
  requireExampleKeys?: boolean;
  /** Extra names for environments (e.g. `qa: staging`), merged over the built-in aliases. */
  envAliases?: Record<string, Environment>;
}

export const DEFAULT_EXAMPLE_FILES = ['.env.example', '.env.sample', '.env.template'];

export const DEFAULT_URL_KEYS = [
  'FRONTEND_URL', 'BACKEND_URL', 'PUBLIC_URL', 'APP_URL', 'SITE_URL', 'BASE_URL', 'API_URL', 'API_BASE_URL',
  'WEB_URL', 'WEBSITE_URL', 'CLIENT_URL', 'SERVER_URL', 'NEXTAUTH_URL', 'AUTH_URL',
  'PUBLIC_*_URL', '*_PUBLIC_URL', 'NEXT_PUBLIC_*URL', 'VITE_*URL', 'REACT_APP_*URL', 'NUXT_PUBLIC_*URL',
  '*_CALLBACK_URL', '*_REDIRECT_URL', '*_REDIRECT_URI',
];

export const DEFAULT_CONNECTION_STRINGS: Record<string, string[]> = {
  DATABASE_URL: ['postgres', 'postgresql'],
  REDIS_URL: ['redis', 'rediss'],
};

/**
 * A provider named in any `*PROVIDER` variable needs that provider's key, under the name its
 * official SDK reads. These fire only when such a variable names the provider, so a project
 * that has none never sees them.
 */
const PROVIDER_KEYS: [string, string[]][] = [
  ['openai', ['OPENAI_API_KEY']],
  ['anthropic', ['ANTHROPIC_API_KEY']],
  ['groq', ['GROQ_API_KEY']],
  ['mistral', ['MISTRAL_API_KEY']],
  ['gemini', ['GEMINI_API_KEY', 'GOOGLE_API_KEY']],
  ['cohere', ['COHERE_API_KEY', 'CO_API_KEY']],
  ['deepseek', ['DEEPSEEK_API_KEY']],
  ['openrouter', ['OPENROUTER_API_KEY']],
  ['together', ['TOGETHER_API_KEY']],
  ['xai', ['XAI_API_KEY']],
];

export const DEFAULT_REQUIRED_WHEN: RequiredWhen[] = PROVIDER_KEYS.map(([provider, keys]) => ({
  when: { '*PROVIDER': [provider] },
  require: [keys],
}));

export const DEFAULT_ENV_ALIASES: Record<string, Environment> = {
  production: 'production', prod: 'production', live: 'production',
  staging: 'staging', stage: 'staging', preprod: 'staging', preproduction: 'staging', uat: 'staging',
  // A test run uses throwaway values, as development does.
  development: 'development', dev: 'development', local: 'development', test: 'development', testing: 'development',
};

export function defaultPolicy(): EnvCheckPolicy {
  return {
    minLength: 32,
    entropyFloor: 3.0,
    forbiddenWords: [...DEFAULT_FORBIDDEN_WORDS],
    secretKeys: [],
    notSecretKeys: [],
    exampleFiles: [...DEFAULT_EXAMPLE_FILES],
    urlKeys: [...DEFAULT_URL_KEYS],
    connectionStrings: structuredClone(DEFAULT_CONNECTION_STRINGS),
    required: [],
    requiredWhen: structuredClone(DEFAULT_REQUIRED_WHEN),
    requireExampleKeys: false,
    envAliases: { ...DEFAULT_ENV_ALIASES },
  };
}

const FIELDS = [
  'minLength', 'entropyFloor', 'forbiddenWords', 'secretKeys', 'notSecretKeys', 'exampleFiles', 'urlKeys',
  'connectionStrings', 'required', 'requiredWhen', 'requireExampleKeys', 'envAliases',
];

const NAME = /^[A-Za-z_*?][A-Za-z0-9_.*?-]*$/;

/**
 * Checks a parsed `envCheck` section and merges it over the defaults. `source` names the file
 * in messages. Throws a UsageError (exit 2) naming the field and what it should be.
 */
export function parsePolicyConfig(raw: unknown, source = 'config'): EnvCheckPolicy {
  const policy = defaultPolicy();
  if (raw === undefined || raw === null) return policy;
  const at = (field: string) => `${source}: envCheck.${field}`;
  if (!isRecord(raw)) throw new UsageError(`${source}: envCheck must be a mapping of options (see docs/env-check.md)`);
  for (const k of Object.keys(raw)) {
    if (!FIELDS.includes(k)) throw new UsageError(`${source}: unknown option envCheck.${k}; known options: ${FIELDS.join(', ')}`);
  }

  if (raw.minLength !== undefined) {
    if (!Number.isInteger(raw.minLength) || (raw.minLength as number) < 1) throw new UsageError(`${at('minLength')} must be a whole number of at least 1`);
    policy.minLength = raw.minLength as number;
  }
  if (raw.entropyFloor !== undefined) {
    const f = raw.entropyFloor;
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 0 || f > 6) throw new UsageError(`${at('entropyFloor')} must be a number of bits per character from 0 to 6`);
    policy.entropyFloor = f;
  }
  if (raw.forbiddenWords !== undefined) {
    const words = stringList(raw.forbiddenWords, at('forbiddenWords'));
    if (words.some((w) => w.trim() === '')) throw new UsageError(`${at('forbiddenWords')} must not hold empty words`);
    policy.forbiddenWords.push(...words.map((w) => w.toLowerCase()));
  }
  if (raw.secretKeys !== undefined) policy.secretKeys = names(raw.secretKeys, at('secretKeys'));
  if (raw.notSecretKeys !== undefined) policy.notSecretKeys = names(raw.notSecretKeys, at('notSecretKeys'));
  if (raw.exampleFiles !== undefined) {
    policy.exampleFiles = stringList(raw.exampleFiles, at('exampleFiles'));
    if (policy.exampleFiles.some((f) => f.trim() === '')) throw new UsageError(`${at('exampleFiles')} must not hold empty paths`);
  }
  if (raw.urlKeys !== undefined) policy.urlKeys = names(raw.urlKeys, at('urlKeys'));
  if (raw.connectionStrings !== undefined) {
    const cs = raw.connectionStrings;
    if (!isRecord(cs)) throw new UsageError(`${at('connectionStrings')} must map variable names to URL schemes, e.g. DATABASE_URL: [postgresql, mysql]`);
    for (const [key, schemes] of Object.entries(cs)) {
      if (!NAME.test(key)) throw new UsageError(`${at(`connectionStrings.${key}`)}: not a variable name`);
      const list = typeof schemes === 'string' ? [schemes] : stringList(schemes, at(`connectionStrings.${key}`));
      for (const s of list) {
        if (!/^[a-z][a-z0-9+.-]*$/i.test(s)) throw new UsageError(`${at(`connectionStrings.${key}`)}: "${s}" is not a URL scheme (write postgresql, not postgresql://)`);
      }
      if (list.length === 0) delete policy.connectionStrings[key];
      else policy.connectionStrings[key] = list.map((s) => s.toLowerCase());
    }
  }
  if (raw.required !== undefined) policy.required = names(raw.required, at('required'));
  if (raw.requiredWhen !== undefined) {
    if (!Array.isArray(raw.requiredWhen)) throw new UsageError(`${at('requiredWhen')} must be a list of { when: {VAR: value}, require: [VAR] }`);
    policy.requiredWhen = raw.requiredWhen.map((r, i) => requiredWhen(r, at(`requiredWhen[${i}]`)));
  }
  if (raw.requireExampleKeys !== undefined) {
    if (typeof raw.requireExampleKeys !== 'boolean') throw new UsageError(`${at('requireExampleKeys')} must be true or false`);
    policy.requireExampleKeys = raw.requireExampleKeys;
  }
  if (raw.envAliases !== undefined) {
    if (!isRecord(raw.envAliases)) throw new UsageError(`${at('envAliases')} must map names to development, staging or production`);
    for (const [alias, env] of Object.entries(raw.envAliases)) {
      if (typeof env !== 'string' || !(ENVIRONMENTS as readonly string[]).includes(env)) {
        throw new UsageError(`${at(`envAliases.${alias}`)} must be development, staging or production`);
      }
      policy.envAliases[alias.toLowerCase()] = env as Environment;
    }
  }
  return policy;
}

function requiredWhen(r: unknown, at: string): RequiredWhen {
  if (!isRecord(r) || !isRecord(r.when) || r.require === undefined) {
    throw new UsageError(`${at} must be { when: {VAR: value}, require: [VAR] }`);
  }
  for (const k of Object.keys(r)) if (k !== 'when' && k !== 'require') throw new UsageError(`${at}: unknown field ${k} (use when and require)`);
  const when: Record<string, string[]> = {};
  const conditions = Object.entries(r.when);
  if (conditions.length === 0) throw new UsageError(`${at}.when must name at least one variable`);
  for (const [key, v] of conditions) {
    if (!NAME.test(key)) throw new UsageError(`${at}.when: "${key}" is not a variable name or glob`);
    const values = typeof v === 'string' ? [v] : stringList(v, `${at}.when.${key}`);
    if (values.length === 0) throw new UsageError(`${at}.when.${key} must list at least one value`);
    when[key] = values;
  }
  const reqRaw = typeof r.require === 'string' ? [r.require] : r.require;
  if (!Array.isArray(reqRaw) || reqRaw.length === 0) throw new UsageError(`${at}.require must list the variables to require`);
  const require = reqRaw.map((entry, i) => {
    const alternatives = typeof entry === 'string' ? [entry] : stringList(entry, `${at}.require[${i}]`);
    if (alternatives.length === 0 || alternatives.some((a) => !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(a))) {
      throw new UsageError(`${at}.require[${i}] must be a variable name, or a list of names of which any one will do`);
    }
    return alternatives;
  });
  return { when, require };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, at: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`${at} must be a list of strings`);
  return v as string[];
}

function names(v: unknown, at: string): string[] {
  const list = stringList(v, at);
  for (const n of list) if (!NAME.test(n)) throw new UsageError(`${at}: "${n}" is not a variable name or glob (letters, digits, _ . -, and * ?)`);
  return list;
}
