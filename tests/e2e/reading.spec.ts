import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_WEBMAIL_MATCHES } from '../../lib/webmail/adapters';
import { EXTENSION_DIR, type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';
import { startFixtureServer } from './support/fixture-server';
import { addWebmailHost, openOverlay } from './support/webmail';

// Reading a consent reply on the webmails' own hosts (issue 12): the fixture server speaks https
// under outlook.cloud.microsoft and mail.google.com (Chromium maps both names to it), so the
// content script comes from the manifest's static matches, as in production, with no added host.
// A name no adapter knows, mapped to the same server, is the control: it must get no button.
const CLOUD = 'outlook.cloud.microsoft';
const GMAIL = 'mail.google.com';
const UNKNOWN = 'outlook.example.test';
const APPROVAL = 'Jeg godkender min IKU version 1.';
const SLOW = { timeout: 15_000 };
const TOKENS = { bo: 'IKU-2026-RD7K', anne: 'IKU-2026-PX3M' };

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let plain: Awaited<ReturnType<typeof startFixtureServer>>;
let ids: { cycleId: string; bo: string; anne: string };

type IkuState = { value: string; context: { consent: { evidence: { from: string; text: string } } | null } };

beforeAll(async () => {
  server = await startFixtureServer({ httpsHosts: [CLOUD, GMAIL, UNKNOWN] });
  plain = await startFixtureServer();
  const to = `127.0.0.1:${server.port}`;
  session = await launchExtension({
    args: [`--host-resolver-rules=MAP ${CLOUD} ${to}, MAP ${GMAIL} ${to}, MAP ${UNKNOWN} ${to}`, '--ignore-certificate-errors'],
  });
  // Two employees, IKUs generated, consent requested from both (the request's own mail is the compose side's test).
  const kit = await openTestkit(session);
  const people = [
    { name: 'Anne Ærø', email: 'anne@randers.dk' },
    { name: 'Bo Berg', email: 'bo@randers.dk' },
  ];
  const seeded = await kit.evaluate(
    (p) => window.testkit.seedTeam('Sagsbehandlerne', p, 'tus-iku', 'corrections', Date.now() - 10 * 86_400_000),
    people,
  );
  const [anne, bo] = seeded.employeeIds as [string, string];
  ids = { cycleId: seeded.cycleId, bo, anne };
  await kit.evaluate(
    ([id, a, b]) =>
      window.testkit.addAgreements(id, [
        { employeeId: a, text: 'Kursus i forflytning' },
        { employeeId: b, text: 'Sparring om sagsbehandling' },
      ]),
    [ids.cycleId, anne, bo] as const,
  );
  expect(await kit.evaluate((id) => window.testkit.generateIkus(id), ids.cycleId)).toBe(2);
  await kit.evaluate(
    ([id, a, b, tokens]) =>
      window.testkit.appendEvents(id, [
        { type: 'iku.requestConsent', employeeId: b, at: Date.now(), token: tokens.bo },
        { type: 'iku.requestConsent', employeeId: a, at: Date.now(), token: tokens.anne },
      ]),
    [ids.cycleId, anne, bo, TOKENS] as const,
  );
  await kit.close();
}, 120_000);
afterAll(async () => {
  await session?.close();
  await server?.close();
  await plain?.close();
});

const stateOf = async (employeeId: string) => {
  const kit = await openTestkit(session);
  const state = (await kit.evaluate(([c, e]) => window.testkit.ikuState(c, e), [ids.cycleId, employeeId] as const)) as IkuState;
  await kit.close();
  return state;
};

async function openPage(host: string, path: string, params: Record<string, string | string[]>): Promise<Page> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) q.append(k, one);
  const page = await session.context.newPage();
  await page.goto(`https://${host}/${path}?${q}`);
  return page;
}

/** Bo's reply in a conversation of three on the new Outlook host: Lene's request first, Anne's collapsed, Bo's last. */
const boReply = (text: string, extra: Record<string, string> = {}) =>
  openPage(CLOUD, 'outlook/read.html', {
    subject: `SV: Din IKU til godkendelse [${TOKENS.bo}]`,
    text,
    date: '2026-12-10T09:12:00Z',
    from: 'bo@randers.dk',
    name: 'Bo Berg',
    earlier: [`Lene Leder|lene@randers.dk|Svar med denne sætning: ${APPROVAL}`, 'Anne Ærø|anne@randers.dk|'],
    ...extra,
  });

describe('reading on the webmails’ own hosts in Chromium', () => {
  it('outlook.cloud.microsoft is in the built manifest and gets the button; a host no adapter knows does not', async () => {
    // WXT writes the adapters' hosts into the manifest at build time; the background reads them back from there.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { matches: string[]; js: string[] }[];
    };
    const webmail = manifest.content_scripts.find((c) => c.js.includes('content-scripts/webmail.js'));
    expect([...(webmail?.matches ?? [])].sort()).toEqual([...KNOWN_WEBMAIL_MATCHES].sort());
    expect(webmail?.matches).toContain(`https://${CLOUD}/*`);

    const page = await boReply(APPROVAL);
    await page
      .locator('tus-assistent-button')
      .getByRole('button', { name: /TUS-assistent/ })
      .waitFor(SLOW);
    expect(new URL(page.url()).origin).toBe(`https://${CLOUD}`);
    await page.close();

    const control = await openPage(UNKNOWN, 'outlook/read.html', { subject: 'x', text: 'x', from: 'bo@randers.dk', name: 'Bo' });
    // The same page, fully loaded (its script has run), yet no content script and so no button.
    await control.locator('[id^="UniqueMessageBody"]').waitFor();
    await control.waitForTimeout(1500);
    expect(await control.locator('tus-assistent-button').count()).toBe(0);
    await control.close();
  });

  it('refuses a same-organisation sender whose contact card shows no address, and never guesses', async () => {
    const page = await boReply(APPROVAL, { card: 'none' });
    const reply = (await openOverlay(page)).locator('.reply');
    await reply.locator('[role="alert"], button').first().waitFor(SLOW);
    expect(await reply.locator('[role="alert"]').textContent()).toContain('Afsenderens adresse kunne ikke læses');
    expect(await reply.getByRole('button').count()).toBe(0);
    expect((await stateOf(ids.bo)).value).toBe('consentRequested');
    await page.close();
  });

  it("reads the last message of the conversation, not the leader's request that quotes the sentence", async () => {
    const page = await boReply('Kan du rette datoen i punkt 2?');
    const reply = (await openOverlay(page)).locator('.reply');
    await reply.getByRole('button', { name: 'Registrér ønske om ændringer' }).waitFor(SLOW);
    expect(await reply.getByRole('button', { name: 'Registrér samtykke' }).count()).toBe(0);
    expect(await reply.locator('.own-words').textContent()).toContain('Kan du rette datoen i punkt 2?');
    expect(await reply.textContent()).toContain('bo@randers.dk');
    await page.close();
  });

  it('resolves a sender shown by name only through the contact card, closes the card, and records the consent', async () => {
    const page = await boReply(APPROVAL);
    const reply = (await openOverlay(page)).locator('.reply');
    await reply.getByRole('button', { name: 'Registrér samtykke' }).waitFor(SLOW);
    await screenshot(page, 'reading-1-card-resolved');
    // The name alone is on the page; the address came from the card, which is gone again.
    expect(await page.locator('[role="main"]').textContent()).not.toContain('bo@randers.dk');
    expect(await page.locator('.persona-card').count()).toBe(0);
    await reply.getByRole('button', { name: 'Registrér samtykke' }).click();
    await expect.poll(() => stateOf(ids.bo).then((s) => s.value), SLOW).toBe('consented');
    const evidence = (await stateOf(ids.bo)).context.consent?.evidence;
    expect(evidence?.from).toBe('bo@randers.dk');
    expect(evidence?.text).toContain(APPROVAL);
    expect(evidence?.text).not.toContain('Svar med denne sætning');
    await page.close();
  });

  it("Gmail on its own host: the open thread's last expanded message, not a hidden old thread's", async () => {
    const page = await openPage(GMAIL, 'gmail/read.html', {
      subject: `SV: Din IKU til godkendelse [${TOKENS.anne}]`,
      text: APPROVAL,
      date: '2026-12-10T09:12:00Z',
      from: 'anne@randers.dk',
      name: 'Anne Ærø',
      earlier: [`Lene Leder|lene@randers.dk|Svar med denne sætning: ${APPROVAL}`, 'Bo Berg|bo@randers.dk|'],
    });
    const reply = (await openOverlay(page)).locator('.reply');
    await reply.getByRole('button', { name: 'Registrér samtykke' }).click(SLOW);
    await expect.poll(() => stateOf(ids.anne).then((s) => s.value), SLOW).toBe('consented');
    expect((await stateOf(ids.anne)).context.consent?.evidence.from).toBe('anne@randers.dk');
    await page.close();
  });

  it('"Tjek siden" lists what the page shows, on the new host, with nothing of the mail', async () => {
    const page = await boReply(APPROVAL, { title: 'bo@randers.dk' });
    const frame = await openOverlay(page);
    await frame.getByRole('button', { name: 'Tjek siden' }).click();
    const report = frame.getByRole('textbox', { name: 'TUS-assistent: tjek af siden' });
    await expect.poll(() => report.inputValue(), SLOW).toContain(`Vært: ${CLOUD}`);
    const text = await report.inputValue();
    expect(text).toContain('Webmail: outlook (genkendt på adressen)');
    expect(text).toContain('readBody: fundet med alternativ 1 af 3, 2 element(er)');
    expect(text).toContain('readSubject: fundet med alternativ 1 af 3, 1 element(er)');
    expect(text).toContain('Afsenderens adresse: fundet');
    for (const secret of [TOKENS.bo, 'Din IKU', 'bo@randers.dk', 'Bo Berg', APPROVAL]) expect(text).not.toContain(secret);
    await frame.getByRole('button', { name: 'Kopiér' }).click();
    await expect.poll(() => frame.getByRole('status').last().textContent(), SLOW).toBe('Kopieret.');
    await screenshot(page, 'reading-2-page-check');
    await page.close();
  });

  it('"Gør det" opens the leader\'s own-host OWA when chosen in settings, and settings says the panel fills the mail', async () => {
    const own = `http://localhost:${plain.port}`;
    expect(await addWebmailHost(session, own)).toContain('er tilføjet');
    const dash = await session.open('dashboard.html#view=settings');
    await dash.getByRole('radio', { name: `localhost:${plain.port} (Outlook på egen adresse)` }).check();
    await dash.getByText('»Gør det« åbner en ny mail i din egen Outlook. TUS-panelet i webmailen udfylder den.').waitFor(SLOW);
    // A wildcard is refused with its own message, before any permission is asked.
    await dash.getByLabel('Adresse', { exact: true }).fill('*.dk');
    await dash.getByRole('button', { name: 'Tilføj webmail' }).click();
    await dash.getByText('Jokertegn som *.dk kan ikke bruges.', { exact: false }).waitFor(SLOW);
    await dash.close();

    const kit = await openTestkit(session);
    const { teamId } = await kit.evaluate(() =>
      window.testkit.seedTeam(
        'Hjemmeplejen Øst',
        [{ name: 'Cecilie Å', email: 'cecilie@randers.dk' }],
        'tus',
        'draft',
        Date.now() + 20 * 86_400_000,
      ),
    );
    await kit.close();
    const popup = await session.open('popup.html');
    await popup.locator(`li[data-team-id="${teamId}"]`).waitFor(SLOW);
    // The new tab's own request is not always reported to the context (it starts before the page is
    // attached), so the page's URL is what is checked; the fixture server answers it with a 404 page.
    const opened = session.context.waitForEvent('page');
    await popup.locator(`li[data-team-id="${teamId}"]`).getByRole('button').click();
    await (await opened).waitForURL(`${own}/owa/?path=/mail/action/compose`, SLOW);
    await popup.close();
  });
});
