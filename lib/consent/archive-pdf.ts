// The archive file for the personnel file: the approved IKU with its consent receipt after it, one
// PDF, so HR files one document per employee and the evidence can never be filed apart from the plan.
import { epochToZoned } from '../dates/datetime';
import { KeyedError } from '../i18n/message';
import type { IkuDocument } from '../iku/content';
import { ikuFooter, writeIku } from '../iku/pdf';
import { createPdfWriter, type PdfResult } from '../pdf/writer';
import { canonicalJson } from '../shared/canonical-json';
import { safeFileName } from '../shared/file-names';
import { sha256Hex } from '../shared/hash';
import { type ReceiptInput, writeReceipt } from './receipt-pdf';

export interface ArchiveInput {
  /** The IKU's content as consented to: its hash must be the receipt's. */
  iku: IkuDocument;
  receipt: ReceiptInput;
}

/**
 * `IKU_<employee>_<date of consent>_v<N>.pdf`. HR files by person: the name first, so 24 files in
 * one Downloads folder or zip sort by employee; the approval date (Danish calendar day, ISO so it
 * sorts) says when the plan took effect; the version tells it from an earlier approved IKU. The
 * team is left out: a personnel file is the employee's, not the team's. It differs from the IKU
 * sent for approval (`IKU_<year>_<team>_<employee>`), which lies in the same folder.
 */
export const archiveFileName = (r: Pick<ReceiptInput, 'employee' | 'recordedAt' | 'version'>): string =>
  safeFileName(`IKU ${r.employee} ${epochToZoned(r.recordedAt).date} v${r.version}.pdf`);

/**
 * The IKU's pages as the employee approved them (footer: version and content hash), then the
 * receipt on pages of its own, each part numbered on its own. The content is hashed here again:
 * content that is not the one consented to (the receipt's hash) is refused, never filed.
 */
export async function archivePdf(input: ArchiveInput): Promise<PdfResult> {
  const { iku, receipt } = input;
  if ((await sha256Hex(canonicalJson(iku))) !== receipt.hash) throw new KeyedError('personnel.contentChanged', { name: receipt.employee });
  const pdf = await createPdfWriter({
    title: `IKU ${epochToZoned(iku.sessionAt).date.slice(0, 4)} – ${iku.employee.name}, godkendt`,
    author: iku.leader || iku.workplace || 'TUS-assistent',
    subject: `Individuel kompetenceudviklingsplan med skriftligt samtykke, ${iku.team}`,
    footer: ikuFooter(receipt.version, receipt.hash),
  });
  writeIku(pdf, iku, receipt.version, receipt.hash);
  pdf.part();
  writeReceipt(pdf, receipt);
  return pdf.finish();
}

/** "Hent alle": the zip of every pending archive file, dated so a second round's zip does not overwrite the first. */
export const archiveZipName = (now: number): string => safeFileName(`IKU til personalesag ${epochToZoned(now).date}.zip`);
