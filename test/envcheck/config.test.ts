import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { resolveEnvironment } from '../../src/envcheck/environment.ts';
import { globMatch, isSecretKey } from '../../src/envcheck/keys.ts';
import { DEFAULT_ENV_ALIASES, defaultPolicy, parsePolicyConfig } from '../../src/envcheck/policy-config.ts';

describe('isSecretKey', () => {
  const none = { secretKeys: [], notSecretKeys: [] };
  it.each([
    'SECRET_KEY', 'JWT_SECRET_KEY', 'CLIENT_SECRET', 'APP_SECRETS', 'API_KEY', 'STRIPE_API_KEY', 'OPENAI_APIKEY',
    'GITHUB_TOKEN', 'ACCESS_TOKENS', 'SLACKTOKEN', 'DB_PASSWORD', 'POSTGRES_PASSWD', 'SIGNING_KEYS', 'KEY',
  ])('%s holds a secret', (k) => expect(isSecretKey(k, none)).toBe(true));

  it.each([
    'ACCESS_TOKEN_EXPIRE_MINUTES', 'JWT_TOKEN_TTL', 'PASSWORD_MIN_LENGTH', 'POSTGRES_PASSWORD_FILE', 'SECRET_KEY_PATH',
    'JWT_ALGORITHM', 'TOKENIZERS_PARALLELISM', 'STRIPE_PUBLISHABLE_KEY', 'NEXT_PUBLIC_API_KEY', 'SSH_PUBLIC_KEY',
    'TOKEN_URL', 'AWS_ACCESS_KEY_ID', 'DATABASE_URL', 'PORT', 'MONKEY_COUNT', 'PASSWORD_HASH_ROUNDS',
  ])('%s does not', (k) => expect(isSecretKey(k, none)).toBe(false));

  it('takes configured globs both ways', () => {
    const p = { secretKeys: ['*_DSN', 'SESSION_*'], notSecretKeys: ['LEGACY_*_KEY'] };
    expect(isSecretKey('SENTRY_DSN', p)).toBe(true);
    expect(isSecretKey('session_signer', p)).toBe(true);
    expect(isSecretKey('LEGACY_API_KEY', p)).toBe(false);
    expect(isSecretKey('API_KEY', p)).toBe(true);
  });

  it('matches globs over the whole name, case-insensitively', () => {
    expect(globMatch('*_URL', 'frontend_url')).toBe(true);
    expect(globMatch('*_URL', 'FRONTEND_URLS')).toBe(false);
    expect(globMatch('A?C', 'ABC')).toBe(true);
    expect(globMatch('A.C', 'ABC')).toBe(false);
  });
});

describe('parsePolicyConfig', () => {
  it('returns the defaults for no section', () => {
    expect(parsePolicyConfig(undefined)).toEqual(defaultPolicy());
    expect(defaultPolicy().minLength).toBe(32);
    expect(defaultPolicy().entropyFloor).toBe(3);
  });

  it('merges a full section over the defaults', () => {
    const p = parsePolicyConfig({
      minLength: 48,
      entropyFloor: 3.5,
      forbiddenWords: ['Acme'],
      secretKeys: ['*_DSN'],
      notSecretKeys: ['OLD_KEY'],
      exampleFiles: ['config/env.dist'],
      urlKeys: ['PORTAL_URL'],
      connectionStrings: { DATABASE_URL: ['mysql', 'mariadb'], REDIS_URL: [], AMQP_URL: 'amqps' },
      required: ['SENTRY_DSN'],
      requiredWhen: [{ when: { MAILER: ['sendgrid', 'SendGrid'] }, require: ['SENDGRID_API_KEY', ['SMTP_PASSWORD', 'SMTP_TOKEN']] }],
      requireExampleKeys: true,
      envAliases: { qa: 'staging' },
    }, '.scan-secrets.yaml');
    expect(p.minLength).toBe(48);
    expect(p.entropyFloor).toBe(3.5);
    expect(p.forbiddenWords).toContain('changeme');
    expect(p.forbiddenWords).toContain('acme');
    expect(p.exampleFiles).toEqual(['config/env.dist']);
    expect(p.urlKeys).toEqual(['PORTAL_URL']);
    expect(p.connectionStrings).toEqual({ DATABASE_URL: ['mysql', 'mariadb'], AMQP_URL: ['amqps'] });
    expect(p.requiredWhen).toEqual([{ when: { MAILER: ['sendgrid', 'SendGrid'] }, require: [['SENDGRID_API_KEY'], ['SMTP_PASSWORD', 'SMTP_TOKEN']] }]);
    expect(p.requireExampleKeys).toBe(true);
    expect(p.envAliases.qa).toBe('staging');
    expect(p.envAliases.prod).toBe('production');
  });

  it('ships the provider table as the default conditional requirements', () => {
    const groq = defaultPolicy().requiredWhen.find((r) => r.when['*PROVIDER']?.includes('groq'));
    expect(groq?.require).toEqual([['GROQ_API_KEY']]);
    const openai = defaultPolicy().requiredWhen.find((r) => r.when['*PROVIDER']?.includes('openai'));
    expect(openai?.require).toEqual([['OPENAI_API_KEY']]);
  });

  it.each([
    [[], 'envCheck must be a mapping'],
    [{ minLenght: 3 }, 'unknown option envCheck.minLenght'],
    [{ minLength: 0 }, 'envCheck.minLength must be a whole number'],
    [{ minLength: '32' }, 'envCheck.minLength must be a whole number'],
    [{ entropyFloor: 9 }, 'envCheck.entropyFloor must be a number of bits per character from 0 to 6'],
    [{ forbiddenWords: 'acme' }, 'envCheck.forbiddenWords must be a list of strings'],
    [{ forbiddenWords: [''] }, 'must not hold empty words'],
    [{ urlKeys: ['FRONT END'] }, 'is not a variable name or glob'],
    [{ connectionStrings: { DATABASE_URL: ['postgresql://'] } }, 'is not a URL scheme'],
    [{ connectionStrings: ['DATABASE_URL'] }, 'must map variable names to URL schemes'],
    [{ requiredWhen: { when: {} } }, 'must be a list'],
    [{ requiredWhen: [{ when: { A: 'b' } }] }, 'requiredWhen[0] must be { when'],
    [{ requiredWhen: [{ when: {}, require: ['X'] }] }, 'must name at least one variable'],
    [{ requiredWhen: [{ when: { A: 'b' }, require: ['not a name'] }] }, 'requiredWhen[0].require[0] must be a variable name'],
    [{ requiredWhen: [{ when: { A: 'b' }, require: ['X'], unless: {} }] }, 'unknown field unless'],
    [{ requireExampleKeys: 'yes' }, 'must be true or false'],
    [{ envAliases: { qa: 'stagin' } }, 'envCheck.envAliases.qa must be development, staging or production'],
  ])('rejects %j with a message naming the field', (raw, message) => {
    expect(() => parsePolicyConfig(raw, 'cfg.yaml')).toThrow(UsageError);
    expect(() => parsePolicyConfig(raw, 'cfg.yaml')).toThrow(message);
    expect(() => parsePolicyConfig(raw, 'cfg.yaml')).toThrow(/^cfg\.yaml/);
  });
});

describe('resolveEnvironment', () => {
  const aliases = DEFAULT_ENV_ALIASES;
  it('prefers --env, then APP_ENV, NODE_ENV, the file, then production', () => {
    expect(resolveEnvironment({ flag: 'dev', processEnv: { APP_ENV: 'production' }, aliases })).toEqual({ environment: 'development', from: '--env' });
    expect(resolveEnvironment({ processEnv: { APP_ENV: 'prod', NODE_ENV: 'development' }, aliases })).toEqual({ environment: 'production', from: 'APP_ENV' });
    expect(resolveEnvironment({ processEnv: { NODE_ENV: 'Stage' }, aliases })).toEqual({ environment: 'staging', from: 'NODE_ENV' });
    expect(resolveEnvironment({ processEnv: {}, fileVars: new Map([['APP_ENV', 'local']]), fileLabel: '.env', aliases })).toEqual({ environment: 'development', from: 'APP_ENV in .env' });
    expect(resolveEnvironment({ processEnv: { APP_ENV: '' }, aliases })).toEqual({ environment: 'production', from: 'default' });
  });

  it.each([
    ['prod', 'production'], ['production', 'production'], ['live', 'production'],
    ['dev', 'development'], ['development', 'development'], ['local', 'development'], ['test', 'development'],
    ['stage', 'staging'], ['staging', 'staging'], ['preprod', 'staging'],
  ])('maps %s to %s', (alias, env) => {
    expect(resolveEnvironment({ flag: alias, processEnv: {}, aliases }).environment).toBe(env);
  });

  it('refuses a name it does not know, saying how to map it', () => {
    expect(() => resolveEnvironment({ processEnv: { APP_ENV: 'qa' }, aliases })).toThrow('APP_ENV=qa is not an environment env-check knows');
    expect(resolveEnvironment({ processEnv: { APP_ENV: 'qa' }, aliases: { ...aliases, qa: 'staging' } }).environment).toBe('staging');
  });
});
