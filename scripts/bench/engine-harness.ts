// Bundled and run by scripts/bench.mjs: the full built-in rule set on one thread over a text
// corpus, interleaved with its floor, reading and decoding the same bytes. Prints JSON.

import { readFileSync } from 'node:fs';
import { Engine } from '../../src/engine/engine.ts';
import { activeRules } from '../../src/rules/index.ts';

const [file, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 3);
// The default rule set, as a scan without --strict runs it.
const rules = activeRules(false);
const engine = new Engine(rules);
const CHUNK = 64 * 1024; // scanned file by file, as a real scan would: about a source file each

const read = (): string => readFileSync(file).toString('utf8');
const floor: number[] = [];
const scan: number[] = [];
let bytes = 0;
let findings = 0;
for (let r = 0; r < rounds + 1; r++) {
  let t = performance.now();
  const text = read();
  const tRead = performance.now() - t;
  bytes = Buffer.byteLength(text);
  t = performance.now();
  const again = read();
  let n = 0;
  for (let i = 0; i < again.length; i += CHUNK) {
    const content = again.slice(i, i + CHUNK);
    n += engine.scan({ path: 'corpus.txt', content, size: content.length, origin: { kind: 'file' } }).length;
  }
  const tScan = performance.now() - t;
  findings = n;
  if (r === 0) continue; // warm-up
  floor.push(tRead);
  scan.push(tScan);
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
process.stdout.write(
  `${JSON.stringify({ rules: rules.length, bytes, findings, floorMs: med(floor), scanMs: med(scan), maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
