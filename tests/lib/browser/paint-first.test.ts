import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_FRAME_WAIT_MS, firstReadOrSoon } from '../../../lib/browser/paint-first';

afterEach(() => {
  vi.useRealTimers();
});

describe('firstReadOrSoon (when a page renders its first frame)', () => {
  it('resolves as soon as the first read answers, rows or null', async () => {
    vi.useFakeTimers();
    let answered = false;
    void firstReadOrSoon(Promise.resolve(null)).then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(true);
  });

  it('resolves after FIRST_FRAME_WAIT_MS when the read is slow, so the page shows its loading state', async () => {
    vi.useFakeTimers();
    let answered = false;
    void firstReadOrSoon(new Promise(() => {})).then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(FIRST_FRAME_WAIT_MS - 1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toBe(true);
  });

  it('resolves when the read fails: the page renders, and its live query answers', async () => {
    vi.useFakeTimers();
    let answered = false;
    void firstReadOrSoon(Promise.reject(new Error('no IndexedDB'))).then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(true);
  });
});
