// What every IKU of a cycle is built from: the team, its employees, the sheet, the leader's
// settings, the session date and the follow-up meetings. Read by the store (which then writes)
// and by the read-only preview (content check, character report, which IKUs would change).

import type { CycleContext } from '../../machines/cycle.machine';
import { sessionDateOf } from '../cycles/session-date';
import { NotFoundError } from '../cycles/store';
import type { CycleRow, TusDb } from '../db/database';
import type { Agreement, Employee } from '../domain/types';
import { getSetting } from '../settings/store';
import { sha256Hex } from '../shared/hash';
import { buildIkuDocument, canonicalJson, type IkuDocument } from './content';
import { legacyContentHash } from './content-v1';

export interface IkuBase {
  team: { name: string };
  employees: Employee[];
  leader: { name: string; workplace: string };
  sessionAt: number;
  agreements: readonly Agreement[];
  followUps: CycleContext['followUps'];
}

/** Reads only (no cycle load, no replay), so a live query may call it; `context` is the cycle's state. */
export async function readIkuBase(db: TusDb, row: Pick<CycleRow, 'id' | 'teamId' | 'createdAt'>, context: CycleContext): Promise<IkuBase> {
  const [team, employees, agreements, leader] = await Promise.all([
    db.teams.get(row.teamId),
    db.employees.where('teamId').equals(row.teamId).sortBy('name'),
    db.agreements.where('cycleId').equals(row.id).toArray(),
    getSetting(db, 'leader'),
  ]);
  if (!team) throw new NotFoundError('team');
  return { team, employees, agreements, leader, sessionAt: sessionDateOf(row, context), followUps: followUpsInIkus(context) };
}

/**
 * The meetings an IKU states: those planned before the IKUs were first made. A meeting planned
 * later changes no IKU's content, so it never voids an employee's consent to their version.
 */
export function followUpsInIkus(context: Pick<CycleContext, 'followUps' | 'ikusGeneratedAt'>): CycleContext['followUps'] {
  const madeAt = context.ikusGeneratedAt;
  return madeAt === null ? context.followUps : context.followUps.filter((f) => f.plannedAt !== undefined && f.plannedAt <= madeAt);
}

/** One employee's IKU content as the data stands. */
export const ikuDocumentOf = (base: IkuBase, employee: Pick<Employee, 'id' | 'name' | 'number'>): IkuDocument =>
  buildIkuDocument({
    workplace: base.leader.workplace,
    team: base.team.name,
    leader: base.leader.name,
    employee,
    sessionAt: base.sessionAt,
    agreements: base.agreements,
    followUps: base.followUps,
  });

/**
 * The hashes the data gives now: this format's, and the first release's (content-v1.ts), so an
 * IKU made before the update is not taken for changed. For changedIkus only; a new version always
 * gets this format's.
 */
export async function contentHashesOf(base: IkuBase, employee: Pick<Employee, 'id' | 'name' | 'number'>): Promise<string[]> {
  const { contentHash } = await contentOf(base, employee);
  const { workplace, name } = base.leader;
  const legacy = await Promise.resolve(
    legacyContentHash({ workplace, team: base.team.name, leader: name, employee, sessionAt: base.sessionAt, agreements: base.agreements }),
  );
  return [contentHash, legacy];
}

/** The content and its hash (what consent refers to). Wrapped in Promise.resolve so a live query keeps its zone. */
export async function contentOf(base: IkuBase, employee: Pick<Employee, 'id' | 'name' | 'number'>) {
  const doc = ikuDocumentOf(base, employee);
  return { doc, contentHash: await Promise.resolve(sha256Hex(canonicalJson(doc))) };
}
