// Issue 19, the consent round and the replies in one pass, counted for teams of 12 and 24 on the
// new-Outlook fixtures. The round: the panel fills one employee's request into an empty compose;
// the leader presses the webmail's own Send; the panel sees the compose close after that Send,
// records the request with its reference, opens the next compose with the page's "New mail" and
// fills it. The replies: the panel follows the mail the reading pane shows (changed without a
// reload) and one click records each. Counts go to test-results/action-counts.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionCounter, recordCounts } from './support/actions';
import { type ExtensionSession, launchExtension, openTestkit } from './support/browser';
import { startFixtureServer } from './support/fixture-server';
import { addWebmailHost } from './support/webmail';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
  await addWebmailHost(session, `http://localhost:${server.port}`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface SentMail {
  to: string[];
  subject: string;
  body: string;
  attachments: string[];
}

async function seedGenerated(team: string, n: number) {
  const kit = await openTestkit(session);
  // Outside the organisation's domain, so the reading pane shows "Name <address>" (no contact card needed).
  const people = Array.from({ length: n }, (_, i) => ({
    name: `Person ${String(i + 1).padStart(2, '0')} ${team}`,
    email: `p${i}@${team}.example`,
  }));
  const seeded = await kit.evaluate(
    ([name, list]) => window.testkit.seedTeam(name, list, 'tus-iku', 'corrections', Date.now() - 10 * 86_400_000),
    [team, people] as const,
  );
  await kit.evaluate(
    ([id, ids]) =>
      window.testkit.addAgreements(id, [
        { employeeId: null, text: 'Fælles sparring' },
        ...ids.map((e) => ({ employeeId: e, text: `Kursus for ${e}` })),
      ]),
    [seeded.cycleId, seeded.employeeIds] as const,
  );
  expect(await kit.evaluate((id) => window.testkit.generateIkus(id), seeded.cycleId)).toBe(n);
  return { kit, people, ...seeded };
}

const stateOf = async (kit: Awaited<ReturnType<typeof openTestkit>>, cycleId: string, employeeId: string) =>
  (await kit.evaluate(([c, e]) => window.testkit.ikuState(c, e), [cycleId, employeeId] as const)) as {
    value: string;
    context: { requestToken?: string };
  };

describe('the consent round and the replies, counted', () => {
  for (const n of [12, 24]) {
    it(`${n} employees: the round costs at most 1 per employee + 5, replies at most 1 per employee; no compose holds two employees`, async () => {
      const team = `team${n}`;
      const { kit, people, teamId, cycleId, employeeIds } = await seedGenerated(team, n);
      const leader = new ActionCounter();
      leader.flow('consent');

      // The team page's step opens the leader's webmail on a new mail, in a new tab. The added host's
      // link is OWA's new-message path, which the fixture server does not have: the tab is then sent
      // to the new-Outlook compose fixture, standing for the webmail's own redirect (not an action).
      const dash = await session.open(`dashboard.html#teamId=${teamId}`);
      const opened = session.context.waitForEvent('page');
      await leader.as(dash).locator('a[data-place="webmailCompose"]').click();
      const mail = await opened;
      await mail.goto(`http://localhost:${server.port}/outlook/compose.html`);
      await leader
        .as(mail)
        .locator('tus-assistent-button')
        .getByRole('button', { name: /TUS-assistent/ })
        .click();
      const panel = (await (await mail.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
      await panel.waitForSelector('main');
      await leader
        .as(panel)
        .getByRole('button', { name: `Send anmodninger (${n})` })
        .click();

      for (let i = 0; i < n; i++) {
        // The compose is filled: then the leader presses the webmail's own Send, once per employee.
        await mail
          .locator('.compose [data-attachment]')
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(async () => {
            throw new Error(`employee ${i + 1}: no compose filled; the panel says: ${await panel.locator('main').innerText()}`);
          });
        await expect.poll(() => panel.locator('.round .ok').textContent()).toContain('er klar');
        await leader.as(mail).locator('.compose').getByRole('button', { name: 'Send', exact: true }).click();
        await expect.poll(() => mail.evaluate(() => ((window as { sentMails?: unknown[] }).sentMails ?? []).length)).toBe(i + 1);
      }
      await expect.poll(() => panel.getByText('Alle anmodninger er sendt.').count(), { timeout: 20_000 }).toBe(1);

      // Every employee's request recorded with the reference that went out, and every mail to one employee only.
      const sent = (await mail.evaluate(() => (window as { sentMails?: unknown[] }).sentMails)) as SentMail[];
      expect(sent).toHaveLength(n);
      const tokens = new Map<string, string>();
      for (const [i, id] of employeeIds.entries()) {
        const s = await stateOf(kit, cycleId, id);
        expect(s.value).toBe('consentRequested');
        tokens.set(people[i]!.email, s.context.requestToken!);
      }
      for (const m of sent) {
        expect(m.to).toHaveLength(1);
        const refs = [...`${m.subject} ${m.body}`.matchAll(/IKU-\d{4}-[2-9A-HJ-NP-Z]{4}/g)].map((r) => r[0]);
        expect(new Set(refs)).toEqual(new Set([tokens.get(m.to[0]!)]));
        expect(m.attachments).toHaveLength(1);
      }
      expect(new Set(sent.map((m) => m.to[0])).size).toBe(n);

      const round = leader.tally('consent');
      recordCounts('consent', n, round);
      // Once: the team page's link, the switch to its tab, the TUS button and "Send anmodninger"; then one Send per employee.
      expect(round.byKind).toEqual({ click: n + 3, tabSwitch: 1 });
      expect(round.total).toBeLessThanOrEqual(n + 5);

      // The replies: the reading pane shows one after the other without a reload; one click each.
      leader.flow('replies');
      const q = (i: number) => ({
        subject: `SV: Din IKU til godkendelse [${tokens.get(people[i]!.email)}]`,
        name: people[i]!.name,
        address: people[i]!.email,
        text: 'Jeg godkender min IKU version 1.',
        date: '2026-12-10T09:12:00Z',
      });
      const first = q(0);
      const read = await session.context.newPage();
      await read.goto(
        `http://localhost:${server.port}/outlook/read.html?${new URLSearchParams({ subject: first.subject, from: first.address, name: first.name, text: first.text, date: first.date })}`,
      );
      await leader
        .as(read)
        .locator('tus-assistent-button')
        .getByRole('button', { name: /TUS-assistent/ })
        .click();
      const replyPanel = (await (await read.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
      for (let i = 0; i < n; i++) {
        if (i > 0) await read.evaluate((m) => (window as unknown as { openOther(x: unknown): void }).openOther(m), q(i));
        const reply = replyPanel.locator(`.reply[data-employee-id="${employeeIds[i]}"]`);
        await reply.waitFor();
        await expect.poll(() => reply.locator('.shown-mail').textContent()).toContain(people[i]!.email);
        await leader.as(replyPanel).getByRole('button', { name: 'Registrér samtykke' }).click();
        await expect.poll(() => stateOf(kit, cycleId, employeeIds[i]!).then((s) => s.value)).toBe('consented');
      }
      const replies = leader.tally('replies');
      recordCounts('replies', n, replies);
      // Once: the switch to the reply's tab and the TUS button there; then one click per reply.
      expect(replies.total).toBeLessThanOrEqual(n + 2);
      expect(replies.byKind.click).toBe(n + 1);
    });
  }

  it('records nothing for a discarded compose, and asks "Blev den sendt?" when a compose closes without a Send it saw', async () => {
    const { kit, cycleId, employeeIds } = await seedGenerated('closing', 2);
    const mail = await session.context.newPage();
    await mail.goto(`http://localhost:${server.port}/outlook/compose.html`);
    await mail
      .locator('tus-assistent-button')
      .getByRole('button', { name: /TUS-assistent/ })
      .click();
    const panel = (await (await mail.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
    const state = (i: number) => stateOf(kit, cycleId, employeeIds[i]!).then((s) => s.value);

    // Discard: the round stops and nothing is recorded.
    await panel.getByRole('button', { name: 'Send anmodninger (2)' }).click();
    await mail.locator('.compose [data-attachment]').waitFor();
    await mail.locator('.compose').getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => panel.locator('main').innerText()).toContain('blev kasseret. Intet er registreret');
    expect([await state(0), await state(1)]).toEqual(['generated', 'generated']);

    // Closed some other way (no Send or Discard seen): the panel asks, and records only on "Ja, sendt".
    await mail.getByRole('button', { name: 'New mail' }).click();
    await panel.getByRole('button', { name: 'Send anmodninger (2)' }).click();
    await mail.locator('.compose [data-attachment]').waitFor();
    await mail.evaluate(() => document.querySelector('.compose')!.remove());
    await panel.getByRole('button', { name: 'Ja, sendt' }).click();
    await expect.poll(() => state(0)).toBe('consentRequested');
    expect(await state(1)).toBe('generated');
    // …and the next employee's compose is opened and filled.
    await expect.poll(() => mail.locator('.compose [data-recipient]').allTextContents()).toEqual(['p1@closing.example']);
  });

  it('never adds to a compose that holds anything, and a record click after the reading pane changed records nothing', async () => {
    const { kit, people, cycleId, employeeIds } = await seedGenerated('guard', 2);
    // A compose whose To already holds someone: the request is refused, nothing is filled.
    const held = await session.context.newPage();
    await held.goto(`http://localhost:${server.port}/outlook/compose.html?to=other@example.com`);
    await held
      .locator('tus-assistent-button')
      .getByRole('button', { name: /TUS-assistent/ })
      .click();
    const panel = (await (await held.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
    const heldRow = panel.locator(`section.consent li[data-employee-id="${employeeIds[0]}"]`);
    await heldRow.getByRole('button', { name: 'Indsæt anmodning om samtykke' }).click();
    await expect.poll(() => heldRow.locator('.result').textContent()).toContain('Mailen har allerede modtagere');
    expect(await held.locator('#subject').inputValue()).toBe('');
    expect(await held.locator('[data-attachment]').count()).toBe(0);
    expect(await held.locator('[data-recipient]').allTextContents()).toEqual(['other@example.com']);

    // One request filled; inserting the second employee's into the same compose is refused.
    const compose = await session.context.newPage();
    await compose.goto(`http://localhost:${server.port}/outlook/compose.html`);
    await compose
      .locator('tus-assistent-button')
      .getByRole('button', { name: /TUS-assistent/ })
      .click();
    const p2 = (await (await compose.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
    const row = (i: number) => p2.locator(`section.consent li[data-employee-id="${employeeIds[i]}"]`);
    await row(0).getByRole('button', { name: 'Indsæt anmodning om samtykke' }).click();
    await expect.poll(() => row(0).locator('.result').textContent()).toContain('Anmodningen er indsat');
    const token = /\[(IKU-[^\]]+)\]/.exec(await compose.locator('#subject').inputValue())![1]!;
    await row(0).getByRole('button', { name: 'Anmodningen er sendt' }).click();
    await expect.poll(() => stateOf(kit, cycleId, employeeIds[0]!).then((s) => s.value)).toBe('consentRequested');
    await row(1).getByRole('button', { name: 'Indsæt anmodning om samtykke' }).click();
    await expect.poll(() => row(1).locator('.result').textContent()).toContain('Mailen har allerede modtagere');
    expect(await compose.locator('[data-recipient]').allTextContents()).toEqual([people[0]!.email]);
    expect(await compose.locator('[data-attachment]').count()).toBe(1);
    expect(await compose.locator('#subject').inputValue()).toContain(token);

    // The panel shows the approval; the pane changes to another mail before the click: nothing is recorded.
    const read = await session.context.newPage();
    const subject = `SV: Din IKU til godkendelse [${token}]`;
    await read.goto(
      `http://localhost:${server.port}/outlook/read.html?${new URLSearchParams({ subject, from: people[0]!.email, name: people[0]!.name, text: 'Jeg godkender min IKU version 1.', date: '2026-12-10T09:12:00Z' })}`,
    );
    await read
      .locator('tus-assistent-button')
      .getByRole('button', { name: /TUS-assistent/ })
      .click();
    const rp = (await (await read.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
    const record = rp.getByRole('button', { name: 'Registrér samtykke' });
    await record.waitFor();
    // The click comes before the panel's next look at the pane (it polls): stop its timers, so the
    // test does not race the poll.
    await rp.evaluate(() => {
      for (let id = 1; id < 10_000; id++) clearInterval(id);
    });
    // Same subject and sender, other words: a wish for changes now sits where the approval was shown.
    await read.evaluate((m) => (window as unknown as { openOther(x: unknown): void }).openOther(m), {
      subject,
      name: people[0]!.name,
      address: people[0]!.email,
      text: 'Jeg vil gerne have ændret kurset.',
      date: '2026-12-10T10:00:00Z',
    });
    await record.click();
    await expect.poll(() => rp.getByRole('status').first().textContent()).toContain('Læseruden viser nu en anden mail');
    expect((await stateOf(kit, cycleId, employeeIds[0]!)).value).toBe('consentRequested');
  });
});
