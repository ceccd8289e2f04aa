import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type EvaluateFunc, type Page } from 'puppeteer-core';

// Firefox ESR with the built add-on, driven by puppeteer-core over WebDriver BiDi (no geckodriver
// can be had here). Recipe and pitfalls: ../shared/notes/firefox-extension.md.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3-test');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'tus-assistent@tus-assistent.dk';
/** Chosen here (a pref maps the add-on to it), so the extension's base URL is known before install. */
const UUID = '0b5e6b1c-2a3f-4e7d-9c1a-7f00000e2e01';
export const FIREFOX_BASE = `moz-extension://${UUID}/`;

/** What puppeteer keeps internal but the recipe needs: the raw BiDi connection and a frame's context id. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const bidi = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;
export const contextId = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

export interface FirefoxSession {
  browser: Browser;
  /** A blank tab (use it instead of browser.newPage(), which fails after a notification). */
  newTab(): Promise<Page>;
  /** Opens an extension page, e.g. "popup.html", and waits until its document is complete. */
  open(path: string): Promise<Page>;
  /** Reloads an extension page (page.reload() hangs on extension pages). */
  reload(page: Page): Promise<void>;
  /**
   * Runs `fn(arg)` in a frame of `page` whose URL starts with `urlPrefix` (our panel inside a
   * webmail page), and gives its result through JSON. Puppeteer lists such frames as about:blank,
   * so this goes through the raw BiDi tree. Waits until the frame is there.
   */
  inFrame<A, R>(page: Page, urlPrefix: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Installs the add-on again over itself: the background restarts, the stored data stays. */
  restartAddon(): Promise<void>;
  close(): Promise<void>;
}

/** Launches Firefox ESR with a fresh profile and the test build installed. A missing browser fails, never skips. */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install it (apt-get install -y firefox-esr)`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No build at ${FIREFOX_EXTENSION_DIR}: run "wxt build -b firefox --mv3 --mode test"`);
  const profile = mkdtempSync(join(tmpdir(), 'tus-e2e-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: FIREFOX,
    userDataDir: profile,
    // Without it Firefox refuses to navigate a remote-controlled tab to moz-extension://.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, TZ: 'Europe/Copenhagen', LANG: 'da_DK.UTF-8' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.accept_languages': 'da-DK, da',
      'intl.regional_prefs.use_os_locales': true,
      // A reinstall keeps the database, as an update does for a leader.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const connection = bidi(browser);
  // New tabs open beside this one. Without a reference Firefox puts a tab in the last focused
  // window, which after a notification is the alert's own window, and fails.
  const home = (await browser.pages())[0] ?? (await browser.newPage());
  async function newTab(): Promise<Page> {
    const { result } = await connection.send('browsingContext.create', { type: 'tab', referenceContext: contextId(home) });
    const id = (result as { context: string }).context;
    for (const end = Date.now() + TIMEOUT; Date.now() < end; await pause(50)) {
      const page = (await browser.pages()).find((p) => contextId(p) === id);
      if (page) return page;
    }
    throw new Error(`Firefox made tab ${id}, but puppeteer never listed it`);
  }

  const waitForDocument = (page: Page, url: string) =>
    poll(page, (u) => location.href.startsWith(u) && document.readyState === 'complete', url);
  return {
    browser,
    newTab,
    async open(path) {
      const page = await newTab();
      // page.goto() waits for load events that Firefox never sends for extension pages.
      await connection.send('browsingContext.navigate', { context: contextId(page), url: FIREFOX_BASE + path, wait: 'none' });
      await waitForDocument(page, FIREFOX_BASE + path);
      return page;
    },
    async reload(page) {
      await page.evaluate(() => {
        (window as { stale?: boolean }).stale = true;
        location.reload();
      });
      await poll(page, () => !(window as { stale?: boolean }).stale && document.readyState === 'complete');
    },
    async inFrame(page, urlPrefix, fn, arg) {
      interface Tree {
        context: string;
        url: string;
        children?: Tree[] | null;
      }
      const find = (nodes: Tree[]): string | null => {
        for (const n of nodes) {
          if (n.url.startsWith(urlPrefix)) return n.context;
          const inner = find(n.children ?? []);
          if (inner) return inner;
        }
        return null;
      };
      const end = Date.now() + TIMEOUT;
      let context: string | null = null;
      while (!context) {
        const { result } = await connection.send('browsingContext.getTree', { root: contextId(page) });
        context = find((result as { contexts: Tree[] }).contexts);
        if (!context && Date.now() > end) throw new Error(`No frame at ${urlPrefix} in ${page.url()}`);
        if (!context) await pause(100);
      }
      const expression = `Promise.resolve((${fn.toString()})(${JSON.stringify(arg)})).then((r) => JSON.stringify(r ?? null))`;
      const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
      const outcome = result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
      if (outcome.type !== 'success') throw new Error(`In ${urlPrefix}: ${outcome.exceptionDetails?.text ?? 'script failed'}`);
      return JSON.parse(outcome.result?.value ?? 'null') as Awaited<ReturnType<typeof fn>>;
    },
    async restartAddon() {
      await browser.uninstallExtension(ADDON_ID);
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TIMEOUT = 10_000;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `fn` is truthy in the page. Polled from here: puppeteer's waitForFunction and
 * waitForSelector build their predicate with Function(), which the extension pages' CSP blocks.
 */
export async function poll<P extends unknown[]>(page: Page, fn: EvaluateFunc<P>, ...args: P): Promise<void> {
  const end = Date.now() + TIMEOUT;
  for (;;) {
    // A navigation in progress destroys the context the call ran in: try again.
    if (await page.evaluate(fn, ...args).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`Timed out after ${TIMEOUT} ms waiting for ${fn.toString().slice(0, 120)}`);
    await pause(50);
  }
}

/** Waits until `fn` returns an element in the page, and gives its handle. */
async function pollHandle<P extends unknown[]>(page: Page, fn: EvaluateFunc<P>, ...args: P): Promise<ElementHandle<Element>> {
  const end = Date.now() + TIMEOUT;
  for (;;) {
    const handle = await page.evaluateHandle(fn, ...args);
    const element = handle.asElement();
    if (element) return element as ElementHandle<Element>;
    await handle.dispose();
    if (Date.now() > end) throw new Error(`Timed out waiting for an element: ${JSON.stringify(args)}`);
    await pause(100);
  }
}

/** The testkit page (test builds), once `window.testkit` is there. */
export async function openFirefoxTestkit(session: FirefoxSession): Promise<Page> {
  const page = await session.open('testkit.html');
  await poll(page, () => document.body?.dataset.ready === 'true');
  return page;
}

/** The first element matching `selector` whose trimmed text is `text` (or matches it). */
export async function byText(page: Page, selector: string, text: string | RegExp): Promise<ElementHandle<Element>> {
  const source = typeof text === 'string' ? { exact: text } : { pattern: text.source, flags: text.flags };
  return pollHandle(
    page,
    (sel: string, want: { exact: string } | { pattern: string; flags: string }) => {
      const matches = (s: string) => ('exact' in want ? s === want.exact : new RegExp(want.pattern, want.flags).test(s));
      return [...document.querySelectorAll(sel)].find((el) => matches((el.textContent ?? '').trim())) ?? null;
    },
    selector,
    source,
  );
}

/** The form control a label names, by the label's own text (for= or nested), or by aria-label. */
export async function byLabel(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await pollHandle(
    page,
    (name: string) => {
      for (const l of document.querySelectorAll('label')) {
        const own = [...l.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof HTMLElement && !n.matches('input, select, textarea')))
          .map((n) => n.textContent)
          .join('')
          .trim();
        if (own === name) return l.control;
      }
      return document.querySelector(`[aria-label="${CSS.escape(name)}"]`);
    },
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/** Sets a control's value as typing would end, firing input and change (date and time inputs included). */
export async function setValue(field: ElementHandle<HTMLInputElement>, value: string): Promise<void> {
  await field.evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}
