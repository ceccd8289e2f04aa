// Issue 14 (item 5): every cycle, closed ones too, has a page with its IKUs (every version),
// consent receipts, follow-up history and logbook, and its documents open after a browser restart.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, screenshot } from './support/browser';

const DAY = 86_400_000;
const profile = mkdtempSync(join(tmpdir(), 'tus-e2e-cycle-page-'));
let context: BrowserContext | null = null;
/** The extension's base URL (`new URL(…).origin` is "null" for chrome-extension:). */
let base = '';

/** Chromium with the extension on a kept profile: launched twice, it stands for a browser restart. */
async function launch(): Promise<{ context: BrowserContext; base: string }> {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=da-DK',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  return { context: ctx, base: `chrome-extension://${new URL(worker.url()).host}` };
}

afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** Clicks and returns the download's bytes and name. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

/** Writes agreement rows straight into IndexedDB (test seeding: the sheet as typed during the session). */
const seedAgreements = (page: Page, rows: object[]) =>
  page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tus-assistent');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('agreements', 'readwrite');
          for (const row of all) tx.objectStore('agreements').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );

describe('a cycle’s page in Chromium', () => {
  it('lists a closed cycle’s documents, which download before and after a browser restart', async () => {
    ({ context, base } = await launch());
    const kit = await context.newPage();
    await kit.goto(`${base}/testkit.html`);
    await kit.waitForSelector('body[data-ready="true"]');
    // A TUS med IKU whose session was three weeks ago: its correction window is over.
    const sessionAt = Date.now() - 21 * DAY;
    const { teamId, cycleId, employeeIds } = await kit.evaluate(
      (at) => window.testkit.seedCycle('tus-iku', 2, 'corrections', at),
      sessionAt,
    );
    const now = Date.now();
    const team = {
      id: `${cycleId}-t`,
      cycleId,
      employeeId: null,
      text: 'Fælles sparring hver fredag',
      owner: 'Teamet',
      due: '2027-03-01',
      term: 'short',
    };
    await seedAgreements(kit, [
      { ...team, createdAt: now, updatedAt: now },
      ...employeeIds.map((employeeId, i) => ({
        id: `${cycleId}-${i}`,
        cycleId,
        employeeId,
        text: `Kursus i forflytning, modul ${i + 1}`,
        owner: 'Lederen',
        due: '2027-02-01',
        createdAt: now + i + 1,
        updatedAt: now + i + 1,
      })),
    ]);
    expect(await kit.evaluate((id) => window.testkit.generateIkus(id), cycleId)).toBe(2);
    expect(await kit.evaluate((id) => window.testkit.consentAll(id), cycleId)).toBe(2);
    let at = Date.now() + 1000;
    const marks = employeeIds.flatMap((employeeId) =>
      (['ikuFiled', 'consentFiled', 'sentToEBoks'] as const).map((mark) => ({ type: 'iku.markFiled', employeeId, mark, at: at++ })),
    );
    const meetingAt = at + 60 * DAY;
    const followUp = [
      { type: 'leader.planFollowUp', at: at++, meeting: { at: meetingAt, form: 'staffMeeting', place: 'Kantinen' } },
      { type: 'leader.markAgreement', at: at++, agreementId: team.id, status: 'underWay' },
      { type: 'leader.markAgreement', at: at++, agreementId: `${cycleId}-1`, status: 'dropped', note: 'Kurset er aflyst' },
      { type: 'leader.recordFollowUp', at: meetingAt, index: 0 },
      { type: 'leader.closeCycle', at: meetingAt + 1 },
    ];
    await kit.evaluate(([id, events]) => window.testkit.appendEvents(id, events as never), [cycleId, [...marks, ...followUp]] as const);
    expect(await kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('closed');

    // The team page: the closed cycle is under "Tidligere forløb", with a link to its page.
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/dashboard.html#teamId=${teamId}`);
    const history = page.locator(`ul.history li[data-cycle-id="${cycleId}"]`);
    await expect.poll(() => history.count()).toBe(1);
    expect(await page.locator('ul.current-cycle').count()).toBe(0);
    await history.getByRole('link', { name: /^Forløbets side/ }).click();
    await checkPage(page, cycleId);
    await screenshot(page, 'cycle-page-closed');
    expect(errors).toEqual([]);

    // A browser restart: the same profile, a new browser.
    await context.close();
    ({ context, base } = await launch());
    const again = await context.newPage();
    await again.goto(`${base}/dashboard.html#view=cycle&cycleId=${cycleId}`);
    await checkPage(again, cycleId);
  }, 120_000);

  it('moves a planned session, shows its date and place on the timeline, then cancels the cycle with a reason', async () => {
    // The browser the first test restarted, or a new one when this test runs alone.
    if (!context) ({ context, base } = await launch());
    const kit = await context.newPage();
    await kit.goto(`${base}/testkit.html`);
    await kit.waitForSelector('body[data-ready="true"]');
    const sessionAt = Date.now() + 30 * DAY;
    const { teamId, cycleId } = await kit.evaluate((at) => window.testkit.seedCycle('tus-iku', 2, 'invited', at), sessionAt);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/dashboard.html#teamId=${teamId}`);
    const line = page.locator('.session-when-where');
    await expect.poll(() => line.textContent()).toMatch(/^Samtalen: .* · Mødelokale 1$/);

    await page.getByRole('button', { name: 'Ændr dato, tid eller sted' }).click();
    const form = page.getByRole('form', { name: 'Flyt samtalen' });
    await form.getByLabel('Tidspunkt').fill('13:30');
    await form.getByLabel('Sted').fill('Kantinen, 1. sal');
    await form.getByRole('button', { name: 'Gem ændringen' }).click();
    await expect.poll(() => line.textContent()).toMatch(/^Samtalen: \d\d\.\d\d\.\d{4}, 13\.30 · Kantinen, 1\. sal$/);

    await page.getByRole('button', { name: 'Aflys forløbet' }).click();
    const cancel = page.getByRole('alertdialog', { name: 'Aflys forløbet' });
    await cancel.getByRole('button', { name: 'Aflys forløbet' }).click();
    await expect.poll(() => cancel.locator('[role="alert"]').textContent()).toBe('Skriv en begrundelse.');
    expect(await kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('invited');
    await cancel.getByLabel('Begrundelse').fill('Teamet lægges sammen med Syd');
    await cancel.getByRole('button', { name: 'Aflys forløbet' }).click();
    const history = page.locator(`ul.history li[data-cycle-id="${cycleId}"]`);
    await expect.poll(() => history.textContent()).toMatch(/Aflyst \d/);
    expect(await kit.evaluate((id) => window.testkit.stateOf(id), cycleId)).toBe('closed');
    await history.getByRole('link', { name: /^Forløbets side/ }).click();
    await expect.poll(() => page.locator('.cycle-state').textContent()).toMatch(/^Aflyst .*: Teamet lægges sammen med Syd$/);
    expect(await page.locator('.cycle-session').textContent()).toMatch(/13\.30 · Kantinen, 1\. sal$/);
    await screenshot(page, 'cycle-page-cancelled');
    expect(errors).toEqual([]);
  }, 60_000);
});

async function checkPage(page: Page, cycleId: string): Promise<void> {
  await expect.poll(() => page.locator('#cycle-page-heading').textContent()).toBe('TUS med IKU · Sagsbehandlerne');
  expect(await page.locator('.cycle-state').textContent()).toMatch(/^Afsluttet \d/);
  const ikus = page.locator('ul.cycle-ikus li');
  await expect.poll(() => ikus.count()).toBe(2);
  expect(await ikus.first().textContent()).toMatch(/^Medarbejder A · Version 1 · lavet .* · godkendt /);
  const iku = await downloaded(page, () =>
    ikus
      .first()
      .getByRole('link', { name: /^Hent / })
      .click(),
  );
  expect(iku.name).toMatch(/\.pdf$/);
  expect(iku.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const receipt = await downloaded(page, () => page.getByRole('button', { name: 'Hent kvittering for Medarbejder B' }).click());
  expect(receipt.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(await page.locator('ul.cycle-follow-ups li').textContent()).toMatch(/personalemøde · Kantinen · holdt /);
  const marks = await page.locator('ul.cycle-marks li').allTextContents();
  expect(marks).toHaveLength(2);
  expect(marks[0]).toMatch(/Fælles sparring hver fredag · i gang$/);
  expect(marks[1]).toMatch(/Kursus i forflytning, modul 2 · droppet · Kurset er aflyst$/);
  await expect.poll(() => page.locator('.cycle-page table.audit tbody tr').count()).toBeGreaterThan(10);
  expect(await page.locator(`article.cycle-page[data-cycle-id="${cycleId}"]`).count()).toBe(1);
}
