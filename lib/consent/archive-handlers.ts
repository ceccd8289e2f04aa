import type { ArchiveMark } from '../../machines/archive-marks';
import { tryAppend } from '../cycles/store';
import type { TusDb } from '../db/database';
import { ikuAttachment, openIkus } from '../iku/open-ikus';
import type { PendingUpload, UploadFiles, WriteResult } from '../messaging/replies';
import { receiptInput } from './receipt-input';

/** Employees whose approved IKU still lacks a mark: what to upload (or send to e-Boks) next. */
export async function pendingUploads(db: TusDb): Promise<PendingUpload[]> {
  const consented = await openIkus(db, (i) => i.value === 'consented');
  return consented.map(({ iku, ...item }) => ({ ...item, version: iku.context.version, marks: iku.context.marks }));
}

/** The approved IKU's PDF as stored, and what the consent receipt states (the panel draws it). */
export async function uploadFiles(db: TusDb, cycleId: string, employeeId: string): Promise<UploadFiles | null> {
  const receipt = await receiptInput(db, cycleId, employeeId);
  const iku = receipt ? await ikuAttachment(db, cycleId, employeeId, receipt.version) : null;
  return receipt && iku ? { iku, receipt } : null;
}

export const markUploaded = (db: TusDb, cycleId: string, employeeId: string, mark: ArchiveMark, now: number): Promise<WriteResult> =>
  tryAppend(db, cycleId, { type: 'iku.markFiled', employeeId, at: now, mark });
