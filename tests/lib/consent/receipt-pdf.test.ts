import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { consentReceiptPdf, type ReceiptInput } from '../../../lib/consent/receipt-pdf';

/** pdftotext (poppler-utils) reads the receipt as HR's viewer would; -raw keeps long hashes on one line. */
const pdfText = (bytes: Uint8Array) =>
  execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');

const base: ReceiptInput = {
  workplace: 'Randers Kommune',
  team: 'Sagsbehandlerne',
  employee: 'Bo Berg',
  version: 2,
  hash: 'a'.repeat(64),
  recordedAt: Date.UTC(2026, 10, 3, 9, 30),
  evidence: {
    channel: 'mail',
    from: 'bo@randers.dk',
    subject: 'SV: Din IKU til godkendelse [IKU-2026-7F3K]',
    text: 'Ja tak, det ser fint ud.',
    reading: 'leader',
  },
  chain: { seq: 41, hash: 'b'.repeat(64) },
  log: { ok: true },
};

describe('consent receipt PDF', () => {
  it('says when the approval is the leader’s own reading, and prints the chain head at consent', async () => {
    const text = pdfText((await consentReceiptPdf(base)).bytes);
    expect(text).toContain('lederen har selv læst det som en godkendelse');
    expect(text).toContain(`hændelse #41, SHA-256 ${'b'.repeat(64)}`);
    expect(text).toContain('kontrolleret, ubrudt');
  });

  it('says the reply held the approval sentence when it did, and names a changed log', async () => {
    const text = pdfText(
      (await consentReceiptPdf({ ...base, evidence: { ...base.evidence, reading: 'explicit' }, log: { ok: false, firstBadSeq: 7 } })).bytes,
    );
    expect(text).toContain('svaret indeholder godkendelsessætningen for denne version');
    expect(text).not.toContain('lederen har selv læst');
    expect(text).toContain('første afvigelse: hændelse #7');
  });
});
