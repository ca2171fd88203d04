// Peak memory (RSS) of the built CLI on the inputs that could make it grow without bound: one
// 50 MB line, 100,000 tiny files, a file holding 150,000 secrets, and a large tree of 1 MB files
// (--tree-mb N, default 256; --tree-mb 1024 for the 1 GB case). Each case runs in a fresh
// process; the figure is that process's own maxRSS, reported by a preloaded module on exit.
//
//   npm run rss, or: npm run build && node scripts/rss.mjs [--tree-mb N] [--keep]
//
// A measurement, not a test: it prints figures and never fails on them.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'scan-secrets.js');
const MB = 1024 * 1024;
const argv = process.argv.slice(2);
const treeMb = Number(argv[argv.indexOf('--tree-mb') + 1] || 0) || 256;
const keep = argv.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'scan-secrets-rss-'));
const preload = join(work, 'maxrss.mjs');
// fd 3 is a pipe only this script reads: the CLI's own stdout and stderr stay untouched.
writeFileSync(preload, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n");

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function token() {
  // GitHub format with a valid CRC-32 tail (see src/rules/lib/checksum.ts): random, never real.
  let body = '';
  for (const b of randomBytes(30)) body += BASE62[b % 62];
  let crc = -1;
  for (let i = 0; i < body.length; i++) {
    crc ^= body.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  let n = (crc ^ -1) >>> 0;
  let tail = '';
  while (n > 0) {
    tail = BASE62[n % 62] + tail;
    n = Math.floor(n / 62);
  }
  return `ghp_${body}${tail.padStart(6, '0')}`;
}

function words(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const bytes = randomBytes(2 * MB);
  let s = '';
  for (let i = 0; s.length < Math.min(n, MB); ) {
    const k = 3 + (bytes[i++] % 8);
    for (let j = 0; j < k; j++) s += letters[bytes[i++] % 26];
    s += ' ';
  }
  const chunk = s.slice(0, MB);
  return chunk.repeat(Math.ceil(n / chunk.length)).slice(0, n);
}

const cases = [
  {
    name: '50 MB single line',
    make(dir) {
      const half = words(25 * MB);
      writeFileSync(join(dir, 'one-line.txt'), `${half} token = ${token()} ${half}`);
      return { args: ['--no-git', '--format', 'json', 'one-line.txt'], bytes: 50 * MB };
    },
  },
  {
    name: '100,000 tiny files',
    make(dir) {
      for (let d = 0; d < 100; d++) {
        mkdirSync(join(dir, `d${d}`));
        for (let f = 0; f < 1000; f++) writeFileSync(join(dir, `d${d}`, `f${f}.txt`), `v${f}\n`);
      }
      return { args: ['--no-git', '--format', 'json', '.'], bytes: 100_000 * 5 };
    },
  },
  {
    name: '150,000 secrets in one file',
    make(dir) {
      const text = `${Array.from({ length: 150_000 }, () => `t=${token()}`).join('\n')}\n`;
      writeFileSync(join(dir, 'dump.txt'), text);
      return { args: ['--no-git', '--output', join(dir, '..', 'dump-report.txt'), 'dump.txt'], bytes: text.length };
    },
  },
  {
    name: `${treeMb} MB tree of 1 MB files`,
    make(dir) {
      const chunk = words(MB);
      for (let i = 0; i < treeMb; i++) {
        const sub = join(dir, `d${Math.floor(i / 100)}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `f${i}.txt`), i % 50 === 0 ? `${chunk.slice(0, MB - 60)}\ntoken = ${token()}\n` : chunk);
      }
      return { args: ['--no-git', '--max-file-size', '2MB', '--format', 'json', '.'], bytes: treeMb * MB };
    },
  },
];

function measure(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', preload, BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let rss = '';
    let stderr = '';
    child.stdio[3].on('data', (d) => (rss += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, rssKb: Number(rss), ms: performance.now() - started, stderr }));
  });
}

const fmt = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
console.log(`node ${process.version}, ${process.platform}; CLI: ${BIN}`);
console.log(`${'case'.padEnd(32)}${'input'.padStart(10)}${'peak RSS'.padStart(12)}${'wall'.padStart(10)}  exit`);
try {
  for (const c of cases) {
    const dir = join(work, c.name.replace(/\W+/g, '-'));
    mkdirSync(dir);
    const { args, bytes } = c.make(dir);
    const r = await measure(args, dir);
    const note = r.stderr && r.code === 2 ? `  ${r.stderr.trim()}` : '';
    console.log(`${c.name.padEnd(32)}${fmt(bytes).padStart(10)}${fmt(r.rssKb * 1024).padStart(12)}${`${(r.ms / 1000).toFixed(1)} s`.padStart(10)}  ${r.code}${note}`);
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`inputs kept in ${work}`);
}
