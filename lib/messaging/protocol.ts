// Every message between the extension's contexts, checked against a schema on arrival (valibot):
// a page can post anything, we act on nothing that does not fit. Each request's reply schema is
// in protocol-map.ts (the panels' replies in replies.ts), and replies are checked the same way.
import * as v from 'valibot';
import { ARCHIVE_MARKS } from '../../machines/archive-marks';
import { isEmail } from '../domain/email';
import { MessageSchema } from './message';

// The content script's requests (fill, read, compose, check) are made by functions and built at
// their parser's first call: the webmail content script runs on every webmail page and would
// otherwise build them all before its button paints (issue #18). The exported schemas are the same.
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

const block = () =>
  v.variant('kind', [
    v.object({ kind: v.literal('p'), text: v.pipe(v.string(), v.maxLength(20_000)) }),
    v.object({ kind: v.literal('h'), text: v.pipe(v.string(), v.maxLength(2_000)) }),
    v.object({ kind: v.literal('ul'), items: v.pipe(v.array(v.pipe(v.string(), v.maxLength(5_000))), v.maxLength(200)) }),
  ]);

const CycleId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const EmployeeId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const attachment = () =>
  v.object({
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    type: v.picklist(['application/pdf', 'text/calendar']),
    base64: v.pipe(v.string(), v.maxLength(20_000_000)),
  });
export const Attachment = attachment();

/** Our own rule for an address (lib/domain/email.ts, the one the form and the import use), not valibot's, which refuses e.g. o'brien@…. */
const email = () => v.pipe(v.string(), v.maxLength(320), v.check(isEmail));
export const Email = email();

const outgoingMail = () =>
  v.object({
    to: v.pipe(v.array(email()), v.maxLength(500)),
    subject: v.pipe(v.string(), v.maxLength(500)),
    body: v.pipe(v.array(block()), v.maxLength(500)),
    attachments: v.pipe(v.array(attachment()), v.maxLength(10)),
  });
export const OutgoingMail = outgoingMail();
export type OutgoingMail = v.InferOutput<typeof OutgoingMail>;

/** Overlay page → background → the tab's content script. */
const fillComposeRequest = () =>
  v.object({
    type: v.literal('tus.fillCompose'),
    mail: outgoingMail(),
    /** The leader answered yes to "To holds …; replace?": what To holds is replaced, never appended to. */
    replaceTo: v.optional(v.boolean()),
    /**
     * One employee's consent request, with its reference: the compose must be empty or hold exactly this
     * mail already; one holding anything else (To, another reference, a file) is refused, never added to.
     */
    exclusive: v.optional(v.object({ reference: v.pipe(v.string(), v.regex(/^IKU-\d{4}-[2-9A-HJ-NP-Z]{4}$/)) })),
  });
export const FillComposeRequest = fillComposeRequest();
const fillComposeSchema = once(fillComposeRequest);
export type FillComposeRequest = v.InferOutput<typeof FillComposeRequest>;

export const FillComposeResponse = v.object({
  ok: v.boolean(),
  to: v.boolean(),
  subject: v.boolean(),
  body: v.boolean(),
  attached: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10)),
  notAttached: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10)),
  /** What went wrong, as message keys: the panel says it in the leader's language. */
  problems: v.pipe(v.array(MessageSchema), v.maxLength(10)),
  /** What To already held, when nothing was filled because the panel must ask before replacing it. */
  toHolds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(320))), v.maxLength(50))),
});
export type FillComposeResponse = v.InferOutput<typeof FillComposeResponse>;

/**
 * The content script's fill result, checked in the background. This schema alone rather than the
 * protocol map's parseReply: the service worker then does not carry every panel reply's schema.
 */
export function parseFillResponse(message: unknown): FillComposeResponse | null {
  const result = v.safeParse(FillComposeResponse, message);
  return result.success ? result.output : null;
}

export function parseFillCompose(message: unknown): FillComposeRequest | null {
  const result = v.safeParse(fillComposeSchema(), message);
  return result.success ? result.output : null;
}

/**
 * The overlay iframe sits in a web page, where Chrome may give it partitioned (or no) IndexedDB:
 * it reads and writes our data through the background, which checks that the sender is that page.
 */
export const OverlayRequest = v.variant('type', [
  v.object({ type: v.literal('tus.overlay.list') }),
  v.object({ type: v.literal('tus.overlay.invitationData'), cycleId: CycleId }),
  v.object({ type: v.literal('tus.overlay.markSent'), cycleId: CycleId }),
  v.object({ type: v.literal('tus.overlay.consentRequests') }),
  v.object({ type: v.literal('tus.overlay.consentRequestData'), cycleId: CycleId, employeeId: EmployeeId }),
  v.object({
    type: v.literal('tus.overlay.markConsentRequested'),
    cycleId: CycleId,
    employeeId: EmployeeId,
    token: v.pipe(v.string(), v.regex(/^IKU-\d{4}-[2-9A-HJ-NP-Z]{4}$/)),
  }),
  v.object({ type: v.literal('tus.overlay.consentCandidate') }),
  /** "Tjek siden": which of the webmail's fields and message parts the page shows (no mail content). */
  v.object({ type: v.literal('tus.overlay.pageCheck') }),
  v.object({
    type: v.literal('tus.overlay.recordReply'),
    /** What the leader chose; the background reads the mail again and refuses what it does not bear out. */
    choice: v.picklist(['approval', 'changes', 'leaderReading']),
    /** The version the leader confirmed reading as approved (leaderReading only). */
    version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** The message the panel showed (its mailKey): the background refuses if the page now shows another. */
    mailKey: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  }),
  /** The consent round: the filled compose's state (polled), or a new compose opened with the page's own button. */
  v.object({ type: v.literal('tus.overlay.compose'), action: v.picklist(['state', 'new']) }),
  /** Which message the reading pane shows now (its mailKey, no content): the panel polls it to follow the leader. */
  v.object({ type: v.literal('tus.overlay.openMailKey') }),
  /** Follow-up meetings not yet held, and one meeting's invitation data (by its time, which names it). */
  v.object({ type: v.literal('tus.overlay.followUps') }),
  v.object({ type: v.literal('tus.overlay.followUpData'), cycleId: CycleId, at: v.pipe(v.number(), v.finite()) }),
]);
export type OverlayRequest = v.InferOutput<typeof OverlayRequest>;

export function parseOverlayRequest(message: unknown): OverlayRequest | null {
  const result = v.safeParse(OverlayRequest, message);
  return result.success ? result.output : null;
}

/** Background → content script: read the mail open in the reading pane. */
const readOpenMailRequest = () =>
  v.object({
    type: v.literal('tus.readOpenMail'),
    /** Open the sender's contact card when the header shows a name only (asked only for a mail that may be a reply we wait for). */
    contactCard: v.optional(v.boolean()),
  });
export const ReadOpenMailRequest = readOpenMailRequest();
const readOpenMailSchema = once(readOpenMailRequest);
export type ReadOpenMailRequest = v.InferOutput<typeof ReadOpenMailRequest>;

export const OpenMail = v.object({
  /** The sender's address, read from the address part of the one message open; '' when unsure. */
  from: v.pipe(v.string(), v.maxLength(320)),
  /** Why no sender could be read for certain: no address, several, or a look-alike character. */
  fromProblem: v.nullable(v.picklist(['none', 'several', 'confusable'])),
  subject: v.pipe(v.string(), v.maxLength(1000)),
  receivedAt: v.nullable(v.number()),
  text: v.pipe(v.string(), v.maxLength(100_000)),
  messageId: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
});
export type OpenMail = v.InferOutput<typeof OpenMail>;

/** The content script's reading of the open mail, checked in the background (the reply to ReadOpenMailRequest). */
export function parseOpenMail(message: unknown): OpenMail | null {
  const result = v.safeParse(OpenMail, message);
  return result.success ? result.output : null;
}

export function parseReadOpenMail(message: unknown): ReadOpenMailRequest | null {
  const result = v.safeParse(readOpenMailSchema(), message);
  return result.success ? result.output : null;
}

/** Background → content script: the watched compose's state, or open a new compose (lib/webmail/compose-watch.ts). */
const composeCommand = () => v.object({ type: v.literal('tus.compose'), action: v.picklist(['state', 'new']) });
export const ComposeCommand = composeCommand();
export type ComposeCommand = v.InferOutput<typeof ComposeCommand>;
const composeCommandSchema = once(composeCommand);
export const parseComposeCommand = (message: unknown): ComposeCommand | null => {
  const result = v.safeParse(composeCommandSchema(), message);
  return result.success ? result.output : null;
};
/** Whether the compose we filled is still open, was sent, discarded, or closed in a way we cannot tell. */
export const ComposeStatus = v.object({ state: v.picklist(['none', 'open', 'sent', 'discarded', 'unsure']) });
export type ComposeStatus = v.InferOutput<typeof ComposeStatus>;
export const parseComposeStatus = (message: unknown): ComposeStatus | null => {
  const result = v.safeParse(ComposeStatus, message);
  return result.success ? result.output : null;
};

/** Background → content script: check the page against the webmail adapters' selectors. */
const checkPageRequest = () => v.object({ type: v.literal('tus.checkPage') });
export const CheckPageRequest = checkPageRequest();
export type CheckPageRequest = v.InferOutput<typeof CheckPageRequest>;
const checkPageSchema = once(checkPageRequest);
export const parseCheckPage = (message: unknown): boolean => v.safeParse(checkPageSchema(), message).success;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/**
 * What the page check found, for IT: per selector group the alternative that matched and how many
 * elements, and whether the open mail's parts could be read. Our selectors and yes/no only, never
 * a word of the mail (lib/webmail/page-check.ts).
 */
export const PageCheck = v.object({
  host: v.pipe(v.string(), v.maxLength(253)),
  webmail: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  by: v.picklist(['url', 'structure', 'none']),
  groups: v.pipe(
    v.array(
      v.object({
        name: v.pipe(v.string(), v.maxLength(60)),
        alternatives: Count,
        matched: v.nullable(
          v.object({ index: Count, css: v.pipe(v.string(), v.maxLength(500)), note: v.pipe(v.string(), v.maxLength(300)), count: Count }),
        ),
      }),
    ),
    v.maxLength(60),
  ),
  openMail: v.nullable(
    v.object({
      sender: v.picklist(['found', 'none', 'several', 'confusable']),
      subject: v.boolean(),
      date: v.boolean(),
      text: v.boolean(),
    }),
  ),
});
export type PageCheck = v.InferOutput<typeof PageCheck>;

/** The content script's page check, checked in the background with this schema alone (as parseOpenMail). */
export function parsePageCheck(message: unknown): PageCheck | null {
  const result = v.safeParse(PageCheck, message);
  return result.success ? result.output : null;
}

/** A page of ours after a write: recompute the badge and reminders now, not at the next alarm. */
export const RefreshReminders = v.object({ type: v.literal('tus.refreshReminders') });
export type RefreshReminders = v.InferOutput<typeof RefreshReminders>;
export const isRefreshReminders = (message: unknown) => v.safeParse(RefreshReminders, message).success;

/** The personnel-file panel (an iframe in the HR system's page) → background. */
export const PersonnelRequest = v.variant('type', [
  v.object({ type: v.literal('tus.personnel.pending') }),
  v.object({ type: v.literal('tus.personnel.files'), cycleId: CycleId, employeeId: EmployeeId }),
  v.object({
    type: v.literal('tus.personnel.mark'),
    cycleId: CycleId,
    employeeId: EmployeeId,
    mark: v.picklist(ARCHIVE_MARKS),
  }),
  /** Every pending employee's archive file, for "Hent alle". */
  v.object({ type: v.literal('tus.personnel.allFiles') }),
  /** One upload of the archive file: the IKU and the receipt filed, both marks in one transaction. */
  v.object({ type: v.literal('tus.personnel.filed'), cycleId: CycleId, employeeId: EmployeeId }),
  /** e-Boks marked for every approved, unmarked IKU of the cycle, in one transaction. */
  v.object({ type: v.literal('tus.personnel.eBoksTeam'), cycleId: CycleId }),
]);
export type PersonnelRequest = v.InferOutput<typeof PersonnelRequest>;

export function parsePersonnelRequest(message: unknown): PersonnelRequest | null {
  const result = v.safeParse(PersonnelRequest, message);
  return result.success ? result.output : null;
}

/** A page of ours after the added hosts changed: the background re-registers the content scripts. */
export const SyncHosts = v.object({ type: v.literal('tus.syncHosts') });
export type SyncHosts = v.InferOutput<typeof SyncHosts>;
export const isSyncHosts = (message: unknown) => v.safeParse(SyncHosts, message).success;

/**
 * A panel (overlay.html, personnel.html) is answered only in the frame our content script
 * mounted: it makes a random nonce per mount, registers it here first, then hands it to its own
 * iframe by `postMessage` to our origin. The page never sees it, so a frame the page makes with
 * the same URL cannot present it. 128 random bits, as 32 hex digits.
 */
const PanelNonce = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
export const PanelPage = v.picklist(['overlay', 'personnel']);
export type PanelPage = v.InferOutput<typeof PanelPage>;

/** Content script → background, before it mounts a panel. */
export const RegisterPanel = v.object({ type: v.literal('tus.panel.register'), page: PanelPage, nonce: PanelNonce });
export type RegisterPanel = v.InferOutput<typeof RegisterPanel>;
/** Content script → its own panel iframe, by window.postMessage. */
export const PanelNonceMessage = v.object({ type: v.literal('tus.panel.nonce'), nonce: PanelNonce });
/** Panel → background: the nonce it was handed; the first frame to present it is bound to it. */
export const ClaimPanel = v.object({ type: v.literal('tus.panel.claim'), nonce: PanelNonce });
export type ClaimPanel = v.InferOutput<typeof ClaimPanel>;

export const parseRegisterPanel = (message: unknown): RegisterPanel | null => {
  const result = v.safeParse(RegisterPanel, message);
  return result.success ? result.output : null;
};
export const parsePanelNonce = (message: unknown): string | null => {
  const result = v.safeParse(PanelNonceMessage, message);
  return result.success ? result.output.nonce : null;
};
export const parseClaimPanel = (message: unknown): ClaimPanel | null => {
  const result = v.safeParse(ClaimPanel, message);
  return result.success ? result.output : null;
};
