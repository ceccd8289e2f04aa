import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveStepOptions } from '../../../lib/cycles/step-options';
import { appendEvent } from '../../../lib/cycles/store';
import { zonedToEpoch } from '../../../lib/dates/datetime';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { type ReminderPort, runReminders } from '../../../lib/reminders/run';

const DAY = 86_400_000;
// Session Wednesday 2 December 2026, 09:30 Danish time; the script's deadline is 7 days later.
const SESSION = zonedToEpoch('2026-12-02', '09:30');

let db: TusDb;
let badge: string;
let shown: { id: string; title: string }[];
const port: ReminderPort = {
  setBadge: async (text) => {
    badge = text;
  },
  notify: async (id, title) => {
    shown.push({ id, title });
  },
};
const tick = async () => runReminders(db, port, Date.now());

beforeEach(async () => {
  // Only the clock is fake: IndexedDB (fake-indexeddb) still needs real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  badge = '';
  shown = [];
  db = new TusDb(`reminders-${crypto.randomUUID()}`);
  await importDataset(db, {
    teams: [{ id: 't', name: 'Nord', archived: 0, createdAt: 0 }],
    employees: [
      { id: 'a', teamId: 't', name: 'Anne', email: 'a@x.dk' },
      { id: 'b', teamId: 't', name: 'Bo', email: 'b@x.dk' },
    ],
    cycles: [
      { id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: scriptEvents('tus-iku', ['a', 'b'], SESSION, 'corrections') },
    ],
  });
});
afterEach(() => vi.useRealTimers());

describe('reminders with a fake clock', () => {
  it('tells once when the correction deadline passes, and counts the overdue step on the badge', async () => {
    vi.setSystemTime(SESSION + 6 * DAY);
    expect(await tick()).toEqual({ badge: 0, shown: [] });
    expect(badge).toBe('');
    vi.setSystemTime(SESSION + 7 * DAY + 1);
    await tick();
    expect(shown.map((s) => s.title)).toEqual(['Rettelsesfristen er udløbet – Nord']);
    await tick();
    expect(shown).toHaveLength(1);
    // Generating is due within 7 days of the deadline; after that the step is overdue.
    vi.setSystemTime(SESSION + 15 * DAY);
    await tick();
    expect(badge).toBe('1');
  });

  it('reminds of missing consent 5 working days after the request, and of filing the consent', async () => {
    await appendEvent(db, 'c', {
      type: 'leader.generateIkus',
      at: SESSION + 8 * DAY,
      ikus: [
        { employeeId: 'a', hash: 'ha' },
        { employeeId: 'b', hash: 'hb' },
      ],
    });
    // Requested Thursday 10 December 2026 10:00: five working days later is Thursday 17 December.
    const requested = zonedToEpoch('2026-12-10', '10:00');
    await appendEvent(db, 'c', { type: 'iku.requestConsent', employeeId: 'a', at: requested, token: 'IKU-2026-ABCD' });
    await appendEvent(db, 'c', { type: 'iku.requestConsent', employeeId: 'b', at: requested, token: 'IKU-2026-EFGH' });
    await appendEvent(db, 'c', {
      type: 'iku.consent',
      employeeId: 'b',
      at: requested + DAY,
      version: 1,
      hash: 'hb',
      evidence: { channel: 'mail', from: 'b@x.dk' },
    });
    shown = [];
    vi.setSystemTime(zonedToEpoch('2026-12-17', '09:59'));
    await tick();
    expect(shown.map((s) => s.title)).toEqual(['Husk også at arkivere det skriftlige samtykke – Bo']);
    vi.setSystemTime(zonedToEpoch('2026-12-17', '10:00'));
    await tick();
    expect(shown.map((s) => s.title)).toEqual(['Husk også at arkivere det skriftlige samtykke – Bo', 'Samtykke mangler – Anne']);
    // Once filed, no more; nothing is repeated.
    await appendEvent(db, 'c', { type: 'iku.markFiled', employeeId: 'b', at: Date.now(), mark: 'consentFiled' });
    await tick();
    expect(shown).toHaveLength(2);
  });

  it('uses the consent wait from the settings, and the badge counts the step overdue from the same moment', async () => {
    await appendEvent(db, 'c', {
      type: 'leader.generateIkus',
      at: SESSION + 8 * DAY,
      ikus: [
        { employeeId: 'a', hash: 'ha' },
        { employeeId: 'b', hash: 'hb' },
      ],
    });
    const requested = zonedToEpoch('2026-12-10', '10:00');
    for (const employeeId of ['a', 'b']) await appendEvent(db, 'c', { type: 'iku.requestConsent', employeeId, at: requested });
    await saveStepOptions(db, { consentWaitWorkingDays: 3 });
    // Three working days after Thursday 10:00 is Tuesday 15 December 10:00 (a calendar week would be the 17th).
    vi.setSystemTime(zonedToEpoch('2026-12-15', '09:59'));
    expect(await tick()).toEqual({ badge: 0, shown: [] });
    vi.setSystemTime(zonedToEpoch('2026-12-15', '10:00') + 1);
    await tick();
    expect(shown.map((s) => s.title)).toEqual(['Samtykke mangler – Anne', 'Samtykke mangler – Bo']);
    expect(badge).toBe('1');
  });
});
