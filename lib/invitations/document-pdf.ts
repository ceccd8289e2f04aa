import { createPdfWriter, type PdfMeta, type PdfResult } from '../pdf/writer';
import type { Block } from '../templates/mail-body';

/** A question sheet or guide: headings, paragraphs and bullets on A4. */
export async function blocksToPdf(blocks: readonly Block[], meta: PdfMeta): Promise<PdfResult> {
  const pdf = await createPdfWriter(meta);
  for (const block of blocks) {
    if (block.kind === 'h') pdf.heading(block.text);
    else if (block.kind === 'p') {
      pdf.paragraph(block.text);
      pdf.space(2);
    } else {
      for (const item of block.items) pdf.paragraph(item, { indent: 6, bullet: true });
      pdf.space(2);
    }
  }
  return pdf.finish();
}
