import * as v from 'valibot';
import type { PanelPage } from '../messaging/protocol';

/**
 * Which frame of a tab is our panel. The content script registers a fresh nonce per mount; the
 * first frame that presents it is bound to it, by frame and document. Pure: the storage is
 * passed in (the background gives `storage.session`, since its service worker stops when idle).
 */
export interface RegistryStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: Registration): Promise<void>;
  remove(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

export interface Registration {
  nonce: string;
  /** The frame that claimed the nonce, null until one has. */
  frameId: number | null;
  /** Chrome's id of that frame's document: a navigation in the same frame is a new document. */
  documentId: string | null;
}

/** A message's sender as far as the registry needs it. */
export interface PanelFrame {
  tabId: number;
  frameId: number;
  /** Absent where the browser does not report one (Firefox). */
  documentId: string | null;
}

const Stored = v.object({ nonce: v.string(), frameId: v.nullable(v.number()), documentId: v.nullable(v.string()) });

const PAGES: readonly PanelPage[] = ['overlay', 'personnel'];
const keyOf = (tabId: number, page: PanelPage) => `panel:${tabId}:${page}`;

export interface PanelRegistry {
  /** A new mount: its nonce replaces the tab's previous one, so the previous frame gets nothing more. */
  register(tabId: number, page: PanelPage, nonce: string): Promise<void>;
  /** True when `frame` may use `nonce`: the first to present it, or the frame already bound to it. */
  claim(frame: PanelFrame, page: PanelPage, nonce: string): Promise<boolean>;
  /** True only for the frame (and document) bound to the tab's current registration. */
  isBound(frame: PanelFrame, page: PanelPage): Promise<boolean>;
  /**
   * Nothing is kept of a tab not in `open`. Asked at a registration rather than at each closed tab,
   * which would wake the worker for every tab the leader closes; tab ids are not reused while the
   * browser runs, and the storage is cleared when it closes.
   */
  forgetClosedTabs(open: ReadonlySet<number>): Promise<void>;
}

export function createPanelRegistry(storage: RegistryStorage): PanelRegistry {
  // One operation at a time: two claims read-then-write the same entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op);
    queue = next.catch(() => undefined);
    return next;
  };
  const read = async (tabId: number, page: PanelPage): Promise<Registration | null> => {
    const result = v.safeParse(Stored, await storage.get(keyOf(tabId, page)));
    return result.success ? result.output : null;
  };
  const isSameFrame = (r: Registration, f: PanelFrame) => r.frameId === f.frameId && r.documentId === f.documentId;

  return {
    register: (tabId, page, nonce) => serial(() => storage.set(keyOf(tabId, page), { nonce, frameId: null, documentId: null })),
    claim: (frame, page, nonce) =>
      serial(async () => {
        const r = await read(frame.tabId, page);
        if (!r || r.nonce !== nonce) return false;
        if (r.frameId !== null) return isSameFrame(r, frame);
        await storage.set(keyOf(frame.tabId, page), { nonce, frameId: frame.frameId, documentId: frame.documentId });
        return true;
      }),
    isBound: (frame, page) =>
      serial(async () => {
        const r = await read(frame.tabId, page);
        return r !== null && r.frameId !== null && isSameFrame(r, frame);
      }),
    forgetClosedTabs: (open) =>
      serial(async () => {
        const closed = (await storage.keys()).filter((key) => {
          const [prefix, tabId, page] = key.split(':');
          return prefix === 'panel' && PAGES.includes(page as PanelPage) && !open.has(Number(tabId));
        });
        if (closed.length) await storage.remove(closed);
      }),
  };
}
