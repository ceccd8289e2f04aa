import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { type SettingsActions, settingsActions } from '../../../lib/actions/settings';
import { getDb } from '../../../lib/browser/db';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { KeyedError } from '../../../lib/i18n/message';
import { getSetting } from '../../../lib/settings/store';

const SESSION = Date.UTC(2026, 11, 2, 8, 30);

let db: TusDb;
let actions: SettingsActions;
let sent: unknown[];

beforeEach(async () => {
  db = new TusDb(`settings-actions-${crypto.randomUUID()}`);
  actions = settingsActions({ db });
  sent = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const keyOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyedError);
  return (error as KeyedError).key;
};

describe('the settings page’s actions', () => {
  it('save the leader trimmed, with the address in lower case, as the page did', async () => {
    const saved = await actions.saveLeader({
      name: '  Mette Leder ',
      email: ' Mette.Leder@Randers.DK ',
      workplace: ' Randers Kommune, Hjemmeplejen  ',
    });
    const expected = { name: 'Mette Leder', email: 'mette.leder@randers.dk', workplace: 'Randers Kommune, Hjemmeplejen' };
    expect(saved).toEqual(expected);
    expect(await getSetting(db, 'leader')).toEqual(expected);
  });

  it('choose the webmail', async () => {
    expect(await getSetting(db, 'webmail')).toBe('outlook');
    await actions.chooseWebmail('gmail');
    expect(await getSetting(db, 'webmail')).toBe('gmail');
  });

  it('save the consent wait with the open cycles’ step rows, then ask for the reminders to be counted again', async () => {
    const [plan, ...rest] = scriptEvents('tus-iku', ['e1'], SESSION, 'consent');
    await importDataset(db, {
      teams: [{ id: 't', name: 'Teamet', archived: 0, createdAt: 0 }],
      employees: [{ id: 'e1', teamId: 't', name: 'Anne', email: 'anne@x.dk' }],
      cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: [plan!, ...rest] }],
    });
    await actions.saveConsentWait(8);
    expect(await getSetting(db, 'consentWaitWorkingDays')).toBe(8);
    expect((await db.steps.get('c'))!.options).toEqual({ consentWaitWorkingDays: 8 });
    expect(sent).toEqual([{ type: 'tus.refreshReminders' }]);
  });

  it('refuse a consent wait outside 1–30 whole working days with the form’s message, writing and asking nothing', async () => {
    for (const days of [0, 31, 2.5, Number.NaN]) {
      expect(await keyOf(actions.saveConsentWait(days))).toBe('settings.consentWaitError');
    }
    expect(await db.settings.get('consentWaitWorkingDays')).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('add a host only with a valid address and the leader’s permission, and remove it again', async () => {
    // The leader's answer to the browser's permission prompt, and what was asked for and given back.
    let answer = false;
    const asked: unknown[] = [];
    const removed: unknown[] = [];
    vi.spyOn(browser.permissions, 'request').mockImplementation(((permissions: unknown) => {
      asked.push(permissions);
      return Promise.resolve(answer);
    }) as typeof browser.permissions.request);
    vi.spyOn(browser.permissions, 'remove').mockImplementation(((permissions: unknown) => {
      removed.push(permissions);
      return Promise.resolve(true);
    }) as typeof browser.permissions.remove);

    expect(await keyOf(actions.addHost('ikke en adresse', 'webmail'))).toBe('settings.hostInvalid');
    // A wildcard would ask for every such site: refused with its own message, before any permission prompt.
    expect(await keyOf(actions.addHost('*.dk', 'webmail'))).toBe('settings.hostWildcard');
    expect(asked).toEqual([]);

    expect(await keyOf(actions.addHost('https://mail.randers.dk/owa/', 'webmail'))).toBe('settings.hostDenied');
    expect(await getSetting(getDb(), 'hosts')).toEqual([]);

    answer = true;
    const host = await actions.addHost('https://mail.randers.dk/owa/', 'webmail');
    expect(host).toMatchObject({ origin: 'https://mail.randers.dk', kind: 'webmail' });
    expect(asked).toEqual([{ origins: [host.pattern] }, { origins: [host.pattern] }]);
    expect(await getSetting(getDb(), 'hosts')).toEqual([host]);
    expect(sent).toEqual([{ type: 'tus.syncHosts' }]);

    await actions.removeHost(host);
    expect(await getSetting(getDb(), 'hosts')).toEqual([]);
    expect(removed).toEqual([{ origins: [host.pattern] }]);
  });
});
