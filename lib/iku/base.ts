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
  return { team, employees, agreements, leader, sessionAt: sessionDateOf(row, context), followUps: context.followUps };
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

/** The content and its hash (what consent refers to). Wrapped in Promise.resolve so a live query keeps its zone. */
export async function contentOf(base: IkuBase, employee: Pick<Employee, 'id' | 'name' | 'number'>) {
  const doc = ikuDocumentOf(base, employee);
  return { doc, contentHash: await Promise.resolve(sha256Hex(canonicalJson(doc))) };
}
