// An IKU version's PDF, whichever way its row holds it. New rows hold the bytes (a Uint8Array):
// Chromium's IndexedDB writes 40 IKUs' Blobs in one transaction about four times slower than
// their bytes (bench/probe-blob-store.ts). Rows written by earlier builds hold a Blob, and are
// read as they are: no upgrade rewrites them.
import type { IkuVersion } from '../domain/types';

type WithPdf = Pick<IkuVersion, 'pdf'>;

/** The PDF's bytes. `ArrayBuffer.isView`, not `instanceof`: it holds across realms too. */
export async function ikuPdfBytes(row: WithPdf): Promise<Uint8Array<ArrayBuffer>> {
  return ArrayBuffer.isView(row.pdf) ? row.pdf : new Uint8Array(await row.pdf.arrayBuffer());
}

/** The PDF as a Blob, for an object URL or a download. A new Blob each call for a bytes row: memoize per row. */
export function ikuPdfBlob(row: WithPdf): Blob {
  return ArrayBuffer.isView(row.pdf) ? new Blob([row.pdf], { type: 'application/pdf' }) : row.pdf;
}
