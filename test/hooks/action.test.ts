// action.yml: its scan step's script, run by bash the way the runner runs it (inputs arrive as
// the step's env), against a real repository and the real CLI. GitHub's runner itself is not
// here; what it substitutes (`${{ ... }}`) is checked to be only in `env:`, `if:` and paths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, baseEnv, git, githubToken, newRepo, removeTempDirs, run, tempDir, write } from './helpers.ts';

afterAll(removeTempDirs);

interface Step { id?: string; name: string; if?: string; shell: string; run: string; env?: Record<string, string>; 'working-directory'?: string }
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};
const scanStep = action.runs.steps.find((s) => s.id === 'scan') as Step;

function runScanStep(cwd: string, inputs: Record<string, string>) {
  const output = join(tempDir('gh-output'), 'output');
  const env = baseEnv({
    GITHUB_OUTPUT: output,
    SCAN_SECRETS_VERSION: inputs.version ?? action.inputs.version.default,
    SCAN_SECRETS_SARIF: inputs['sarif-file'] ?? action.inputs['sarif-file'].default,
    SCAN_SECRETS_ARGS: inputs.args ?? action.inputs.args.default,
    SCAN_SECRETS_FAIL: inputs['fail-on-findings'] ?? action.inputs['fail-on-findings'].default,
    SCAN_SECRETS_ACTION_PATH: ROOT,
  });
  const r = run('bash', ['-e', '-c', scanStep.run], { cwd, env });
  let outputs = '';
  try {
    outputs = readFileSync(output, 'utf8');
  } catch {
    // no outputs written
  }
  return { ...r, outputs };
}

let lastToken = '';
function repoWithSecret(): string {
  const dir = newRepo('action');
  lastToken = githubToken();
  write(dir, 'deploy/config.yml', `token: ${lastToken}\n`);
  write(dir, 'README.md', '# app\n');
  git(dir, ['add', '.']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'first']);
  return dir;
}

describe('action.yml', () => {
  it('is a composite action whose inputs reach the scripts only through env', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) expect(step.run).not.toContain('${{');
    for (const name of ['version', 'sarif-file', 'args', 'fail-on-findings']) {
      expect(Object.values(scanStep.env ?? {})).toContain(`\${{ inputs.${name} }}`);
    }
  });

  it('writes a SARIF report of every tracked file and fails the step on findings', () => {
    const dir = repoWithSecret();
    const r = runScanStep(dir, { args: '--max-file-size=2MB' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::scan-secrets found problems');
    const text = readFileSync(join(dir, 'scan-secrets.sarif'), 'utf8');
    expect(text).not.toContain(lastToken);
    const sarif = JSON.parse(text);
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    expect(results.map((x) => x.ruleId)).toEqual(['github-pat']);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/config.yml');
    expect(r.outputs).toContain(`sarif-file=${join(dir, 'scan-secrets.sarif')}`);
    expect(r.outputs).toContain('exit-code=1');
  });

  it('with fail-on-findings false, passes and still writes the report, creating its folder', () => {
    const dir = repoWithSecret();
    const r = runScanStep(dir, { 'fail-on-findings': 'false', 'sarif-file': 'reports/scan.sarif' });
    expect(r.status, r.out).toBe(0);
    expect(r.outputs).toContain('exit-code=1');
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'scan.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });

  it('fails the step when the scan cannot run, whatever fail-on-findings says', () => {
    const r = runScanStep(tempDir('not-a-repo'), { 'fail-on-findings': 'false' });
    expect(r.status).toBe(2);
    expect(r.out).toContain('not inside a git repository');
    expect(r.stdout).toContain('::error::scan-secrets could not run (exit code 2)');
  });

  it('passes on a clean repository', () => {
    const dir = newRepo('action-clean');
    write(dir, 'README.md', '# app\n');
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'first']);
    const r = runScanStep(dir, {});
    expect(r.status, r.out).toBe(0);
    expect(r.outputs).toContain('exit-code=0');
  });
});
