import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit, DOM (happy-dom) and UI tests. Real-browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    globals: true,
    reporters: ['default', 'json'],
    outputFile: { json: '.output/reports/unit.json' },
  },
});
