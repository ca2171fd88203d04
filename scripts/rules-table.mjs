// Regenerates the rules table in README.md from the registry (`npm run docs:rules`).
// test/readme.test.ts fails when the table is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const table = execFileSync(process.execPath, ['bin/scan-secrets.js', 'rules', '--format', 'markdown'], { encoding: 'utf8' });
const readme = readFileSync('README.md', 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a === -1 || b === -1) throw new Error('README.md lacks the rules table markers');
writeFileSync('README.md', `${readme.slice(0, a + START.length)}\n${table}${readme.slice(b)}`);
