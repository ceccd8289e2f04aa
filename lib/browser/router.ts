import { browser, type Browser } from 'wxt/browser';
import { parseFillCompose, parseFillResponse, parseOverlayRequest, type FillComposeResponse, type OverlayRequest } from '../messaging/protocol';
import { invitationData, listInvitationCycles, markInvitationSent } from '../overlay/handlers';
import { getDb } from './db';

const fromOverlay = (sender: Browser.runtime.MessageSender) =>
  sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/overlay.html')) && sender.tab?.id !== undefined;

/**
 * Routes the overlay iframe's fill request to the content script of the tab it sits in. The
 * request exists only because the leader clicked in our own iframe; a page cannot send it.
 */
function answerOverlay(request: OverlayRequest): Promise<unknown> {
  const db = getDb();
  switch (request.type) {
    case 'tus.overlay.list':
      return listInvitationCycles(db);
    case 'tus.overlay.invitationData':
      return invitationData(db, request.cycleId);
    case 'tus.overlay.markSent':
      return markInvitationSent(db, request.cycleId, Date.now());
  }
}

export function startRouter(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const overlay = parseOverlayRequest(message);
    if (overlay) return fromOverlay(sender) ? answerOverlay(overlay) : undefined;
    const request = parseFillCompose(message);
    if (!request || !fromOverlay(sender)) return undefined;
    return browser.tabs
      .sendMessage(sender.tab!.id!, request, { frameId: 0 })
      .then((response: unknown): FillComposeResponse | { ok: false; problems: string[] } =>
        parseFillResponse(response) ?? { ok: false, problems: ['Svaret fra siden kunne ikke læses.'] },
      );
  });
}
