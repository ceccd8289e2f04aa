import { defineConfig } from 'vitest/config';

// Browser tests: the test builds (`npm run build:test`) in Debian's Chromium (playwright-core) and, in
// tests/e2e/firefox/, Firefox ESR (puppeteer-core over WebDriver BiDi). One browser file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A browser on two busy cores can take more than the default second to show a write; a poll
    // waits for the page, it asserts no speed.
    expect: { poll: { timeout: 10_000 } },
  },
});
