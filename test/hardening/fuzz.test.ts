// Fuzzing the decoder and the engine with every built-in rule: random bytes, invalid UTF-8,
// and random mixes of the rules' own keywords with quotes, escapes, encodings and line breaks.
// Bounded (a fixed number of seeded cases) so it runs the same in CI every time; a failure
// prints the seed and the case. Properties: nothing throws, every position is inside the text,
// a finding from the text as written sits where it says, and a token on a line of its own is
// found wherever the noise around it comes from.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.ts';
import type { Finding } from '../../src/engine/types.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { BASE62, base62, crc32 } from '../../src/rules/lib/checksum.ts';
import { decodeBytes } from '../../src/scanners/text.ts';
import { rng } from '../../scripts/bench/rng.mjs';
import { fakeGithubToken } from './helpers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? randomBytes(4).readUInt32LE(0));
const CASES = Number(process.env.FUZZ_CASES ?? 2000);

/** The bench corpus's seeded PRNG, with random bytes. */
function prng(seed: number) {
  const r = rng(seed);
  return { next: r, int: r.int, pick: r.pick, bytes: (n: number) => Buffer.from(Array.from({ length: n }, () => r.int(256))) };
}

const engine = new Engine(builtinRules);
const keywords = [...new Set(builtinRules.flatMap((r) => (r.kind === 'file' ? [] : r.keywords)))];
const ATOMS = [
  '=', ':', ' = ', '"', "'", '`', '\n', '\r\n', '\r', ' ', '\t', '\\n', '\\"', '\\', '%2F', '%3D', '%', 'base64,', 'data:',
  '-----BEGIN PRIVATE KEY-----', '-----END PRIVATE KEY-----', '{', '}', '[', ']', '\0', '\u2028', '\ud83d', '\ude00', 'é', 'eyJ',
  'ghp_', '://', '@', 'password', 'secret', 'token', 'Bearer ', 'A'.repeat(40), 'aGVsbG8gd29ybGQ=', 'xxxxxxxx', '${VAR}',
];
const PATHS = ['a.txt', '.env', 'x.json', 'k8s/secret.yaml', 'nb.ipynb', 'app.py', 'config.toml'];

function noise(r: ReturnType<typeof prng>): string {
  const kind = r.int(3);
  if (kind === 0) return decodeBytes(r.bytes(1 + r.int(3000))).content ?? '';
  const parts: string[] = [];
  for (let i = 0, n = 1 + r.int(150); i < n; i++) {
    if (kind === 1 || r.next() < 0.5) parts.push(r.next() < 0.3 ? r.pick(keywords) : r.pick(ATOMS));
    else parts.push(r.bytes(1 + r.int(40)).toString(r.pick(['base64', 'hex', 'latin1', 'utf8', 'base64url'] as const)));
  }
  return parts.join('');
}

function checkPositions(text: string, found: Finding[], context: () => string): void {
  const lines = text.split('\n');
  for (const f of found) {
    if (f.kind === 'file') continue;
    const ok = f.secret.length > 0 && f.line! >= 1 && f.line! <= lines.length && f.column! >= 1 && f.column! <= lines[f.line! - 1].length + 1
      && f.endLine! >= f.line! && f.endLine! <= lines.length && f.endColumn! >= 1;
    if (!ok) expect.fail(`bad position ${JSON.stringify({ ...f, lineText: undefined })} ${context()}`);
    // From the text as written, the secret is at its place. (Decoded findings are placed on
    // the encoded text, which differs from the secret.)
    const at = lines[f.line! - 1].slice(f.column! - 1);
    if (!f.secret.includes('\n') && !at.startsWith(f.secret) && text.includes(f.secret) && f.endLine === f.line && f.endColumn! - f.column! === f.secret.length) {
      expect.fail(`secret not where reported ${JSON.stringify({ ruleId: f.ruleId, line: f.line, column: f.column })} ${context()}`);
    }
  }
}

describe(`fuzz (seed ${SEED}; rerun with FUZZ_SEED=${SEED})`, () => {
  it('decodeBytes takes any bytes, and gives text for any bytes without an early NUL', () => {
    const r = prng(SEED);
    for (let i = 0; i < CASES * 2; i++) {
      const buf = r.bytes(r.int(5000));
      const bom = r.pick([[0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff]]);
      if (r.next() < 0.2 && buf.length >= bom.length) buf.set(bom, 0);
      const d = decodeBytes(buf);
      if (!d.binary) expect(typeof d.content).toBe('string');
      if (!buf.subarray(0, 8000).includes(0)) expect(d.binary).toBe(false);
    }
  });

  it('the engine never throws, and every finding is placed inside the text', () => {
    const r = prng(SEED + 1);
    for (let i = 0; i < CASES; i++) {
      const text = noise(r);
      const path = r.pick(PATHS);
      let found: Finding[] = [];
      try {
        found = engine.scan({ path, content: text, size: text.length, origin: { kind: 'file' } });
      } catch (e) {
        expect.fail(`engine threw ${(e as Error).stack} on case ${i} (${path}): ${JSON.stringify(text)}`);
      }
      checkPositions(text, found, () => `case ${i} (${path}): ${JSON.stringify(text)}`);
    }
  });

  it('a token with a valid checksum is found whatever words its random part spells', () => {
    const r = prng(SEED + 3);
    const words = ['fake', 'FaKe', 'todo', 'TODO', 'fixme', 'dummy', 'sample', 'example', 'xxxxx', 'redacted', 'notreal', 'placeholder', 'changeme', 'yourkey'];
    for (const word of words) {
      for (const prefix of ['ghp_', 'gho_', 'npm_']) {
        const fill = Array.from({ length: 30 - word.length }, () => BASE62[r.int(62)]).join('');
        const at = r.int(fill.length + 1);
        const body = fill.slice(0, at) + word + fill.slice(at);
        const token = `${prefix}${body}${base62(crc32(body), 6)}`;
        const text = `token: ${token}\n`;
        const found = engine.scan({ path: 'a.txt', content: text, size: text.length, origin: { kind: 'file' } });
        expect(found.map((f) => [f.secret, f.confidence]), token).toContainEqual([token, 'high']);
      }
    }
  });

  it('a token on a line of its own is found at its line, whatever noise surrounds it', () => {
    const r = prng(SEED + 2);
    for (let i = 0; i < CASES / 3; i++) {
      const token = fakeGithubToken();
      // Noise may end inside a quoted string or an escape; the line break closes the line.
      const before = noise(r).replace(/\r$/, '');
      const after = noise(r);
      const text = `${before}\n${token}\n${after}`;
      const line = before.split('\n').length + 1;
      const found = engine.scan({ path: 'a.txt', content: text, size: text.length, origin: { kind: 'file' } });
      const hit = found.find((f) => f.secret === token || f.secret.includes(token));
      if (!hit) expect.fail(`token not found on case ${i}: ${JSON.stringify(text)}`);
      expect(hit.line).toBe(line);
    }
  });
});
