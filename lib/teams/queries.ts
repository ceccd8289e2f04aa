import type { TusDb } from '../db/database';
import type { Employee, Team } from '../domain/types';
import { type Approval, approvalsOf, dutyByTeam, type EmployeeDuty, employeesDuty, type TeamDuty } from './yearly-duty';

/** A team's employees by name, for a live query. */
export const employeesOf = (db: TusDb, teamId: string): Promise<Employee[]> => db.employees.where('teamId').equals(teamId).sortBy('name');

/** Every team, archived ones too, by name as a Dane sorts them (the dashboard's sidebar), for a live query. */
export async function teamsByName(db: TusDb): Promise<Team[]> {
  const all = await db.teams.toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

const DAY = 86_400_000;
/**
 * How far back the yearly duty looks for approvals, by the cycle's creation. An IKU approved within
 * the year belongs to a cycle made at most a few months before; one older than this leaves the
 * employee overdue either way (shown without the old date), and reading every cycle of a
 * five-year history would cost the popup and the overview for nothing.
 */
export const DUTY_LOOKBACK_MS = 2 * 365 * DAY;

/**
 * Every approval in the cycles created since `now - DUTY_LOOKBACK_MS`, all teams (an employee who
 * moved team has their last IKU in the old team's cycle). Read from the cached contexts; a cache of
 * an older machine version still holds the IKUs' consents as they were recorded.
 */
export async function recentApprovals(db: TusDb, now: number): Promise<Approval[]> {
  const since = now - DUTY_LOOKBACK_MS;
  const teamIds = await db.teams.toCollection().primaryKeys();
  const perTeam = await Promise.all(
    teamIds.map((id) => db.cycles.where('[teamId+createdAt]').between([id, since], [id, Number.POSITIVE_INFINITY], true, true).toArray()),
  );
  return perTeam.flat().flatMap((c) => (c.cache ? approvalsOf(c.cache.context) : []));
}

/** Every current employee's yearly IKU duty at `now`, in one read transaction (for a live query). */
export function yearlyDutyOf(db: TusDb, now: number): Promise<EmployeeDuty[]> {
  return db.transaction('r', db.teams, db.employees, db.cycles, async () => {
    const [employees, approvals] = await Promise.all([db.employees.toArray(), recentApprovals(db, now)]);
    return employeesDuty(employees, approvals, now);
  });
}

/** Each team's yearly duty summary, by team id (the popup dates a team's next TUS med IKU with it). */
export const readIkuDue = async (db: TusDb, now: number): Promise<Map<string, TeamDuty>> => dutyByTeam(await yearlyDutyOf(db, now));
