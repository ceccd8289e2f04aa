import type { TusDb } from '../db/database';
import type { ArchiveMark, ConsentEvidence } from '../../machines/iku.machine';
import { tryAppend } from '../cycles/store';
import { latestIkus } from '../iku/store';
import { bytesToBase64 } from '../invitations/build';
import { getSetting } from '../settings/store';
import { ikuOf } from '../../machines/cycle.machine';

export interface PendingUpload {
  cycleId: string;
  employeeId: string;
  employeeName: string;
  teamName: string;
  version: number;
  marks: Partial<Record<ArchiveMark, number>>;
}

/** Employees whose approved IKU still lacks a mark: what to upload (or send to e-Boks) next. */
export async function pendingUploads(db: TusDb): Promise<PendingUpload[]> {
  const out: PendingUpload[] = [];
  for (const c of await db.cycles.where('open').equals(1).toArray()) {
    const consented = c.cache?.context.ikus.filter((i) => i.value === 'consented') ?? [];
    if (!consented.length) continue;
    const team = await db.teams.get(c.teamId);
    for (const iku of consented) {
      const employee = await db.employees.get(iku.employeeId);
      out.push({ cycleId: c.id, employeeId: iku.employeeId, employeeName: employee?.name ?? '', teamName: team?.name ?? '', version: iku.context.version, marks: iku.context.marks });
    }
  }
  return out;
}

export interface UploadFiles {
  iku: { name: string; base64: string };
  receipt: { workplace: string; team: string; employee: string; version: number; hash: string; recordedAt: number; evidence: ConsentEvidence };
}

/** The approved IKU's PDF as stored, and what the consent receipt states (the panel draws it). */
export async function uploadFiles(db: TusDb, cycleId: string, employeeId: string): Promise<UploadFiles | null> {
  const cycle = await db.cycles.get(cycleId);
  const iku = cycle?.cache ? ikuOf(cycle.cache.context, employeeId) : undefined;
  const consent = iku?.context.consent;
  const version = (await latestIkus(db, cycleId)).find((v) => v.employeeId === employeeId);
  if (!cycle || !consent || !version || version.version !== consent.version) return null;
  const [team, employee, leader] = await Promise.all([db.teams.get(cycle.teamId), db.employees.get(employeeId), getSetting(db, 'leader')]);
  return {
    iku: { name: version.fileName, base64: bytesToBase64(new Uint8Array(await version.pdf.arrayBuffer())) },
    receipt: { workplace: leader.workplace, team: team?.name ?? '', employee: employee?.name ?? '', version: consent.version, hash: consent.hash, recordedAt: consent.at, evidence: consent.evidence },
  };
}

export const markUploaded = (db: TusDb, cycleId: string, employeeId: string, mark: ArchiveMark, now: number) =>
  tryAppend(db, cycleId, { type: 'iku.markFiled', employeeId, at: now, mark });
