import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadReceipt } from '../../../lib/actions/documents';
import { receiptInput } from '../../../lib/consent/receipt-input';
import { consentReceiptPdf } from '../../../lib/consent/receipt-pdf';
import { appendEvent } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents, scriptHash } from '../../../lib/demo/script';
import type { CycleEvent } from '../../../machines/cycle.machine';

const DAY = 86_400_000;
const SESSION = Date.UTC(2027, 0, 13, 8);
const pdfText = (bytes: Uint8Array) =>
  execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');

let db: TusDb;
beforeEach(async () => {
  db = new TusDb(`receipt-input-${crypto.randomUUID()}`);
  // Up to the consent requests; Anne then approves version 1 by mail.
  const events: CycleEvent[] = [
    ...scriptEvents('tus-iku', ['a'], SESSION, 'consent'),
    {
      type: 'iku.consent',
      employeeId: 'a',
      at: SESSION + 12 * DAY,
      version: 1,
      hash: scriptHash('a', 1),
      evidence: { channel: 'mail', from: 'anne@randers.dk', text: 'Jeg godkender min IKU version 1.', reading: 'explicit' },
    },
  ];
  await importDataset(db, {
    teams: [{ id: 't', name: 'Nord', archived: 0, createdAt: 0 }],
    employees: [{ id: 'a', teamId: 't', name: 'Anne Holm', email: 'anne@randers.dk' }],
    cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events }],
  });
});
afterEach(() => db.close());

describe('the receipt of an approval', () => {
  it('is made for the consent held now, with the logged event as the chain head', async () => {
    const input = await receiptInput(db, 'c', 'a');
    expect(input).toMatchObject({ version: 1, hash: scriptHash('a', 1), recordedAt: SESSION + 12 * DAY, log: { ok: true } });
    expect(input?.evidence.from).toBe('anne@randers.dk');
    expect(input?.chain?.seq).toBeGreaterThan(1);
    expect(input).not.toHaveProperty('replacedBy');
  });

  it('stays for a version since replaced, from its logged event, and the receipt says first that it was replaced', async () => {
    // An agreement after the TUS: version 2, which voids the consent to version 1.
    await appendEvent(db, 'c', { type: 'iku.generate', employeeId: 'a', at: SESSION + 20 * DAY, hash: scriptHash('a', 2) });
    expect(await receiptInput(db, 'c', 'a')).toBeNull();
    expect(await receiptInput(db, 'c', 'a', 2)).toBeNull();
    const input = await receiptInput(db, 'c', 'a', 1);
    expect(input).toMatchObject({ version: 1, hash: scriptHash('a', 1), recordedAt: SESSION + 12 * DAY, replacedBy: 2 });
    expect(input?.evidence).toEqual({
      channel: 'mail',
      from: 'anne@randers.dk',
      text: 'Jeg godkender min IKU version 1.',
      reading: 'explicit',
    });
    // A version with no approval on record: the page says so, rather than a button that does nothing.
    await expect(downloadReceipt('c', 'a', 2, { db })).rejects.toMatchObject({ key: 'cyclePage.noReceipt' });
    const text = pdfText((await consentReceiptPdf(input!)).bytes);
    expect(text).toMatch(
      /^Kvittering: skriftligt samtykke til IKU Erstattet: Godkendelsen gælder IKU version 1\. IKU'en er siden ændret, og version 2 gælder nu\./,
    );
  });
});
