import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // No test may depend on the machine's speed: the slowest (the property tests) take 1.5–3 s alone
    // on 2 cores and several times that with both cores busy, over Vitest's default of 5 s.
    testTimeout: 30_000,
  },
});
