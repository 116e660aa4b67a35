import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium and Firefox ESR driven by puppeteer-core against fixture pages served on
// 127.0.0.1. The extensions are built once in globalSetup. Files run one after another (2-core machines).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
