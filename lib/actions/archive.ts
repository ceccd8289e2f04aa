// The archive round's downloads: one archive file per employee (the IKU with its consent receipt),
// or all of them in one zip. Used by the personnel-file panel, which gets the data by message.
import { download } from '../browser/download';
import { archiveFileName, archivePdf, archiveZipName } from '../consent/archive-pdf';
import { consentReceiptPdf, receiptFileName } from '../consent/receipt-pdf';
import { zipFiles } from '../iku/zip';
import { base64ToBytes } from '../messaging/base64';
import type { ArchiveEntry, UploadFiles } from '../messaging/replies';

export interface NamedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** One employee's files: the archive file, or (content changed since consent) the IKU as stored and the receipt. */
export async function archiveFiles(files: UploadFiles): Promise<NamedFile[]> {
  if (files.kind === 'archive') return [{ name: archiveFileName(files.receipt), bytes: (await archivePdf(files)).bytes }];
  return [
    { name: files.iku.name, bytes: base64ToBytes(files.iku.base64) },
    { name: receiptFileName(files.receipt), bytes: (await consentReceiptPdf(files.receipt)).bytes },
  ];
}

/** One employee's files, saved at once; returns them for the links the panel shows after. */
export async function downloadArchiveFiles(files: UploadFiles): Promise<NamedFile[]> {
  const made = await archiveFiles(files);
  for (const f of made) download(f.bytes, f.name, 'application/pdf');
  return made;
}

/** "Hent alle": every pending employee's files in one zip, saved at once; returns how many files. */
export async function downloadArchiveZip(entries: readonly ArchiveEntry[], now: number): Promise<number> {
  const files: NamedFile[] = [];
  for (const e of entries) files.push(...(await archiveFiles(e.files)));
  download(zipFiles(files) as Uint8Array<ArrayBuffer>, archiveZipName(now), 'application/zip');
  return files.length;
}
