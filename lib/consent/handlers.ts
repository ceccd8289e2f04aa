import type { TusDb } from '../db/database';
import type { OpenMail } from '../messaging/protocol';
import { appendEvent, loadCycle, tryAppend } from '../cycles/store';
import { errorMessage } from '../error-message';
import { sessionDateOf } from '../cycles/session-date';
import { ikuAttachment, openIkus } from '../iku/open-ikus';
import { getSetting } from '../settings/store';
import { ikuOf } from '../../machines/cycle.machine';
import { classifyReply, ownWords, type ReplyKind } from './classify';
import { consentRequestBody, consentRequestSubject } from './request-mail';
import { findToken, newToken } from './token';
import { normalizeEmail } from '../db/database';

export interface ConsentRequestItem {
  cycleId: string;
  employeeId: string;
  employeeName: string;
  teamName: string;
  version: number;
  state: 'generated' | 'consentRequested';
}

const awaitsConsent = (state: string): state is ConsentRequestItem['state'] => state === 'generated' || state === 'consentRequested';

/** IKUs waiting for a consent request (or a reminder) in open cycles. */
export async function listConsentRequests(db: TusDb): Promise<ConsentRequestItem[]> {
  const open = await openIkus(db, (i) => awaitsConsent(i.value));
  return open.flatMap(({ iku, ...item }) => (awaitsConsent(iku.value) ? [{ ...item, version: iku.context.version, state: iku.value }] : []));
}

/** The consent request mail for one employee: a fresh token, the summary, the IKU PDF. */
export async function consentRequestData(db: TusDb, cycleId: string, employeeId: string) {
  const { row, snapshot } = await loadCycle(db, cycleId);
  const iku = ikuOf(snapshot.context, employeeId);
  const employee = await db.employees.get(employeeId);
  const pdf = iku ? await ikuAttachment(db, cycleId, employeeId, iku.context.version) : null;
  if (!iku || !employee || !pdf) return null;
  const agreements = await db.agreements.where('cycleId').equals(cycleId).toArray();
  const sessionAt = sessionDateOf(row, snapshot.context);
  const token = newToken(new Date(sessionAt).getUTCFullYear());
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

export const markConsentRequested = (db: TusDb, cycleId: string, employeeId: string, token: string, now: number) =>
  tryAppend(db, cycleId, { type: 'iku.requestConsent', employeeId, at: now, token });

export type ReplyCandidate =
  | { found: false; reason: string }
  | {
      found: true;
      cycleId: string;
      employeeId: string;
      employeeName: string;
      version: number;
      hash: string;
      from: string;
      subject: string;
      kind: ReplyKind;
      /** null when the reply may be recorded; else why it is refused. */
      refusal: string | null;
    };

const emailIn = (text: string) => /[^\s<>"]+@[^\s<>"]+\.[a-z]{2,}/i.exec(text)?.[0] ?? '';

/** Which pending consent request the open mail answers, and whether it may be recorded. */
export async function matchReply(db: TusDb, mail: OpenMail): Promise<ReplyCandidate> {
  const token = findToken(mail.subject);
  if (!token) return { found: false, reason: 'Mailen har ingen IKU-reference i emnet.' };
  for (const c of await db.cycles.where('open').equals(1).toArray()) {
    const iku = c.cache?.context.ikus.find((i) => i.context.requestToken === token);
    if (!c.cache || !iku) continue;
    const employee = await db.employees.get(iku.employeeId);
    const from = normalizeEmail(emailIn(mail.from));
    const base = { found: true as const, cycleId: c.id, employeeId: iku.employeeId, employeeName: employee?.name ?? '', version: iku.context.version, hash: iku.context.hash ?? '', from, subject: mail.subject, kind: classifyReply(mail.text) };
    if (iku.value !== 'consentRequested') return { ...base, refusal: 'Denne IKU venter ikke på svar (allerede registreret, eller der er lavet en ny version).' };
    if (!employee || from !== employee.email) return { ...base, refusal: `Svaret kommer fra ${from || 'en ukendt afsender'}, ikke fra ${employee?.email ?? 'medarbejderen'}. Det registreres ikke.` };
    return { ...base, refusal: null };
  }
  return { found: false, reason: `Ingen afventende anmodning har referencen ${token}.` };
}

/** Records the reply as consent (with evidence) or as a wish for changes; refusals write nothing. */
export async function recordReply(db: TusDb, mail: OpenMail, now: number): Promise<{ ok: boolean; kind?: ReplyKind; error?: string }> {
  const candidate = await matchReply(db, mail);
  if (!candidate.found) return { ok: false, error: candidate.reason };
  if (candidate.refusal) return { ok: false, error: candidate.refusal };
  const { cycleId, employeeId, version, hash, from, subject, kind } = candidate;
  try {
    if (kind === 'consent') {
      await appendEvent(db, cycleId, {
        type: 'iku.consent',
        employeeId,
        at: now,
        version,
        hash,
        evidence: { channel: 'mail', from, subject, receivedAt: mail.receivedAt ?? undefined, messageId: mail.messageId ?? undefined, text: ownWords(mail.text).slice(0, 5000) },
      });
    } else {
      await appendEvent(db, cycleId, { type: 'iku.requestChanges', employeeId, at: now, note: ownWords(mail.text).slice(0, 2000) });
    }
    return { ok: true, kind };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}
