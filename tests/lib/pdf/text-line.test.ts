import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { Memo } from '../../../lib/pdf/memo';
import { lineWriter } from '../../../lib/pdf/text-line';
import { convertWinAnsi } from '../../../lib/pdf/winansi';

// lineWriter replaces jsPDF's text() for one left-aligned line: it must write the very same bytes.

/** Every character convertWinAnsi lets through but the line break, which no line holds. */
const PRINTED = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ',
];

type Line = { text: string; style: 'normal' | 'bold'; size: number; x: number; y: number; page: 1 | 2 };

const pages = (doc: jsPDF) => (doc.internal as unknown as { pages: (string[] | undefined)[] }).pages.slice(1);

/**
 * The same lines written by text() in one document and by lineWriter in another; both documents'
 * pages. Each line twice, so the operators lineWriter keeps by font are used again.
 */
function both(lines: readonly Line[]): [unknown, unknown] {
  const viaText = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const viaLine = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  const line = lineWriter(viaLine, new Memo());
  for (const doc of [viaText, viaLine]) doc.addPage();
  for (const l of [...lines, ...lines])
    for (const doc of [viaText, viaLine]) {
      doc.setPage(l.page);
      doc.setFont('helvetica', l.style);
      doc.setFontSize(l.size);
      if (doc === viaText) doc.text(l.text, l.x, l.y);
      else line(l.text, l.x, l.y);
    }
  return [pages(viaText), pages(viaLine)];
}

const lineArb = fc.record({
  text: fc.array(fc.constantFrom(...PRINTED), { maxLength: 90 }).map((cs) => cs.join('')),
  style: fc.constantFrom('normal' as const, 'bold' as const),
  size: fc.oneof(fc.constantFrom(16, 13, 10.5, 9, 8), fc.double({ min: 4, max: 30, noNaN: true })),
  x: fc.double({ min: 0, max: 210, noNaN: true }),
  y: fc.double({ min: 0, max: 297, noNaN: true }),
  page: fc.constantFrom(1 as const, 2 as const),
});

describe('lineWriter', () => {
  it('writes what text() writes, for any line of printable characters, font, size and place', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 8 }), (lines) => {
        const [viaText, viaLine] = both(lines);
        expect(viaLine).toEqual(viaText);
      }),
      { numRuns: 300 },
    );
  });

  it('writes what text() writes for the characters PDF strings escape, the Windows-1252 ones and an empty line', () => {
    const texts = ['a (b) c \\ d', ')(', '\\', '', ' ', 'æøå ÆØÅ – — • · ’ “ ” € …', convertWinAnsi('Mål ✓ 🎯 → ok').text];
    const lines = texts.map((text, i): Line => ({ text, style: i % 2 ? 'bold' : 'normal', size: 10.5, x: 26, y: 40 + 7 * i, page: 1 }));
    const [viaText, viaLine] = both(lines);
    expect(viaLine).toEqual(viaText);
    // The check would pass for two writers that wrote nothing: these lines are there.
    expect(JSON.stringify(viaLine)).toContain('a \\\\(b\\\\) c \\\\\\\\ d');
  });

  it('writes a tab as text() does (eight spaces), although the writer never passes one', () => {
    const [viaText, viaLine] = both([{ text: 'a\tb', style: 'normal', size: 9, x: 20, y: 30, page: 1 }]);
    expect(viaLine).toEqual(viaText);
  });
});
