import type { IkuEntry } from '../../machines/cycle.machine';
import type { TusDb } from '../db/database';
import { bytesToBase64 } from '../messaging/base64';
import { ikuPdfBytes } from './pdf-bytes';
import { latestIkus } from './store';

export interface OpenIku {
  cycleId: string;
  employeeId: string;
  employeeName: string;
  teamName: string;
  iku: IkuEntry;
}

/** The IKUs of open cycles that `keep` picks, with the employee's and the team's names. */
export async function openIkus(db: TusDb, keep: (iku: IkuEntry) => boolean): Promise<OpenIku[]> {
  const out: OpenIku[] = [];
  for (const c of await db.cycles.where('open').equals(1).toArray()) {
    const ikus = c.cache?.context.ikus.filter(keep) ?? [];
    if (!ikus.length) continue;
    const [team, employees] = await Promise.all([db.teams.get(c.teamId), db.employees.where('teamId').equals(c.teamId).toArray()]);
    for (const iku of ikus) {
      out.push({
        cycleId: c.id,
        employeeId: iku.employeeId,
        employeeName: employees.find((e) => e.id === iku.employeeId)?.name ?? '',
        teamName: team?.name ?? '',
        iku,
      });
    }
  }
  return out;
}

/** The stored PDF of an employee's IKU as a mail attachment, only while it is still `version`. */
export async function ikuAttachment(
  db: TusDb,
  cycleId: string,
  employeeId: string,
  version: number,
): Promise<{ name: string; base64: string } | null> {
  const stored = (await latestIkus(db, cycleId)).find((v) => v.employeeId === employeeId);
  if (!stored || stored.version !== version) return null;
  return { name: stored.fileName, base64: bytesToBase64(await ikuPdfBytes(stored)) };
}
