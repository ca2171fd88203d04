// Deterministic inputs for `npm run bench`: a mixed-source tree, a plain-text corpus and a git
// history, all made from one seeded PRNG so every run (and every machine) measures the same
// bytes. Nothing is fetched. Secrets are sprinkled in at a low, fixed rate so the regex stage
// does real work; they are random (never valid anywhere) and shaped like the real formats.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { rng } from './rng.mjs';

export { rng };

// Identifier parts as they occur in application code, including the words secret rules use
// as keywords (key, token, secret, password, auth, aws): real code is full of them.
const WORDS = `get set user users config client request response token key secret password auth api id name
value data list map error handler service cache session url host port path file buffer stream read write
open close parse format render update delete create find load save init start stop run build test check
count index item items node tree root parent child next prev first last size length offset limit page
query result results event events state status type kind mode flag option options params args context ctx
message text body header headers content json yaml xml http https server socket conn connection pool db
table row column field record schema model view controller route router middleware plugin module package
account billing invoice order cart product price amount currency payment customer address email phone
aws region bucket object storage queue topic stream shard worker job task batch retry timeout deadline
access private public credential credentials cert tls ssl hash salt digest sign verify encode decode`
  .split(/\s+/)
  .filter(Boolean);

const PROSE = `the a of to and in is it that for on with as this be by are from at or an was have not
but can will all which when there their if more one so some what out about into than them only other
then its also after use two how our work first well way even new because any these give day most us`
  .split(/\s+/)
  .filter(Boolean);

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const B64 = `${B62}+/`;

function randomChars(r, alphabet, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[r.int(alphabet.length)];
  return s;
}

const CRC = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(s) {
  let c = -1;
  for (let i = 0; i < s.length; i++) c = (c >>> 8) ^ CRC[(c ^ s.charCodeAt(i)) & 0xff];
  return (c ^ -1) >>> 0;
}

function base62(n, width) {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** A line holding a random credential of a known shape. */
export function secretLine(r) {
  switch (r.int(4)) {
    case 0:
      return `aws_access_key_id = AKIA${randomChars(r, B32, 16)}`;
    case 1: {
      const body = randomChars(r, B62, 30);
      return `GITHUB_TOKEN=ghp_${body}${base62(crc32(body), 6)}`;
    }
    case 2:
      return `aws_secret_access_key = ${randomChars(r, B64, 40)}`;
    default: {
      const der = `MII${randomChars(r, B64, 61)}`;
      return `-----BEGIN PRIVATE KEY-----\n${der}\n${randomChars(r, B64, 64)}\n-----END PRIVATE KEY-----`;
    }
  }
}

const camel = (r, n) => {
  let s = r.pick(WORDS);
  for (let i = 1; i < n; i++) {
    const w = r.pick(WORDS);
    s += w[0].toUpperCase() + w.slice(1);
  }
  return s;
};
const snake = (r, n) => Array.from({ length: n }, () => r.pick(WORDS)).join('_');
const sentence = (r) => {
  const n = 6 + r.int(14);
  const words = Array.from({ length: n }, () => (r.chance(0.25) ? r.pick(WORDS) : r.pick(PROSE)));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
};

const LANGS = {
  ts: (r, ind) => {
    const v = camel(r, 1 + r.int(3));
    switch (r.int(8)) {
      case 0: return `${ind}const ${v} = await ${camel(r, 2)}.${camel(r, 2)}(${camel(r, 1)}, '${snake(r, 2)}');`;
      case 1: return `${ind}if (${v} === undefined || ${v}.${camel(r, 1)} > ${r.int(1000)}) return ${camel(r, 1)};`;
      case 2: return `${ind}// ${sentence(r)}`;
      case 3: return `${ind}export function ${v}(${camel(r, 1)}: ${camel(r, 1)}, ${camel(r, 1)}: string): Promise<void> {`;
      case 4: return `${ind}${camel(r, 1)}.${camel(r, 2)} = ${camel(r, 2)}[${camel(r, 1)}] ?? ${r.int(100)};`;
      case 5: return `${ind}import { ${camel(r, 2)}, ${camel(r, 1)} } from './${snake(r, 2)}.ts';`;
      case 6: return `${ind}}`;
      default: return `${ind}for (const ${camel(r, 1)} of ${v}) ${camel(r, 2)}.push(${camel(r, 1)});`;
    }
  },
  py: (r, ind) => {
    const v = snake(r, 1 + r.int(3));
    switch (r.int(7)) {
      case 0: return `${ind}${v} = self.${snake(r, 2)}(${snake(r, 1)}, "${snake(r, 2)}")`;
      case 1: return `${ind}if ${v} is None or ${v}.${snake(r, 1)} > ${r.int(1000)}:`;
      case 2: return `${ind}# ${sentence(r)}`;
      case 3: return `${ind}def ${v}(self, ${snake(r, 1)}, ${snake(r, 1)}=None):`;
      case 4: return `${ind}return {"${snake(r, 1)}": ${snake(r, 2)}, "${snake(r, 1)}": ${r.int(100)}}`;
      case 5: return `from ${snake(r, 2)} import ${camel(r, 2)}`;
      default: return `${ind}for ${snake(r, 1)} in ${v}: ${snake(r, 2)}.append(${snake(r, 1)})`;
    }
  },
  go: (r, ind) => {
    switch (r.int(6)) {
      case 0: return `${ind}${camel(r, 1)}, err := ${camel(r, 1)}.${camel(r, 2)}(ctx, ${camel(r, 1)})`;
      case 1: return `${ind}if err != nil {\n${ind}\treturn fmt.Errorf("${snake(r, 2)}: %w", err)\n${ind}}`;
      case 2: return `${ind}// ${sentence(r)}`;
      case 3: return `func (s *${camel(r, 2)}) ${camel(r, 2)}(ctx context.Context, ${camel(r, 1)} string) error {`;
      case 4: return `${ind}${camel(r, 1)}.${camel(r, 2)} = append(${camel(r, 1)}.${camel(r, 1)}, ${r.int(100)})`;
      default: return '}';
    }
  },
  c: (r, ind) => {
    switch (r.int(6)) {
      case 0: return `${ind}${snake(r, 1)} = ${snake(r, 2)}(${snake(r, 1)}, sizeof(struct ${snake(r, 1)}));`;
      case 1: return `${ind}if (!${snake(r, 1)} || ${snake(r, 1)}->${snake(r, 1)} < ${r.int(64)}) goto out;`;
      case 2: return `${ind}/* ${sentence(r)} */`;
      case 3: return `static int ${snake(r, 2)}(struct ${snake(r, 1)} *${snake(r, 1)}, size_t n)\n{`;
      case 4: return `#define ${snake(r, 2).toUpperCase()} 0x${r.int(65536).toString(16)}`;
      default: return '}';
    }
  },
  md: (r) => (r.chance(0.1) ? `## ${sentence(r).slice(0, -1)}` : sentence(r)),
  yaml: (r, ind) => `${ind}${snake(r, 1 + r.int(2))}: ${r.chance(0.5) ? r.int(10000) : `"${camel(r, 2)}"`}`,
  json: (r, ind) => `${ind}"${camel(r, 1 + r.int(2))}": ${r.chance(0.5) ? r.int(10000) : `"${snake(r, 2)}"`},`,
};
const EXTS = Object.keys(LANGS);

// Lines come from a fixed pool per language (built once from its own seed) and are copied as
// bytes into one reused buffer: building every line afresh, or joining millions of strings,
// is dominated by allocation, which is slow on small VMs.
const POOL_SIZE = 30_000;
const pools = new Map();
function pool(ext) {
  let p = pools.get(ext);
  if (!p) {
    const r = rng(0x5eed + EXTS.indexOf(ext));
    const gen = LANGS[ext] ?? LANGS.ts;
    p = Array.from({ length: POOL_SIZE }, () => Buffer.from(`${gen(r, '  '.repeat(r.int(4)))}\n`));
    pools.set(ext, p);
  }
  return p;
}

let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Bytes of text in the style of `ext`, about `bytes` long, with a credential per ~secretEvery
 * bytes. The result is a view of a shared buffer, valid until the next call: copy it to keep it.
 */
export function sourceBytes(r, ext, bytes, secretEvery = 200_000) {
  const lines = pool(EXTS.includes(ext) ? ext : 'ts');
  if (scratch.length < bytes + 4096) scratch = Buffer.allocUnsafe(bytes + 4096);
  const p = 60 / secretEvery;
  let n = 0;
  while (n < bytes) {
    if (r() < p) n += scratch.write(`${secretLine(r)}\n`, n, 'latin1');
    else n += lines[r.int(POOL_SIZE)].copy(scratch, n);
  }
  return scratch.subarray(0, n);
}

export function sourceText(r, ext, bytes, secretEvery) {
  return sourceBytes(r, ext, bytes, secretEvery).toString('latin1');
}

/** One line (without its newline) in the style of `ext`. */
export function poolLine(r, ext) {
  const b = pool(EXTS.includes(ext) ? ext : 'ts')[r.int(POOL_SIZE)];
  return b.toString('latin1', 0, b.length - 1);
}

/** Random bytes with NULs: what a binary asset looks like to a sniffer. */
function binaryBytes(r, n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.int(256);
  b[0] = 0x89;
  b[4] = 0;
  return b;
}

function fileSize(r) {
  // log-uniform 600 B .. 96 KB: many small files, a few large ones, as in real trees
  return Math.round(Math.exp(Math.log(600) + r() * (Math.log(96_000) - Math.log(600))));
}

function randomPath(r, ext) {
  const depth = 1 + r.int(4);
  const dirs = Array.from({ length: depth }, () => snake(r, 1));
  return `${dirs.join('/')}/${snake(r, 1 + r.int(2))}.${ext}`;
}

/**
 * Writes a mixed-source tree of about totalBytes under dir (text in seven languages, ~2% binary
 * assets). Returns { files, bytes }.
 */
export function writeTree(dir, totalBytes, seed = 1) {
  const r = rng(seed);
  let bytes = 0;
  let files = 0;
  const used = new Set();
  while (bytes < totalBytes) {
    const binary = r.chance(0.02);
    const ext = binary ? 'png' : r.pick(EXTS);
    let path = randomPath(r, ext);
    while (used.has(path)) path = path.replace(/(\.\w+)$/, `_${files}$1`);
    used.add(path);
    const size = fileSize(r);
    const data = binary ? binaryBytes(r, size) : sourceBytes(r, ext, size);
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), data);
    bytes += data.length;
    files++;
  }
  return { files, bytes };
}

/** Plain text (code of every kind, mixed) of exactly `bytes` bytes, as one string. */
export function textCorpus(bytes, seed = 3) {
  const r = rng(seed);
  const buf = Buffer.allocUnsafe(bytes);
  let n = 0;
  while (n < bytes) {
    const chunk = sourceBytes(r, r.pick(EXTS), 64 * 1024);
    n += chunk.copy(buf, n);
  }
  return buf.toString('latin1');
}

function runGit(args, cwd, input) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git ${args[0]}: ${err.trim()}`))));
    if (input) input(child.stdin);
    else child.stdin.end();
  });
}

/**
 * A repository with `commits` commits written through `git fast-import`: a main line of small
 * edits to a few hundred files (insert, change, delete lines; add, delete and rename files),
 * feature branches merged back, and credentials that come and go. Then repacked the way
 * `git gc` would, so reads go through deltas as in a real clone.
 */
export async function writeHistoryRepo(dir, commits, seed = 2) {
  const r = rng(seed);
  mkdirSync(dir, { recursive: true });
  await runGit(['init', '-q', '-b', 'main'], dir);
  const files = new Map(); // path -> lines
  const initial = 400;
  for (let i = 0; i < initial; i++) {
    const ext = r.pick(EXTS);
    let path = randomPath(r, ext);
    while (files.has(path)) path = path.replace(/(\.\w+)$/, `_${i}$1`);
    files.set(path, sourceText(r, ext, Math.min(fileSize(r), 40_000), 1e12).split('\n'));
  }

  // fast-import reads a stream; commits are encoded into one reused buffer and written when it
  // fills, waiting for each write to finish before the buffer is reused.
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import: ${stderr.trim()}`))));
  });
  let buf = Buffer.allocUnsafe(8 << 20);
  let used = 0;
  const flush = async () => {
    if (used === 0) return;
    const chunk = buf.subarray(0, used);
    await new Promise((resolve, reject) => child.stdin.write(chunk, (e) => (e ? reject(e) : resolve())));
    used = 0;
  };
  const emit = async (s) => {
    const need = Buffer.byteLength(s);
    if (used + need > buf.length) await flush();
    if (need > buf.length) buf = Buffer.allocUnsafe(need);
    used += buf.write(s, used);
  };
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  let mark = 0;
  let time = 1_600_000_000;
  const authors = ['Ada Lovelace <ada@dev.test>', 'Alan Turing <alan@dev.test>', 'Grace Hopper <grace@dev.test>', 'Edsger Dijkstra <ewd@dev.test>'];

  const extOf = (p) => p.slice(p.lastIndexOf('.') + 1);
  const edit = (path, lines) => {
    const ext = extOf(path);
    const at = r.int(Math.max(1, lines.length));
    const op = r.int(4);
    const fresh = () => (r.chance(0.004) ? secretLine(r) : poolLine(r, ext));
    if (op === 0) lines.splice(at, 0, ...Array.from({ length: 1 + r.int(12) }, fresh));
    else if (op === 1) lines.splice(at, 1 + r.int(3), ...Array.from({ length: 1 + r.int(3) }, fresh));
    else if (op === 2 && lines.length > 20) lines.splice(at, 1 + r.int(5));
    else lines[at] = fresh();
  };

  const commit = async (ref, parent, merge, changes, msg) => {
    const m = ++mark;
    time += 600 + r.int(7200);
    const who = r.pick(authors);
    let s = `commit ${ref}\nmark :${m}\nauthor ${who} ${time} +0000\ncommitter ${who} ${time} +0000\n${data(msg)}`;
    if (parent) s += `from :${parent}\n`;
    if (merge) s += `merge :${merge}\n`;
    for (const c of changes) {
      if (c.op === 'M') s += `M 100644 inline ${c.path}\n${data(c.lines.join('\n'))}`;
      else if (c.op === 'D') s += `D ${c.path}\n`;
      else if (c.op === 'R') s += `R ${c.path} ${c.to}\n`;
    }
    await emit(`${s}\n`);
    return m;
  };

  let head = await commit('refs/heads/main', 0, 0, [...files].map(([path, lines]) => ({ op: 'M', path, lines })), 'initial import');
  let made = 1;
  let branchNo = 0;
  while (made < commits) {
    if (r.chance(0.02) && commits - made > 12) {
      // A feature branch: its files are off-limits to main until it merges, so the merge is clean.
      const ref = `refs/heads/feature/${++branchNo}`;
      const paths = [...files.keys()];
      const mine = new Set(Array.from({ length: 3 }, () => r.pick(paths)));
      const branchFiles = new Map([...mine].map((p) => [p, [...files.get(p)]]));
      let tip = head;
      const n = 2 + r.int(8);
      for (let i = 0; i < n && made < commits - 2; i++) {
        const p = r.pick([...mine]);
        edit(p, branchFiles.get(p));
        tip = await commit(ref, tip, 0, [{ op: 'M', path: p, lines: branchFiles.get(p) }], `feature ${branchNo}: ${sentence(r)}`);
        made++;
        if (r.chance(0.5)) {
          const q = r.pick(paths.filter((x) => !mine.has(x)));
          edit(q, files.get(q));
          head = await commit('refs/heads/main', head, 0, [{ op: 'M', path: q, lines: files.get(q) }], sentence(r));
          made++;
        }
      }
      for (const [p, lines] of branchFiles) files.set(p, lines);
      head = await commit('refs/heads/main', head, tip, [...mine].map((p) => ({ op: 'M', path: p, lines: files.get(p) })), `Merge feature ${branchNo}`);
      made++;
      continue;
    }
    const changes = [];
    const roll = r();
    if (roll < 0.03) {
      const ext = r.pick(EXTS);
      const path = randomPath(r, ext);
      if (!files.has(path)) {
        files.set(path, sourceText(r, ext, Math.min(fileSize(r), 30_000)).split('\n'));
        changes.push({ op: 'M', path, lines: files.get(path) });
      }
    } else if (roll < 0.04 && files.size > 100) {
      const path = r.pick([...files.keys()]);
      files.delete(path);
      changes.push({ op: 'D', path });
    } else if (roll < 0.05) {
      const path = r.pick([...files.keys()]);
      const to = randomPath(r, extOf(path));
      if (!files.has(to)) {
        files.set(to, files.get(path));
        files.delete(path);
        changes.push({ op: 'R', path, to });
      }
    }
    const touched = 1 + r.int(3);
    for (let i = 0; i < touched; i++) {
      const path = r.pick([...files.keys()]);
      edit(path, files.get(path));
      changes.push({ op: 'M', path, lines: files.get(path) });
    }
    head = await commit('refs/heads/main', head, 0, changes, sentence(r));
    made++;
  }
  await flush();
  child.stdin.end();
  await exited;
  await runGit(['repack', '-a', '-d', '-f', '-q', '--depth=50'], dir);
  await runGit(['checkout', '-q', '-f', 'main'], dir);
  return { commits: made };
}
