import type { TusDb } from '../db/database';
import type { ArchiveMark } from '../../machines/iku.machine';
import type { ReceiptInput } from '../pdf/consent-receipt-pdf';
import { receiptInput } from '../consent/receipt-input';
import { tryAppend } from '../cycles/store';
import { latestIkus } from '../iku/store';
import { bytesToBase64 } from '../messaging/base64';

export interface PendingUpload {
  cycleId: string;
  employeeId: string;
  employeeName: string;
  teamName: string;
  version: number;
  marks: Partial<Record<ArchiveMark, number>>;
}

/** Employees whose approved IKU still lacks a mark: what to upload (or send to e-Boks) next. */
export async function pendingUploads(db: TusDb): Promise<PendingUpload[]> {
  const out: PendingUpload[] = [];
  for (const c of await db.cycles.where('open').equals(1).toArray()) {
    const consented = c.cache?.context.ikus.filter((i) => i.value === 'consented') ?? [];
    if (!consented.length) continue;
    const team = await db.teams.get(c.teamId);
    for (const iku of consented) {
      const employee = await db.employees.get(iku.employeeId);
      out.push({ cycleId: c.id, employeeId: iku.employeeId, employeeName: employee?.name ?? '', teamName: team?.name ?? '', version: iku.context.version, marks: iku.context.marks });
    }
  }
  return out;
}

export interface UploadFiles {
  iku: { name: string; base64: string };
  receipt: ReceiptInput;
}

/** The approved IKU's PDF as stored, and what the consent receipt states (the panel draws it). */
export async function uploadFiles(db: TusDb, cycleId: string, employeeId: string): Promise<UploadFiles | null> {
  const receipt = await receiptInput(db, cycleId, employeeId);
  const version = (await latestIkus(db, cycleId)).find((v) => v.employeeId === employeeId);
  if (!receipt || !version || version.version !== receipt.version) return null;
  return { iku: { name: version.fileName, base64: bytesToBase64(new Uint8Array(await version.pdf.arrayBuffer())) }, receipt };
}

export const markUploaded = (db: TusDb, cycleId: string, employeeId: string, mark: ArchiveMark, now: number) =>
  tryAppend(db, cycleId, { type: 'iku.markFiled', employeeId, at: now, mark });
