import { beforeEach, describe, expect, it } from 'vitest';
import { TusDb } from '../../../lib/db/database';
import { addEmployees, createTeam, InvalidInputError, moveEmployee, renameTeam, saveEmployee } from '../../../lib/teams/store';

let db: TusDb;
beforeEach(async () => {
  db = new TusDb(`teams-${crypto.randomUUID()}`);
  await createTeam(db, 'Nord', 0, 'n');
  await createTeam(db, 'Syd', 0, 's');
});

describe('teams and employees', () => {
  it('refuses an empty team name with a Danish message', async () => {
    await expect(createTeam(db, '   ', 0)).rejects.toThrow('Skriv et navn til teamet.');
    await expect(renameTeam(db, 'n', '')).rejects.toBeInstanceOf(InvalidInputError);
    expect((await db.teams.get('n'))!.name).toBe('Nord');
  });

  it('normalizes e-mails and refuses a duplicate in the same team at the e-mail field', async () => {
    const anne = await saveEmployee(db, 'n', { name: ' Anne ', email: ' Anne@Randers.DK ' });
    expect(anne).toMatchObject({ name: 'Anne', email: 'anne@randers.dk', teamId: 'n' });
    await expect(saveEmployee(db, 'n', { name: 'Anne 2', email: 'anne@randers.dk' })).rejects.toMatchObject({ field: 'email' });
    await expect(saveEmployee(db, 'n', { name: 'X', email: 'not-an-email' })).rejects.toMatchObject({
      field: 'email',
      message: 'Ugyldig e-mail: not-an-email',
    });
    expect(await db.employees.count()).toBe(1);
  });

  it('writes a batch of employees all or nothing', async () => {
    await expect(
      addEmployees(db, 'n', [
        { id: 'a', name: 'A', email: 'a@x.dk' },
        { id: 'a', name: 'B', email: 'b@x.dk' },
      ]),
    ).rejects.toThrow();
    expect(await db.employees.count()).toBe(0);
  });

  it('moves an employee to another team unless that team has the address', async () => {
    const bo = await saveEmployee(db, 'n', { name: 'Bo', email: 'bo@x.dk' });
    await moveEmployee(db, bo.id, 's');
    expect((await db.employees.get(bo.id))!.teamId).toBe('s');
    const other = await saveEmployee(db, 'n', { name: 'Bo N', email: 'bo@x.dk' });
    await expect(moveEmployee(db, other.id, 's')).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('keeps an optional start date, refuses one that is no date at its field, and drops an emptied one', async () => {
    const anne = await saveEmployee(db, 'n', { name: 'Anne', email: 'anne@x.dk', startedAt: '2026-11-01' });
    expect((await db.employees.get(anne.id))!.startedAt).toBe('2026-11-01');
    await expect(saveEmployee(db, 'n', { id: anne.id, name: 'Anne', email: 'anne@x.dk', startedAt: '2026-13-01' })).rejects.toMatchObject({
      field: 'startedAt',
      message: 'Startdatoen skal være en gyldig dato (ÅÅÅÅ-MM-DD).',
    });
    await saveEmployee(db, 'n', { id: anne.id, name: 'Anne', email: 'anne@x.dk', startedAt: '' });
    expect(await db.employees.get(anne.id)).not.toHaveProperty('startedAt');
    const [bo] = await addEmployees(db, 's', [{ name: 'Bo', email: 'bo@x.dk', startedAt: '2025-08-01' }]);
    expect((await db.employees.get(bo!.id))!.startedAt).toBe('2025-08-01');
  });
});
