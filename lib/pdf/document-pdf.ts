import type { Block } from '../templates/mail-body';
import { toWinAnsi } from './winansi';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Left part of the footer, e.g. a version and a hash; page numbers are added on the right. */
  footer?: string;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Characters the PDF fonts cannot show, replaced by '?': tell the leader. */
  replaced: string[];
}

const MM = { margin: 20, width: 210, height: 297, footer: 12 };
const SIZE = { h: 14, p: 11, footer: 8 };
const LINE = 1.35;

/**
 * Lays out blocks on A4 with jsPDF's own text API (never its html()), wrapping long text and
 * breaking pages between lines, never through one. jsPDF is loaded here only, on demand.
 */
export async function blocksToPdf(blocks: readonly Block[], meta: PdfMeta): Promise<PdfResult> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const replaced = new Set<string>();
  const clean = (s: string) => {
    const r = toWinAnsi(s);
    r.replaced.forEach((c) => replaced.add(c));
    return r.text;
  };
  doc.setProperties({ title: clean(meta.title), author: clean(meta.author), subject: clean(meta.subject), creator: 'TUS-assistent' });
  const usable = MM.width - 2 * MM.margin;
  const bottom = MM.height - MM.margin - MM.footer;
  let y = MM.margin;

  const lineHeight = (pt: number) => (pt * LINE * 25.4) / 72;
  const write = (text: string, pt: number, style: 'normal' | 'bold', indent = 0, bullet = false) => {
    doc.setFont('helvetica', style);
    doc.setFontSize(pt);
    const lines: string[] = doc.splitTextToSize(clean(text), usable - indent);
    lines.forEach((line, i) => {
      if (y + lineHeight(pt) > bottom) {
        doc.addPage();
        y = MM.margin;
      }
      y += lineHeight(pt);
      if (bullet && i === 0) doc.text('•', MM.margin + indent - 4, y);
      doc.text(line, MM.margin + indent, y);
    });
  };

  for (const block of blocks) {
    if (block.kind === 'h') {
      y += 2;
      write(block.text, SIZE.h, 'bold');
      y += 1;
    } else if (block.kind === 'p') {
      write(block.text, SIZE.p, 'normal');
      y += 2;
    } else {
      for (const item of block.items) write(item, SIZE.p, 'normal', 6, true);
      y += 2;
    }
  }

  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(SIZE.footer);
    if (meta.footer) doc.text(clean(meta.footer), MM.margin, MM.height - MM.margin / 2);
    doc.text(`Side ${page} af ${pages}`, MM.width - MM.margin, MM.height - MM.margin / 2, { align: 'right' });
  }
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages, replaced: [...replaced] };
}
