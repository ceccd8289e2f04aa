import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';
import { startFixtureServer } from './support/fixture-server';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const dialogs: string[] = [];
const XSS = '<img src=x onerror=alert(1)>';
const TEAM = `Nord & Syd's team ${XSS}`;
const PEOPLE = [
  { name: 'Anne Ærø', email: 'anne@randers.dk' },
  { name: XSS, email: 'xss@randers.dk' },
];

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
  session.context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }),
  );
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function seed(stage: 'draft' = 'draft') {
  const kit = await openTestkit(session);
  const ids = await kit.evaluate(
    ([team, people, st]) => window.testkit.seedTeam(team, people, 'tus-iku', st, Date.UTC(2026, 11, 2, 8, 30)),
    [TEAM, PEOPLE, stage] as const,
  );
  await kit.close();
  return ids;
}

async function addLocalhost() {
  const dash = await session.open('dashboard.html#view=settings');
  await dash.getByLabel('Adresse', { exact: true }).fill(`http://localhost:${server.port}`);
  await dash.getByRole('button', { name: 'Tilføj webmail' }).click();
  // The settings page has other status lines (backup, restore): the one that answers this form.
  await expect.poll(() => dash.getByRole('status').filter({ hasText: 'er tilføjet' }).count()).toBe(1);
  await dash.close();
}

async function openOverlay(page: Page): Promise<Frame> {
  await page
    .locator('tus-assistent-button')
    .getByRole('button', { name: /TUS-assistent/ })
    .click();
  const handle = await page.waitForSelector('iframe[title="TUS-assistent"]');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('main');
  return frame;
}

const stateOf = async (cycleId: string) => {
  const kit = await openTestkit(session);
  const state = await kit.evaluate((id) => window.testkit.stateOf(id), cycleId);
  await kit.close();
  return state;
};

describe('webmail overlay in Chromium', () => {
  it('gets the overlay only on a host the leader added', async () => {
    const before = await session.context.newPage();
    await before.goto(`http://localhost:${server.port}/outlook/compose.html`);
    await before.waitForTimeout(500);
    expect(await before.locator('tus-assistent-button').count()).toBe(0);
    await before.close();

    await addLocalhost();
    const added = await session.context.newPage();
    await added.goto(`http://localhost:${server.port}/outlook/compose.html`);
    await added.waitForSelector('tus-assistent-button', { state: 'attached' });
    const other = await session.context.newPage();
    await other.goto(`http://127.0.0.1:${server.port}/outlook/compose.html`);
    await other.waitForTimeout(800);
    expect(await other.locator('tus-assistent-button').count()).toBe(0);
    // A page on a host not added that frames our panel directly gets nothing from the background.
    // Its fixed URL does not load in a page (use_dynamic_url, tests/e2e/frames.spec.ts), so the
    // page uses the URL a page where we do mount can read off our iframe.
    await seed();
    await added
      .locator('tus-assistent-button')
      .getByRole('button', { name: /TUS-assistent/ })
      .click();
    const src = await (await added.waitForSelector('iframe[title="TUS-assistent"]')).evaluate((f) => (f as HTMLIFrameElement).src);
    await other.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      frame.id = 'framed';
      document.body.append(frame);
    }, src);
    const framed = (await (await other.waitForSelector('#framed')).contentFrame())!;
    await expect.poll(() => framed.locator('[role="status"]').textContent(), { timeout: 10_000 }).toContain('åbnet med TUS-knappen');
    expect(await framed.locator('li.cycle').count()).toBe(0);
    await added.close();
    await other.close();
  });

  /** A new draft cycle, and its invitation inserted from the panel into the fixture at `path`. */
  async function insertInvitation(path: string, before?: (page: Page) => Promise<void>) {
    const { cycleId } = await seed();
    const page = await session.context.newPage();
    await page.goto(`http://localhost:${server.port}/${path}`);
    await page.waitForSelector('tus-assistent-button', { state: 'attached' });
    await before?.(page);
    const frame = await openOverlay(page);
    const row = frame.locator(`li[data-cycle-id="${cycleId}"]`);
    await row.getByRole('button', { name: 'Indsæt invitation' }).click();
    // The answer: either the fields, or the question about To.
    await row.locator('.result .fields, .result .ask').first().waitFor({ timeout: 20_000 });
    return { cycleId, page, frame, row };
  }
  const fieldsOf = (row: Locator) => row.locator('.fields li').allTextContents();
  const ALL_FILLED = ['✓ Modtagere', '✓ Emne', '✓ Brevtekst'];
  const OURS = ['anne@randers.dk', 'xss@randers.dk'];
  const attachmentNames = (page: Page, scope = '') =>
    page.locator(`${scope} [data-attachment]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-attachment')));
  const INVITATION_FILES = [
    expect.stringMatching(/^Spørgsmålsark_Nord_&_Syd's_team_.*\.pdf$/),
    expect.stringMatching(/^Guide_.*\.pdf$/),
    expect.stringMatching(/^TUS_.*\.ics$/),
  ];

  it('fills the new Outlook: pills one by one, the body the editor inserts later, files dropped on the editor', async () => {
    const { cycleId, page, row } = await insertInvitation('outlook/compose.html');
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await page.locator('[data-recipient]').allTextContents()).sort()).toEqual(OURS);
    // Nothing left typed in To. The pills are roosterjs entities inside the field, between zero-width spaces: only text outside them counts.
    const typedInTo = (to: Element) => {
      const copy = to.cloneNode(true) as Element;
      for (const pill of copy.querySelectorAll('._Entity')) pill.remove();
      return (copy.textContent ?? '').replaceAll('\u200b', '');
    };
    expect(await page.locator('#to').evaluate(typedInTo)).toBe('');
    expect(await page.locator('#subject').inputValue()).toBe(`Invitation til TUS med IKU for ${TEAM} den onsdag den 2. december 2026`);
    const body = page.locator('#body');
    expect(await body.textContent()).toContain(`Kære alle i ${TEAM}`);
    expect(await body.textContent()).toContain('kl. 09.30');
    expect(await body.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pastes: number }).pastes)).toBe(1);
    expect(await attachmentNames(page)).toEqual(INVITATION_FILES);
    expect(await row.locator('.fields li.ok').count()).toBe(6);
    expect(await row.locator('.downloads a').count()).toBe(0);
    // The editor rebuilds from its own model on each key: our text must be in that model.
    await body.click();
    await page.keyboard.press('End');
    await page.keyboard.type('Hej');
    expect(await body.textContent()).toContain(`Kære alle i ${TEAM}`);
    expect(await body.textContent()).toContain('Hej');
    expect(await body.textContent()).toContain('Kind regards');
    await screenshot(page, 'webmail-outlook');

    expect(await stateOf(cycleId)).toBe('draft');
    await row.getByRole('button', { name: 'Invitationen er sendt' }).click();
    await expect.poll(() => stateOf(cycleId)).toBe('invited');
    await page.close();
  });

  it('fills the new Outlook with Danish labels (the fallbacks), the subject found by its MSG_…_SUBJECT id', async () => {
    const { page, row } = await insertInvitation('outlook/compose.html?lang=da');
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await page.locator('[data-recipient]').allTextContents()).sort()).toEqual(OURS);
    expect(await page.locator('#MSG_1_SUBJECT').inputValue()).toContain('Invitation til TUS med IKU');
    expect(await attachmentNames(page)).toEqual(INVITATION_FILES);
    await page.close();
  });

  it('reports the body ✓ only once the slow editor shows it, and ✗ with the copy fallback when it never does', async () => {
    const slow = await insertInvitation('outlook/compose.html?pasteDelay=1500');
    // At the moment the panel says ✓, the text is there.
    expect((await fieldsOf(slow.row))[2]).toBe('✓ Brevtekst');
    expect(await slow.page.locator('#body').textContent()).toContain(`Kære alle i ${TEAM}`);
    await slow.page.close();

    const lost = await insertInvitation('outlook/compose.html?paste=drop');
    expect((await fieldsOf(lost.row)).slice(0, 3)).toEqual(['✓ Modtagere', '✓ Emne', '✗ Brevtekst']);
    expect(await lost.row.locator('.problem').allTextContents()).toContain(
      'Brevteksten kom ikke frem i brevet. Kopiér den som formateret tekst herunder, og sæt den selv ind.',
    );
    expect(await lost.row.getByRole('button', { name: 'Invitationen er sendt' }).count()).toBe(0);
    await lost.row.getByRole('button', { name: 'Kopiér som formateret tekst' }).click();
    await expect.poll(() => lost.row.locator('.result').textContent()).toContain('Brevteksten er kopieret');
    await lost.page.close();
  });

  it('asks before replacing what To holds in Outlook, and then leaves only our recipients', async () => {
    const { page, row } = await insertInvitation('outlook/compose.html?to=extern@example.com');
    expect(await row.locator('.ask').textContent()).toContain('Modtagerfeltet indeholder allerede: extern@example.com. Skal de erstattes?');
    expect(await page.locator('[data-recipient]').allTextContents()).toEqual(['extern@example.com']);
    expect(await page.locator('#subject').inputValue()).toBe('');
    expect(await page.locator('#body').textContent()).not.toContain('Kære alle');
    await row.getByRole('button', { name: 'Erstat modtagerne' }).click();
    await row.locator('.result .fields').waitFor({ timeout: 20_000 });
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await page.locator('[data-recipient]').allTextContents()).sort()).toEqual(OURS);
    await page.close();
  });

  it('with two Outlook composes open, fills the one the leader was in, and with none chosen fills nothing', async () => {
    const none = await insertInvitation('outlook/compose.html?composes=2');
    expect(await none.row.locator('.problem').allTextContents()).toEqual([
      'Der er åbnet flere nye breve. Klik i det brev, der skal udfyldes, og prøv igen. Intet er udfyldt.',
    ]);
    expect(await none.page.locator('[data-recipient]').count()).toBe(0);
    expect(await none.row.getByRole('button', { name: 'Kopiér som formateret tekst' }).count()).toBe(1);
    expect(await none.row.locator('.downloads a').count()).toBe(3);
    await none.page.close();

    const { page, row } = await insertInvitation('outlook/compose.html?composes=2', (p) =>
      p.locator('[data-compose="2"] .subject').click(),
    );
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await page.locator('[data-compose="2"] [data-recipient]').allTextContents()).sort()).toEqual(OURS);
    expect(await page.locator('[data-compose="2"] .subject').inputValue()).toContain('Invitation til TUS med IKU');
    expect(await page.locator('[data-compose="2"] .body').textContent()).toContain(`Kære alle i ${TEAM}`);
    expect(await attachmentNames(page, '[data-compose="2"]')).toEqual(INVITATION_FILES);
    expect(await page.locator('[data-compose="1"] [data-recipient]').count()).toBe(0);
    expect(await page.locator('[data-compose="1"] .subject').inputValue()).toBe('');
    expect(await page.locator('[data-compose="1"] .body').textContent()).not.toContain('Kære alle');
    await page.close();
  });

  it('fills classic OWA and offers the files as downloads where no drop is taken, saying so', async () => {
    const { page, row } = await insertInvitation('owa/compose.html');
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect(await page.locator('#to').inputValue()).toBe('xss@randers.dk; anne@randers.dk; ');
    expect(await page.locator('#cc').inputValue()).toBe('');
    expect(await page.locator('#subject').inputValue()).toContain('Invitation til TUS med IKU');
    expect(await page.locator('#body').textContent()).toContain(`Kære alle i ${TEAM}`);
    expect(await page.locator('#body img').count()).toBe(0);
    expect(await row.locator('.downloads a').count()).toBe(3);
    expect(await row.locator('.downloads a').first().getAttribute('download')).toMatch(/^Spørgsmålsark_.*\.pdf$/);
    expect((await row.locator('.problem').allTextContents()).join(' ')).toMatch(
      /^Webmailen tog ikke imod filerne \(Spørgsmålsark_.*\)\. Hent dem herunder/,
    );
    expect(await row.locator('.result').textContent()).toContain('Hent filerne');
    await page.close();
  });

  it('asks before replacing what To holds in classic OWA', async () => {
    const { page, row } = await insertInvitation('owa/compose.html?to=extern@example.com');
    expect(await row.locator('.ask').textContent()).toContain('extern@example.com');
    expect(await page.locator('#to').inputValue()).toBe('extern@example.com');
    await row.getByRole('button', { name: 'Erstat modtagerne' }).click();
    await row.locator('.result .fields').waitFor({ timeout: 20_000 });
    expect(await page.locator('#to').inputValue()).toBe('xss@randers.dk; anne@randers.dk; ');
    await page.close();
  });

  it('fills Gmail under Trusted Types: chips through the combobox, the body in the dialog, files on its own drop zone', async () => {
    const violations: string[] = [];
    const filled = await insertInvitation('gmail/compose.html', async (p) => {
      p.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    });
    const { row } = filled;
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await filled.page.locator('[data-recipient]').allTextContents()).sort()).toEqual(OURS);
    expect(await filled.page.locator('#to').inputValue()).toBe('');
    expect(await filled.page.locator('input[name="subjectbox"]').inputValue()).toContain(TEAM);
    const body = filled.page.locator('#body');
    expect(await body.textContent()).toContain(`Kære alle i ${TEAM}`);
    expect(await body.locator('img').count()).toBe(0);
    expect(await attachmentNames(filled.page)).toEqual(INVITATION_FILES);
    expect(await filled.page.locator('.dropzone').count()).toBe(0);
    // The synthetic key after inserting made Gmail save the draft.
    await expect.poll(() => filled.page.locator('.status').textContent()).toBe('Draft saved');
    await body.click();
    await filled.page.keyboard.press('End');
    await filled.page.keyboard.type(' Hej');
    expect(await body.textContent()).toContain(`Kære alle i ${TEAM}`);
    expect(violations.filter((v) => /TrustedHTML|Trusted Type/i.test(v))).toEqual([]);
    await screenshot(filled.page, 'webmail-gmail');
    expect(dialogs).toEqual([]);
    await filled.page.close();
  });

  it('asks before replacing the chips Gmail holds, then removes them', async () => {
    const { page, row } = await insertInvitation('gmail/compose.html?to=extern@example.com');
    expect(await row.locator('.ask').textContent()).toContain('Modtagerfeltet indeholder allerede: extern@example.com');
    expect(await page.locator('[data-recipient]').allTextContents()).toEqual(['extern@example.com']);
    await row.getByRole('button', { name: 'Erstat modtagerne' }).click();
    await row.locator('.result .fields').waitFor({ timeout: 20_000 });
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await page.locator('[data-recipient]').allTextContents()).sort()).toEqual(OURS);
    await page.close();
  });

  it('puts the chips back when a fresh Gmail compose resets its recipients', async () => {
    const { page, row } = await insertInvitation('gmail/compose.html?reset=1');
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await page.locator('[data-recipient]').allTextContents()).sort()).toEqual(OURS);
    await page.close();
  });

  it('with two Gmail compose windows, fills the focused one only', async () => {
    const { page, row } = await insertInvitation('gmail/compose.html?composes=2', (p) => p.locator('[data-compose="2"] .body').click());
    expect((await fieldsOf(row)).slice(0, 3)).toEqual(ALL_FILLED);
    expect((await page.locator('[data-compose="2"] [data-recipient]').allTextContents()).sort()).toEqual(OURS);
    expect(await page.locator('[data-compose="2"] .subject').inputValue()).toContain('Invitation til TUS med IKU');
    expect(await attachmentNames(page, '[data-compose="2"]')).toEqual(INVITATION_FILES);
    expect(await page.locator('[data-compose="1"] [data-recipient]').count()).toBe(0);
    expect(await page.locator('[data-compose="1"] .subject').inputValue()).toBe('');
    expect(await attachmentNames(page, '[data-compose="1"]')).toEqual([]);
    await page.close();
  });
});
