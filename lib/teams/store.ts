import { NotFoundError } from '../cycles/store';
import { isValidIsoDate } from '../dates/datetime';
import type { TusDb } from '../db/database';
import { isEmail, normalizeEmail } from '../domain/email';
import type { Employee, Team } from '../domain/types';
import type { MessageKey } from '../i18n';
import { KeyedError, type Params } from '../i18n/message';
import { NAME_MAX } from './limits';

/** A field the leader must correct: `field` says which, the key what is wrong (the form translates it). */
export class InvalidInputError extends KeyedError {
  constructor(
    readonly field: string,
    key: MessageKey,
    params?: Params,
  ) {
    super(key, params);
    this.name = 'InvalidInputError';
  }
}

export function validTeamName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new InvalidInputError('name', 'team.error.name');
  if (trimmed.length > NAME_MAX) throw new InvalidInputError('name', 'team.error.nameTooLong', { max: NAME_MAX });
  return trimmed;
}

export async function createTeam(db: TusDb, name: string, now: number, id: string = crypto.randomUUID()): Promise<Team> {
  const team: Team = { id, name: validTeamName(name), archived: 0, createdAt: now };
  await db.teams.add(team);
  return team;
}

export type NewEmployee = Omit<Employee, 'id' | 'teamId'> & { id?: string };

/** Writes all rows or none; every row passes the form's rules (validEmployee) first, so an import cannot store what the form refuses. */
export async function addEmployees(db: TusDb, teamId: string, rows: readonly NewEmployee[]): Promise<Employee[]> {
  const employees: Employee[] = rows.map((row) => {
    const { id, number, startedAt, ...valid } = validEmployee(row);
    return { ...valid, ...(number ? { number } : {}), ...(startedAt ? { startedAt } : {}), id: id ?? crypto.randomUUID(), teamId };
  });
  await db.transaction('rw', db.teams, db.employees, async () => {
    if (!(await db.teams.get(teamId))) throw new NotFoundError('team');
    await db.employees.bulkAdd(employees);
  });
  return employees;
}

export async function renameTeam(db: TusDb, teamId: string, name: string): Promise<void> {
  const valid = validTeamName(name);
  const changed = await db.teams.update(teamId, { name: valid });
  if (!changed && !(await db.teams.get(teamId))) throw new NotFoundError('team');
}

export async function setTeamArchived(db: TusDb, teamId: string, archived: boolean): Promise<void> {
  await db.teams.update(teamId, { archived: archived ? 1 : 0 });
}

export function validEmployee(input: NewEmployee): NewEmployee {
  const name = input.name.trim();
  const email = normalizeEmail(input.email);
  if (!name) throw new InvalidInputError('name', 'team.error.employeeName');
  if (name.length > NAME_MAX) throw new InvalidInputError('name', 'team.error.nameTooLong', { max: NAME_MAX });
  if (!email) throw new InvalidInputError('email', 'team.error.employeeEmail');
  if (!isEmail(email)) throw new InvalidInputError('email', 'team.error.invalidEmail', { email });
  const number = input.number?.trim();
  // Optional: the yearly IKU duty counts a newcomer from it; a typed date must be a real one.
  const startedAt = input.startedAt?.trim();
  if (startedAt && !isValidIsoDate(startedAt)) throw new InvalidInputError('startedAt', 'team.error.startedAt');
  return { ...input, name, email, number: number || undefined, startedAt: startedAt || undefined };
}

/** Adds or edits one employee; an e-mail already used in the team is refused. */
export async function saveEmployee(db: TusDb, teamId: string, input: NewEmployee): Promise<Employee> {
  const valid = validEmployee(input);
  return db.transaction('rw', db.teams, db.employees, async () => {
    if (!(await db.teams.get(teamId))) throw new NotFoundError('team');
    const clash = await db.employees
      .where('email')
      .equals(valid.email)
      .filter((e) => e.teamId === teamId && e.id !== input.id)
      .count();
    if (clash) throw new InvalidInputError('email', 'team.error.duplicateEmail', { email: valid.email });
    const employee: Employee = { ...valid, id: input.id ?? crypto.randomUUID(), teamId } as Employee;
    if (!employee.number) delete employee.number;
    if (!employee.role) delete employee.role;
    if (!employee.startedAt) delete employee.startedAt;
    await db.employees.put(employee);
    return employee;
  });
}

export async function moveEmployee(db: TusDb, employeeId: string, toTeamId: string): Promise<void> {
  await db.transaction('rw', db.teams, db.employees, async () => {
    if (!(await db.teams.get(toTeamId))) throw new NotFoundError('team');
    const employee = await db.employees.get(employeeId);
    if (!employee) throw new NotFoundError('employee');
    const clash = await db.employees
      .where('email')
      .equals(employee.email)
      .filter((e) => e.teamId === toTeamId)
      .count();
    if (clash) throw new InvalidInputError('team', 'team.error.alreadyInTeam', { email: employee.email });
    await db.employees.update(employeeId, { teamId: toTeamId });
  });
}

// Removing an employee is an erasure (lib/privacy/erase.ts), never a bare delete of the row that
// would leave their agreements, IKUs and evidence behind with no way to find them.
