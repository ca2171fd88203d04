// The pure pieces of the policy the matrix does not single out: URL judgements, conditional
// requirements with several conditions, and the shape of hygiene fixes.
import { describe, expect, it } from 'vitest';
import { hygieneViolations, shellQuote } from '../../src/envcheck/hygiene.ts';
import { evaluatePolicy, urlPassword } from '../../src/envcheck/policy.ts';
import { defaultPolicy, parsePolicyConfig } from '../../src/envcheck/policy-config.ts';
import { connectionStringProblem, isLocalHost, publicUrlProblems } from '../../src/envcheck/urls.ts';

describe('urls', () => {
  it.each(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '0.0.0.0', 'host.docker.internal'])('%s is local', (h) => {
    expect(isLocalHost(h)).toBe(true);
  });
  it.each(['app.acme-corp.io', '10.0.0.5', 'localhost.acme-corp.io', '128.0.0.1'])('%s is not', (h) => {
    expect(isLocalHost(h)).toBe(false);
  });

  it('judges public URLs', () => {
    expect(publicUrlProblems('https://app.acme-corp.io/path?q=1')).toEqual([]);
    expect(publicUrlProblems('http://app.acme-corp.io')).toEqual([{ kind: 'not-https', scheme: 'http' }]);
    expect(publicUrlProblems('http://localhost:3000')).toEqual([{ kind: 'not-https', scheme: 'http' }, { kind: 'local' }]);
    expect(publicUrlProblems('app.acme-corp.io')).toEqual([{ kind: 'not-url' }]);
    expect(publicUrlProblems('mailto:ops@acme-corp.io')).toEqual([{ kind: 'not-url' }]);
  });

  it('judges connection strings by scheme and shape', () => {
    const pg = ['postgres', 'postgresql'];
    expect(connectionStringProblem('postgresql://u:p@db:5432/app', pg)).toBeUndefined();
    expect(connectionStringProblem('postgresql+psycopg://u:p@db/app', pg)).toBeUndefined();
    expect(connectionStringProblem('postgres:///app?host=/var/run/postgresql', pg)).toBeUndefined();
    expect(connectionStringProblem('mysql://u:p@db/app', pg)).toBe('uses the mysql:// scheme; expected postgres:// or postgresql://');
    expect(connectionStringProblem('db:5432/app', pg)).toBe('is not a connection URL (expected postgres://user:password@host:port/name)');
    expect(connectionStringProblem('postgresql://u:p@db:notaport/app', pg)).toMatch(/^does not parse as a URL: percent-encode/);
    expect(connectionStringProblem('postgresql:///app', pg)).toBe('names no host');
    expect(connectionStringProblem('rediss://:pw@cache:6380/0', ['redis', 'rediss'])).toBeUndefined();
  });
});

describe('the password in a URL', () => {
  it.each([
    ['postgres://app:Tq7mWz3Lp8Vx@db/shop', 'Tq7mWz3Lp8Vx'],
    ['postgresql+asyncpg://app:p%40ss%3Aw0rd%2F1@db:5432/shop', 'p@ss:w0rd/1'],
    ['redis://:Hn5vRk2Qz7Wp@cache:6379/0', 'Hn5vRk2Qz7Wp'],
    ['mongodb+srv://app:Xk9mP2vLq8@cluster0.example.net/shop?retryWrites=true', 'Xk9mP2vLq8'],
  ])('reads %s', (url, password) => expect(urlPassword(url)).toBe(password));
  it.each([
    'postgres://app@db/shop', 'postgres://app:@db/shop', 'postgres://app:${DB_PASSWORD}@db/shop',
    'https://example.com/a:b@c', 'not a url', 'app:secret@db',
  ])('finds none in %s', (value) => expect(urlPassword(value)).toBeUndefined());
});

describe('conditional requirements', () => {
  const vars = (o: Record<string, string>) => Object.entries(o).map(([key, value]) => ({ key, value }));

  it('matches values case-insensitively and shows the value as the policy writes it', () => {
    const out = evaluatePolicy({ vars: vars({ LLM_PRIMARY_PROVIDER: ' GROQ ' }), environment: 'production', policy: defaultPolicy() });
    expect(out.map((v) => v.message)).toEqual(['GROQ_API_KEY: required when LLM_PRIMARY_PROVIDER=groq, but not set.']);
  });

  it('needs every condition of a rule, and names the alternatives', () => {
    const policy = parsePolicyConfig({
      requiredWhen: [{ when: { PAYMENTS: 'on', PAYMENT_PROVIDER: ['stripe'] }, require: [['STRIPE_SECRET_KEY', 'STRIPE_API_KEY']] }],
    });
    const run = (o: Record<string, string>) => evaluatePolicy({ vars: vars(o), environment: 'staging', policy });
    expect(run({ PAYMENT_PROVIDER: 'stripe' })).toEqual([]);
    expect(run({ PAYMENTS: 'on', PAYMENT_PROVIDER: 'stripe' }).map((v) => v.message)).toEqual([
      'STRIPE_SECRET_KEY (or STRIPE_API_KEY): required when PAYMENTS=on, but not set.',
    ]);
    expect(run({ PAYMENTS: 'on', PAYMENT_PROVIDER: 'stripe', STRIPE_API_KEY: 'sk_live_Zq8vN3kLmP0rT5wXa9b8c7d6e5f4g3h2' })).toEqual([]);
    // the provider table was replaced, so groq asks for nothing here
    expect(run({ LLM_PROVIDER: 'groq' })).toEqual([]);
  });
});

describe('hygiene', () => {
  it('quotes paths for the shell only when they need it', () => {
    expect(shellQuote('config/.env.production')).toBe('config/.env.production');
    expect(shellQuote('my app/.env')).toBe("'my app/.env'");
    expect(shellQuote("it's/.env")).toBe("'it'\\''s/.env'");
  });

  it('turns facts into violations with fixes', () => {
    const out = hygieneViolations({ notIgnored: ['.env'], tracked: ['-x/.env'], templates: [], templateNames: ['.env.example'] });
    expect(out.map((v) => v.rule)).toEqual(['gitignore', 'tracked', 'template-missing']);
    // `--` keeps a path that starts with a dash from reading as an option
    expect(out[1].fix).toContain('git rm --cached -- -x/.env;');
    expect(hygieneViolations({ notIgnored: [], tracked: [], templates: ['.env.example'], templateNames: ['.env.example'] })).toEqual([]);
  });
});
