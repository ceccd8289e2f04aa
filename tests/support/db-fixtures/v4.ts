import { scriptHash } from '../../../lib/demo/script';
import type { Agreement, Correction, IkuVersion } from '../../../lib/domain/types';
import { sha256Hex } from '../../../lib/shared/hash';
import { DAY, type DbFixture, pdfBytes, SESSION_AT } from './types';
import { TEAM_EMPLOYEES } from './v1';
import { fixtureV3 } from './v3';

async function ikuVersion(cycleId: string, employeeId: string, at: number): Promise<IkuVersion> {
  const bytes = pdfBytes(`IKU ${cycleId} ${employeeId} version 1`);
  return {
    id: `${cycleId}:${employeeId}:1`,
    cycleId,
    employeeId,
    version: 1,
    contentHash: scriptHash(employeeId, 1),
    pdfSha256: await sha256Hex(bytes),
    pdf: new Blob([bytes], { type: 'application/pdf' }),
    fileName: `IKU ${employeeId} v1.pdf`,
    createdAt: at,
  };
}

/** Schema v4: IKU versions with their PDFs (blobs), and the correction log. */
export async function fixtureV4(): Promise<DbFixture> {
  const { rows } = await fixtureV3();
  const ikus = await Promise.all([
    ...TEAM_EMPLOYEES['t-nord'].map((e) => ikuVersion('c-nord-2026', e, SESSION_AT + 8 * DAY)),
    ikuVersion('c-arkiv-2024', 'e-gitte', SESSION_AT - 692 * DAY),
  ]);
  const mette = (rows.agreements as Agreement[]).find((a) => a.id === 'a-syd-mette')!;
  const corrections: Correction[] = [
    {
      id: 'k-1',
      cycleId: 'c-syd-2026',
      agreementId: mette.id,
      employeeId: 'e-mette',
      at: SESSION_AT + 4 * DAY,
      by: 'leader',
      oldText: 'TR-uddannelse',
      newText: mette.text,
    },
  ];
  return { version: 4, rows: { ...rows, ikus, corrections } };
}
