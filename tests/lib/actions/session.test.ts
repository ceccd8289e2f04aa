import { beforeEach, describe, expect, it } from 'vitest';
import { ownCardActions, type SessionActions, sessionActions } from '../../../lib/actions/session';
import { auditLine } from '../../../lib/cycles/audit';
import { loadCycle, readCycleLog } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { pickCard, pileOf } from '../../../lib/session/cards';
import { ownCardsOf } from '../../../lib/session/custom-cards';
import { sessionSoundOn } from '../../../lib/session/sound';
import { LockedError } from '../../../lib/sheet/locked-error';
import { agreementsOf } from '../../../lib/sheet/store';

const SESSION = Date.UTC(2026, 11, 2, 8, 30);
const PEOPLE = ['e1', 'e2', 'e3', 'e4'];

let db: TusDb;
let clock: number;
let actions: SessionActions;

/** A TUS med IKU cycle `c` for four employees, prepared: the session can start. */
beforeEach(async () => {
  db = new TusDb(`session-actions-${crypto.randomUUID()}`);
  const [plan, ...rest] = scriptEvents('tus-iku', PEOPLE, SESSION, 'prepared');
  await importDataset(db, {
    teams: [{ id: 't', name: 'Teamet', archived: 0, createdAt: 0 }],
    employees: PEOPLE.map((id) => ({ id, teamId: 't', name: id, email: `${id}@x.dk` })),
    cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: [plan!, ...rest] }],
  });
  clock = SESSION;
  let uuids = 0;
  actions = sessionActions('c', { db, now: () => clock++, random: () => 0.5, uuid: () => `u${++uuids}` });
});

/** The log after the scripted events: type, time and payload as stored. */
const appended = async (from: number) =>
  (await readCycleLog(db, 'c')).slice(from).map((row) => ({ type: row.type, at: row.at, ...row.payload }));
const logLength = async () => (await readCycleLog(db, 'c')).length;
const stateOf = async () => (await loadCycle(db, 'c')).snapshot;

describe('the session view’s actions', () => {
  it('append the same events the view built before: start, phase, pause, resume, extend, the room', async () => {
    const before = await logLength();
    await actions.start();
    await actions.setAbsent('e2', true);
    await actions.reshuffle();
    await actions.setNoteTaker(0, 'e1');
    await actions.pause();
    await actions.resume();
    await actions.extend();
    await actions.nextPhase();
    expect(await appended(before)).toEqual([
      { type: 'leader.startSession', at: SESSION },
      { type: 'leader.setAbsent', at: SESSION + 1, employeeId: 'e2', absent: true },
      { type: 'leader.reshuffle', at: SESSION + 2, seed: Math.floor(0.5 * 2 ** 31) },
      { type: 'leader.setNoteTaker', at: SESSION + 3, group: 0, employeeId: 'e1' },
      { type: 'leader.pausePhase', at: SESSION + 4 },
      { type: 'leader.resumePhase', at: SESSION + 5 },
      { type: 'leader.extendPhase', at: SESSION + 6, minutes: 5 },
      { type: 'leader.nextPhase', at: SESSION + 7 },
    ]);
    const { context, value } = await stateOf();
    expect(value).toEqual({ session: { teamFocus: 'groups' } });
    expect(context.room).toMatchObject({ absent: ['e2'], seed: Math.floor(0.5 * 2 ** 31), pausedAt: null });
  });

  it('draws a card of the chosen field not drawn before, a blank card with its words, and nothing from an empty pile', async () => {
    await actions.start();
    const before = await logLength();
    const expected = pickCard(pileOf('dialog', 'kompetencer'), [], 0.5)!;
    expect(await actions.drawCard('dialog', 'kompetencer', [])).toBe(expected.id);
    await actions.blankCard('Hvad gør vi, når det brænder på?');
    expect(await appended(before)).toEqual([
      { type: 'leader.drawCard', at: SESSION + 1, cardId: expected.id },
      { type: 'leader.drawCard', at: SESSION + 2, cardId: 'blank-u1', text: 'Hvad gør vi, når det brænder på?' },
    ]);
    const all = pileOf('dialog', 'kompetencer').map((card) => card.id);
    expect(await actions.drawCard('dialog', 'kompetencer', all)).toBeNull();
    expect(await logLength()).toBe(before + 2);
  });

  it('draws the team’s own cards too, with their words in the event, so the log keeps them after the card is removed', async () => {
    const cards = ownCardActions('t', { db, now: () => clock, uuid: () => 'k1' });
    await cards.add({ kind: 'exercise', text: 'Gåtur to og to', field: null });
    await actions.start();
    const before = await logLength();
    const builtIn = pileOf('exercise', null).map((card) => card.id);
    expect(await actions.drawCard('exercise', null, builtIn)).toBe('own-k1');
    await cards.remove('own-k1');
    expect(await ownCardsOf(db, 't')).toEqual([]);
    const rows = (await readCycleLog(db, 'c')).slice(before);
    expect(rows.map((row) => ({ type: row.type, ...row.payload }))).toEqual([
      { type: 'leader.drawCard', cardId: 'own-k1', text: 'Gåtur to og to' },
    ]);
    expect(auditLine(rows[0]!).detail).toBe('Gåtur to og to');
    expect((await stateOf()).context.room.currentCard).toEqual({ id: 'own-k1', text: 'Gåtur to og to' });
    // Drawn once: the pile is empty now, and the built-in cards carry no text in their event.
    expect(await actions.drawCard('exercise', null, [...builtIn, 'own-k1'])).toBeNull();
  });

  it('remembers the sound setting, off until turned on', async () => {
    expect(await sessionSoundOn(db)).toBe(false);
    await actions.setSound(true);
    expect(await sessionSoundOn(db)).toBe(true);
    await actions.setSound(false);
    expect(await sessionSoundOn(db)).toBe(false);
  });

  it('writes nothing when the machine refuses: no next phase before the session has started', async () => {
    const before = await logLength();
    await expect(actions.nextPhase()).rejects.toThrow();
    expect(await logLength()).toBe(before);
  });

  it('adds, saves and deletes agreements in the sheet while it is free, and is refused once the session has ended', async () => {
    await actions.start();
    await actions.newAgreement(null, 'a1');
    await actions.newAgreement('e1');
    await actions.saveAgreement({
      id: 'a1',
      cycleId: 'c',
      employeeId: null,
      text: 'Sparring hver fredag',
      owner: 'Alle',
      due: '2027-01-08',
    });
    expect(await agreementsOf(db, 'c')).toEqual([
      {
        id: 'a1',
        cycleId: 'c',
        employeeId: null,
        text: 'Sparring hver fredag',
        owner: 'Alle',
        due: '2027-01-08',
        createdAt: SESSION + 1,
        updatedAt: SESSION + 3,
      },
      { id: 'u1', cycleId: 'c', employeeId: 'e1', text: '', owner: '', due: '', createdAt: SESSION + 2, updatedAt: SESSION + 2 },
    ]);
    await actions.deleteAgreement('u1');
    expect((await agreementsOf(db, 'c')).map((a) => a.id)).toEqual(['a1']);

    for (let i = 0; i < 6; i++) await actions.nextPhase();
    expect((await stateOf()).value).toBe('corrections');
    await expect(
      actions.saveAgreement({ id: 'a1', cycleId: 'c', employeeId: null, text: 'Ændret', owner: '', due: '' }),
    ).rejects.toBeInstanceOf(LockedError);
    await expect(actions.deleteAgreement('a1')).rejects.toBeInstanceOf(LockedError);
    expect((await agreementsOf(db, 'c')).map((a) => a.text)).toEqual(['Sparring hver fredag']);
  });

  it('rebuilds a stale cache on refresh, so the view has a state to show', async () => {
    await db.cycles.update('c', { cache: null });
    await actions.refresh();
    expect((await db.cycles.get('c'))!.cache).toMatchObject({ value: 'prepared' });
  });
});
