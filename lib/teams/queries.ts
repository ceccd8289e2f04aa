import type { TusDb } from '../db/database';
import type { Employee, Team } from '../domain/types';

/** A team's employees by name, for a live query. */
export const employeesOf = (db: TusDb, teamId: string): Promise<Employee[]> => db.employees.where('teamId').equals(teamId).sortBy('name');

/** Every team, archived ones too, by name as a Dane sorts them (the dashboard's sidebar), for a live query. */
export async function teamsByName(db: TusDb): Promise<Team[]> {
  const all = await db.teams.toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
