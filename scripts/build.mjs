// Bundles the CLI into dist/ with esbuild. Silent on success: `npm pack` (run by the
// pre-commit framework) reads the tarball name from stdout, so nothing else may print there
// (npm's own "> prepare" banner is kept off stdout by .npmrc: foreground-scripts=false).
// Two entry points: the CLI, and the worker thread that large scans start (dist/worker.js,
// found beside the chunk that starts it); code splitting lets them share the engine and rules.
import { readFile, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import ts from 'typescript';

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
