// The leader's GDPR actions on one employee (access export, erasure) and on old cycles (retention).
import { download } from '../browser/download';
import { receiptInput } from '../consent/receipt-input';
import { consentReceiptPdf, receiptFileName } from '../consent/receipt-pdf';
import { zipFiles } from '../iku/zip';
import { collectEmployeeData } from '../privacy/access';
import { accessFileName, accessPdf } from '../privacy/access-pdf';
import { type ErasurePlan, type ErasureResult, eraseEmployee, planErasure } from '../privacy/erase';
import { eraseOldCycles, type RetentionItem, retentionPreview } from '../privacy/retention';
import { getSetting } from '../settings/store';
import { safeFileName } from '../shared/file-names';
import { type ActionDeps, withDeps } from './deps';

export type { ErasurePlan, ErasureResult, RetentionItem };

/** The access export as one zip: a readable PDF, the same as JSON, the IKU PDFs and the consent receipts. */
export async function accessExport(employeeId: string, deps: Partial<ActionDeps> = {}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { db, now } = withDeps(deps);
  const { record, pdfs } = await collectEmployeeData(db, employeeId, now());
  const leader = await getSetting(db, 'leader');
  const files = [
    { name: accessFileName(record, 'pdf'), bytes: (await accessPdf(record, leader.workplace)).bytes },
    { name: accessFileName(record, 'json'), bytes: new TextEncoder().encode(JSON.stringify(record, null, 2)) },
  ];
  for (const pdf of pdfs) files.push({ name: `IKU/${safeFileName(pdf.name)}`, bytes: new Uint8Array(await pdf.blob.arrayBuffer()) });
  // Receipts are made on demand elsewhere too: one per cycle with a recorded consent, as it stands now.
  for (const cycleId of new Set(record.consent.map((c) => c.cycleId))) {
    const input = await receiptInput(db, cycleId, employeeId);
    if (input) files.push({ name: `Samtykke/${receiptFileName(input)}`, bytes: (await consentReceiptPdf(input)).bytes });
  }
  return { bytes: zipFiles(files), fileName: accessFileName(record, 'zip') };
}

export function privacyActions(deps: Partial<ActionDeps> = {}) {
  const { db, now } = withDeps(deps);
  return {
    /** Saves the access export at once. */
    downloadAccess: async (employeeId: string): Promise<void> => {
      const { bytes, fileName } = await accessExport(employeeId, { db, now });
      download(bytes as Uint8Array<ArrayBuffer>, fileName, 'application/zip');
    },
    planErasure: (employeeId: string): Promise<ErasurePlan> => planErasure(db, employeeId),
    erase: (employeeId: string): Promise<ErasureResult> => eraseEmployee(db, employeeId, now()),
    retentionPreview: (years: number): Promise<RetentionItem[]> => retentionPreview(db, years, now()),
    eraseOldCycles: (years: number, shown: readonly string[]): Promise<RetentionItem[]> => eraseOldCycles(db, years, now(), shown),
  };
}

export type PrivacyActions = ReturnType<typeof privacyActions>;
