// IKU PDFs are stored as bytes (lib/iku/store.ts); rows written by earlier builds hold a Blob and
// must still download, validate and back up, and a restore writes bytes.
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeContent, encodeContent } from '../../../lib/backup/content';
import { dumpDatabase } from '../../../lib/backup/dump';
import { validateContent } from '../../../lib/backup/validate';
import { TusDb } from '../../../lib/db/database';
import type { IkuVersion } from '../../../lib/domain/types';
import { ikuAttachment } from '../../../lib/iku/open-ikus';
import { ikuPdfBlob, ikuPdfBytes } from '../../../lib/iku/pdf-bytes';
import { base64ToBytes } from '../../../lib/messaging/base64';
import { sha256Hex } from '../../../lib/shared/hash';
import { seedEverything } from '../backup/seed';

const NOW = Date.UTC(2026, 10, 28, 9);
let db: TusDb;

beforeEach(async () => {
  db = new TusDb(`pdf-bytes-${crypto.randomUUID()}`);
  await seedEverything(db, { dataset: false });
});

/** One generated IKU turned into what an earlier build stored: the same bytes as a Blob. */
async function asOldRow(): Promise<{ row: IkuVersion; bytes: Uint8Array<ArrayBuffer> }> {
  const row = (await db.ikus.toArray())[0]!;
  const bytes = await ikuPdfBytes(row);
  await db.ikus.put({ ...row, pdf: new Blob([bytes], { type: 'application/pdf' }) });
  return { row: (await db.ikus.get(row.id))!, bytes };
}

describe('IKU PDFs as bytes', () => {
  it('stores each generated PDF as bytes whose SHA-256 is the row’s pdfSha256, as read back', async () => {
    const rows = await db.ikus.where('cycleId').equals('c').toArray();
    expect(rows.length).toBe(3);
    for (const row of rows) {
      expect(row.pdf).toBeInstanceOf(Uint8Array);
      const bytes = row.pdf as Uint8Array<ArrayBuffer>;
      expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
      expect(await sha256Hex(bytes)).toBe(row.pdfSha256);
    }
  });

  it('reads a Blob row (an earlier build’s) as the same bytes and the same Blob', async () => {
    const { row, bytes } = await asOldRow();
    expect(row.pdf).toBeInstanceOf(Blob);
    expect(await ikuPdfBytes(row)).toEqual(bytes);
    expect(ikuPdfBlob(row)).toBe(row.pdf);
    expect(await sha256Hex(await ikuPdfBytes(row))).toBe(row.pdfSha256);
    const blob = ikuPdfBlob({ pdf: bytes });
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('attaches a Blob row’s PDF to the consent request mail, byte for byte', async () => {
    const { row, bytes } = await asOldRow();
    const attachment = await ikuAttachment(db, row.cycleId, row.employeeId, row.version);
    expect(attachment?.name).toBe(row.fileName);
    expect(base64ToBytes(attachment!.base64)).toEqual(bytes);
  });

  it('backs up a Blob row and a bytes row alike; both validate and restore as bytes', async () => {
    const { row: old, bytes } = await asOldRow();
    const content = await dumpDatabase(db, NOW);
    expect(content.tables.ikus.some((r) => r.pdf instanceof Blob)).toBe(true);
    expect(content.tables.ikus.some((r) => r.pdf instanceof Uint8Array)).toBe(true);
    const decoded = decodeContent(await encodeContent(content));
    if (!decoded.ok) throw new Error(decoded.problem);
    const valid = await validateContent(decoded.value);
    if (!valid.ok) throw new Error(`${valid.problem} ${valid.detail}`);
    for (const r of valid.value.tables.ikus) {
      expect(r.pdf).toBeInstanceOf(Uint8Array);
      expect(await sha256Hex(r.pdf as Uint8Array<ArrayBuffer>)).toBe(r.pdfSha256);
    }
    expect(valid.value.tables.ikus.find((r) => r.id === old.id)!.pdf).toEqual(bytes);
    // Team plans stay Blobs.
    expect(valid.value.tables.teamPlans.every((r) => r.pdf instanceof Blob)).toBe(true);
  });

  it('refuses a backed-up IKU whose bytes do not match their hash', async () => {
    const content = await dumpDatabase(db, NOW);
    const forged = {
      ...content,
      tables: {
        ...content.tables,
        ikus: content.tables.ikus.map((r, i) => (i === 0 ? { ...r, pdf: new TextEncoder().encode('%PDF-x') } : r)),
      },
    };
    const decoded = decodeContent(await encodeContent(forged));
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(await validateContent(decoded.value)).toMatchObject({
      ok: false,
      problem: 'invalidContent',
      detail: `ikus ${content.tables.ikus[0]!.id}`,
    });
  });
});
