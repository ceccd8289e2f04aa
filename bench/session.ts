// One Chromium session for the whole benchmark: our test build and the floor's empty-worker
// extension (bench/floor-worker), side by side, so every figure and its floor share the machine's state.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, openTestkit } from '../tests/e2e/support/browser';

export const FLOOR_WORKER_DIR = resolve('bench/floor-worker');

export interface BenchSession {
  context: BrowserContext;
  /** Our extension's id. */
  extensionId: string;
  /** Opens a page of our extension, e.g. "popup.html". */
  open(path: string): Promise<Page>;
  /** Opens a page of the floor's empty-worker extension. */
  openFloorWorkerPage(path: string): Promise<Page>;
  /** Stops every service worker, as the browser does when they are idle. */
  stopWorkers(): Promise<void>;
  close(): Promise<void>;
}

/** Our testkit page (test builds), through the browser tests' helper. */
export const openBenchTestkit = (bench: BenchSession): Promise<Page> =>
  openTestkit({ context: bench.context, extensionId: bench.extensionId, open: (path) => bench.open(path), close: async () => undefined });

export async function launchBench(): Promise<BenchSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run "wxt build --mode test"`);
  const profile = mkdtempSync(join(tmpdir(), 'tus-bench-'));
  const extensions = `${EXTENSION_DIR},${FLOOR_WORKER_DIR}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
    ],
  });
  // Both workers, told apart by their manifests.
  const ids = new Map<string, string>();
  for (let tries = 0; ids.size < 2 && tries < 100; tries++) {
    for (const worker of context.serviceWorkers())
      ids.set(await worker.evaluate(() => chrome.runtime.getManifest().name), new URL(worker.url()).host);
    if (ids.size < 2) await new Promise((r) => setTimeout(r, 100));
  }
  const floorId = ids.get('TUS-assistent benchmark: empty worker');
  const ourId = [...ids.entries()].find(([name]) => !name.startsWith('TUS-assistent benchmark'))?.[1];
  if (!floorId || !ourId) throw new Error(`Extensions not found: ${JSON.stringify([...ids])}`);
  const openAt = async (id: string, path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/${path}`);
    return page;
  };
  const control = await context.newPage();
  const cdp = await context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  const running = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (v.runningStatus === 'stopped') running.delete(v.versionId);
      else running.add(v.versionId);
    }
  });
  return {
    context,
    extensionId: ourId,
    open: (path) => openAt(ourId, path),
    openFloorWorkerPage: (path) => openAt(floorId, path),
    async stopWorkers() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let tries = 0; running.size > 0 && tries < 200; tries++) await new Promise((r) => setTimeout(r, 10));
      if (running.size > 0) throw new Error('The service workers did not stop');
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

declare const chrome: { runtime: { getManifest(): { name: string } } };
