#!/usr/bin/env node
// Noise measurement for the generic rules (not a test): scans a directory with the engine and
// every built-in rule, as `--no-git` would, and prints generic findings per MB grouped by rule,
// then one redacted sample per finding class (rule, file kind, key that named the value), so each
// class can be judged true or false by hand. Used on the project tree and on node_modules.
//
//   node scripts/noise.mjs DIR [--strict] [--samples N] [--json] [--all]
//
//   --strict     also run the strict-only rules (high-entropy-string-strict)
//   --samples N  samples per class (default 1)
//   --all        list specific (non-generic) findings too
//   --json       machine-readable output
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, lstatSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i === -1 ? dflt : args[i + 1];
};
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--samples');
if (!dir) {
  process.stderr.write('usage: node scripts/noise.mjs DIR [--strict] [--samples N] [--json] [--all]\n');
  process.exit(2);
}
const samplesPerClass = Number(value('--samples', '1'));

// Bundle the TypeScript engine and rules once, into a temp module.
const tmp = mkdtempSync(join(tmpdir(), 'scan-secrets-noise-'));
const out = join(tmp, 'engine.mjs');
await build({
  stdin: {
    contents: [
      "export { Engine } from './src/engine/engine.ts';",
      "export { builtinRules } from './src/rules/index.ts';",
      "export { strictOnlyRuleIds } from './src/rules/generic/index.ts';",
      "export { decodeBytes } from './src/scanners/text.ts';",
      "export { redact } from './src/report/redact.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'error',
});
const { Engine, builtinRules, strictOnlyRuleIds, decodeBytes, redact } = await import(pathToFileURL(out).href);
rmSync(tmp, { recursive: true, force: true });

const rules = flag('--strict') ? builtinRules : builtinRules.filter((r) => !strictOnlyRuleIds.includes(r.id));
const genericIds = new Set(rules.filter((r) => r.kind !== 'file' && r.generic).map((r) => r.id));
const engine = new Engine(rules);

function* walk(d) {
  let entries;
  try {
    entries = readdirSync(d, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(d, e.name);
    if (e.isDirectory()) {
      if (e.name !== '.git') yield* walk(p);
    } else if (e.isFile()) yield p;
  }
}

const base = resolve(dir);
const started = performance.now();
let files = 0;
let bytes = 0;
const generic = [];
const specific = new Map();
const fileFindings = new Map();
for (const abs of walk(base)) {
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    continue;
  }
  if (st.size > 64 * 1024 * 1024) continue;
  const buf = readFileSync(abs);
  const decoded = decodeBytes(buf);
  const path = relative(base, abs).split('\\').join('/');
  files++;
  bytes += buf.length;
  const target = { path, size: buf.length, content: decoded.content, binary: decoded.binary, head: decoded.head, added: false, origin: { kind: 'file' } };
  for (const f of engine.scan(target)) {
    if (f.kind === 'file') fileFindings.set(f.ruleId, (fileFindings.get(f.ruleId) ?? 0) + 1);
    else if (genericIds.has(f.ruleId)) generic.push(f);
    else specific.set(f.ruleId, [...(specific.get(f.ruleId) ?? []), f]);
  }
}
const seconds = (performance.now() - started) / 1000;
const mb = bytes / (1024 * 1024);

/** The class of a finding: rule, kind of file, and the key that named the value (if any). */
function classOf(f) {
  const name = f.file.slice(f.file.lastIndexOf('/') + 1);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : name;
  const before = (f.lineText ?? '').slice(0, Math.max(0, (f.column ?? 1) - 1));
  const key = /([A-Za-z_$@][\w.$@-]{0,60})["'\]]?\s*(?:[:=]{1,2}|=>|>|,|\()\s*["'`]?(?:Bearer\s+)?$/.exec(before)?.[1] ?? '(no key)';
  const shortKey = key.split('.').pop().replace(/^[-$@]+/, '').toLowerCase();
  return `${f.ruleId} | ${ext} | ${shortKey}`;
}

function sample(f) {
  const line = (f.lineText ?? '').replace(f.secret, redact(f.secret)).trim();
  return `${f.file}:${f.line}  ${line.length > 160 ? `${line.slice(0, 157)}...` : line}`;
}

const byRule = new Map();
const byClass = new Map();
for (const f of generic) {
  byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const c = classOf(f);
  const list = byClass.get(c) ?? [];
  list.push(f);
  byClass.set(c, list);
}

if (flag('--json')) {
  process.stdout.write(
    `${JSON.stringify(
      {
        dir: base, files, bytes, seconds,
        generic: { total: generic.length, perMB: generic.length / mb, byRule: Object.fromEntries(byRule) },
        classes: [...byClass].map(([c, list]) => ({ class: c, count: list.length, samples: list.slice(0, samplesPerClass).map(sample) })),
        specific: Object.fromEntries([...specific].map(([id, list]) => [id, list.length])),
        fileRules: Object.fromEntries(fileFindings),
      },
      null,
      2,
    )}\n`,
  );
} else {
  const lines = [];
  lines.push(`${base}: ${files} files, ${mb.toFixed(1)} MB scanned in ${seconds.toFixed(1)} s${flag('--strict') ? ' (strict rules on)' : ''}`);
  lines.push(`generic findings: ${generic.length} (${(generic.length / mb).toFixed(3)} per MB)`);
  for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1])) lines.push(`  ${id.padEnd(28)} ${String(n).padStart(6)}  ${(n / mb).toFixed(3)}/MB`);
  if (byClass.size) {
    lines.push('', `finding classes (${byClass.size}), most frequent first, ${samplesPerClass} sample(s) each:`);
    for (const [c, list] of [...byClass].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  [${list.length}] ${c}`);
      for (const f of list.slice(0, samplesPerClass)) lines.push(`      ${sample(f)}`);
    }
  }
  const specificTotal = [...specific.values()].reduce((n, l) => n + l.length, 0);
  lines.push('', `specific findings: ${specificTotal}${specificTotal ? ` (${[...specific].map(([id, l]) => `${id} ${l.length}`).join(', ')})` : ''}`);
  if (flag('--all')) for (const list of specific.values()) for (const f of list.slice(0, samplesPerClass)) lines.push(`      ${f.ruleId}  ${sample(f)}`);
  lines.push(`file-rule findings: ${[...fileFindings].map(([id, n]) => `${id} ${n}`).join(', ') || 0}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
