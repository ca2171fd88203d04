// Regexes from config files run in a linear-time engine: a catastrophic pattern cannot hang a
// commit, and a per-file time budget stops custom rules on huge inputs (and says so).
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import type { ContentRule } from '../../src/engine/types.ts';
import { compileUntrusted, toRe2Syntax } from '../../src/config/re2.ts';
import { TempRepo, findings, githubToken, randomToken } from '../helpers/temp-repo.ts';

const EVIL = '(a+)+$';
const rule = (regex: string, keywords: string[] = [], secretGroup?: number | string): ContentRule => ({
  id: 'custom', title: 'custom', severity: 'high', keywords, pattern: /(?!)/, matcher: compileUntrusted(regex, secretGroup), examples: { positive: [], negative: [] },
});
const scan = (r: ContentRule, content: string, budget?: number) => {
  const engine = new Engine([r], { matcherBudgetMs: budget });
  return { found: engine.scan({ path: 'f.txt', content, size: content.length, origin: { kind: 'file' } }), engine };
};

describe('untrusted regexes', () => {
  it('run Go/RE2 syntax as gitleaks writes it', () => {
    const token = `Tok_${randomToken(20)}`;
    expect(scan(rule('(?i)\\b(?P<key>tok_[a-z0-9]{20})\\z', ['tok_']), `x = ${token}`).found.map((f) => f.secret)).toEqual([token]);
    expect(compileUntrusted('[[:alpha:]]+\\pN').test('abc1')).toBe(true);
    expect(compileUntrusted('\\Qa.b\\E').test('a.b')).toBe(true);
    // JavaScript and Python spellings of the same things
    expect(toRe2Syntax('a\\Z')).toBe('a\\z');
    expect(toRe2Syntax('\\u0041\\u{1F600}\\\\u0041')).toBe('\\x{0041}\\x{1F600}\\\\u0041');
    expect(compileUntrusted('(?<![a-z])key_\\d{4}').test('key_1234')).toBe(true);
    expect(compileUntrusted('(?<![a-z])key_\\d{4}').test('xkey_1234')).toBe(false);
  });

  it('take the secret from the named group, a numbered group, or the first group that matched', () => {
    const text = 'user=alice pass=s3cr3t-Value_91';
    expect(scan(rule('pass=(?P<secret>\\S+)', ['pass=']), text).found[0].secret).toBe('s3cr3t-Value_91');
    expect(scan(rule('(user)=\\S+ (pass)=(\\S+)', ['pass='], 3), text).found[0].secret).toBe('s3cr3t-Value_91');
    expect(scan(rule('(?:(nope)|pass=(\\S+))', ['pass=']), text).found[0].secret).toBe('s3cr3t-Value_91');
    expect(scan(rule('pass=\\S+', ['pass=']), text).found[0].secret).toBe('pass=s3cr3t-Value_91');
    expect(() => compileUntrusted('(a)', 2)).toThrow(/secret group 2 does not exist: the regex has 1 group$/);
    expect(() => compileUntrusted('(a)', 'pw')).toThrow(/secret group "pw" does not exist/);
  });

  it('finish on a catastrophic pattern: (a+)+$ on a long run of a ending in !', () => {
    const evil = `${'a'.repeat(200_000)}!`;
    // JavaScript's RegExp needs about 2^n steps here; the linear engine reads the text once.
    const { found, engine } = scan(rule(EVIL), evil);
    expect(found).toEqual([]);
    expect(engine.overBudget).toEqual([]);
    expect(compileUntrusted('^(a|a)*$').test(evil)).toBe(false);
  });

  it('stop when the file time budget is spent, and record it', () => {
    const { found, engine } = scan(rule('key_[0-9]{4}', ['key_']), 'key_1234\nkey_5678\n', 0);
    expect(found).toEqual([]);
    expect(engine.overBudget).toEqual([{ path: 'f.txt', ruleIds: ['custom'] }]);
  });
});

describe('untrusted regexes from a config, through the CLI', () => {
  let repo: TempRepo;
  afterEach(() => repo.remove());

  it('an evil custom rule does not hang the scan', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', `rules:\n  - id: evil\n    regex: '${EVIL}'\n  - id: evil-keyword\n    regex: '(a|aa)+$'\n    keywords: [aaaa]\nallowlist:\n  regexTarget: line\n  regexes: ['(x+x+)+y']\n`);
    repo.write('evil.txt', `${'a'.repeat(100_000)}!\n`);
    repo.write('key.txt', `token = ${githubToken()} ${'x'.repeat(5000)}\n`);
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    expect(findings(run).map((f) => `${f.file} ${f.ruleId}`)).toEqual(['key.txt github-pat']);
  });

  it('a custom rule that runs out of its time budget is reported, and built-in rules still run', () => {
    repo = new TempRepo();
    repo.write('.scan-secrets.yaml', "timeBudgetMs: 0\nrules:\n  - id: internal-token\n    regex: 'itk_[a-z0-9]{24}'\n    keywords: [itk_]\n");
    repo.write('big.txt', `itk_${randomToken(24)}\ngh = ${githubToken()}\n`);
    repo.commitAll();
    const run = repo.run(['--all-files', '--format', 'json']);
    expect(findings(run).map((f) => f.ruleId)).toEqual(['github-pat']);
    // The config file itself names the keyword too, so it is one of the files reported.
    expect(run.stderr.split('\n')).toContain('scan-secrets: warning: custom rule internal-token ran out of time in big.txt (timeBudgetMs 0); the rest of that file was not searched by it');
  });
});
