import type { TeamPlanVersion } from '../../../lib/domain/types';
import { sha256Hex } from '../../../lib/shared/hash';
import { DAY, type DbFixture, pdfBytes, SESSION_AT } from './types';
import { fixtureV6 } from './v6';

async function teamPlan(cycleId: string, version: number, madeBy: TeamPlanVersion['madeBy'], at: number): Promise<TeamPlanVersion> {
  const bytes = pdfBytes(`Teamudviklingsplan ${cycleId} version ${version}`);
  return {
    id: `${cycleId}:${version}`,
    cycleId,
    version,
    hash: await sha256Hex(bytes),
    madeBy,
    pdf: new Blob([bytes], { type: 'application/pdf' }),
    fileName: `Teamudviklingsplan v${version}.pdf`,
    createdAt: at,
  };
}

/** Schema v7: the stored team plans (every completed version, with who made it). */
export async function fixtureV7(): Promise<DbFixture> {
  const { rows } = await fixtureV6();
  const teamPlans = await Promise.all([
    teamPlan('c-nord-2025', 1, 'team', SESSION_AT - 364 * DAY),
    teamPlan('c-nord-2025', 2, 'trio', SESSION_AT - 300 * DAY),
    teamPlan('c-syd-plan', 1, 'team', SESSION_AT - 29 * DAY),
  ]);
  return { version: 7, rows: { ...rows, teamPlans } };
}
