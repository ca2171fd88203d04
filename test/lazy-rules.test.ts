// The hook's bundle builds its rules from a registry the build generates (scripts/rule-table.mjs):
// stubs with each rule's id and keywords, whose module runs when the scan first needs more. It
// must be the registry of src/rules/index.ts in every respect but when the modules run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { ContentRule, Rule } from '../src/engine/types.ts';
import { builtinRules } from '../src/rules/index.ts';
import type { LazyRule as LazyRuleClass, plainRule as plainRuleFn } from '../src/rules/lib/lazy.ts';
import { ensureBuilt } from './helpers/run-built-cli.ts';
import { BIN, ROOT, Repo, cleanEnv } from './helpers/repo.ts';
// @ts-expect-error: a build script, plain JavaScript
import { lazyRegistrySource } from '../scripts/rule-table.mjs';

ensureBuilt();

interface Both {
  lazy: Rule[];
  eager: Rule[];
  /** Lazy rules already resolved when the bundle had just loaded (none should be). */
  loadedAtStart: string[];
  /** The bundle's own class and helper (the test's import of lazy.ts is another module). */
  LazyRule: typeof LazyRuleClass;
  plainRule: typeof plainRuleFn;
}

/**
 * The generated registry and src/rules/index.ts in one bundle, so that a rule module required by
 * the first and imported by the second is one module: a lazy rule must resolve to the very
 * object the eager registry holds.
 */
async function bothRegistries(): Promise<Both> {
  const { source } = await lazyRegistrySource(ROOT);
  const entry = [
    "import { builtinRules as lazy } from 'lazy-registry';",
    // Read before anything else touches the rules (the eager registry is imported later, below).
    "export const loadedAtStart = lazy.filter((r) => r instanceof LazyRule && r.loaded).map((r) => r.id);",
    "import { LazyRule, plainRule } from './src/rules/lib/lazy.ts';",
    "export { lazy, LazyRule, plainRule };",
    "export async function eager() { return (await import('./src/rules/index.ts')).builtinRules; }",
  ].join('\n');
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'both.js', loader: 'js' },
    bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', write: false, logLevel: 'error',
    plugins: [{
      name: 'lazy-registry',
      setup(b) {
        b.onResolve({ filter: /^lazy-registry$/ }, () => ({ path: 'lazy-registry', namespace: 'lazy' }));
        b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: source, loader: 'js', resolveDir: join(ROOT, 'src/rules') }));
      },
    }],
  });
  // One file: the dynamic import above must not split it, or the two registries would not share modules.
  expect(out.outputFiles).toHaveLength(1);
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return { lazy: mod.lazy, eager: await mod.eager(), loadedAtStart: mod.loadedAtStart, LazyRule: mod.LazyRule, plainRule: mod.plainRule };
}

describe('the lazy rule registry', async () => {
  const { lazy, eager, loadedAtStart, LazyRule, plainRule } = await bothRegistries();

  it('lists the same rules in the same order as src/rules/index.ts', () => {
    expect(lazy.map((r) => r.id)).toEqual(builtinRules.map((r) => r.id));
    expect(eager.map((r) => r.id)).toEqual(builtinRules.map((r) => r.id));
  });

  it('leaves most rules unloaded until one is needed, and keeps eager those the engine must read up front', () => {
    const lazyCount = lazy.filter((r) => r instanceof LazyRule).length;
    expect(lazyCount).toBeGreaterThan(builtinRules.length * 0.8);
    expect(loadedAtStart).toEqual([]);
    // Eager: a file rule, a rule gated by file, a rule with no keyword (and the rest of its module).
    for (const [i, r] of eager.entries()) {
      const needsModule = r.kind === 'file' || (r as ContentRule).fileKeywords !== undefined || (r as ContentRule).keywords.length === 0;
      if (needsModule) expect(lazy[i]).not.toBeInstanceOf(LazyRule);
    }
  });

  it('gives the engine the same keywords without running a module, and the module\'s own rule after', () => {
    for (const [i, r] of lazy.entries()) {
      const real = eager[i];
      if (!(r instanceof LazyRule)) {
        expect(r).toBe(real);
        continue;
      }
      expect(r.keywords).toEqual((real as ContentRule).keywords);
      // The engine tells content rules from file rules by kind; a stub is a content rule.
      expect((r as ContentRule).kind).toBe(real.kind);
      expect(real.kind).not.toBe('file');
      expect(r.resolve()).toBe(real);
      expect(plainRule(r)).toBe(real);
      // Every property the module's rule has reads the same through the stub.
      for (const key of Object.keys(real) as (keyof ContentRule)[]) {
        if (key !== 'keywords') expect((r as ContentRule)[key], `${r.id}.${key}`).toBe((real as ContentRule)[key]);
      }
    }
  });
});

const contentRules = builtinRules.filter((r): r is ContentRule => r.kind !== 'file');
const exampleText = (e: ContentRule['examples']['positive'][number]) => (typeof e === 'string' ? e : e.text);

describe('the hook bundle with lazy rules', () => {
  // Every positive example of every rule, in files the rules look at, scanned by the bundle (lazy
  // rules) and by the ES-module build (the registry as written): the same findings, byte for byte.
  function repoOfExamples(): Repo {
    const repo = new Repo();
    repo.write('README.md', 'hello\n').add().commit('init');
    const texts = contentRules.flatMap((r) => r.examples.positive.map(exampleText));
    repo.write('examples/all.txt', `${texts.join('\n\n')}\n`);
    repo.write('.env', `${texts.filter((t) => /^[A-Z_]+=/.test(t)).join('\n')}\n`);
    return repo.add();
  }
  const run = (repo: Repo, args: string[], env: Record<string, string> = {}) => {
    const res = spawnSync(process.execPath, [BIN, ...args], { cwd: repo.dir, env: cleanEnv(env), encoding: 'utf8' });
    return { code: res.status, stdout: res.stdout.replace(/"durationMs": \d+/g, '"durationMs": 0'), stderr: res.stderr.replace(/\d+ ms\b/g, 'N ms') };
  };

  it('finds what the ES-module build finds, for every rule', () => {
    const repo = repoOfExamples();
    for (const args of [['--staged', '--format', 'json', '--no-redact'], ['--all-files', '--format', 'json']]) {
      const fast = run(repo, args);
      expect(fast).toEqual(run(repo, args, { SCAN_SECRETS_CODE_CACHE: '0' }));
      expect(fast.code).toBe(1);
    }
    const ids = new Set(JSON.parse(run(repo, ['--staged', '--format', 'json']).stdout).findings.map((f: { ruleId: string }) => f.ruleId));
    expect(ids.size).toBeGreaterThan(builtinRules.length * 0.8);
  });

  it('applies a config\'s severity to a rule it has not loaded yet', () => {
    const repo = new Repo();
    repo.write('README.md', 'hello\n').add().commit('init');
    repo.write('pay.ts', `${exampleText(contentRules.find((r) => r.id === 'stripe-webhook-secret')!.examples.positive[0])}\n`);
    repo.write('.scan-secrets.yaml', 'severity:\n  stripe-webhook-secret: low\n').add();
    const fast = run(repo, ['--staged', '--format', 'json']);
    expect(fast).toEqual(run(repo, ['--staged', '--format', 'json'], { SCAN_SECRETS_CODE_CACHE: '0' }));
    const findings = JSON.parse(fast.stdout).findings;
    expect(findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity])).toEqual([['stripe-webhook-secret', 'low']]);
  });
});
