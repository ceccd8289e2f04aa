import { browser } from 'wxt/browser';

/**
 * Test builds only (entrypoints/background/index.ts): the benchmark's cold-wake probe, answered
 * at once as the floor's empty worker answers, so the difference is what our worker's start costs.
 */
export function answerBenchPing(): void {
  browser.runtime.onMessage.addListener((message: unknown) =>
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'tus.bench.ping'
      ? Promise.resolve('pong')
      : undefined,
  );
}
