// Read-only views of a cycle's IKUs before anything is made: the content check, the characters the
// PDFs would not show as typed, and which IKUs a new version would change. Reads only (the cycle's
// cached state, never a load that could write), so a live query may call these.

import type { TusDb } from '../db/database';
import { type CharChange, pdfCharacterReport } from '../pdf/winansi';
import { contentHashesOf, ikuDocumentOf, readIkuBase } from './base';
import { changedIkus } from './changes';
import type { IkuDocument } from './content';
import { checkIkuContent, type EmployeeCheck, teamRowsLikeMinutes } from './content-check';

export interface IkuPreview {
  checks: EmployeeCheck[];
  /** Team rows that read like minutes: printed in every IKU (a warning). */
  teamMinutes: { agreementId: string; text: string }[];
  characters: CharChange[];
  /** Whether the cycle has follow-up meetings planned (the IKU says how it is followed up). */
  followUpsPlanned: boolean;
}

/** Every string an IKU prints from the data (the labels are ours and print as typed). */
const texts = (doc: IkuDocument): string[] => [
  doc.workplace,
  doc.team,
  doc.leader,
  doc.employee.name,
  doc.employee.number,
  ...[...doc.teamAgreements, ...doc.individual, ...doc.afterTus].flatMap((a) => [a.text, a.owner]),
  ...doc.followUps.map((f) => f.place),
];

export async function ikuPreview(db: TusDb, cycleId: string): Promise<IkuPreview | null> {
  const row = await db.cycles.get(cycleId);
  if (!row?.cache) return null;
  const base = await readIkuBase(db, row, row.cache.context);
  return {
    checks: checkIkuContent(base.employees, base.agreements),
    teamMinutes: teamRowsLikeMinutes(base.agreements),
    characters: pdfCharacterReport(base.employees.flatMap((e) => texts(ikuDocumentOf(base, e)))),
    followUpsPlanned: base.followUps.length > 0,
  };
}

/** The employees whose IKU a new version would change now (pure rule in changes.ts). */
export async function ikusThatWouldChange(db: TusDb, cycleId: string): Promise<string[]> {
  const row = await db.cycles.get(cycleId);
  if (!row?.cache?.context.ikus.length) return [];
  const { context } = row.cache;
  const base = await readIkuBase(db, row, context);
  const hashes = new Map<string, string[]>();
  for (const employee of base.employees) hashes.set(employee.id, await contentHashesOf(base, employee));
  return changedIkus(context.ikus, hashes);
}
