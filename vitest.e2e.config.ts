import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi). Serial: two browsers on two cores gain nothing in parallel.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: '.output/reports/e2e.json' },
  },
});
