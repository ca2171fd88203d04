// The README's claims that can drift: the rules table matches the registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rulesMarkdown } from '../src/cli/commands/rules.ts';
import { builtinRules } from '../src/rules/index.ts';
import { ROOT } from './helpers/repo.ts';

it('the README rules table is generated from the registry (run npm run docs:rules)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->\n'.length, readme.indexOf('<!-- rules:end -->'));
  expect(table).toBe(rulesMarkdown(builtinRules));
});
