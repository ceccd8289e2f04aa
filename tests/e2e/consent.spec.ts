import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';
import { startFixtureServer } from './support/fixture-server';
import { addWebmailHost, openOverlay } from './support/webmail';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const PEOPLE = [
  { name: 'Anne Ærø', email: 'anne@randers.dk' },
  { name: 'Bo Berg', email: 'bo@randers.dk' },
  { name: 'Cecilie Å', email: 'cecilie@randers.dk' },
];

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

describe('written consent in Chromium', () => {
  it('requests consent from 3 employees and records the replies: one consents, one asks for changes, one comes from a wrong address, one disagrees "otherwise ok" and is not approval', async () => {
    const kit = await openTestkit(session);
    const { teamId, cycleId } = await kit.evaluate(
      (people) => window.testkit.seedTeam('Sagsbehandlerne', people, 'tus-iku', 'corrections', Date.now() - 10 * 86_400_000),
      PEOPLE,
    );
    const ids = PEOPLE.map((_, i) => `${teamId}-e${i}`);
    await kit.evaluate(
      ([id, emp]) =>
        window.testkit.addAgreements(id, [
          { employeeId: null, text: 'Fælles sparring' },
          ...emp.map((e) => ({ employeeId: e, text: `Aftale for ${e}` })),
        ]),
      [cycleId, ids] as const,
    );
    expect(await kit.evaluate((id) => window.testkit.generateIkus(id), cycleId)).toBe(3);

    // Three consent requests from the compose window.
    const tokens: string[] = [];
    for (const [i, person] of PEOPLE.entries()) {
      const compose = await session.context.newPage();
      await compose.goto(`http://localhost:${server.port}/outlook/compose.html`);
      const frame = await overlay(compose);
      const row = frame.locator(`section.consent li[data-employee-id="${ids[i]}"]`);
      await row.getByRole('button', { name: 'Indsæt anmodning om samtykke' }).click();
      await expect.poll(() => row.locator('.result').textContent()).toContain('Anmodningen er indsat');
      const subject = await compose.locator('#subject').inputValue();
      expect(subject).toMatch(/^Din IKU til godkendelse \[IKU-\d{4}-[2-9A-HJ-NP-Z]{4}\]$/);
      expect(subject).not.toContain(person.name);
      tokens.push(/\[(.+)\]/.exec(subject)![1]!);
      expect(await compose.locator('[data-recipient]').allTextContents()).toEqual([person.email]);
      expect(await compose.locator('#body').textContent()).toContain('Jeg godkender min IKU version 1.');
      expect(await compose.locator('[data-attachment]').count()).toBe(1);
      await row.getByRole('button', { name: 'Anmodningen er sendt' }).click();
      await expect
        .poll(() =>
          kit.evaluate(([c, e]) => window.testkit.ikuState(c, e), [cycleId, ids[i]!] as const).then((s) => (s as { value: string }).value),
        )
        .toBe('consentRequested');
      await compose.close();
    }

    const openReply = async (host: 'outlook' | 'gmail', from: string, name: string, token: string, text: string) => {
      const page = await session.context.newPage();
      const q = new URLSearchParams({ from, name, subject: `SV: Din IKU til godkendelse [${token}]`, text, date: '2026-12-10T09:12:00Z' });
      await page.goto(`http://localhost:${server.port}/${host}/read.html?${q}`);
      return { page, frame: await overlay(page) };
    };
    const stateOf = (e: string) =>
      kit.evaluate(([c, id]) => window.testkit.ikuState(c, id), [cycleId, e] as const) as Promise<{
        value: string;
        context: { consent: { hash: string; evidence: { from: string; text: string } } | null; hash: string };
      }>;

    // 1: Anne consents, in Outlook.
    const one = await openReply(
      'outlook',
      'anne@randers.dk',
      'Anne Ærø',
      tokens[0]!,
      'Jeg godkender min IKU version 1.\n\nFra: Lene\nSendt: …',
    );
    await expect.poll(() => one.frame.locator('.reply').textContent()).toContain('Svaret godkender');
    await screenshot(one.page, 'consent-1-reply');
    await one.frame.getByRole('button', { name: 'Registrér samtykke' }).click();
    await expect.poll(() => stateOf(ids[0]!).then((s) => s.value)).toBe('consented');
    const anne = await stateOf(ids[0]!);
    expect(anne.context.consent).toMatchObject({
      hash: anne.context.hash,
      evidence: { from: 'anne@randers.dk', text: 'Jeg godkender min IKU version 1.' },
    });

    // 2: Bo asks for changes, in Gmail.
    const two = await openReply('gmail', 'bo@randers.dk', 'Bo Berg', tokens[1]!, 'Kan du rette datoen i punkt 2?');
    await two.frame.getByRole('button', { name: 'Registrér ønske om ændringer' }).click();
    await expect.poll(() => stateOf(ids[1]!).then((s) => s.value)).toBe('changesRequested');

    // 3: Cecilie's reference, but from another address: refused with a reason, nothing recorded.
    const three = await openReply('outlook', 'fremmed@example.com', 'Fremmed', tokens[2]!, 'Jeg godkender.');
    await expect.poll(() => three.frame.locator('.reply [role="alert"]').textContent()).toContain('fremmed@example.com');
    expect(await three.frame.getByRole('button', { name: 'Registrér samtykke' }).count()).toBe(0);
    expect((await stateOf(ids[2]!)).value).toBe('consentRequested');

    // 4: Cecilie, from her own address, disagrees with one point "otherwise ok": not approval. The
    // panel shows her words, why, and the two buttons; nothing is recorded.
    const disagreement = 'Jeg er ikke enig i punkt 2, ellers ok.';
    const four = await openReply(
      'outlook',
      'cecilie@randers.dk',
      'Cecilie Å',
      tokens[2]!,
      `${disagreement}\n\n-----Oprindelig meddelelse-----\nFra: Lene\nSendt: …\nJeg godkender min IKU version 1.`,
    );
    const reply = four.frame.locator('.reply');
    await expect.poll(() => reply.textContent()).toContain('Svaret er ikke en godkendelse af version 1.');
    expect(await reply.textContent()).not.toContain('Svaret godkender');
    expect(await reply.locator('.reason').textContent()).toBe('Svaret siger nej eller er uenigt.');
    expect(await reply.locator('.own-words').textContent()).toBe(disagreement);
    expect(await reply.getByRole('button', { name: 'Registrér ønske om ændringer' }).count()).toBe(1);
    expect(await reply.getByRole('button', { name: 'Ikke et svar' }).count()).toBe(1);
    expect(await reply.getByRole('button', { name: 'Registrér samtykke' }).count()).toBe(0);
    // A disagreement can never be read as approval, not even as the leader's own reading.
    expect(await reply.getByRole('button', { name: 'Registrér som godkendelse (min læsning)' }).count()).toBe(0);
    expect(await reply.getByLabel('Jeg læser svaret som en godkendelse af version 1').count()).toBe(0);
    await screenshot(four.page, 'consent-1b-not-approval');
    await reply.getByRole('button', { name: 'Ikke et svar' }).click();
    await expect.poll(() => four.frame.locator('.reply').count()).toBe(0);
    const cecilie = await stateOf(ids[2]!);
    expect(cecilie.value).toBe('consentRequested');
    expect(cecilie.context.consent).toBeNull();

    // The receipt names the exact IKU hash.
    const dash = await session.open(`dashboard.html#teamId=${teamId}`);
    const download = dash.waitForEvent('download');
    await dash.getByRole('button', { name: 'Samtykkekvittering (PDF): Anne Ærø' }).click();
    const file = await (await download).path();
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`IKU’ens indhold, SHA-256: ${anne.context.hash}`);
    expect(text).toContain('Afsender: anne@randers.dk');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    // The personnel-file system (a host added as such): what to upload, then the three marks.
    await dash.goto(`chrome-extension://${session.extensionId}/dashboard.html#view=settings`);
    // The consent reminder's working days are a setting, with a message on a bad value.
    const wait = dash.getByLabel('Påmind om manglende samtykke efter (arbejdsdage)');
    await wait.fill('0');
    await wait.blur();
    await expect.poll(() => dash.locator('#consent-wait-error').textContent()).toBe('Skriv et helt antal arbejdsdage mellem 1 og 30.');
    await wait.fill('3');
    await wait.blur();
    await expect.poll(() => dash.locator('#consent-wait-error').count()).toBe(0);
    await dash.getByLabel('Adresse', { exact: true }).fill(`http://localhost:${server.port}`);
    await dash.getByLabel(/^Personalesag/).check();
    await dash.getByRole('button', { name: 'Tilføj personalesagssystem' }).click();
    await expect.poll(() => dash.locator('ul.hosts li').count()).toBe(2);
    const hr = await session.context.newPage();
    await hr.goto(`http://localhost:${server.port}/personnel/sag.html`);
    await hr.locator('tus-assistent-personnel').getByRole('button', { name: 'TUS: til personalesagen' }).click();
    const panel = (await (await hr.waitForSelector('iframe[title="TUS-assistent: til personalesagen"]')).contentFrame())!;
    const anneRow = panel.locator(`li[data-employee-id="${ids[0]}"]`);
    // One archive file per employee (the IKU with the consent receipt), and one mark for that upload.
    await anneRow.getByRole('button', { name: 'Hent arkivfil: Anne Ærø' }).click();
    await expect.poll(() => anneRow.locator('.downloads a').count()).toBe(1);
    expect(await anneRow.locator('.downloads a').first().getAttribute('download')).toMatch(/^IKU_Anne_Ærø_\d{4}-\d{2}-\d{2}_v1\.pdf$/);
    await screenshot(hr, 'consent-2-personnel-file');
    await anneRow.getByRole('button', { name: 'Lagt på personalesagen: Anne Ærø' }).click();
    await expect.poll(() => anneRow.locator('.ok').allTextContents()).toContain('✓ IKU og samtykke på personalesag');
    // Not archived until the e-Boks mark too; and the cycle not until every employee is.
    expect((await stateOf(ids[0]!)).value).toBe('consented');
    await anneRow.getByRole('button', { name: 'Sendt til e-Boks: Anne Ærø' }).click();
    await expect.poll(() => stateOf(ids[0]!).then((s) => s.value)).toBe('archived');
    expect(await kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('consent');
    await kit.close();
  });
});
