import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToPdf } from '../../../lib/invitations/document-pdf';
import { toWinAnsi } from '../../../lib/pdf/winansi';
import { parseMarkup } from '../../../lib/templates/mail-body';

/** pdftotext (poppler-utils, installed by .ci/run) reads the PDF as a person's viewer would. */
function pdfText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'x.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('document PDF', () => {
  it('keeps æøåÆØÅ, wraps long text across pages, numbers pages and sets metadata', async () => {
    const long = 'Sidemandsoplæring i forflytning og dokumentation. '.repeat(160);
    const blocks = parseMarkup(
      `# Spørgsmålsark – Æblehaven\nHvad kan vi i teamet blive bedre til? ÆØÅ æøå\n\n- Første punkt\n- Andet punkt\n\n${long}`,
    );
    const pdf = await blocksToPdf(blocks, { title: 'Spørgsmålsark', author: 'Lene Ærø', subject: 'TUS', footer: 'Version 1' });
    const text = pdfText(pdf.bytes);
    expect(text).toContain('Spørgsmålsark – Æblehaven');
    expect(text).toContain('ÆØÅ æøå');
    expect(text).toContain('• Første punkt');
    expect(pdf.pages).toBeGreaterThan(1);
    expect(text).toContain(`Side ${pdf.pages} af ${pdf.pages}`);
    expect(pdf.replaced).toEqual([]);
    const info = execFileSync('pdfinfo', ['-'], { input: pdf.bytes, encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Spørgsmålsark/);
    expect(info).toMatch(/Author:\s+Lene Ærø/);
  });

  it('maps or reports characters the PDF fonts cannot show', () => {
    expect(toWinAnsi('Mål ≥ 3 ✓ → næste')).toEqual({ text: 'Mål >= 3 v -> næste', replaced: [] });
    expect(toWinAnsi('Kaffe ☕ og 😀')).toEqual({ text: 'Kaffe ? og ?', replaced: ['☕', '😀'] });
    expect(toWinAnsi('€ „citat“ … • – —').replaced).toEqual([]);
  });
});
