import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, openFirefoxTestkit } from '../support/firefox';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('popup in Firefox', () => {
  it('lists the seeded teams with their next steps from IndexedDB, and still after a reload', async () => {
    const kit = await openFirefoxTestkit(session);
    const counts = await kit.evaluate(() =>
      window.testkit.seed({ teams: 6, employeesPerTeam: 3, closedCyclesPerTeam: 1, now: Date.now() }),
    );
    expect(counts).toMatchObject({ teams: 6, employees: 18, cycles: 12 });

    const popup = await session.open('popup.html');
    const rows = () => popup.$$eval('li.team', (els) => els.length);
    await expect.poll(rows).toBe(6);
    const row = (id: string) =>
      popup.$eval(`li[data-team-id="${id}"]`, (el) => ({
        name: el.querySelector('.team-name')?.textContent,
        step: el.querySelector('.step-label')?.textContent,
        due: el.querySelector('.due')?.textContent ?? '',
      }));
    expect(await row('team-0')).toMatchObject({ name: 'Team 001 – Hjemmeplejen', step: 'Send invitation med spørgsmålsark' });
    const second = await row('team-1');
    expect(second.step).toBe('Forbered samtalen');
    // Danish dates from Intl in Firefox too.
    expect(second.due).toMatch(/^Frist \d{1,2}\. [a-zæøå]+\.? \d{4}/);

    // The live query sees a team made in another page, and the data outlives a reload.
    await kit.evaluate(() => window.testkit.createTeam('Nyt team på Østervold'));
    await expect.poll(rows).toBe(7);
    await session.reload(popup);
    await expect.poll(rows).toBe(7);
    expect(await popup.$$eval('.team-name', (els) => els.map((e) => e.textContent))).toContain('Nyt team på Østervold');
    await kit.close();
    await popup.close();
  });
});
