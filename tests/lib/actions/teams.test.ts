import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTeam, teamActions } from '../../../lib/actions/teams';
import { TusDb } from '../../../lib/db/database';
import { KeyedError } from '../../../lib/i18n/message';
import { getTeamTemplates } from '../../../lib/settings/store';

let db: TusDb;
beforeEach(() => {
  db = new TusDb(`team-actions-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('team actions from the team page', () => {
  it('says which field of the employee form is refused, and saves nothing', async () => {
    const team = await createTeam('Team Syd', { db, now: () => 1 });
    const actions = teamActions(team.id, { db });
    expect(await actions.saveEmployee({ name: 'Anne', email: 'anne@randers.dk' })).toBeNull();
    const clash = await actions.saveEmployee({ name: 'Anne 2', email: 'ANNE@randers.dk' });
    expect(clash?.field).toBe('email');
    expect(clash?.error).toBeInstanceOf(KeyedError);
    expect((await actions.saveEmployee({ name: ' ', email: 'bo@randers.dk' }))?.field).toBe('name');
    expect((await db.employees.toArray()).map((e) => e.name)).toEqual(['Anne']);
  });

  it('renames, archives, imports, moves and removes, each in the team it was made for', async () => {
    const [syd, nord] = [await createTeam('Team Syd', { db, now: () => 1 }), await createTeam('Team Nord', { db, now: () => 2 })];
    const actions = teamActions(syd.id, { db });
    await actions.rename('  Team Sydhavn ');
    await actions.setArchived(true);
    expect(await db.teams.get(syd.id)).toMatchObject({ name: 'Team Sydhavn', archived: 1 });
    const [anne, bo] = await actions.importEmployees([
      { name: 'Anne', email: 'anne@randers.dk' },
      { name: 'Bo', email: 'bo@randers.dk' },
    ]);
    await actions.moveEmployee(anne!.id, nord.id);
    await actions.removeEmployee(bo!.id);
    expect((await db.employees.toArray()).map((e) => [e.name, e.teamId])).toEqual([['Anne', nord.id]]);
    await expect(actions.rename('')).rejects.toBeInstanceOf(KeyedError);
  });

  it("keeps the team's own templates", async () => {
    const team = await createTeam('Team Syd', { db, now: () => 1 });
    await teamActions(team.id, { db }).saveTemplates({ subject: 'TUS for {team}' });
    expect(await getTeamTemplates(db, team.id)).toEqual({ subject: 'TUS for {team}' });
  });
});
