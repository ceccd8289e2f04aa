import { type Browser, browser } from 'wxt/browser';
import {
  type ClaimPanel,
  isRefreshReminders,
  isSyncHosts,
  type PanelPage,
  parseClaimPanel,
  parseRegisterPanel,
  type RegisterPanel,
} from '../messaging/protocol';
import type { ReplyOf } from '../messaging/protocol-map';
import { getSetting } from '../settings/store';
import { getDb } from './db';
import { kindOf, SCRIPTS } from './hosts';
import type { PanelContext } from './panel-handlers';
import { createPanelRegistry, type PanelFrame, type PanelRegistry } from './panel-registry';
import { ensureReminderAlarm } from './worker-listeners';
import { answerOverlay, answerPersonnel, refreshReminders, syncRegisteredHosts } from './worker-work';

type Sender = Browser.runtime.MessageSender;

/**
 * Our own origin. `runtime.getURL` of a web-accessible page gives its per-session dynamic URL
 * (`use_dynamic_url`), but a frame loaded from it reports our fixed origin as its sender URL; '/'
 * is not web-accessible, so its URL carries the fixed origin.
 */
const ourOrigin = () => new URL(browser.runtime.getURL('/')).origin;

const urlOf = (sender: Sender): URL | null => {
  try {
    return typeof sender.url === 'string' ? new URL(sender.url) : null;
  } catch {
    return null;
  }
};

/** A page of this extension at `path` (not a content script, whose sender URL is the web page's). */
function ourPage(sender: Sender, path: '/' | '/overlay.html' | '/personnel.html' = '/'): boolean {
  const url = urlOf(sender);
  return sender.id === browser.runtime.id && url !== null && url.origin === ourOrigin() && (path === '/' || url.pathname === path);
}

const PANELS = {
  overlay: { path: '/overlay.html', host: 'webmail' },
  personnel: { path: '/personnel.html', host: 'personnel' },
} as const satisfies Record<PanelPage, { path: `/${string}.html`; host: 'webmail' | 'personnel' }>;

/** One of our panel pages framed inside a tab (never a tab's top frame), as the registry knows frames. */
function panelFrame(sender: Sender, page: PanelPage): PanelFrame | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (!ourPage(sender, PANELS[page].path) || tabId === undefined || frameId === undefined || frameId === 0) return null;
  return { tabId, frameId, documentId: sender.documentId ?? null };
}

/** Our content script: the top frame of a tab showing a web page (the webmail, the HR system). */
function contentScriptTab(sender: Sender): number | null {
  const url = urlOf(sender);
  const web = url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
  return sender.id === browser.runtime.id && web && sender.frameId === 0 && sender.tab?.id !== undefined ? sender.tab.id : null;
}

/**
 * A known webmail's host: one of the webmail content script's static matches, which WXT writes into
 * the manifest from the adapters (lib/webmail/adapters.ts, KNOWN_WEBMAIL_MATCHES). Read from the
 * manifest so the service worker does not carry the adapters' code for a list of hosts.
 */
function isKnownWebmailHost(hostname: string): boolean {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts.some((s) => s.js?.includes(SCRIPTS.webmail) && s.matches?.includes(`https://${hostname}/*`));
}

/**
 * Our panel pages are web-accessible (hosts are added at run time), so a hostile site could frame
 * them: a panel is answered only inside a tab on a host it belongs to.
 */
async function onAllowedHost(sender: Sender, kind: 'webmail' | 'personnel'): Promise<boolean> {
  const tab = sender.tab?.url ? new URL(sender.tab.url) : null;
  if (!tab) return false;
  if (kind === 'webmail' && tab.origin === `https://${tab.hostname}` && isKnownWebmailHost(tab.hostname)) return true;
  const hosts = await getSetting(getDb(), 'hosts');
  return hosts.some((h) => kindOf(h) === kind && new URL(h.origin).hostname === tab.hostname);
}

// The service worker stops when idle, so the registrations live in session storage (cleared
// when the browser closes, never written to disk, not readable by content scripts).
let panels: PanelRegistry | null = null;
const registry = (): PanelRegistry =>
  (panels ??= createPanelRegistry({
    get: async (key) => (await browser.storage.session.get(key))[key],
    set: (key, value) => browser.storage.session.set({ [key]: value }),
    remove: (keys) => browser.storage.session.remove(keys),
    keys: async () => Object.keys(await browser.storage.session.get(null)),
  }));

/** A content script of ours, on an allowed host, announces the nonce of the panel it is about to mount. */
async function registerPanel(sender: Sender, request: RegisterPanel): Promise<ReplyOf<'tus.panel.register'>> {
  const tabId = contentScriptTab(sender);
  if (tabId === null || !(await onAllowedHost(sender, PANELS[request.page].host))) return false;
  await registry().register(tabId, request.page, request.nonce);
  // Tidying only: the registration stands whether or not the closed tabs' entries could be dropped.
  await browser.tabs
    .query({})
    .then((open) => registry().forgetClosedTabs(new Set(open.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])))))
    .catch((error: unknown) => console.error('TUS-assistent: could not drop closed tabs from the panel registry', error));
  return true;
}

/** A panel presents the nonce its content script handed it; the first frame to do so is bound to it. */
async function claimPanel(sender: Sender, request: ClaimPanel): Promise<ReplyOf<'tus.panel.claim'>> {
  const page: PanelPage | null = ourPage(sender, PANELS.overlay.path)
    ? 'overlay'
    : ourPage(sender, PANELS.personnel.path)
      ? 'personnel'
      : null;
  const frame = page && panelFrame(sender, page);
  if (!page || !frame || !(await onAllowedHost(sender, PANELS[page].host))) return false;
  return registry().claim(frame, page, request.nonce);
}

/**
 * Answers a panel only in the frame our content script mounted and bound, in a tab on a host
 * that panel belongs to. Refused: no data, no action; the panel stays empty.
 */
async function guarded<R>(sender: Sender, page: PanelPage, reply: (ctx: PanelContext) => Promise<R>): Promise<R | null> {
  const frame = panelFrame(sender, page);
  if (!frame || !(await registry().isBound(frame, page)) || !(await onAllowedHost(sender, PANELS[page].host))) return null;
  return reply({ tabId: frame.tabId, now: Date.now() });
}

/** A message's type, read without its schema: the panels' requests are checked in full where they are answered. */
const typeOf = (message: unknown): string | null => {
  const type: unknown = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : null;
  return typeof type === 'string' ? type : null;
};

/**
 * The panels' requests are handed on unparsed once their frame passes the guard: their schemas
 * (most of the protocol) live with their handlers (panel-handlers.ts), which answer a request that
 * does not fit with nothing, so a wake for a registration does not build them.
 */
export function startRouter(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const register = parseRegisterPanel(message);
    if (register) return registerPanel(sender, register);
    const claim = parseClaimPanel(message);
    if (claim) return claimPanel(sender, claim);
    if (isSyncHosts(message)) return ourPage(sender) ? syncRegisteredHosts().then(() => true) : undefined;
    if (isRefreshReminders(message))
      return ourPage(sender) ? Promise.all([ensureReminderAlarm(), refreshReminders()]).then(() => true) : undefined;
    const type = typeOf(message);
    if (type?.startsWith('tus.personnel.')) return guarded(sender, 'personnel', (ctx) => answerPersonnel(message, ctx));
    if (type?.startsWith('tus.overlay.') || type === 'tus.fillCompose')
      return guarded(sender, 'overlay', (ctx) => answerOverlay(message, ctx));
    return undefined;
  });
}
