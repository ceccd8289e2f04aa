// The documents the team page hands the leader: the IKUs in one zip, a receipt. (The team plan's
// versions are stored as made: lib/sheet/team-plan-store.ts.)

import { download } from '../browser/download';
import { receiptInput } from '../consent/receipt-input';
import { consentReceiptPdf, receiptFileName } from '../consent/receipt-pdf';
import type { IkuVersion } from '../domain/types';
import { KeyedError } from '../i18n/message';
import { ikuPdfBytes } from '../iku/pdf-bytes';
import { zipFiles } from '../iku/zip';
import { cancellationOf } from '../invitations/cancellation';
import { safeFileName } from '../shared/file-names';
import { type ActionDeps, withDeps } from './deps';

/** Every IKU's latest version in one zip, saved at once. */
export async function downloadIkuZip(ikus: readonly IkuVersion[], teamName: string): Promise<void> {
  const files = await Promise.all(ikus.map(async (v) => ({ name: v.fileName, bytes: await ikuPdfBytes(v) })));
  download(zipFiles(files) as Uint8Array<ArrayBuffer>, safeFileName(`IKU_${teamName}.zip`), 'application/zip');
}

/** The consent receipt of one employee, saved at once; nothing without a recorded consent. */
export async function downloadReceipt(
  cycleId: string,
  employeeId: string,
  version?: number,
  deps: Partial<ActionDeps> = {},
): Promise<void> {
  const input = await receiptInput(withDeps(deps).db, cycleId, employeeId, version);
  // E.g. a changed log whose consent event no longer matches the approval: said, never silent.
  if (!input) throw new KeyedError('cyclePage.noReceipt');
  const receipt = await consentReceiptPdf(input);
  download(receipt.bytes, receiptFileName(input), 'application/pdf');
}

/** A cancelled cycle's calendar file, saved at once, for the leader to send to those invited. */
export async function downloadCancellation(cycleId: string, deps: Partial<ActionDeps> = {}): Promise<void> {
  const { db, now } = withDeps(deps);
  const cancellation = await cancellationOf(db, cycleId, now());
  if (!cancellation) return;
  if (!cancellation.ics.ok) throw new Error(cancellation.ics.error);
  download(new TextEncoder().encode(cancellation.ics.ics) as Uint8Array<ArrayBuffer>, cancellation.fileName, 'text/calendar');
}
