// The replies the background gives the panels, as schemas: the source of truth for their types.
// The handlers in lib/ return these types (so a wrong shape fails `tsc`), and the panels parse
// every reply with them (so a wrong shape at run time becomes null, never a cast).
import * as v from 'valibot';
import { MessageSchema } from './message';
import { Email, OutgoingMail } from './protocol';

const Id = v.pipe(v.string(), v.maxLength(200));
const Name = v.pipe(v.string(), v.maxLength(500));
const Text = v.pipe(v.string(), v.maxLength(100_000));
const Version = v.pipe(v.number(), v.integer(), v.minValue(1));
const Variant = v.picklist(['tus', 'tus-iku']);
const Base64 = v.pipe(v.string(), v.maxLength(20_000_000));
const Token = v.pipe(v.string(), v.regex(/^IKU-\d{4}-[2-9A-HJ-NP-Z]{4}$/));
/** SHA-256 hex of the message read (its id, subject, date and text). */
export const MailKey = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

export type Message = v.InferOutput<typeof MessageSchema>;

/** A write through `tryAppend`: done, or the store's refusal as a message. */
export const WriteResult = v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: MessageSchema })]);
export type WriteResult = v.InferOutput<typeof WriteResult>;

// --- Invitations (lib/invitations/overlay-handlers.ts)

export const OverlayCycle = v.object({
  cycleId: Id,
  teamName: Name,
  variant: Variant,
  sessionAt: v.number(),
  // 'changed': invited, and the time or place changed since: the updated invitation is offered.
  state: v.picklist(['draft', 'invited', 'changed']),
});
export type OverlayCycle = v.InferOutput<typeof OverlayCycle>;

/** What an invitation is built from (lib/invitations/build.ts takes exactly this). */
export const InvitationInput = v.object({
  cycleId: Id,
  teamName: Name,
  variant: Variant,
  plan: v.object({
    sessionAt: v.nullable(v.number()),
    durationMin: v.number(),
    place: Name,
    correctionDeadline: v.nullable(v.number()),
    facilitator: v.object({ kind: v.picklist(['leader', 'delegate']), name: v.optional(Name) }),
  }),
  employees: v.pipe(v.array(v.object({ name: Name, email: Email })), v.maxLength(500)),
  // The leader may not have given an address yet.
  leader: v.object({ name: Name, email: v.union([v.literal(''), Email]), workplace: Name }),
  templates: v.object({ subject: Text, invitation: Text, guide: Text, questions: Text }),
  /** The calendar file's SEQUENCE: above 0 for an updated invitation. */
  sequence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type InvitationInput = v.InferOutput<typeof InvitationInput>;

// --- Follow-up invitations (lib/invitations/overlay-handlers.ts)

const MeetingForm = v.picklist(['teamMeeting', 'staffMeeting', 'oneToOne']);
const Meeting = v.object({ at: v.number(), form: MeetingForm, place: Name });

/** A follow-up meeting not yet held, for the panel's list. */
export const OverlayFollowUp = v.object({ cycleId: Id, teamName: Name, meeting: Meeting, employeeName: v.optional(Name) });
export type OverlayFollowUp = v.InferOutput<typeof OverlayFollowUp>;

/** What a follow-up invitation is built from (lib/invitations/follow-up-mail.ts takes exactly this). */
export const FollowUpInvitationInput = v.object({
  cycleId: Id,
  teamName: Name,
  meeting: Meeting,
  employees: v.pipe(v.array(v.object({ name: Name, email: Email })), v.maxLength(500)),
  leader: v.object({ name: Name, email: v.union([v.literal(''), Email]) }),
  teamAgreements: v.pipe(v.array(v.pipe(v.string(), v.maxLength(5_000))), v.maxLength(200)),
  ownAgreements: v.pipe(v.array(v.pipe(v.string(), v.maxLength(5_000))), v.maxLength(200)),
});
export type FollowUpInvitationInput = v.InferOutput<typeof FollowUpInvitationInput>;

// --- Consent (lib/consent/handlers.ts)

export const ConsentRequestItem = v.object({
  cycleId: Id,
  employeeId: Id,
  employeeName: Name,
  teamName: Name,
  version: Version,
  state: v.picklist(['generated', 'consentRequested']),
});
export type ConsentRequestItem = v.InferOutput<typeof ConsentRequestItem>;

export const ConsentRequestData = v.object({ token: Token, mail: OutgoingMail });
export type ConsentRequestData = v.InferOutput<typeof ConsentRequestData>;

/** Why a reply is not the explicit approval (lib/consent/classify.ts says which). */
export const NOT_APPROVAL_REASONS = [
  'empty',
  'autoReply',
  'onlyQuoted',
  'otherVersion',
  'refusal',
  'condition',
  'changeRequest',
  'question',
  'extraText',
  'noApproval',
] as const;

export const ReplyReading = v.variant('approval', [
  v.object({ approval: v.literal(true), ownWords: Text }),
  v.object({ approval: v.literal(false), reason: v.picklist(NOT_APPROVAL_REASONS), ownWords: Text }),
]);

export const ReplyCandidate = v.variant('found', [
  v.object({ found: v.literal(false), reason: MessageSchema }),
  v.object({
    found: v.literal(true),
    cycleId: Id,
    employeeId: Id,
    employeeName: Name,
    version: Version,
    hash: v.pipe(v.string(), v.maxLength(200)),
    from: v.pipe(v.string(), v.maxLength(320)),
    subject: v.pipe(v.string(), v.maxLength(1000)),
    /** Approval only for the explicit sentence of `version`; else the reason and the employee's own words. */
    reading: ReplyReading,
    /** Whether the leader may read the reply as approval themselves: not an auto-reply, and words of the employee's own. */
    leaderMayRead: v.boolean(),
    /** The approval sentence the request asked for, to show beside a reply that lacks it. */
    sentence: v.pipe(v.string(), v.maxLength(500)),
    /** null when the reply may be recorded; else why it is refused. */
    refusal: v.nullable(MessageSchema),
    /** How the reply was tied to its request: the [IKU-…] reference, or (without one) the only open request for the sender. */
    matchedBy: v.picklist(['reference', 'sender']),
    /** The message as read (lib/consent/mail-key.ts): the record click sends it back, and the background refuses another. */
    mailKey: MailKey,
    receivedAt: v.nullable(v.number()),
  }),
]);
export type ReplyCandidate = v.InferOutput<typeof ReplyCandidate>;
export type FoundReply = Extract<ReplyCandidate, { found: true }>;

export const RecordResult = v.variant('ok', [
  v.object({ ok: v.literal(true), recorded: v.picklist(['consent', 'changes']) }),
  v.object({ ok: v.literal(false), error: MessageSchema }),
]);
export type RecordResult = v.InferOutput<typeof RecordResult>;

// --- The personnel file (lib/consent/archive-handlers.ts)

/** One per ARCHIVE_MARKS (the panel reads each by name, so a new mark fails `tsc` until it is here). */
const Marks = v.object({ ikuFiled: v.optional(v.number()), consentFiled: v.optional(v.number()), sentToEBoks: v.optional(v.number()) });

export const PendingUpload = v.object({
  cycleId: Id,
  employeeId: Id,
  employeeName: Name,
  teamName: Name,
  version: Version,
  marks: Marks,
});
export type PendingUpload = v.InferOutput<typeof PendingUpload>;

/** What the consent receipt states (lib/consent/receipt-pdf.ts draws exactly this). */
const ReceiptInput = v.object({
  workplace: Name,
  team: Name,
  employee: Name,
  version: Version,
  hash: v.pipe(v.string(), v.maxLength(200)),
  recordedAt: v.number(),
  evidence: v.object({
    channel: v.picklist(['mail', 'paper', 'inPerson']),
    reading: v.optional(v.picklist(['explicit', 'leader'])),
    from: v.optional(v.pipe(v.string(), v.maxLength(320))),
    subject: v.optional(v.pipe(v.string(), v.maxLength(1000))),
    receivedAt: v.optional(v.number()),
    messageId: v.optional(v.pipe(v.string(), v.maxLength(1000))),
    text: v.optional(Text),
    note: v.optional(Text),
  }),
  chain: v.nullable(v.object({ seq: v.number(), hash: v.pipe(v.string(), v.maxLength(200)) })),
  log: v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), firstBadSeq: v.number() })]),
});

const AgreementLine = v.object({ text: Text, owner: Name, due: v.pipe(v.string(), v.maxLength(100)) });
const Lines = v.pipe(v.array(AgreementLine), v.maxLength(1000));

/** An IKU's content (lib/iku/content.ts IkuDocument): the panel prints it again and checks its hash first. */
const IkuContent = v.object({
  workplace: Name,
  team: Name,
  leader: Name,
  employee: v.object({ id: Id, name: Name, number: Name }),
  sessionAt: v.number(),
  period: v.object({ from: v.pipe(v.string(), v.isoDate()), to: v.pipe(v.string(), v.isoDate()) }),
  teamAgreements: Lines,
  individual: Lines,
  afterTus: Lines,
  followUps: v.pipe(
    v.array(v.object({ at: v.number(), form: v.nullable(v.picklist(['teamMeeting', 'staffMeeting', 'oneToOne'])), place: Name })),
    v.maxLength(1000),
  ),
});

/**
 * One employee's archive file: the consented IKU's content and the receipt, drawn by the panel as
 * one PDF (lib/consent/archive-pdf.ts). When the content can no longer be rebuilt with the
 * consented hash (a name or the leader's settings changed since), the IKU as stored and the
 * receipt, as two files, and the panel says why.
 */
export const UploadFiles = v.variant('kind', [
  v.object({ kind: v.literal('archive'), iku: IkuContent, receipt: ReceiptInput }),
  v.object({
    kind: v.literal('separate'),
    iku: v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), base64: Base64 }),
    receipt: ReceiptInput,
  }),
]);
export type UploadFiles = v.InferOutput<typeof UploadFiles>;

/** One pending employee's files, for "Hent alle". */
export const ArchiveEntry = v.object({ cycleId: Id, employeeId: Id, files: UploadFiles });
export type ArchiveEntry = v.InferOutput<typeof ArchiveEntry>;

/** e-Boks marked for a whole team at once: how many, and who was left out because their IKU is not approved yet. */
export const TeamMarkResult = v.variant('ok', [
  v.object({ ok: v.literal(true), marked: v.pipe(v.number(), v.integer()), notApproved: v.pipe(v.array(Name), v.maxLength(1000)) }),
  v.object({ ok: v.literal(false), error: MessageSchema }),
]);
export type TeamMarkResult = v.InferOutput<typeof TeamMarkResult>;
