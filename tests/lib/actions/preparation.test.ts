import { beforeEach, describe, expect, it } from 'vitest';
import { preparationActions } from '../../../lib/actions/preparation';
import { sessionActions } from '../../../lib/actions/session';
import { loadCycle, readCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';

const SESSION = Date.UTC(2026, 11, 2, 8, 30);
const PEOPLE = ['e1', 'e2', 'e3'];
let db: TusDb;
let clock: number;

/** A TUS med IKU cycle `c` at the given stage. */
const seed = (stage: 'invited' | 'prepared') =>
  importDataset(db, {
    teams: [{ id: 't', name: 'Teamet', archived: 0, createdAt: 0 }],
    employees: PEOPLE.map((id) => ({ id, teamId: 't', name: id, email: `${id}@x.dk` })),
    cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: scriptEvents('tus-iku', PEOPLE, SESSION, stage) }],
  });

beforeEach(() => {
  db = new TusDb(`preparation-${crypto.randomUUID()}`);
  clock = SESSION - 86_400_000;
});

const log = async () => (await readCycleLog(db, 'c')).map((row) => ({ type: row.type, ...row.payload }));

describe('the leader’s preparation answers', () => {
  it('two tabs saving different answers at once keep both', async () => {
    await seed('invited');
    const one = preparationActions('c', { db, now: () => clock++ });
    const other = preparationActions('c', { db, now: () => clock++ });
    await Promise.all([one.save('purpose', 'Fælles retning'), other.save('roles', 'AMR tager noter')]);
    expect((await loadCycle(db, 'c')).snapshot.context.plan.preparation).toEqual({ purpose: 'Fælles retning', roles: 'AMR tager noter' });
  });

  it('refuses an answer typed over one another tab saved meanwhile, and writes nothing; saved again on purpose, it is taken', async () => {
    await seed('invited');
    const one = preparationActions('c', { db, now: () => clock++ });
    const other = preparationActions('c', { db, now: () => clock++ });
    // Both tabs show the field empty; the other tab saves first.
    await other.save('purpose', 'Fælles retning', '');
    const before = (await log()).length;
    const refused = await one.save('purpose', 'Trivsel', '').catch((e: unknown) => e);
    expect(refused).toMatchObject({ key: 'prep.error.changedElsewhere', params: { text: 'Fælles retning' } });
    expect(await log()).toHaveLength(before);
    // The leader has now seen the other answer and saves theirs over it.
    await one.save('purpose', 'Trivsel', 'Fælles retning');
    expect((await loadCycle(db, 'c')).snapshot.context.plan.preparation).toEqual({ purpose: 'Trivsel' });
  });

  it('are kept with the cycle, one updatePlan per changed answer, the others carried along', async () => {
    await seed('invited');
    const prep = preparationActions('c', { db, now: () => clock++ });
    const before = (await log()).length;
    await prep.save('purpose', 'Fælles retning');
    await prep.save('roles', 'AMR tager noter');
    // A blur without an edit logs nothing.
    await prep.save('purpose', 'Fælles retning ');
    expect((await log()).slice(before)).toEqual([
      { type: 'leader.updatePlan', plan: { preparation: { purpose: 'Fælles retning' } } },
      { type: 'leader.updatePlan', plan: { preparation: { purpose: 'Fælles retning', roles: 'AMR tager noter' } } },
    ]);
    const { context } = (await loadCycle(db, 'c')).snapshot;
    expect(context.plan.preparation).toEqual({ purpose: 'Fælles retning', roles: 'AMR tager noter' });
    // The rest of the plan is untouched.
    expect(context.plan.sessionAt).toBe(SESSION);
  });

  it('are refused once the session has started, and nothing is written', async () => {
    await seed('prepared');
    await preparationActions('c', { db, now: () => SESSION - 1 }).save('purpose', 'I tide');
    await sessionActions('c', { db, now: () => SESSION }).start();
    const before = (await log()).length;
    await expect(preparationActions('c', { db, now: () => SESSION + 1 }).save('purpose', 'For sent')).rejects.toThrow();
    expect((await log()).length).toBe(before);
  });
});
