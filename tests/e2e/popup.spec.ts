import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('popup in Chromium', () => {
  it('shows the empty state that leads to creating the first team', async () => {
    const popup = await session.open('popup.html');
    await expect.poll(() => popup.getByText('Du har ingen teams endnu.').count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Opret dit første team' }).count()).toBe(1);
    await popup.close();
  });

  it('lists the seeded teams with their next steps, due dates in Danish and overdue marks, and updates live', async () => {
    const kit = await openTestkit(session);
    const counts = await kit.evaluate(() =>
      window.testkit.seed({ teams: 12, employeesPerTeam: 4, closedCyclesPerTeam: 2, now: Date.now() }),
    );
    expect(counts).toMatchObject({ teams: 12, employees: 48, cycles: 36 });

    const popup = await session.open('popup.html');
    const rows = popup.locator('li.team');
    await expect.poll(() => rows.count()).toBe(12);

    // Team 1 is plain TUS in draft with a session date: the invitation is next.
    const team1 = popup.locator('li[data-team-id="team-0"]');
    expect(await team1.locator('.team-name').textContent()).toBe('Team 001 – Hjemmeplejen');
    expect(await team1.locator('.step-label').textContent()).toBe('Send invitation med spørgsmålsark');
    // Team 2 is TUS med IKU, invited: prepare the session, due on the session date.
    const team2 = popup.locator('li[data-team-id="team-1"]');
    expect(await team2.locator('.step-label').textContent()).toBe('Forbered samtalen');
    expect(await team2.locator('.due').textContent()).toMatch(/^Frist \d{1,2}\. [a-zæøå]+\.? \d{4}/);
    // Team 3 is TUS med IKU, prepared.
    expect(await popup.locator('li[data-team-id="team-2"] .step-label').textContent()).toBe('Start samtalen');

    // Sorted by urgency: every overdue row comes before every row that is not.
    const overdue = await rows.evaluateAll((els) => els.map((el) => el.classList.contains('overdue')));
    expect(overdue.indexOf(false)).toBeGreaterThan(0);
    expect(overdue.slice(overdue.indexOf(false))).not.toContain(true);
    await screenshot(popup, 'popup-seeded');

    // liveQuery: a team created elsewhere appears without reopening the popup.
    await kit.evaluate(() => window.testkit.createTeam('Nyt team på Østervold'));
    await expect.poll(() => rows.count()).toBe(13);
    expect(await popup.getByText('Nyt team på Østervold').count()).toBe(1);
    // "Gør det" on an invitation opens the webmail's compose page for that team.
    // (The request fails here, offline; its URL is what we check.)
    const opened = session.context.waitForEvent('request', (r) => r.url().includes('/deeplink/compose'));
    await team1.getByRole('button').click();
    const compose = new URL((await opened).url());
    // The new Outlook host (issue 12): the old host's deep link can end on a bare inbox after its redirect.
    expect(compose.origin + compose.pathname).toBe('https://outlook.cloud.microsoft/mail/deeplink/compose');
    // Issue 19, one path fills the compose: the link opens an empty message, the panel fills it.
    for (const field of ['to', 'subject', 'body']) expect(compose.searchParams.get(field) ?? '').toBe('');
    await kit.close();
    await popup.close();
  });

  it('"Gør det" on a step outside the session opens the dashboard on that team, cycle and step, its button focused', async () => {
    const kit = await openTestkit(session);
    const seeded = await kit.evaluate(() => window.testkit.seedCycle('tus-iku', 3, 'invited', Date.now() + 7 * 86_400_000));
    await kit.close();
    const popup = await session.open('popup.html');
    const row = popup.locator(`li[data-team-id="${seeded.teamId}"]`);
    expect(await row.locator('.step-label').textContent()).toBe('Forbered samtalen');

    const opened = session.context.waitForEvent('page', (p) => p.url().includes('/dashboard.html'));
    await row.getByRole('button', { name: 'Forbered samtalen: Sagsbehandlerne' }).click();
    const dashboard = await opened;
    const hash = new URLSearchParams(new URL(dashboard.url()).hash.slice(1));
    expect(Object.fromEntries(hash)).toEqual({ teamId: seeded.teamId, cycleId: seeded.cycleId, action: 'prepareSession' });
    await expect.poll(() => dashboard.locator('#team-heading').textContent()).toBe('Sagsbehandlerne');
    expect(await dashboard.locator('.team-link[aria-current="page"]').textContent()).toBe('Sagsbehandlerne');
    // The step's button has the focus: Enter does it.
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('markPrepared');
    expect(await dashboard.evaluate(() => document.activeElement?.textContent)).toBe('Forberedelsen er klar');
    await dashboard.close();
    await popup.close();
  });
});
