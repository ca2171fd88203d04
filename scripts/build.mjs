// Bundles the CLI into dist/ with esbuild. Silent on success: `npm pack` (run by the
// pre-commit framework) reads the tarball name from stdout, so nothing else may print there
// (npm's own "> prepare" banner is kept off stdout by .npmrc: foreground-scripts=false).
// Two entry points: the CLI, and the worker thread that large scans start (dist/worker.js,
// found beside the chunk that starts it); code splitting lets them share the engine and rules.
// A third build, dist/fast.cjs, holds a plain scan (the hook) in one CommonJS file that
// bin/scan-secrets.js runs from V8's code cache (why: the comment in that file).
import { createHash } from 'node:crypto';
import { readFile, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import ts from 'typescript';
import { lazyRegistryPlugin } from './rule-table.mjs';

/**
 * Each rule module carries its positive and negative examples, which the tests check; the CLI
 * never reads them, and they were 45% of the rule library's bundle, which the hook parses on
 * every commit. This drops them from the bundle (the TypeScript parser finds the `examples`
 * of every defineRule / defineFileRule call), leaving the sources as they are.
 */
const stripRuleExamples = {
  name: 'strip-rule-examples',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]rules[\\/].*\.ts$/ }, async (args) => {
      const text = await promisify(readFile)(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true);
      const spans = [];
      const visit = (node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^define(File)?Rule$/.test(node.expression.text)) {
          const [arg] = node.arguments;
          const examples = arg && ts.isObjectLiteralExpression(arg)
            ? arg.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === 'examples')
            : undefined;
          if (examples) spans.push([examples.initializer.getStart(file), examples.initializer.getEnd()]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = text;
      for (const [start, end] of spans.sort((x, y) => y[0] - x[0])) out = `${out.slice(0, start)}{ positive: [], negative: [] }${out.slice(end)}`;
      return { contents: out, loader: 'ts' };
    });
  },
};

// Chunk names carry content hashes: clear out the last build's, or dist/ grows stale files.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/parallel/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  minifyWhitespace: false,
  logLevel: 'error',
  plugins: [stripRuleExamples],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// One file, everything but the dependencies (they are required from node_modules as usual, and
// the scan itself needs none of them unless a config file does). No ES-module syntax may be
// left in it: it is run as a script.
const fast = 'dist/fast.cjs';
await build({
  entryPoints: ['src/cli/fast-entry.ts'],
  outfile: fast,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  charset: 'ascii',
  // Every commit reads, hashes and decodes this file before V8 takes its compiled code from the
  // cache: without indentation and with simpler syntax it is a quarter smaller, and the hook
  // 4-5% faster. Names stay, so a stack trace still names its functions; for a readable one, run
  // with SCAN_SECRETS_CODE_CACHE=0, which takes the ES-module build.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'error',
  // First: it answers for src/rules/index.ts before the other would load the file itself.
  plugins: [lazyRegistryPlugin(process.cwd(), [stripRuleExamples]), stripRuleExamples],
  define: { 'import.meta.url': '__fast_url' },
  banner: { js: "const __fast_url = require('node:url').pathToFileURL(__filename).href;" },
});
const code = readFileSync(fast);
// The loader reads the file as latin1, which is exact only for ASCII; and V8 would reject an
// import() in a script run without a module loader behind it, at the moment it ran.
const nonAscii = code.findIndex((b) => b > 0x7f);
if (nonAscii !== -1) throw new Error(`${fast}: non-ASCII byte at offset ${nonAscii} (write it as an escape in the source)`);
if (/\bimport\(/.test(code.toString('latin1'))) throw new Error(`${fast}: holds a dynamic import(), which cannot run from the code cache`);
// V8 checks a code cache against the source's length, not its content: the cache is keyed by
// this hash, so a rebuilt or upgraded bundle never runs a stale cache.
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(fast, Buffer.concat([Buffer.from(`// build ${hash}\n`), code]));
