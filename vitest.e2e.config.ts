import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (`wxt build --mode test`) in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
