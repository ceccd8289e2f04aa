import { ikuOf } from '../../machines/cycle.machine';
import { sessionDateOf } from '../cycles/session-date';
import { appendEvent, loadCycle, tryAppend } from '../cycles/store';
import type { TusDb } from '../db/database';
import { KeyedError, type Message, messageOf } from '../i18n/message';
import { consentSentence } from '../iku/consent-sentence';
import { ikuAttachment, openIkus } from '../iku/open-ikus';
import type { OpenMail } from '../messaging/protocol';
import type { ConsentRequestData, ConsentRequestItem, FoundReply, RecordResult, ReplyCandidate, WriteResult } from '../messaging/replies';
import { getSetting } from '../settings/store';
import { type ReplyReading, readReply } from './classify';
import { mailKey } from './mail-key';
import { matchBySender, type OpenRequest } from './match-sender';
import { consentRequestBody, consentRequestSubject } from './request-mail';
import { findTokens, newToken, randomBytes } from './token';

const awaitsConsent = (state: string): state is ConsentRequestItem['state'] => state === 'generated' || state === 'consentRequested';

/** IKUs waiting for a consent request (or a reminder) in open cycles. */
export async function listConsentRequests(db: TusDb): Promise<ConsentRequestItem[]> {
  const open = await openIkus(db, (i) => awaitsConsent(i.value));
  return open.flatMap(({ iku, ...item }) =>
    awaitsConsent(iku.value) ? [{ ...item, version: iku.context.version, state: iku.value }] : [],
  );
}

/** A message for the panel to translate: lib/ returns keys, the view picks the language. */
export type ConsentMessage = Message;

/** Every token ever requested: the log holds superseded requests too, whose late replies must not match a new one. */
async function takenTokens(db: TusDb): Promise<Set<string>> {
  const taken = new Set<string>();
  await db.events.each((e) => {
    if (e.type === 'iku.requestConsent' && typeof e.payload.token === 'string') taken.add(e.payload.token.toUpperCase());
  });
  for (const c of await db.cycles.toArray())
    for (const i of c.cache?.context.ikus ?? []) if (i.context.requestToken) taken.add(i.context.requestToken.toUpperCase());
  return taken;
}

/** About a million codes a year: a clash is rare, twenty in a row means something is wrong. */
const TOKEN_TRIES = 20;

async function uniqueToken(db: TusDb, year: number, random: () => Uint8Array): Promise<string> {
  const taken = await takenTokens(db);
  for (let i = 0; i < TOKEN_TRIES; i++) {
    const token = newToken(year, random);
    if (!taken.has(token)) return token;
  }
  throw new KeyedError('error.noUniqueToken');
}

/** The consent request mail for one employee: a fresh token no request has used, the summary, the IKU PDF. */
export async function consentRequestData(
  db: TusDb,
  cycleId: string,
  employeeId: string,
  random: () => Uint8Array = randomBytes,
): Promise<ConsentRequestData | null> {
  const { row, snapshot } = await loadCycle(db, cycleId);
  const iku = ikuOf(snapshot.context, employeeId);
  const employee = await db.employees.get(employeeId);
  const pdf = iku ? await ikuAttachment(db, cycleId, employeeId, iku.context.version) : null;
  if (!iku || !employee || !pdf) return null;
  const agreements = await db.agreements.where('cycleId').equals(cycleId).toArray();
  const sessionAt = sessionDateOf(row, snapshot.context);
  const token = await uniqueToken(db, new Date(sessionAt).getUTCFullYear(), random);
  return {
    token,
    mail: {
      to: [employee.email],
      subject: consentRequestSubject(token),
      body: consentRequestBody({
        employeeName: employee.name,
        version: iku.context.version,
        sessionAt,
        teamAgreements: agreements.filter((a) => a.employeeId === null && a.text.trim()).length,
        ownAgreements: agreements.filter((a) => a.employeeId === employeeId && a.text.trim()).length,
        token,
        leaderName: (await getSetting(db, 'leader')).name,
      }),
      attachments: [{ ...pdf, type: 'application/pdf' as const }],
    },
  };
}

export const markConsentRequested = (db: TusDb, cycleId: string, employeeId: string, token: string, now: number): Promise<WriteResult> =>
  tryAppend(db, cycleId, { type: 'iku.requestConsent', employeeId, at: now, token });

/** One form for comparing addresses: composed letters (NFC), lower case, no surrounding space. */
export const sameAddress = (a: string, b: string) => {
  const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
};

/** Why the sender cannot be trusted to be the employee; null when it is the employee's address. */
function senderRefusal(mail: OpenMail, expected: string | undefined): ConsentMessage | null {
  if (mail.fromProblem) return { key: `consent.from.${mail.fromProblem}` };
  if (!mail.from.trim()) return { key: 'consent.from.none' };
  if (!expected || !sameAddress(mail.from, expected))
    return { key: 'consent.from.other', params: { from: mail.from.normalize('NFC').trim(), expected: expected ?? '' } };
  return null;
}

/** Every consent request sent and waiting for a reply, in open cycles, with the employee's address. */
async function openRequests(db: TusDb): Promise<(OpenRequest & { token: string | undefined })[]> {
  const found: (OpenRequest & { token: string | undefined })[] = [];
  for (const c of await db.cycles.where('open').equals(1).toArray())
    for (const i of c.cache?.context.ikus ?? []) {
      if (i.value !== 'consentRequested') continue;
      const employee = await db.employees.get(i.employeeId);
      if (employee)
        found.push({ cycleId: c.id, employeeId: i.employeeId, email: employee.email, token: i.context.requestToken ?? undefined });
    }
  return found;
}

type Target = { cycleId: string; employeeId: string; matchedBy: FoundReply['matchedBy'] } | { reason: ConsentMessage };

/** The request the mail answers: by its one [IKU-…] reference, or, without any, by its sender when exactly one request waits for that address. */
async function targetOf(db: TusDb, mail: OpenMail): Promise<Target> {
  const tokens = findTokens(mail.subject);
  if (tokens.length > 1) return { reason: { key: 'consent.error.severalTokens', params: { tokens: tokens.join(', ') } } };
  if (tokens.length === 0) {
    const match = matchBySender(await openRequests(db), mail.from, mail.fromProblem !== null);
    if (match.kind === 'one') return { cycleId: match.request.cycleId, employeeId: match.request.employeeId, matchedBy: 'sender' };
    if (match.kind === 'several') return { reason: { key: 'consent.error.noTokenSeveral', params: { count: match.count } } };
    return { reason: { key: 'consent.error.noToken' } };
  }
  const token = tokens[0]!;
  for (const c of await db.cycles.where('open').equals(1).toArray()) {
    const iku = c.cache?.context.ikus.find((i) => i.context.requestToken === token);
    if (iku) return { cycleId: c.id, employeeId: iku.employeeId, matchedBy: 'reference' };
  }
  return { reason: { key: 'consent.error.unknownToken', params: { token } } };
}

/** Which pending consent request the open mail answers, what it says, and whether it may be recorded. */
export async function matchReply(db: TusDb, mail: OpenMail): Promise<ReplyCandidate> {
  const target = await targetOf(db, mail);
  if ('reason' in target) return { found: false, reason: target.reason };
  const c = await db.cycles.get(target.cycleId);
  const iku = c?.cache?.context.ikus.find((i) => i.employeeId === target.employeeId);
  if (!c?.cache || !iku) return { found: false, reason: { key: 'consent.error.noToken' } };
  const employee = await db.employees.get(iku.employeeId);
  const version = iku.context.version;
  const reading = readReply({ text: mail.text, subject: mail.subject, version, name: employee?.name });
  const base = {
    found: true as const,
    cycleId: c.id,
    employeeId: iku.employeeId,
    employeeName: employee?.name ?? '',
    version,
    hash: iku.context.hash ?? '',
    from: mail.from.normalize('NFC').trim().toLowerCase(),
    subject: mail.subject,
    reading,
    // The panel offers the leader's own reading only where recordReply would take it.
    leaderMayRead: !unreadable(reading),
    sentence: consentSentence(version),
    matchedBy: target.matchedBy,
    mailKey: await mailKey(mail),
    receivedAt: mail.receivedAt,
  };
  if (iku.value !== 'consentRequested') return { ...base, refusal: { key: 'consent.error.notWaiting' } };
  return { ...base, refusal: senderRefusal(mail, employee?.email) };
}

/**
 * What the leader chose: the explicit approval the classifier found, a wish for changes (always
 * possible), or the leader's own reading of a differently worded reply as approval of `version`.
 */
export type ReplyChoice = 'approval' | 'changes' | 'leaderReading';

/**
 * What a leader may read as approval: only a differently worded reply (no approval sentence, more
 * words beside it, or the sentence only in the quote below an "Ok") with words of the employee's own. A refusal, a condition, a question, a
 * change request, another version or an auto-reply never counts, however it is read (DESIGN.md).
 */
export const unreadable = (reading: ReplyReading) =>
  !reading.approval &&
  (!(reading.reason === 'noApproval' || reading.reason === 'extraText' || reading.reason === 'onlyQuoted') ||
    reading.ownWords.trim() === '');

/**
 * Records the reply as the leader chose, after reading the mail again: approval only when the text
 * is the explicit sentence, the leader's reading only of a reply with own words and of the version
 * the leader confirmed. Refusals write nothing.
 */
export async function recordReply(
  db: TusDb,
  mail: OpenMail,
  choice: ReplyChoice,
  now: number,
  confirmedVersion?: number,
  shownKey?: string,
): Promise<RecordResult> {
  // The click records what the panel showed: a reading pane changed since then records nothing.
  if (shownKey !== undefined && shownKey !== (await mailKey(mail))) return { ok: false, error: { key: 'consent.error.mailChanged' } };
  const candidate = await matchReply(db, mail);
  if (!candidate.found) return { ok: false, error: candidate.reason };
  if (candidate.refusal) return { ok: false, error: candidate.refusal };
  const { cycleId, employeeId, version, hash, from, subject, reading } = candidate;
  if (choice === 'approval' && !reading.approval) return { ok: false, error: { key: 'consent.error.notExplicit', params: { version } } };
  if (choice === 'leaderReading') {
    if (unreadable(reading)) return { ok: false, error: { key: 'consent.error.unreadable' } };
    if (confirmedVersion !== version) return { ok: false, error: { key: 'consent.error.versionChanged', params: { version } } };
  }
  try {
    if (choice === 'changes') {
      await appendEvent(db, cycleId, { type: 'iku.requestChanges', employeeId, at: now, note: reading.ownWords.slice(0, 2000) });
      return { ok: true, recorded: 'changes' };
    }
    await appendEvent(db, cycleId, {
      type: 'iku.consent',
      employeeId,
      at: now,
      version,
      hash,
      evidence: {
        channel: 'mail',
        reading: choice === 'approval' ? 'explicit' : 'leader',
        from,
        subject,
        receivedAt: mail.receivedAt ?? undefined,
        messageId: mail.messageId ?? undefined,
        text: reading.ownWords.slice(0, 5000),
      },
    });
    return { ok: true, recorded: 'consent' };
  } catch (e) {
    // A refusal of ours (a changed log, a refused event) says itself why, in the leader's language.
    return {
      ok: false,
      error:
        e instanceof KeyedError
          ? messageOf(e)
          : { key: 'consent.error.failed', params: { reason: e instanceof Error ? e.message : String(e) } },
    };
  }
}
