import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPersistence, storageStatus } from '../../../lib/browser/storage';

const withStorage = (storage: Partial<StorageManager> | undefined) => vi.stubGlobal('navigator', { storage });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistent storage', () => {
  it('reads whether it is granted and the space used', async () => {
    withStorage({ persisted: async () => true, estimate: async () => ({ usage: 1_500_000, quota: 80e9 }) });
    expect(await storageStatus()).toEqual({ persisted: true, usage: 1_500_000, quota: 80e9 });
  });

  it('says nothing it does not know, where the browser has no StorageManager', async () => {
    withStorage(undefined);
    expect(await storageStatus()).toEqual({ persisted: null, usage: null, quota: null });
    expect(await askPersistence()).toBeNull();
  });

  it('asks only when not granted yet, and gives the answer', async () => {
    const persist = vi.fn(async () => false);
    withStorage({ persisted: async () => false, persist });
    expect(await askPersistence()).toBe(false);
    expect(persist).toHaveBeenCalledOnce();
    const again = vi.fn(async () => true);
    withStorage({ persisted: async () => true, persist: again });
    expect(await askPersistence()).toBe(true);
    expect(again).not.toHaveBeenCalled();
  });
});
