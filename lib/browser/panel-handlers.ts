// The panels' requests and what answers them: read or write the database, or ask the content
// script in the panel's tab. The router (router.ts) decides whether a panel is answered at all;
// in Chrome's service worker this is in the lazy half (worker-work.ts), loaded by a wake that needs it.
import { browser } from 'wxt/browser';
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
  type FillComposeRequest,
  type FillComposeResponse,
  type OpenMail,
  type OverlayRequest,
  type PageCheck,
  type PersonnelRequest,
  parseComposeStatus,
  parseFillCompose,
  parseFillResponse,
  parseOpenMail,
  parseOverlayRequest,
  parsePageCheck,
  parsePersonnelRequest,
} from '../messaging/protocol';
import type { Handlers, MessageType, ReplyOf, RequestOf } from '../messaging/protocol-map';
import { getDb } from './db';

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

/** What a handler is given: the database, and the tab the panel sits in. */
interface HandlerContext {
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
} satisfies Handlers<OverlayRequest['type'] | 'tus.fillCompose', HandlerContext>;

/** The personnel-file panel's requests. */
const personnelHandlers = {
  'tus.personnel.pending': (_, { db }) => pendingUploads(db),
  'tus.personnel.files': (request, { db }) => uploadFiles(db, request.cycleId, request.employeeId),
  'tus.personnel.mark': (request, { db, now }) => markUploaded(db, request.cycleId, request.employeeId, request.mark, now),
  'tus.personnel.allFiles': (_, { db }) => allUploadFiles(db),
  'tus.personnel.filed': (request, { db, now }) => markFiled(db, request.cycleId, request.employeeId, now),
  'tus.personnel.eBoksTeam': (request, { db, now }) => markEBoksTeam(db, request.cycleId, now),
} satisfies Handlers<PersonnelRequest['type'], HandlerContext>;

/** Calls the table's answer for `type`; K ties the request to its own reply type. */
function answer<T extends MessageType, K extends T>(
  table: Handlers<T, HandlerContext>,
  type: K,
  request: RequestOf<K>,
  ctx: HandlerContext,
): Promise<ReplyOf<K>> {
  return table[type](request, ctx);
}

/** Where a panel answered by the router sits: its tab (the one our content script mounted it in). */
export interface PanelContext {
  tabId: number;
  now: number;
}

/** An overlay request checked against its schema, answered; one that does not fit gets nothing (null). */
export async function answerOverlay(message: unknown, { tabId, now }: PanelContext): Promise<unknown> {
  const request = parseOverlayRequest(message) ?? parseFillCompose(message);
  return request ? answer(overlayHandlers, request.type, request, { db: getDb(), tabId, now }) : null;
}

/** A personnel-file panel's request checked against its schema, answered; one that does not fit gets nothing. */
export async function answerPersonnel(message: unknown, { tabId, now }: PanelContext): Promise<unknown> {
  const request = parsePersonnelRequest(message);
  return request ? answer(personnelHandlers, request.type, request, { db: getDb(), tabId, now }) : null;
}
