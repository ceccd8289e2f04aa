import { browser, type Browser } from 'wxt/browser';
import { parseFillCompose, parseFillResponse, parseOpenMail, parseOverlayRequest, parsePersonnelRequest, isRefreshReminders, isSyncHosts, type PersonnelRequest, type FillComposeResponse, type OpenMail, type OverlayRequest } from '../messaging/protocol';
import { parseClaimPanel, parseRegisterPanel, type ClaimPanel, type PanelPage, type RegisterPanel } from '../messaging/protocol';
import { createPanelRegistry, type PanelFrame, type PanelRegistry } from './panel-registry';
import { consentRequestData, listConsentRequests, markConsentRequested, matchReply, recordReply } from '../consent/handlers';
import { invitationData, listInvitationCycles, markInvitationSent } from '../invitations/overlay-handlers';
import { getDb } from './db';
import { getSetting } from '../settings/store';
import { markUploaded, pendingUploads, uploadFiles } from '../consent/archive-handlers';
import { refreshReminders } from './reminders';
import { kindOf, syncRegisteredHosts } from './hosts';
import { isKnownWebmailHost } from '../webmail/known-hosts';

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
  }));

/** A content script of ours, on an allowed host, announces the nonce of the panel it is about to mount. */
async function registerPanel(sender: Sender, request: RegisterPanel): Promise<boolean> {
  const tabId = contentScriptTab(sender);
  if (tabId === null || !(await onAllowedHost(sender, PANELS[request.page].host))) return false;
  await registry().register(tabId, request.page, request.nonce);
  return true;
}

/** A panel presents the nonce its content script handed it; the first frame to do so is bound to it. */
async function claimPanel(sender: Sender, request: ClaimPanel): Promise<boolean> {
  const page: PanelPage | null = ourPage(sender, PANELS.overlay.path) ? 'overlay' : ourPage(sender, PANELS.personnel.path) ? 'personnel' : null;
  const frame = page && panelFrame(sender, page);
  if (!page || !frame || !(await onAllowedHost(sender, PANELS[page].host))) return false;
  return registry().claim(frame, page, request.nonce);
}

/** The mail open in the tab, read by the content script there, checked against its schema. */
async function openMailIn(tabId: number): Promise<OpenMail | null> {
  return parseOpenMail(await browser.tabs.sendMessage(tabId, { type: 'tus.readOpenMail' }, { frameId: 0 }).catch(() => null));
}

async function answerOverlay(request: OverlayRequest, tabId: number): Promise<unknown> {
  const db = getDb();
  switch (request.type) {
    case 'tus.overlay.list':
      return listInvitationCycles(db);
    case 'tus.overlay.invitationData':
      return invitationData(db, request.cycleId);
    case 'tus.overlay.markSent':
      return markInvitationSent(db, request.cycleId, Date.now());
    case 'tus.overlay.consentRequests':
      return listConsentRequests(db);
    case 'tus.overlay.consentRequestData':
      return consentRequestData(db, request.cycleId, request.employeeId);
    case 'tus.overlay.markConsentRequested':
      return markConsentRequested(db, request.cycleId, request.employeeId, request.token, Date.now());
    case 'tus.overlay.consentCandidate': {
      const mail = await openMailIn(tabId);
      return mail ? matchReply(db, mail) : { found: false, reason: { key: 'consent.error.noMail' } };
    }
    case 'tus.overlay.recordReply': {
      // The evidence is read (and read as approval or not) from the page again now, not taken from the iframe's copy.
      const mail = await openMailIn(tabId);
      return mail ? recordReply(db, mail, request.choice, Date.now(), request.version) : { ok: false, error: { key: 'consent.error.noMail' } };
    }
  }
}

function answerPersonnel(request: PersonnelRequest): Promise<unknown> {
  const db = getDb();
  switch (request.type) {
    case 'tus.personnel.pending':
      return pendingUploads(db);
    case 'tus.personnel.files':
      return uploadFiles(db, request.cycleId, request.employeeId);
    case 'tus.personnel.mark':
      return markUploaded(db, request.cycleId, request.employeeId, request.mark, Date.now());
  }
}

/**
 * Answers a panel only in the frame our content script mounted and bound, in a tab on a host
 * that panel belongs to. Refused: no data, no action; the panel stays empty.
 */
async function guarded(sender: Sender, page: PanelPage, answer: (tabId: number) => Promise<unknown>): Promise<unknown> {
  const frame = panelFrame(sender, page);
  if (!frame || !(await registry().isBound(frame, page)) || !(await onAllowedHost(sender, PANELS[page].host))) return null;
  return answer(frame.tabId);
}

export function startRouter(): void {
  browser.tabs.onRemoved.addListener((tabId) => void registry().forgetTab(tabId));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const register = parseRegisterPanel(message);
    if (register) return registerPanel(sender, register);
    const claim = parseClaimPanel(message);
    if (claim) return claimPanel(sender, claim);
    const personnel = parsePersonnelRequest(message);
    if (personnel) return guarded(sender, 'personnel', () => answerPersonnel(personnel));
    if (isSyncHosts(message)) return ourPage(sender) ? syncRegisteredHosts().then(() => true) : undefined;
    if (isRefreshReminders(message)) return ourPage(sender) ? refreshReminders().then(() => true) : undefined;
    const overlay = parseOverlayRequest(message);
    if (overlay) return guarded(sender, 'overlay', (tabId) => answerOverlay(overlay, tabId));
    // The overlay's fill request goes to the content script of the tab it sits in. It exists
    // only because the leader clicked in our own iframe; a page cannot send it.
    const request = parseFillCompose(message);
    if (!request) return undefined;
    return guarded(sender, 'overlay', (tabId) =>
      browser.tabs
        .sendMessage(tabId, request, { frameId: 0 })
        .then((response: unknown): FillComposeResponse | { ok: false; problems: string[] } =>
          parseFillResponse(response) ?? { ok: false, problems: ['Svaret fra siden kunne ikke læses.'] },
        ),
    );
  });
}
