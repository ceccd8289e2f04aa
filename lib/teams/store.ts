import { normalizeEmail, type TusDb } from '../db/database';
import type { Employee, Team } from '../domain/types';
import { NotFoundError } from '../cycles/store';

export class InvalidInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export function validTeamName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new InvalidInputError('name', 'Skriv et navn til teamet.');
  if (trimmed.length > 120) throw new InvalidInputError('name', 'Navnet må højst være 120 tegn.');
  return trimmed;
}

export async function createTeam(db: TusDb, name: string, now: number, id: string = crypto.randomUUID()): Promise<Team> {
  const team: Team = { id, name: validTeamName(name), archived: 0, createdAt: now };
  await db.teams.add(team);
  return team;
}

export type NewEmployee = Omit<Employee, 'id' | 'teamId'> & { id?: string };

/** Writes all rows or none. */
export async function addEmployees(db: TusDb, teamId: string, rows: readonly NewEmployee[]): Promise<Employee[]> {
  const employees: Employee[] = rows.map(({ id, ...row }) => ({
    ...row,
    id: id ?? crypto.randomUUID(),
    teamId,
    name: row.name.trim(),
    email: normalizeEmail(row.email),
  }));
  await db.transaction('rw', db.teams, db.employees, async () => {
    if (!(await db.teams.get(teamId))) throw new NotFoundError('Teamet');
    await db.employees.bulkAdd(employees);
  });
  return employees;
}
