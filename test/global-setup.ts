// Builds the CLI once before any test file runs, so end-to-end tests spawn the real bundle and
// no two test files rebuild dist/ under each other.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const res = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`npm run build failed (exit ${res.status ?? res.signal})`);
}
