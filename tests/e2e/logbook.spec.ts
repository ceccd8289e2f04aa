import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomScriptEvents, SCRIPT_BLANK_CARD } from '../../lib/demo/room-script';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

// 08:00 UTC is 09:00 in Copenhagen in March: the room's events then fall on 09.00, 09.01, …
const SESSION_AT = Date.UTC(2026, 2, 10, 8, 0);

describe('the logbook in Chromium', () => {
  it('shows every row of a cycle that used every session action, each with its minute', async () => {
    const kit = await openTestkit(session);
    const { teamId, cycleId, employeeIds } = await kit.evaluate((at) => window.testkit.seedCycle('tus-iku', 3, 'prepared', at), SESSION_AT);
    const room = roomScriptEvents(employeeIds, SESSION_AT);
    // Through the store, one by one: the machine accepts each, as in the session room.
    expect(await kit.evaluate(([id, events]) => window.testkit.appendEvents(id, events), [cycleId, room] as const)).toBe(room.length);
    expect(await kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('corrections');

    const page = await session.open(`dashboard.html#teamId=${teamId}`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.locator(`li[data-cycle-id="${cycleId}"]`).getByRole('button', { name: 'Vis logbog' }).click();

    const rows = page.locator('table.audit tbody tr');
    // Plan, invitation and preparation from the seed, then the room script.
    await expect.poll(() => rows.count()).toBe(3 + room.length);
    expect(await rows.locator('td:first-child').allTextContents()).toEqual(
      Array.from({ length: 3 + room.length }, (_, i) => String(i + 1)),
    );
    const what = await rows.locator('td:nth-child(3)').allTextContents();
    expect(what).toEqual(
      expect.arrayContaining([
        'Meldt fraværende – Medarbejder C',
        'Meldt til stede igen – Medarbejder C',
        'Grupperne er blandet om',
        'Ordstyrer og referent i gruppe 1 – Medarbejder A',
        'Kort lagt på bordet (Hvad kendetegner en god dag i vores team?)',
        `Kort lagt på bordet (${SCRIPT_BLANK_CARD})`,
        'Fasen er sat på pause',
        'Fasen er genoptaget',
        'Fasen er forlænget med 5 min.',
      ]),
    );
    expect(what.every((w) => w.trim() !== '' && !/Ukendt hændelse|\{\w+\}/.test(w))).toBe(true);
    const times = await rows.locator('td:nth-child(2)').allTextContents();
    expect(times.every((t) => /^\d{2}\.\d{2}\.\d{4}, \d{2}\.\d{2}$/.test(t))).toBe(true);
    expect(times).toContain('10.03.2026, 09.07');
    expect(await page.locator('.audit-log [role="alert"]').count()).toBe(0);
    await screenshot(page, 'logbook-session-actions');
    expect(errors).toEqual([]);
  });
});
