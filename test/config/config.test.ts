// The config file: discovery, validation with precise errors, rule settings, custom rules and
// allowlists, each proven with the real CLI on a real repository.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import { activeRules } from '../../src/rules/index.ts';
import { TempRepo, awsKeyId, findings, githubToken, randomToken } from '../helpers/temp-repo.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
let repo: TempRepo;
afterEach(() => repo?.remove());

/** The one line a config error prints, and its exit code. */
function configError(r: TempRepo, args: string[] = ['--all-files'], cwd?: string) {
  const run = r.run(args, { cwd });
  const lines = run.stderr.trimEnd().split('\n');
  return { code: run.code, line: lines[0], lines: lines.length, stdout: run.stdout };
}

describe('discovery', () => {
  it('finds the config from the scanned path up to the repository root', () => {
    repo = new TempRepo();
    const tok = githubToken();
    repo.write('.scan-secrets.yaml', 'disableRules: [github-pat]\n');
    repo.write('app/src/keys.ts', `export const t = '${tok}';\n`);
    repo.commitAll();
    expect(repo.run(['--all-files'], { cwd: 'app/src' }).code).toBe(0);
    expect(repo.run(['app/src/keys.ts']).code).toBe(0);
    expect(repo.run(['keys.ts'], { cwd: 'app/src' }).code).toBe(0);
  });

  it('uses the nearest config, and --config over any', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', 'disableRules: [github-pat]\n');
    repo.write('svc/.scan-secrets.json', '{ "disableRules": ["aws-access-key-id"] }\n');
    repo.write('svc/a.txt', `gh = ${githubToken()}\naws = ${awsKeyId()}\n`);
    repo.write('strict.yml', 'extendDefaults: true\n');
    repo.commitAll();
    const near = repo.run(['svc', '--format', 'json']);
    expect(findings(near).map((f) => f.ruleId)).toEqual(['github-pat']);
    const forced = repo.run(['svc', '--format', 'json', '--config', 'strict.yml']);
    expect(findings(forced).map((f) => f.ruleId).sort()).toEqual(['aws-access-key-id', 'github-pat']);
  });

  it('reads the "scan-secrets" key of package.json', () => {
    repo = new TempRepo();
    repo.write('package.json', JSON.stringify({ name: 'demo', version: '1.0.0', 'scan-secrets': { disableRules: ['github-pat'] } }, null, 2));
    repo.write('a.txt', `gh = ${githubToken()}\n`);
    repo.commitAll();
    expect(repo.run(['--all-files']).code).toBe(0);
  });

  it('refuses two configs side by side, and JavaScript configs', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', '{}\n').write('.scan-secrets.json', '{}\n').write('a.txt', 'x\n');
    repo.commitAll();
    const two = configError(repo);
    expect(two.code).toBe(2);
    expect(two.line).toMatch(/\.scan-secrets\.json and .*\.scan-secrets\.yaml are both scan-secrets configs; keep one/);
    repo.write('scan-secrets.config.js', 'export default {}\n');
    const js = configError(repo, ['--all-files', '--config', 'scan-secrets.config.js']);
    expect(js.code).toBe(2);
    expect(js.line).toMatch(/JavaScript configs are not supported .*must not run code/);
  });
});

describe('other scan modes', () => {
  it('apply in --pre-commit mode (named files) and --rule picks custom rules too', () => {
    repo = new TempRepo();
    const gh = githubToken();
    repo.write('.scan-secrets.yaml', `rules:\n  - id: internal-token\n    regex: 'itk_[a-z0-9]{24}'\n    keywords: [itk_]\nallowlist:\n  secrets: ['${createHash('sha256').update(gh).digest('hex')}']\n`);
    repo.write('svc/a.txt', `gh = ${gh}\nid = itk_${randomToken(24)}\n`);
    repo.commitAll();
    const named = repo.run(['--pre-commit', '--format', 'json', '--', 'a.txt'], { cwd: 'svc' });
    expect(findings(named).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['a.txt:2 internal-token']);
    const picked = repo.run(['--all-files', '--format', 'json', '--rule', 'github-pat']);
    expect(picked.code).toBe(0);
    const custom = repo.run(['--all-files', '--format', 'json', '--rule', 'internal-token']);
    expect(findings(custom).map((f) => f.ruleId)).toEqual(['internal-token']);
  });
});

describe('validation', () => {
  it('accepts an empty config, and one with only comments', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', '').write('a.txt', `gh = ${githubToken()}\n`);
    repo.commitAll();
    expect(repo.run(['--all-files']).code).toBe(1);
    repo.write('.scan-secrets.yaml', '# nothing to change yet\n');
    const run = repo.run(['--all-files']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });

  const cases: [string, string, string, RegExp][] = [
    ['a YAML syntax error', '.scan-secrets.yaml', 'allowlist:\n  paths: [a, b\nrules: []\n', /^scan-secrets: \.scan-secrets\.yaml:\d+: cannot parse YAML: /],
    ['a wrong type', '.scan-secrets.yaml', 'maxFileSize: 2MB\nextendDefaults: "no"\n', /^scan-secrets: \.scan-secrets\.yaml:2: extendDefaults: expected true or false, got string "no"$/],
    ['a misspelt key', '.scan-secrets.yaml', 'disableRules: []\nallowList:\n  paths: [x]\n', /^scan-secrets: \.scan-secrets\.yaml:2: allowList: unknown key \(did you mean allowlist\?\)$/],
    ['an unknown rule id', '.scan-secrets.yml', '# rules we do not need\ndisableRules:\n  - github-pat\n  - github-pta\n', /^scan-secrets: \.scan-secrets\.yml:2: disableRules: unknown rule id "github-pta"; list the rules with: scan-secrets rules$/],
    ['a bad severity', '.scan-secrets.json', '{\n  "severity": {\n    "github-pat": "urgent"\n  }\n}\n', /^scan-secrets: \.scan-secrets\.json:3: severity\.github-pat: expected one of critical, high, medium, low, info, got string "urgent"$/],
    ['a custom rule without a regex', '.scan-secrets.yaml', 'rules:\n  - id: acme-key\n    keywords: [acme]\n', /^scan-secrets: \.scan-secrets\.yaml:2: rules\[0\]: a custom rule needs a regex$/],
    ['a regex RE2 cannot run', '.scan-secrets.yaml', 'rules:\n  - id: acme-key\n    keywords: [acme]\n    regex: (acme)_\\1\n', /^scan-secrets: \.scan-secrets\.yaml:4: rules\[0\]\.regex: invalid escape sequence: `\\1` \(back-references are not supported/],
    ['an allowlist for an unknown rule', '.scan-secrets.yaml', 'allowlists:\n  - paths: [x]\n  - stopwords: [demo]\n    rules: [githb-pat]\n', /^scan-secrets: \.scan-secrets\.yaml:4: allowlists\[1\]\.rules: unknown rule id "githb-pat"; list the rules with: scan-secrets rules$/],
    ['an empty allowlist', '.scan-secrets.yaml', 'allowlists:\n  - description: nothing\n    rules: [github-pat]\n', /^scan-secrets: \.scan-secrets\.yaml:2: allowlists\[0\]: expected at least one of paths/],
    ['a bad secret hash', '.scan-secrets.yaml', 'allowlist:\n  secrets: [abc123]\n', /^scan-secrets: \.scan-secrets\.yaml:2: allowlist\.secrets\[0\]: expected SHA-256 hashes/],
    ['a bad size', '.scan-secrets.yaml', 'maxFileSize: lots\n', /^scan-secrets: \.scan-secrets\.yaml:1: maxFileSize: expected a size such as 500KB or 2MB, got "lots"$/],
    ['a bad package.json key', 'package.json', '{\n  "name": "x",\n  "scan-secrets": {\n    "strict": 1\n  }\n}\n', /^scan-secrets: package\.json:4: scan-secrets\.strict: expected true or false, got number 1$/],
  ];
  it('stops the commit on a broken config and says how to bypass on purpose', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', 'disableRules: github-pat\nseverity: high\n').write('a.txt', 'x\n');
    repo.git('add', '-A');
    const run = repo.run(['--staged']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('scan-secrets: .scan-secrets.yaml:2: severity: expected a mapping of rule id to a severity, got string "high". The commit was stopped because the scan could not run. To commit anyway, on purpose: git commit --no-verify (or SKIP=scan-secrets with pre-commit).\n');
  });

  it.each(cases)('reports %s in one line with its location, exit 2', (_what, file, text, message) => {
    repo = new TempRepo();
    repo.write(file, text).write('a.txt', 'hello\n');
    repo.commitAll();
    const e = configError(repo);
    expect(e.code).toBe(2);
    expect(e.lines).toBe(1);
    expect(e.line).toMatch(message);
    expect(e.stdout).toBe('');
  });
});

describe('rules', () => {
  it('disables rules, overrides severity and adds custom rules that must pass their examples', () => {
    repo = new TempRepo();
    const acme = `acme_${randomToken(32)}`;
    const example = randomToken(32);
    repo.write('.scan-secrets.yaml', [
      'disableRules: [aws-access-key-id]',
      'severity:',
      '  github-pat: low',
      'rules:',
      '  - id: acme-api-key',
      '    title: ACME API key',
      '    severity: critical',
      '    regex: \'(?i)\\b(?P<secret>acme_[a-z0-9]{32})\\b\'',
      '    keywords: [acme_]',
      '    entropy: 3',
      '    examples:',
      '      positive:',
      `        - { text: 'ACME_KEY=acme_${example}', secret: 'acme_${example}' }`,
      '      negative:',
      '        - acme_short',
      '',
    ].join('\n'));
    repo.write('a.txt', `gh = ${githubToken()}\naws = ${awsKeyId()}\nkey: ${acme}\n`);
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const doc = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string; file: string; line: number }[] };
    expect(doc.findings.map((f) => [f.file, f.line, f.ruleId, f.severity])).toEqual([
      ['a.txt', 1, 'github-pat', 'low'],
      ['a.txt', 3, 'acme-api-key', 'critical'],
    ]);
  });

  it('turns on strict mode, as --strict does', () => {
    repo = new TempRepo();
    // A random string the strict rule takes for random (its threshold lets a few through).
    const engine = new Engine(activeRules(true));
    let line = '';
    do line = `const seed = "${randomToken(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}";\n`;
    while (!engine.scan({ path: 'a.ts', content: line, size: line.length, origin: { kind: 'file' } }).some((f) => f.ruleId === 'high-entropy-string-strict'));
    repo.write('a.ts', line);
    repo.commitAll();
    const strictOnly = (r: ReturnType<TempRepo['run']>) => findings(r).filter((f) => f.ruleId === 'high-entropy-string-strict').length;
    expect(strictOnly(repo.run(['--all-files', '--format', 'json']))).toBe(0);
    expect(strictOnly(repo.run(['--all-files', '--format', 'json', '--strict']))).toBe(1);
    repo.write('.scan-secrets.yaml', 'strict: true\n');
    expect(strictOnly(repo.run(['--all-files', '--format', 'json']))).toBe(1);
  });

  it('stops on a custom rule whose examples fail', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', 'rules:\n  - id: acme-api-key\n    regex: acme_[a-z0-9]{32}\n    keywords: [acme_]\n    examples:\n      positive: ["token acme_tooshort"]\n');
    repo.write('a.txt', 'x\n');
    repo.commitAll();
    const e = configError(repo);
    expect(e.code).toBe(2);
    expect(e.line).toMatch(/^scan-secrets: \.scan-secrets\.yaml:3: rules\[0\]\.examples\.positive\[0\]: the rule must find the whole example in it, but it found nothing$/);
  });

  it('limits a custom rule to its paths, and extendDefaults: false keeps only custom rules', () => {
    repo = new TempRepo();
    const body = randomToken(24);
    repo.write('.scan-secrets.yaml', `extendDefaults: false\nrules:\n  - id: internal-token\n    regex: 'itk-[a-z0-9]{24}'\n    keywords: [itk-]\n    paths: ['services/**/*.conf']\n`);
    repo.write('services/api/app.conf', `token = itk-${body}\ngh = ${githubToken()}\n`);
    repo.write('docs/app.conf', `token = itk-${randomToken(24)}\n`);
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(findings(run).map((f) => [f.file, f.ruleId])).toEqual([['services/api/app.conf', 'internal-token']]);
  });

  it('adds and removes blocked-file patterns and sets the size limit', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', "blockedFiles:\n  add: ['*.sqlite', 'dumps/']\n  remove: [fixtures/.env]\nmaxFileSize: 1KB\n");
    repo.write('data/app.sqlite', 'x').write('dumps/users.csv', 'a,b\n').write('fixtures/.env', 'A=1\n').write('.env', 'A=1\n');
    repo.write('big.txt', 'y'.repeat(2048));
    const run = repo.run(['.', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(findings(run).map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual([
      '.env blocked-env-file',
      'big.txt file-too-large',
      'data/app.sqlite blocked-by-config',
      'dumps/users.csv blocked-by-config',
    ]);
  });
});

describe('allowlists', () => {
  it('allow by secret hash, regex on the secret or the line, stopword, and rule', () => {
    repo = new TempRepo();
    const tokens = { hash: githubToken(), regex: githubToken(), line: githubToken(), stop: githubToken(), rule: awsKeyId(), kept: githubToken() };
    repo.write('.scan-secrets.yaml', [
      'allowlists:',
      `  - secrets: ['sha256:${sha256(tokens.hash)}']`,
      `  - regexes: ['^${tokens.regex.slice(0, 12)}']`,
      "  - regexes: ['^mock_token\\s*=']",
      '    regexTarget: line',
      `  - stopwords: ['${tokens.stop.slice(10, 18)}']`,
      '  - rules: [aws-access-key-id]',
      "    paths: ['**/*.txt']",
      '',
    ].join('\n'));
    repo.write('a.txt', [
      `hash = ${tokens.hash}`,
      `regex = ${tokens.regex}`,
      `mock_token = ${tokens.line}`,
      `stop = ${tokens.stop}`,
      `aws = ${tokens.rule}`,
      `kept = ${tokens.kept}`,
      `aws2 = ${awsKeyId()}`,
      '',
    ].join('\n'));
    repo.write('b.md', `aws = ${tokens.rule}\n`);
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(findings(run).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['a.txt:6 github-pat', 'b.md:1 aws-access-key-id']);
  });

  it('with condition: and, needs every check to hold', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', "allowlist:\n  condition: and\n  paths: ['test/**']\n  regexTarget: line\n  regexes: ['fixture']\n");
    repo.write('test/a.txt', `fixture = ${githubToken()}\nreal = ${githubToken()}\n`);
    repo.write('src/a.txt', `fixture = ${githubToken()}\n`);
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(findings(run).map((f) => `${f.file}:${f.line}`)).toEqual(['src/a.txt:1', 'test/a.txt:2']);
  });

  it('says under --verbose which findings of specific rules a path allowlist hid', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', "# fixtures hold fake keys\nallowlist:\n  paths: ['fixtures/']\n");
    repo.write('fixtures/keys.txt', `a = ${githubToken()}\n\nb = ${awsKeyId()}\n`);
    repo.commitAll();
    const quiet = repo.run(['--all-files']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const verbose = repo.run(['--all-files', '--verbose']);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toContain('2 findings of specific rules hidden by path allowlists');
    expect(verbose.stderr).toContain('fixtures/keys.txt:1  github-pat  hidden by the path allowlist at .scan-secrets.yaml:3 (allowlist)');
    expect(verbose.stderr).toContain('fixtures/keys.txt:3  aws-access-key-id');
  });
});
