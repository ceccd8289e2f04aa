import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';
import { startFixtureServer } from './support/fixture-server';
import { addWebmailHost, openOverlay } from './support/webmail';

// Who sent a consent reply is read from the address part of the one message being read, never
// from the display name (issue 11): a spoofed, look-alike or wrongly scoped sender is refused.
let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const PEOPLE = [
  { name: 'Anne Ærø', email: 'anne@randers.dk' },
  { name: 'Bo Berg', email: 'bo@randers.dk' },
];
const APPROVAL = 'Jeg godkender min IKU version 1.';
// The shared 2-core machine can take seconds for a write; vitest's default poll gives up after 1 s.
const SLOW = { timeout: 15_000 };

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
  await addWebmailHost(session, `http://localhost:${server.port}`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const overlay = openOverlay;

type IkuState = { value: string; context: { consent: { evidence: { from: string } } | null } };

describe('the sender of a consent reply in Chromium', () => {
  it("refuses a spoofed display name, a look-alike address and an earlier message's sender; records the real reply", async () => {
    const kit = await openTestkit(session);
    const { cycleId, employeeIds } = await kit.evaluate(
      (people) => window.testkit.seedTeam('Sagsbehandlerne', people, 'tus-iku', 'corrections', Date.now() - 10 * 86_400_000),
      PEOPLE,
    );
    const bo = employeeIds[1]!;
    await kit.evaluate(
      ([id, emp]) =>
        window.testkit.addAgreements(id, [
          { employeeId: null, text: 'Fælles sparring' },
          { employeeId: emp, text: 'Kursus i forflytning' },
        ]),
      [cycleId, bo] as const,
    );
    expect(await kit.evaluate((id) => window.testkit.generateIkus(id), cycleId)).toBe(2);
    const stateOf = () => kit.evaluate(([c, e]) => window.testkit.ikuState(c, e), [cycleId, bo] as const) as Promise<IkuState>;

    // Bo's consent request, as the leader sends it.
    const compose = await session.context.newPage();
    await compose.goto(`http://localhost:${server.port}/outlook/compose.html`);
    const row = (await overlay(compose)).locator(`section.consent li[data-employee-id="${bo}"]`);
    await row.getByRole('button', { name: 'Indsæt anmodning om samtykke' }).click();
    await expect.poll(() => row.locator('.result').textContent(), SLOW).toContain('Anmodningen er indsat');
    const token = /\[(.+)\]/.exec(await compose.locator('#subject').inputValue())![1]!;
    await row.getByRole('button', { name: 'Anmodningen er sendt' }).click();
    await expect.poll(() => stateOf().then((s) => s.value), SLOW).toBe('consentRequested');
    await compose.close();

    const openReply = async (host: 'outlook' | 'gmail', params: Record<string, string | string[]>) => {
      const q = new URLSearchParams({ subject: `SV: Din IKU til godkendelse [${token}]`, text: APPROVAL, date: '2026-12-10T09:12:00Z' });
      for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) q.append(k, one);
      const page = await session.context.newPage();
      await page.goto(`http://localhost:${server.port}/${host}/read.html?${q}`);
      return { page, reply: (await overlay(page)).locator('.reply') };
    };
    const expectRefused = async (host: 'outlook' | 'gmail', params: Record<string, string | string[]>, shot?: string) => {
      const { page, reply } = await openReply(host, params);
      // The panel shows the reply either with a refusal or with buttons to record it.
      await reply.locator('[role="alert"], button').first().waitFor();
      if (shot) await screenshot(page, shot);
      expect(await reply.locator('[role="alert"]').count()).toBe(1);
      expect(await reply.getByRole('button').count()).toBe(0);
      const state = await stateOf();
      expect(state.value).toBe('consentRequested');
      expect(state.context.consent).toBeNull();
      await page.close();
    };

    // 1. Outlook: the display name is Bo's address, the address is Mallory's; no title to help.
    await expectRefused('outlook', { header: '"bo@randers.dk" <mallory@evil.example>' }, 'sender-1-spoofed-display-name');
    // 2. Gmail: the same spoof in the sender chip (name attribute and text), Mallory in [email].
    await expectRefused('gmail', { from: 'mallory@evil.example', name: 'bo@randers.dk' });
    // 3. Outlook: a colleague-looking sender whose address has a Cyrillic "о".
    await expectRefused('outlook', { from: 'b\u043e@randers.dk', name: 'Bo Berg' });
    // 4. Outlook: Bo's earlier message is expanded above; the message read (the last) is Mallory's.
    await expectRefused('outlook', {
      earlier: `Bo Berg|bo@randers.dk|Kan du rette datoen?`,
      from: 'mallory@evil.example',
      name: 'Mallory',
    });

    // 5. The real reply, read from a conversation whose first message is the leader's request.
    const { page, reply } = await openReply('outlook', {
      earlier: [`Lene Leder|lene@randers.dk|Svar med: ${APPROVAL}`, 'Anne Ærø|anne@randers.dk|'],
      from: 'bo@randers.dk',
      name: 'Bo Berg',
    });
    await reply.getByRole('button', { name: 'Registrér samtykke' }).click();
    await expect.poll(() => stateOf().then((s) => s.value), SLOW).toBe('consented');
    expect((await stateOf()).context.consent?.evidence.from).toBe('bo@randers.dk');
    await page.close();
    await kit.close();
  });
});
