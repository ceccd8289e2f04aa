import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3-test');
export const ARTIFACTS = resolve('test-results');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page, e.g. "popup.html". */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's language (pages, the service worker, Accept-Language); Danish unless said. */
  locale?: string;
  /** Extra Chromium switches, e.g. --host-resolver-rules to serve a webmail's host from the fixture server. */
  args?: string[];
}

/** Launches Chromium with the built extension in a fresh profile. A missing browser fails, never skips. */
export async function launchExtension({ locale = 'da-DK', args = [] }: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium)`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run "wxt build --mode test"`);
  const profile = mkdtempSync(join(tmpdir(), 'tus-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    timezoneId: 'Europe/Copenhagen',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The locale option reaches pages only; the service worker (notifications) reads this.
      `--lang=${locale}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function openTestkit(session: ExtensionSession): Promise<Page> {
  const page = await session.open('testkit.html');
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
