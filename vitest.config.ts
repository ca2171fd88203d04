import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most tests spawn git and the CLI, so two workers keep both cores busy on a 2-core CI machine.
    maxWorkers: 2,
  },
});
