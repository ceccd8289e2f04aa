import type { jsPDF as JsPdf } from 'jspdf';
import type { Memo } from './memo';

// jsPDF's text() sends every string through plugins for other scripts and fonts (Arabic shaping,
// bidi reordering, Unicode font escaping), none of which changes WinAnsi text, and builds its
// operators anew on each call. This writes the operators text(line, x, y) writes for one
// left-aligned line, in the same bytes (tests/lib/pdf/text-line.test.ts compares them for every
// character the writer prints) in about a sixth of text()'s time, which was most of an IKU's.

/** What this uses of jsPDF beyond its typings: the page's content stream and its number format. */
interface JsPdfInternals {
  hpf(n: number): string;
  internal: { write(content: string): void };
}

// text()'s own defaults: WinAnsi fonts are encoded, content strings carry no byte order mark.
const FLAGS = { autoencode: true, noBOM: true };
const TAB = ' '.repeat(8);

/**
 * A function that writes one line of WinAnsi text (convertWinAnsi's output, no line break) at
 * (x, y) in the document's current font and size, as `doc.text(text, x, y)` would. Black text
 * with no character spacing, as the writer never sets either. `escaped` may be shared by
 * documents made together.
 */
export function lineWriter(doc: JsPdf, escaped: Memo<string>): (text: string, x: number, y: number) => void {
  const raw = doc as unknown as JsPdfInternals;
  // The operators before the position, by font and size.
  const heads = new Map<string, string>();
  return (text, x, y) => {
    // text() writes nothing for an empty string.
    if (!text) return;
    const font = `${doc.getFont().id} ${doc.getFontSize()}`;
    let head = heads.get(font);
    if (head === undefined) {
      head = `BT\n/${font} Tf\n${raw.hpf(doc.getFontSize() * doc.getLineHeightFactor())} TL\n0 g\n`;
      heads.set(font, head);
    }
    const string = escaped.get(`${font}\n${text}`, () => doc.pdfEscape(text.includes('\t') ? text.split('\t').join(TAB) : text, FLAGS));
    raw.internal.write(`${head}${doc.getHorizontalCoordinateString(x)} ${doc.getVerticalCoordinateString(y)} Td\n(${string}) Tj\nET`);
  };
}
