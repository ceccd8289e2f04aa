import type { ArchiveMark } from '../../machines/archive-marks';
import { tryAppend } from '../cycles/store';
import type { TusDb } from '../db/database';
import { messageOf } from '../i18n/message';
import { ikuAttachment, openIkus } from '../iku/open-ikus';
import { currentIkuContents } from '../iku/store';
import type { ArchiveEntry, PendingUpload, TeamMarkResult, UploadFiles, WriteResult } from '../messaging/replies';
import { markArchiveFiled, markEBoksForTeam } from './archive-store';
import { receiptInput } from './receipt-input';

/** Employees whose approved IKU still lacks a mark: what to upload (or send to e-Boks) next. */
export async function pendingUploads(db: TusDb): Promise<PendingUpload[]> {
  const consented = await openIkus(db, (i) => i.value === 'consented');
  return consented.map(({ iku, ...item }) => ({ ...item, version: iku.context.version, marks: iku.context.marks }));
}

/**
 * The files of some employees of one cycle. The archive file's content is rebuilt from the data
 * and used only when its hash is the one consented to; otherwise (a name or the leader's settings
 * changed since) the IKU as stored and the receipt go as two files.
 */
async function filesOf(db: TusDb, cycleId: string, employeeIds: readonly string[]): Promise<Map<string, UploadFiles>> {
  const contents = await currentIkuContents(db, cycleId);
  const out = new Map<string, UploadFiles>();
  for (const employeeId of employeeIds) {
    const receipt = await receiptInput(db, cycleId, employeeId);
    if (!receipt) continue;
    const current = contents.get(employeeId);
    if (current?.contentHash === receipt.hash) {
      out.set(employeeId, { kind: 'archive', iku: current.doc, receipt });
      continue;
    }
    const iku = await ikuAttachment(db, cycleId, employeeId, receipt.version);
    if (iku) out.set(employeeId, { kind: 'separate', iku, receipt });
  }
  return out;
}

/** One employee's archive file (or, see filesOf, the two files); null without a recorded consent. */
export async function uploadFiles(db: TusDb, cycleId: string, employeeId: string): Promise<UploadFiles | null> {
  return (await filesOf(db, cycleId, [employeeId])).get(employeeId) ?? null;
}

/** Every pending employee's files, in the panel's order, for "Hent alle". */
export async function allUploadFiles(db: TusDb): Promise<ArchiveEntry[]> {
  const pending = await pendingUploads(db);
  const byCycle = new Map<string, string[]>();
  for (const p of pending) byCycle.set(p.cycleId, [...(byCycle.get(p.cycleId) ?? []), p.employeeId]);
  const files = new Map<string, UploadFiles>();
  for (const [cycleId, ids] of byCycle) for (const [id, f] of await filesOf(db, cycleId, ids)) files.set(`${cycleId}:${id}`, f);
  return pending.flatMap((p) => {
    const f = files.get(`${p.cycleId}:${p.employeeId}`);
    return f ? [{ cycleId: p.cycleId, employeeId: p.employeeId, files: f }] : [];
  });
}

export const markUploaded = (db: TusDb, cycleId: string, employeeId: string, mark: ArchiveMark, now: number): Promise<WriteResult> =>
  tryAppend(db, cycleId, { type: 'iku.markFiled', employeeId, at: now, mark });

/** The archive file was uploaded: the IKU and the receipt are filed, both marks in one transaction. */
export async function markFiled(db: TusDb, cycleId: string, employeeId: string, now: number): Promise<WriteResult> {
  try {
    await markArchiveFiled(db, cycleId, employeeId, now);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  }
}

/** e-Boks sent for the whole team: who was marked, and who was left out because not approved. */
export async function markEBoksTeam(db: TusDb, cycleId: string, now: number): Promise<TeamMarkResult> {
  try {
    const { marked, notApproved } = await markEBoksForTeam(db, cycleId, now);
    const names = await db.employees.bulkGet(notApproved);
    return { ok: true, marked: marked.length, notApproved: names.map((e) => e?.name ?? '') };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  }
}
