// Every positive example in the registry, written to a file of its own, is reported by the real
// CLI (`scan-secrets --no-git DIR`) with its secret extracted exactly, by the rule that owns it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { activeRules } from '../src/rules/index.ts';
import type { ContentRule } from '../src/engine/types.ts';
import { runCli, tempDir } from './helpers/repo.ts';

it('finds every positive example through the CLI', { timeout: 120_000 }, () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'ex'));
  const expected = new Map<string, { rule: string; secret: string }>();
  const rules = activeRules(false).filter((r): r is ContentRule => r.kind !== 'file');
  for (const rule of rules) {
    rule.examples.positive.forEach((p, i) => {
      const name = `ex/${rule.id}-${i}.txt`;
      writeFileSync(join(dir, name), typeof p === 'string' ? p : p.text);
      expected.set(name, { rule: rule.id, secret: typeof p === 'string' ? p : p.secret });
    });
  }
  const r = runCli(['--no-git', '--format', 'json', '--no-redact', 'ex'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  const found = new Map<string, string[]>();
  for (const f of JSON.parse(r.stdout).findings as { file: string; ruleId: string; secret: string }[]) {
    found.set(f.file, [...(found.get(f.file) ?? []), `${f.ruleId} ${f.secret}`]);
  }
  const missed = [...expected].filter(([file, e]) => !(found.get(file) ?? []).includes(`${e.rule} ${e.secret}`)).map(([file]) => file);
  expect(missed).toEqual([]);
  expect(expected.size).toBeGreaterThan(500);
});
