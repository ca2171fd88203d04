// Builds the CLI once before any test spawns it: tests run the real bin/scan-secrets.js.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
