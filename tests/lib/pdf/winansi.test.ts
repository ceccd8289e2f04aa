import { describe, expect, it } from 'vitest';
import { convertWinAnsi, describeCharChanges, pdfCharacterReport, toWinAnsi } from '../../../lib/pdf/winansi';
import { createPdfWriter } from '../../../lib/pdf/writer';

describe('PDF character report', () => {
  it('lists ✓ (mapped to v) as well as 🎯 (replaced by ?), each once, in order of appearance', () => {
    const report = pdfCharacterReport(['Mål nået ✓ 🎯', 'Igen ✓ og → og ☕']);
    expect(report).toEqual([
      { char: '✓', becomes: 'v' },
      { char: '🎯', becomes: '?' },
      { char: '→', becomes: '->' },
      { char: '☕', becomes: '?' },
    ]);
    expect(describeCharChanges(report)).toBe('✓ → v, 🎯 → ?, → → ->, ☕ → ?');
  });

  it('reports nothing for Danish letters and the Windows-1252 punctuation', () => {
    expect(pdfCharacterReport(['Æble øre Åbenrå æøå', '€ „citat“ … • – —', 'linje\nlinje'])).toEqual([]);
  });

  it('does not report the tab, which looks as typed', () => {
    expect(convertWinAnsi('a\tb')).toEqual({ text: 'a    b', replaced: [], changed: [] });
  });

  it('keeps `replaced` for the characters that became ?', () => {
    expect(toWinAnsi('✓ 🎯').replaced).toEqual(['🎯']);
  });

  it('the writer returns the same report as the check made before it', async () => {
    const pdf = await createPdfWriter({ title: 'T', author: 'A', subject: 'S' });
    pdf.paragraph('Aftale ✓ med mål 🎯');
    const result = pdf.finish();
    expect(result.changed).toEqual(pdfCharacterReport(['Aftale ✓ med mål 🎯']));
    expect(result.replaced).toEqual(['🎯']);
  });
});
