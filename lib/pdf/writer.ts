import type { jsPDF as JsPdf } from 'jspdf';
import { newTextCache, type TextCache } from './memo';
import { lineWriter } from './text-line';
import { type CharChange, convertWinAnsi } from './winansi';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  /** Left part of every page's footer (e.g. version and hash); page numbers go on the right. */
  footer?: string;
}

export interface PdfResult {
  bytes: Uint8Array<ArrayBuffer>;
  pages: number;
  /** Characters the PDF fonts cannot show, replaced by '?': tell the leader. */
  replaced: string[];
  /** Every character not shown as typed (✓ → v as well as 🎯 → ?), with what it became. */
  changed: CharChange[];
}

const MM = { margin: 20, width: 210, height: 297, footer: 12 };
const SIZE = { title: 16, h: 13, p: 10.5, small: 9, footer: 8 };
const LINE = 1.35;

export interface PdfWriter {
  title(text: string): void;
  heading(text: string): void;
  paragraph(text: string, options?: { size?: 'p' | 'small'; bold?: boolean; indent?: number; bullet?: boolean }): void;
  /** A gap, in mm. */
  space(mm: number): void;
  /**
   * A second document in the same file (the consent receipt after the IKU it belongs to): a new
   * page, its own footer, its pages numbered on their own ("Side 1 af 1"), so each part reads as it would alone.
   */
  part(footer?: string): void;
  finish(): PdfResult;
}

let jsPdfModule: Promise<typeof import('jspdf')> | null = null;

/**
 * A top-to-bottom A4 writer over jsPDF's text API (never its html()): wraps long text, breaks
 * pages between lines, never through one; numbers the pages at the end. jsPDF loads on demand.
 * Documents made together (a team's IKUs) may share a `cache` of their text work.
 */
export async function createPdfWriter(meta: PdfMeta, cache: TextCache = newTextCache()): Promise<PdfWriter> {
  jsPdfModule ??= import('jspdf');
  const { jsPDF } = await jsPdfModule;
  const doc: JsPdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const replaced = new Set<string>();
  const changed = new Map<string, CharChange>();
  const clean = (s: string) => {
    const r = cache.converted.get(s, () => convertWinAnsi(s));
    r.replaced.forEach((c) => replaced.add(c));
    for (const c of r.changed) if (!changed.has(c.char)) changed.set(c.char, c);
    return r.text;
  };
  doc.setProperties({ title: clean(meta.title), author: clean(meta.author), subject: clean(meta.subject), creator: 'TUS-assistent' });
  const usable = MM.width - 2 * MM.margin;
  const parts: { start: number; footer: string | undefined }[] = [{ start: 1, footer: meta.footer }];
  const bottom = MM.height - MM.margin - MM.footer;
  let y = MM.margin;
  const lineHeight = (pt: number) => (pt * LINE * 25.4) / 72;

  // Lines are written without text()'s pipeline (text-line.ts); wrapping and escaping are shared.
  const line = lineWriter(doc, cache.escaped);
  const wrap = (text: string, style: string, pt: number, width: number): readonly string[] =>
    cache.wrapped.get(`${style} ${pt} ${width}\n${text}`, () => doc.splitTextToSize(text, width) as string[]);
  const write = (text: string, pt: number, bold: boolean, indent: number, bullet: boolean) => {
    const style = bold ? 'bold' : 'normal';
    doc.setFont('helvetica', style);
    doc.setFontSize(pt);
    wrap(clean(text), style, pt, usable - indent).forEach((text, i) => {
      if (y + lineHeight(pt) > bottom) {
        doc.addPage();
        y = MM.margin;
      }
      y += lineHeight(pt);
      if (bullet && i === 0) line('•', MM.margin + indent - 4, y);
      line(text, MM.margin + indent, y);
    });
  };

  return {
    title: (text) => {
      write(text, SIZE.title, true, 0, false);
      y += 2;
    },
    heading: (text) => {
      // Keep a heading with at least two lines of what follows.
      if (y + lineHeight(SIZE.h) + 2 * lineHeight(SIZE.p) > bottom) {
        doc.addPage();
        y = MM.margin;
      }
      y += 3;
      write(text, SIZE.h, true, 0, false);
      y += 1;
    },
    paragraph: (text, options = {}) =>
      write(text, SIZE[options.size ?? 'p'], options.bold ?? false, options.indent ?? 0, options.bullet ?? false),
    space: (mm) => {
      y += mm;
    },
    part: (footer) => {
      doc.addPage();
      y = MM.margin;
      parts.push({ start: doc.getNumberOfPages(), footer });
    },
    finish: () => {
      const pages = doc.getNumberOfPages();
      parts.forEach((part, i) => {
        const end = (parts[i + 1]?.start ?? pages + 1) - 1;
        for (let page = part.start; page <= end; page++) {
          doc.setPage(page);
          doc.setFont('helvetica', 'normal');
          doc.setFontSize(SIZE.footer);
          if (part.footer) line(clean(part.footer), MM.margin, MM.height - MM.margin / 2);
          const total = end - part.start + 1;
          doc.text(`Side ${page - part.start + 1} af ${total}`, MM.width - MM.margin, MM.height - MM.margin / 2, { align: 'right' });
        }
      });
      return { bytes: new Uint8Array(doc.output('arraybuffer')), pages, replaced: [...replaced], changed: [...changed.values()] };
    },
  };
}
