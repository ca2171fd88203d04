// Bundles the CLI into dist/ with esbuild. Silent on success: `npm pack` (run by the
// pre-commit framework) reads the tarball name from stdout, so nothing else may print there
// (npm's own "> prepare" banner is kept off stdout by .npmrc: foreground-scripts=false).
// Two entry points: the CLI, and the worker thread that large scans start (dist/worker.js,
// found beside the chunk that starts it); code splitting lets them share the engine and rules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

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
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
