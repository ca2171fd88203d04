// Every policy rule in every environment: a real .env (and a template or config file where the
// rule needs one) in a temp directory, read by the command's own code in-process (file reading,
// config discovery, parser, policy). The CLI's process boundary is covered in cli.test.ts.
import { describe, expect, it } from 'vitest';
import { runEnvCheck } from '../../src/cli/commands/env-check.ts';
import { exitCodeFor } from '../../src/envcheck/policy.ts';
import { strongSecret, tempDir, write } from './helpers.ts';

type Sev = 'error' | 'warning' | null;
interface Case {
  rule: string;
  key: string;
  files: Record<string, string>;
  /** development, staging, production */
  sev: [Sev, Sev, Sev];
}

const S = strongSecret();
const strict: [Sev, Sev, Sev] = ['warning', 'error', 'error'];
const deployOnly: [Sev, Sev, Sev] = [null, 'error', 'error'];

const cases: Case[] = [
  { rule: 'empty', key: 'SECRET_KEY', files: { '.env': 'SECRET_KEY=\n' }, sev: strict },
  { rule: 'min-length', key: 'SECRET_KEY', files: { '.env': `SECRET_KEY=${strongSecret(15)}\n` }, sev: strict },
  { rule: 'weak-word', key: 'SECRET_KEY', files: { '.env': `SECRET_KEY=changeme-${strongSecret()}\n` }, sev: strict },
  { rule: 'weak-word', key: 'API_TOKEN', files: { '.env': `API_TOKEN="${strongSecret(12)}Test${strongSecret(12)}"\n` }, sev: strict },
  { rule: 'repeated', key: 'DB_PASSWORD', files: { '.env': `DB_PASSWORD=zzzzzzzz${strongSecret()}\n` }, sev: strict },
  { rule: 'sequence', key: 'JWT_SECRET', files: { '.env': `export JWT_SECRET=qwerty${strongSecret()}\n` }, sev: strict },
  { rule: 'low-entropy', key: 'SESSION_SECRET', files: { '.env': 'SESSION_SECRET=xyzyxzyxzxyzzyxzyxzyxxyzyxzxyzyxzyxzyzx\n' }, sev: strict },
  { rule: 'example-value', key: 'SECRET_KEY', files: { '.env': `SECRET_KEY=${S}\n`, '.env.example': `SECRET_KEY=${S}\n` }, sev: strict },
  { rule: 'example-value', key: 'SECRET_KEY', files: { '.env': `SECRET_KEY='${S}'\n`, '.env.template': `OTHER_KEY=${S}\n` }, sev: strict },
  { rule: 'reused', key: 'JWT_SECRET_KEY', files: { '.env': `SECRET_KEY=${S}\nJWT_SECRET_KEY=${S}\n` }, sev: strict },
  // The password inside a URL is a secret too, whatever the variable is called.
  { rule: 'min-length', key: 'DATABASE_URL', files: { '.env': `DATABASE_URL=postgres://app:${strongSecret(12)}@db.internal:5432/shop\n` }, sev: strict },
  { rule: 'weak-word', key: 'REDIS_URL', files: { '.env': `REDIS_URL=redis://:changeme-${strongSecret()}@cache.internal:6379/0\n` }, sev: strict },
  { rule: 'reused', key: 'DATABASE_URL', files: { '.env': `SECRET_KEY=${S}\nDATABASE_URL=postgres://app:${S}@db.internal/shop\n` }, sev: strict },
  { rule: 'example-value', key: 'DATABASE_URL', files: { '.env': `DATABASE_URL=postgres://app:${S}@db.internal/shop\n`, '.env.example': `DATABASE_URL=postgres://app:${S}@localhost/shop\n` }, sev: strict },
  { rule: 'https', key: 'FRONTEND_URL', files: { '.env': 'FRONTEND_URL=http://app.acme-corp.io\n' }, sev: deployOnly },
  { rule: 'https', key: 'NEXT_PUBLIC_API_URL', files: { '.env': 'NEXT_PUBLIC_API_URL=http://api.acme-corp.io/v1\n' }, sev: deployOnly },
  { rule: 'localhost', key: 'BACKEND_URL', files: { '.env': 'BACKEND_URL=https://localhost:8443\n' }, sev: deployOnly },
  { rule: 'localhost', key: 'APP_URL', files: { '.env': 'APP_URL=https://127.0.0.1\n' }, sev: deployOnly },
  { rule: 'url', key: 'PUBLIC_URL', files: { '.env': 'PUBLIC_URL=app.acme-corp.io\n' }, sev: deployOnly },
  { rule: 'connection-string', key: 'DATABASE_URL', files: { '.env': `DATABASE_URL=mysql://app:${strongSecret()}@db:3306/app\n` }, sev: deployOnly },
  { rule: 'connection-string', key: 'DATABASE_URL', files: { '.env': 'DATABASE_URL=postgresql://app@:5432/app\n' }, sev: deployOnly },
  { rule: 'connection-string', key: 'REDIS_URL', files: { '.env': 'REDIS_URL=http://cache:6379/0\n' }, sev: deployOnly },
  { rule: 'required', key: 'SENTRY_DSN', files: { '.env': 'APP_NAME=shop\n', '.scan-secrets.yaml': 'envCheck:\n  required: [SENTRY_DSN]\n' }, sev: strict },
  { rule: 'required', key: 'SENTRY_DSN', files: { '.env': 'SENTRY_DSN=\n', '.scan-secrets.yaml': 'envCheck:\n  required: [SENTRY_DSN]\n' }, sev: strict },
  { rule: 'required-when', key: 'GROQ_API_KEY', files: { '.env': 'LLM_PRIMARY_PROVIDER=groq\n' }, sev: strict },
  { rule: 'required-when', key: 'OPENAI_API_KEY', files: { '.env': `LLM_PRIMARY_PROVIDER=openai\nGROQ_API_KEY=${S}\n` }, sev: strict },
  { rule: 'duplicate', key: 'LOG_LEVEL', files: { '.env': 'LOG_LEVEL=info\nLOG_LEVEL=debug\n' }, sev: ['warning', 'warning', 'warning'] },
];

const ENVS = ['development', 'staging', 'production'] as const;

function check(files: Record<string, string>, env: string) {
  const dir = tempDir();
  write(dir, files);
  const report = runEnvCheck({ cwd: dir, files: [], env, processEnv: {} });
  return { code: exitCodeFor(report.violations), report };
}

describe.each(cases.map((c) => [`${c.rule} (${c.key})`, c] as const))('%s', (_name, c) => {
  it.each(ENVS.map((env, i) => [env, c.sev[i]] as const))('in %s: %s', (env, sev) => {
    const { code, report } = check(c.files, env);
    expect(report.environment).toBe(env);
    const hits = report.violations.filter((v) => v.rule === c.rule);
    if (sev === null) {
      expect(report.violations).toEqual([]);
      expect(code).toBe(0);
      return;
    }
    // exactly this one violation: the case isolates its rule
    expect(report.violations.map((v) => [v.key, v.rule, v.severity])).toEqual([[c.key, c.rule, sev]]);
    expect(hits[0].message.startsWith(`${c.key}`)).toBe(true);
    expect(hits[0].fix.length).toBeGreaterThan(10);
    expect(code).toBe(sev === 'error' ? 1 : 0);
  });
});

describe('clean configurations pass', () => {
  const G = [strongSecret(), strongSecret(), strongSecret()];
  const production = [
    'APP_ENV=production',
    `SECRET_KEY=${G[0]}`,
    `JWT_SECRET_KEY="${G[1]}"`,
    'ACCESS_TOKEN_EXPIRE_MINUTES=30',
    'PASSWORD_MIN_LENGTH=12',
    'FRONTEND_URL=https://app.acme-corp.io',
    'BACKEND_URL=https://api.acme-corp.io',
    'INTERNAL_SEARCH_URL=http://search:9200',
    `DATABASE_URL=postgresql+asyncpg://app:${strongSecret()}@db.internal:5432/app`,
    `REDIS_URL=rediss://:${strongSecret()}@cache.internal:6380/0`,
    'LLM_PRIMARY_PROVIDER=groq',
    `GROQ_API_KEY=${G[2]}`,
  ].join('\n');
  const template = 'SECRET_KEY=changeme\nJWT_SECRET_KEY=\nFRONTEND_URL=http://localhost:3000\nGROQ_API_KEY=<your-groq-key>\n';

  it.each(ENVS)('a production-grade file passes in %s', (env) => {
    const { code, report } = check({ '.env': `${production}\n`, '.env.example': template }, env);
    expect(report.violations).toEqual([]);
    expect(code).toBe(0);
  });

  it('a laptop file with localhost URLs and sqlite passes in development, and fails in production', () => {
    const files = { '.env': `SECRET_KEY=${strongSecret()}\nFRONTEND_URL=http://localhost:3000\nBACKEND_URL=http://127.0.0.1:8000\nDATABASE_URL=sqlite:///dev.db\n` };
    expect(check(files, 'development').report.violations).toEqual([]);
    const prod = check(files, 'production');
    expect(prod.code).toBe(1);
    expect(prod.report.violations.map((v) => `${v.key} ${v.rule}`).sort()).toEqual([
      'BACKEND_URL https', 'BACKEND_URL localhost', 'DATABASE_URL connection-string', 'FRONTEND_URL https', 'FRONTEND_URL localhost',
    ]);
  });

  it('accepts libpq socket URLs and any configured scheme', () => {
    const ok = check({ '.env': 'DATABASE_URL=postgres:///app?host=/var/run/postgresql\n' }, 'production');
    expect(ok.report.violations).toEqual([]);
    const mysql = check({
      '.env': `DATABASE_URL=mysql://app:${strongSecret()}@db:3306/app\n`,
      '.scan-secrets.json': JSON.stringify({ envCheck: { connectionStrings: { DATABASE_URL: ['mysql'] } } }),
    }, 'production');
    expect(mysql.report.violations).toEqual([]);
  });

  it('a satisfied provider requirement, or one met by an alternative name, passes', () => {
    expect(check({ '.env': `LLM_PROVIDER=Gemini\nGOOGLE_API_KEY=${strongSecret()}\n` }, 'production').report.violations).toEqual([]);
    expect(check({ '.env': 'LLM_PROVIDER=ollama\n' }, 'production').report.violations).toEqual([]);
  });
});

describe('configured policy', () => {
  it('applies minLength, extra words, extra secret keys and url keys from the config file', () => {
    const cfg = [
      'envCheck:',
      '  minLength: 64',
      '  forbiddenWords: [acme]',
      '  secretKeys: ["*_DSN"]',
      '  notSecretKeys: [LEGACY_KEY]',
      '  urlKeys: [PORTAL_URL]',
      '  requiredWhen:',
      '    - when: { MAILER: sendgrid }',
      '      require: [SENDGRID_API_KEY]',
    ].join('\n');
    const env = [
      `SECRET_KEY=${strongSecret()}`,
      `SIGNING_KEY=acme${strongSecret(48)}`,
      'SENTRY_DSN=short',
      'LEGACY_KEY=x',
      'PORTAL_URL=http://portal.acme-corp.io',
      'FRONTEND_URL=http://app.acme-corp.io',
      'MAILER=sendgrid',
      'LLM_PRIMARY_PROVIDER=groq',
    ].join('\n');
    const { report } = check({ '.env': `${env}\n`, '.scan-secrets.yaml': `${cfg}\n` }, 'production');
    expect(report.violations.map((v) => `${v.key} ${v.rule}`).sort()).toEqual([
      'PORTAL_URL https',
      'SECRET_KEY min-length', // 43 characters < 64
      'SENDGRID_API_KEY required-when',
      'SENTRY_DSN min-length',
      'SIGNING_KEY weak-word',
      // FRONTEND_URL: urlKeys replaced the default list; GROQ: requiredWhen replaced the provider table
    ]);
  });

  it('requireExampleKeys makes every template variable required', () => {
    const { report } = check({
      '.env': `SECRET_KEY=${strongSecret()}\n`,
      '.env.example': 'SECRET_KEY=\nMAIL_FROM=\n',
      'package.json': JSON.stringify({ name: 'x', 'scan-secrets': { envCheck: { requireExampleKeys: true } } }),
    }, 'staging');
    expect(report.violations.map((v) => `${v.key} ${v.rule} ${v.severity}`)).toEqual(['MAIL_FROM required error']);
  });
});
