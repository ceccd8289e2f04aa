// One map from each request to its reply, modelled on @webext-core/messaging's ProtocolMap but
// with run-time schemas on both sides (see docs/architecture.md, "Typed messages"). Requests are
// parsed by the receiver (protocol.ts); replies by the sender, with the schema named here.
import * as v from 'valibot';
import {
  type CheckPageRequest,
  type ClaimPanel,
  type ComposeCommand,
  ComposeStatus,
  type FillComposeRequest,
  FillComposeResponse,
  OpenMail,
  type OverlayRequest,
  PageCheck,
  type PersonnelRequest,
  type ReadOpenMailRequest,
  type RefreshReminders,
  type RegisterPanel,
  type SyncHosts,
} from './protocol';
import {
  ArchiveEntry,
  ConsentRequestData,
  ConsentRequestItem,
  FollowUpInvitationInput,
  InvitationInput,
  MailKey,
  OverlayCycle,
  OverlayFollowUp,
  PendingUpload,
  RecordResult,
  ReplyCandidate,
  TeamMarkResult,
  UploadFiles,
  WriteResult,
} from './replies';

/** Every request any of our contexts sends another. */
export type AnyRequest =
  | OverlayRequest
  | PersonnelRequest
  | FillComposeRequest
  | ClaimPanel
  | RegisterPanel
  | ReadOpenMailRequest
  | ComposeCommand
  | CheckPageRequest
  | RefreshReminders
  | SyncHosts;

/** The reply schema of each request type; a type missing here, or one too many, fails `tsc`. */
export const REPLIES = {
  'tus.overlay.list': v.array(OverlayCycle),
  'tus.overlay.invitationData': v.nullable(InvitationInput),
  'tus.overlay.markSent': WriteResult,
  'tus.overlay.followUps': v.array(OverlayFollowUp),
  'tus.overlay.followUpData': v.nullable(FollowUpInvitationInput),
  'tus.overlay.consentRequests': v.array(ConsentRequestItem),
  'tus.overlay.consentRequestData': v.nullable(ConsentRequestData),
  'tus.overlay.markConsentRequested': WriteResult,
  'tus.overlay.consentCandidate': ReplyCandidate,
  'tus.overlay.recordReply': RecordResult,
  'tus.overlay.openMailKey': v.nullable(MailKey),
  'tus.overlay.compose': v.nullable(ComposeStatus),
  'tus.compose': v.nullable(ComposeStatus),
  'tus.fillCompose': FillComposeResponse,
  'tus.personnel.pending': v.array(PendingUpload),
  'tus.personnel.files': v.nullable(UploadFiles),
  'tus.personnel.mark': WriteResult,
  'tus.personnel.allFiles': v.array(ArchiveEntry),
  'tus.personnel.filed': WriteResult,
  'tus.personnel.eBoksTeam': TeamMarkResult,
  'tus.panel.register': v.boolean(),
  'tus.panel.claim': v.boolean(),
  'tus.readOpenMail': v.nullable(OpenMail),
  'tus.overlay.pageCheck': v.nullable(PageCheck),
  'tus.checkPage': v.nullable(PageCheck),
  'tus.refreshReminders': v.literal(true),
  'tus.syncHosts': v.literal(true),
} satisfies { [K in AnyRequest['type']]: v.GenericSchema };

export type MessageType = keyof typeof REPLIES;
type RequestByType = { [R in AnyRequest as R['type']]: R };

/** `{ [type]: { request, reply } }`: what each request carries and what its answer is. */
export type ProtocolMap = { [K in MessageType]: { request: RequestByType[K]; reply: v.InferOutput<(typeof REPLIES)[K]> } };
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ReplyOf<K extends MessageType> = ProtocolMap[K]['reply'];

/** A table of answers, one per request type in K; used with `satisfies`, so each must return its reply type. */
export type Handlers<K extends MessageType, Ctx> = { [P in K]: (request: RequestOf<P>, ctx: Ctx) => Promise<ReplyOf<P>> };

/** The reply to a request of `type` if it fits its schema; null otherwise (also for a refusal's null). */
export function parseReply<K extends MessageType>(type: K, reply: unknown): ReplyOf<K> | null {
  const result = v.safeParse(REPLIES[type], reply);
  return result.success ? result.output : null;
}
