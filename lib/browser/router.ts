import { type Browser, browser } from 'wxt/browser';
import { allUploadFiles, markEBoksTeam, markFiled, markUploaded, pendingUploads, uploadFiles } from '../consent/archive-handlers';
import { consentRequestData, listConsentRequests, markConsentRequested, matchReply, recordReply } from '../consent/handlers';
import { mailKey } from '../consent/mail-key';
import { findTokens } from '../consent/token';
import type { TusDb } from '../db/database';
import {
  followUpInvitationData,
  invitationData,
  listFollowUpMeetings,
  listInvitationCycles,
  markInvitationSent,
} from '../invitations/overlay-handlers';
import {
  type ClaimPanel,
  type FillComposeRequest,
  type FillComposeResponse,
  isRefreshReminders,
  isSyncHosts,
  type OpenMail,
  type OverlayRequest,
  type PageCheck,
  type PanelPage,
  type PersonnelRequest,
  parseClaimPanel,
  parseComposeStatus,
  parseFillCompose,
  parseFillResponse,
  parseOpenMail,
  parseOverlayRequest,
  parsePageCheck,
  parsePersonnelRequest,
  parseRegisterPanel,
  type RegisterPanel,
} from '../messaging/protocol';
import type { Handlers, MessageType, ReplyOf, RequestOf } from '../messaging/protocol-map';
import { getSetting } from '../settings/store';
import { getDb } from './db';
import { kindOf, SCRIPTS, syncRegisteredHosts } from './hosts';
import { createPanelRegistry, type PanelFrame, type PanelRegistry } from './panel-registry';
import { refreshReminders } from './reminders';

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
  }));

/** A content script of ours, on an allowed host, announces the nonce of the panel it is about to mount. */
async function registerPanel(sender: Sender, request: RegisterPanel): Promise<ReplyOf<'tus.panel.register'>> {
  const tabId = contentScriptTab(sender);
  if (tabId === null || !(await onAllowedHost(sender, PANELS[request.page].host))) return false;
  await registry().register(tabId, request.page, request.nonce);
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
 * The mail open in the tab, read by the content script there, checked against its schema. Only a
 * mail whose subject carries a consent reference and whose header shows no address is read again
 * with the sender's contact card opened: other mails' senders are never clicked.
 */
async function openMailIn(tabId: number): Promise<OpenMail | null> {
  const read = async (contactCard: boolean) => {
    const request: RequestOf<'tus.readOpenMail'> = { type: 'tus.readOpenMail', contactCard };
    return parseOpenMail(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null));
  };
  const mail = await read(false);
  return mail?.fromProblem === 'none' && findTokens(mail.subject).length > 0 ? read(true) : mail;
}

/** "Tjek siden": the content script's check of the tab's page (selectors and yes/no, no mail content), checked against its schema. */
async function pageCheckIn(tabId: number): Promise<PageCheck | null> {
  const request: RequestOf<'tus.checkPage'> = { type: 'tus.checkPage' };
  return parsePageCheck(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null));
}

/**
 * The overlay's fill request goes to the content script of the tab it sits in. It exists only
 * because the leader clicked in our own iframe; a page cannot send it. The content script's
 * answer is checked like any reply; none, or one that does not fit, is a failure the panel shows.
 */
async function fillIn(tabId: number, request: FillComposeRequest): Promise<FillComposeResponse> {
  const response: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).then(
    (r: unknown) => r ?? null,
    () => undefined,
  );
  const parsed = parseFillResponse(response);
  if (parsed) return parsed;
  const problem = response === undefined ? { key: 'overlay.noAnswer' as const } : { key: 'fill.unreadable' as const };
  return {
    ok: false,
    to: false,
    subject: false,
    body: false,
    attached: [],
    notAttached: request.mail.attachments.map((a) => a.name),
    problems: [problem],
  };
}

interface PanelContext {
  db: TusDb;
  /** The tab the panel sits in (the one our content script mounted it in). */
  tabId: number;
  now: number;
}

/** The overlay's requests, each checked by `tsc` against its reply in the protocol map. */
const overlayHandlers = {
  'tus.overlay.list': (_, { db }) => listInvitationCycles(db),
  'tus.overlay.invitationData': (request, { db }) => invitationData(db, request.cycleId),
  'tus.overlay.markSent': (request, { db, now }) => markInvitationSent(db, request.cycleId, now),
  'tus.overlay.followUps': (_, { db, now }) => listFollowUpMeetings(db, now),
  'tus.overlay.followUpData': (request, { db }) => followUpInvitationData(db, request.cycleId, request.at),
  'tus.overlay.consentRequests': (_, { db }) => listConsentRequests(db),
  'tus.overlay.consentRequestData': (request, { db }) => consentRequestData(db, request.cycleId, request.employeeId),
  'tus.overlay.markConsentRequested': (request, { db, now }) =>
    markConsentRequested(db, request.cycleId, request.employeeId, request.token, now),
  'tus.overlay.consentCandidate': async (_, { db, tabId }) => {
    const mail = await openMailIn(tabId);
    return mail ? matchReply(db, mail) : { found: false, reason: { key: 'consent.error.noMail' } };
  },
  'tus.overlay.recordReply': async (request, { db, tabId }) => {
    // The evidence is read (and read as approval or not) from the page again now, not taken from the iframe's copy.
    const mail = await openMailIn(tabId);
    return mail
      ? recordReply(db, mail, request.choice, Date.now(), request.version, request.mailKey)
      : { ok: false, error: { key: 'consent.error.noMail' } };
  },
  'tus.overlay.compose': async (request, { tabId }) => {
    const command: RequestOf<'tus.compose'> = { type: 'tus.compose', action: request.action };
    return parseComposeStatus(await browser.tabs.sendMessage(tabId, command, { frameId: 0 }).catch(() => null));
  },
  'tus.overlay.openMailKey': async (_, { tabId }) => {
    // Polled by the panel: read without the contact card (nothing on the page is clicked), only the key leaves.
    const request: RequestOf<'tus.readOpenMail'> = { type: 'tus.readOpenMail' };
    const mail = parseOpenMail(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => null));
    return mail ? mailKey(mail) : null;
  },
  'tus.fillCompose': (request, { tabId }) => fillIn(tabId, request),
  'tus.overlay.pageCheck': (_, { tabId }) => pageCheckIn(tabId),
} satisfies Handlers<OverlayRequest['type'] | 'tus.fillCompose', PanelContext>;

/** The personnel-file panel's requests. */
const personnelHandlers = {
  'tus.personnel.pending': (_, { db }) => pendingUploads(db),
  'tus.personnel.files': (request, { db }) => uploadFiles(db, request.cycleId, request.employeeId),
  'tus.personnel.mark': (request, { db, now }) => markUploaded(db, request.cycleId, request.employeeId, request.mark, now),
  'tus.personnel.allFiles': (_, { db }) => allUploadFiles(db),
  'tus.personnel.filed': (request, { db, now }) => markFiled(db, request.cycleId, request.employeeId, now),
  'tus.personnel.eBoksTeam': (request, { db, now }) => markEBoksTeam(db, request.cycleId, now),
} satisfies Handlers<PersonnelRequest['type'], PanelContext>;

/** Calls the table's answer for `type`; K ties the request to its own reply type. */
function answer<T extends MessageType, K extends T>(
  table: Handlers<T, PanelContext>,
  type: K,
  request: RequestOf<K>,
  ctx: PanelContext,
): Promise<ReplyOf<K>> {
  return table[type](request, ctx);
}

/**
 * Answers a panel only in the frame our content script mounted and bound, in a tab on a host
 * that panel belongs to. Refused: no data, no action; the panel stays empty.
 */
async function guarded<R>(sender: Sender, page: PanelPage, reply: (ctx: PanelContext) => Promise<R>): Promise<R | null> {
  const frame = panelFrame(sender, page);
  if (!frame || !(await registry().isBound(frame, page)) || !(await onAllowedHost(sender, PANELS[page].host))) return null;
  return reply({ db: getDb(), tabId: frame.tabId, now: Date.now() });
}

export function startRouter(): void {
  browser.tabs.onRemoved.addListener((tabId) => void registry().forgetTab(tabId));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const register = parseRegisterPanel(message);
    if (register) return registerPanel(sender, register);
    const claim = parseClaimPanel(message);
    if (claim) return claimPanel(sender, claim);
    const personnel = parsePersonnelRequest(message);
    if (personnel) return guarded(sender, 'personnel', (ctx) => answer(personnelHandlers, personnel.type, personnel, ctx));
    if (isSyncHosts(message)) return ourPage(sender) ? syncRegisteredHosts().then(() => true) : undefined;
    if (isRefreshReminders(message)) return ourPage(sender) ? refreshReminders().then(() => true) : undefined;
    const overlay = parseOverlayRequest(message) ?? parseFillCompose(message);
    if (overlay) return guarded(sender, 'overlay', (ctx) => answer(overlayHandlers, overlay.type, overlay, ctx));
    return undefined;
  });
}
