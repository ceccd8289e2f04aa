import { browser, type Browser } from 'wxt/browser';
import { parseFillCompose, parseFillResponse, parseOpenMail, parseOverlayRequest, parsePersonnelRequest, isRefreshReminders, isSyncHosts, type PersonnelRequest, type FillComposeResponse, type OpenMail, type OverlayRequest } from '../messaging/protocol';
import { consentRequestData, listConsentRequests, markConsentRequested, matchReply, recordReply } from '../consent/handlers';
import { invitationData, listInvitationCycles, markInvitationSent } from '../overlay/handlers';
import { getDb } from './db';
import { getSetting } from '../settings/store';
import { markUploaded, pendingUploads, uploadFiles } from '../personnel/handlers';
import { refreshReminders } from './reminders';
import { kindOf, syncRegisteredHosts } from './hosts';
import { isKnownWebmailHost } from '../webmail/known-hosts';

type Sender = Browser.runtime.MessageSender;

/** A page of this extension at `path` (not a content script, whose sender URL is the web page's). */
const ourPage = (sender: Sender, path: '/' | '/overlay.html' | '/personnel.html' = '/') =>
  sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(path));

/** One of our panel pages, framed inside a tab (the overlay in webmail, the personnel panel). */
const fromPanel = (sender: Sender, path: '/overlay.html' | '/personnel.html') => ourPage(sender, path) && sender.tab?.id !== undefined;

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
      return mail ? matchReply(db, mail) : { found: false, reason: '' };
    }
    case 'tus.overlay.recordReply': {
      // The evidence is read from the page again now, not taken from the iframe's copy.
      const mail = await openMailIn(tabId);
      return mail ? recordReply(db, mail, Date.now()) : { ok: false, error: 'Ingen mail er åben.' };
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

async function guarded(sender: Sender, kind: 'webmail' | 'personnel', answer: () => Promise<unknown>): Promise<unknown> {
  // Refused: no data, no action; the panel stays empty.
  return (await onAllowedHost(sender, kind)) ? answer() : null;
}

export function startRouter(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const personnel = parsePersonnelRequest(message);
    if (personnel) return fromPanel(sender, '/personnel.html') ? guarded(sender, 'personnel', () => answerPersonnel(personnel)) : undefined;
    if (isSyncHosts(message)) return ourPage(sender) ? syncRegisteredHosts().then(() => true) : undefined;
    if (isRefreshReminders(message)) return ourPage(sender) ? refreshReminders().then(() => true) : undefined;
    const overlay = parseOverlayRequest(message);
    if (overlay) return fromPanel(sender, '/overlay.html') ? guarded(sender, 'webmail', () => answerOverlay(overlay, sender.tab!.id!)) : undefined;
    // The overlay's fill request goes to the content script of the tab it sits in. It exists
    // only because the leader clicked in our own iframe; a page cannot send it.
    const request = parseFillCompose(message);
    if (!request || !fromPanel(sender, '/overlay.html')) return undefined;
    return guarded(sender, 'webmail', () =>
      browser.tabs
        .sendMessage(sender.tab!.id!, request, { frameId: 0 })
        .then((response: unknown): FillComposeResponse | { ok: false; problems: string[] } =>
          parseFillResponse(response) ?? { ok: false, problems: ['Svaret fra siden kunne ikke læses.'] },
        ),
    );
  });
}
