import { topState } from '../../machines/next-step';
import { tryAppend } from '../cycles/store';
import type { TusDb } from '../db/database';
import { isEmail } from '../domain/email';
import type { InvitationInput, OverlayCycle, WriteResult } from '../messaging/replies';
import { getSetting, getTeamTemplates } from '../settings/store';
import { templatesFor } from '../templates/defaults';

/** Open cycles with a session date whose invitation is not sent, or was just marked sent. */
export async function listInvitationCycles(db: TusDb): Promise<OverlayCycle[]> {
  const open = await db.cycles.where('open').equals(1).toArray();
  const waiting = open.filter(
    (c) => c.cache && ['draft', 'invited'].includes(topState(c.cache.value)) && c.cache.context.plan.sessionAt !== null,
  );
  const teams = await db.teams.bulkGet(waiting.map((c) => c.teamId));
  return waiting.map((c, i) => ({
    cycleId: c.id,
    teamName: teams[i]?.name ?? '',
    variant: c.variant,
    sessionAt: c.cache!.context.plan.sessionAt!,
    state: topState(c.cache!.value) as 'draft' | 'invited',
  }));
}

/** Only what an invitation needs: names and addresses of this team, the plan, the texts. */
export async function invitationData(db: TusDb, cycleId: string): Promise<InvitationInput | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!cycle?.cache || topState(cycle.cache.value) !== 'draft') return null;
  const team = await db.teams.get(cycle.teamId);
  const employees = await db.employees.where('teamId').equals(cycle.teamId).sortBy('name');
  const leader = await getSetting(db, 'leader');
  return {
    cycleId,
    teamName: team?.name ?? '',
    variant: cycle.variant,
    plan: cycle.cache.context.plan,
    employees: employees.map(({ name, email }) => ({ name, email })),
    // An address saved before the settings checked it goes as none, rather than failing the reply's schema.
    leader: isEmail(leader.email) ? leader : { ...leader, email: '' },
    templates: templatesFor(cycle.variant, await getTeamTemplates(db, cycle.teamId)),
  };
}

export const markInvitationSent = (db: TusDb, cycleId: string, now: number): Promise<WriteResult> =>
  tryAppend(db, cycleId, { type: 'leader.invitationSent', at: now });
