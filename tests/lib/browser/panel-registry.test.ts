import { beforeEach, describe, expect, it } from 'vitest';
import {
  createPanelRegistry,
  type PanelFrame,
  type PanelRegistry,
  type Registration,
  type RegistryStorage,
} from '../../../lib/browser/panel-registry';

const N1 = 'a'.repeat(32);
const N2 = 'b'.repeat(32);
const ours: PanelFrame = { tabId: 7, frameId: 3, documentId: 'DOC-A' };

let data: Map<string, unknown>;
let registry: PanelRegistry;

function memoryStorage(): RegistryStorage {
  return {
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value: Registration) => void data.set(key, structuredClone(value)),
    remove: async (keys) => keys.forEach((k) => data.delete(k)),
    keys: async () => [...data.keys()],
  };
}

beforeEach(() => {
  data = new Map();
  registry = createPanelRegistry(memoryStorage());
});

describe('panel registry', () => {
  it('binds the first frame that presents the nonce, and only that frame and document', async () => {
    await registry.register(7, 'overlay', N1);
    expect(await registry.isBound(ours, 'overlay')).toBe(false);
    expect(await registry.claim(ours, 'overlay', N1)).toBe(true);
    expect(await registry.isBound(ours, 'overlay')).toBe(true);
    // Claiming again from the same document is harmless (a reloaded listener, a retry).
    expect(await registry.claim(ours, 'overlay', N1)).toBe(true);

    const otherFrame = { ...ours, frameId: 9, documentId: 'DOC-B' };
    expect(await registry.claim(otherFrame, 'overlay', N1)).toBe(false);
    expect(await registry.isBound(otherFrame, 'overlay')).toBe(false);
    // The same frame navigated to a new document is a new document.
    const navigated = { ...ours, documentId: 'DOC-C' };
    expect(await registry.claim(navigated, 'overlay', N1)).toBe(false);
    expect(await registry.isBound(navigated, 'overlay')).toBe(false);
  });

  it('gives nothing for a wrong nonce, another tab, or the other kind of panel', async () => {
    await registry.register(7, 'overlay', N1);
    expect(await registry.claim(ours, 'overlay', N2)).toBe(false);
    expect(await registry.claim({ ...ours, tabId: 8 }, 'overlay', N1)).toBe(false);
    expect(await registry.claim(ours, 'personnel', N1)).toBe(false);
    expect(await registry.isBound(ours, 'overlay')).toBe(false);
  });

  it('lets two racing claims bind exactly one frame', async () => {
    await registry.register(7, 'overlay', N1);
    const frames = Array.from({ length: 5 }, (_, i) => ({ tabId: 7, frameId: i + 1, documentId: `D${i}` }));
    const results = await Promise.all(frames.map((f) => registry.claim(f, 'overlay', N1)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await registry.isBound(frames[results.indexOf(true)]!, 'overlay')).toBe(true);
  });

  it('drops the previous frame when the content script mounts again', async () => {
    await registry.register(7, 'overlay', N1);
    await registry.claim(ours, 'overlay', N1);
    await registry.register(7, 'overlay', N2);
    expect(await registry.isBound(ours, 'overlay')).toBe(false);
    const reopened = { ...ours, frameId: 4, documentId: 'DOC-D' };
    expect(await registry.claim(reopened, 'overlay', N1)).toBe(false);
    expect(await registry.claim(reopened, 'overlay', N2)).toBe(true);
  });

  it('survives a restart of the worker: the state is in the storage, not in the registry object', async () => {
    await registry.register(7, 'overlay', N1);
    await registry.claim(ours, 'overlay', N1);
    const restarted = createPanelRegistry(memoryStorage());
    expect(await restarted.isBound(ours, 'overlay')).toBe(true);
    expect(await restarted.claim({ ...ours, frameId: 5, documentId: 'X' }, 'overlay', N1)).toBe(false);
  });

  it('forgets the tabs that are closed (asked at a registration, not woken by every closed tab), and reads a damaged entry as no registration', async () => {
    await registry.register(7, 'overlay', N1);
    await registry.register(7, 'personnel', N2);
    await registry.register(9, 'overlay', N2);
    await registry.claim(ours, 'overlay', N1);
    data.set('not-ours', 1);
    await registry.forgetClosedTabs(new Set([9, 12]));
    expect([...data.keys()].sort()).toEqual(['not-ours', 'panel:9:overlay']);
    expect(await registry.isBound(ours, 'overlay')).toBe(false);
    expect(await registry.claim({ tabId: 9, frameId: 2, documentId: 'D' }, 'overlay', N2)).toBe(true);

    data.set('panel:7:overlay', { nonce: N1, frameId: 'x' });
    expect(await registry.claim(ours, 'overlay', N1)).toBe(false);
  });

  it('treats a browser without document ids (Firefox) by frame alone', async () => {
    const noDoc = { tabId: 7, frameId: 3, documentId: null };
    await registry.register(7, 'personnel', N1);
    expect(await registry.claim(noDoc, 'personnel', N1)).toBe(true);
    expect(await registry.isBound(noDoc, 'personnel')).toBe(true);
    expect(await registry.isBound({ ...noDoc, frameId: 4 }, 'personnel')).toBe(false);
  });
});
