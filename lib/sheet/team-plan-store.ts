// The team development plan's versions (plain TUS): each completed plan is its PDF as made, stored
// with the event that records its hash, in one transaction, so the link survives a reload and
// the log and the stored file can never disagree.

import type { CycleContext } from '../../machines/cycle.machine';
import { sessionDateOf } from '../cycles/session-date';
import { appendEvent, cycleTables, loadCycle, NotFoundError } from '../cycles/store';
import type { CycleRow, TusDb } from '../db/database';
import type { TeamPlanAuthor, TeamPlanVersion } from '../domain/types';
import { KeyedError } from '../i18n/message';
import { type CharChange, pdfCharacterReport } from '../pdf/winansi';
import { getSetting } from '../settings/store';
import { sha256Hex } from '../shared/hash';
import { type TeamPlanInput, teamPlanFileName, teamPlanPdf, teamPlanTexts } from './team-plan-pdf';

async function planInput(db: TusDb, row: Pick<CycleRow, 'id' | 'teamId' | 'createdAt'>, context: CycleContext) {
  const [team, leader, agreements] = await Promise.all([
    db.teams.get(row.teamId),
    getSetting(db, 'leader'),
    db.agreements.where('cycleId').equals(row.id).toArray(),
  ]);
  if (!team) throw new NotFoundError('team');
  return {
    workplace: leader.workplace,
    team: team.name,
    leader: leader.name,
    sessionAt: sessionDateOf(row, context),
    agreements,
    followUps: context.followUps,
  } satisfies Omit<TeamPlanInput, 'madeBy' | 'version'>;
}

/**
 * Completes the team plan as it stands now: the PDF is made first, then the version row and
 * `leader.completeTeamPlan { hash, madeBy, version }` are written in one transaction. The machine
 * refuses a version that is not the next one (two tabs completing at once), and then nothing is written.
 */
export async function completeTeamPlan(
  db: TusDb,
  cycleId: string,
  madeBy: TeamPlanAuthor,
  now: number,
): Promise<{ version: TeamPlanVersion; changed: CharChange[] }> {
  const { row, snapshot } = await loadCycle(db, cycleId);
  const version = snapshot.context.teamPlans.length + 1;
  const input = { ...(await planInput(db, row, snapshot.context)), madeBy, version };
  // A row saved (another tab, the session view) while the PDF was made would be missing from it.
  const written = JSON.stringify(input.agreements.map((a) => [a.id, a.updatedAt]).sort());
  const pdf = await teamPlanPdf(input);
  const stored: TeamPlanVersion = {
    id: `${cycleId}:${version}`,
    cycleId,
    version,
    hash: await sha256Hex(pdf.bytes),
    madeBy,
    pdf: new Blob([pdf.bytes], { type: 'application/pdf' }),
    fileName: teamPlanFileName(input.team, version),
    createdAt: now,
  };
  await db.transaction('rw', [db.teamPlans, db.agreements, ...cycleTables(db)], async () => {
    const current = await db.agreements.where('cycleId').equals(cycleId).toArray();
    if (JSON.stringify(current.map((a) => [a.id, a.updatedAt]).sort()) !== written) throw new KeyedError('teamplan.changedMeanwhile');
    await appendEvent(db, cycleId, { type: 'leader.completeTeamPlan', at: now, hash: stored.hash, madeBy, version });
    await db.teamPlans.add(stored);
  });
  return { version: stored, changed: pdf.changed };
}

/** Every stored version of the cycle's team plan, oldest first. */
export async function teamPlanVersions(db: TusDb, cycleId: string): Promise<TeamPlanVersion[]> {
  return (await db.teamPlans.where('cycleId').equals(cycleId).toArray()).sort((a, b) => a.version - b.version);
}

/** The characters the next version's PDF would not show as typed; reads only, for a live query. */
export async function teamPlanCharacters(db: TusDb, cycleId: string): Promise<CharChange[]> {
  const row = await db.cycles.get(cycleId);
  if (!row?.cache) return [];
  return pdfCharacterReport(teamPlanTexts(await planInput(db, row, row.cache.context)));
}
