import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { type ExtensionSession, launchExtension, openTestkit } from './support/browser';
import { startFixtureServer } from './support/fixture-server';

// The service worker stops when idle and starts again for the next event: what it does at
// a start, and that its lazy half (XState, the machines, SHA-256) loads after a restart.
/** Chrome's API inside the extension's own pages and worker (evaluated there, not here). */
declare const chrome: WxtBrowser;

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Stops the worker as the browser does when it is idle; the next event starts it again. */
async function stopWorker(page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.length > 0 && versions.every((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

const runningWorker = async (): Promise<Worker> => session.context.serviceWorkers()[0] ?? session.context.waitForEvent('serviceworker');
const loaded = async (name: string) =>
  (await runningWorker()).evaluate((key) => key in ((self as { __tusWorkerLazy?: object }).__tusWorkerLazy ?? {}), name);
const reminderAlarm = async () => (await runningWorker()).evaluate(() => chrome.alarms.get('tus-reminders'));

describe('the service worker in Chromium', () => {
  it('keeps its alarm and its host registrations across a restart, and loads the machines only for an event that needs them', async () => {
    const dash = await session.open('dashboard.html#view=settings');
    await dash.getByLabel('Adresse', { exact: true }).fill(`http://localhost:${server.port}`);
    await dash.getByRole('button', { name: 'Tilføj webmail' }).click();
    // The settings page has other status lines (storage, retention): the one that says the host was added.
    await expect.poll(() => dash.getByRole('status').filter({ hasText: 'er tilføjet' }).count()).toBe(1);
    const alarm = await reminderAlarm();
    expect(alarm?.periodInMinutes).toBe(15);
    const scripts = async () => (await runningWorker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    const registered = await scripts();
    expect(registered.map((s) => s.id)).toEqual(['host:webmail:http://localhost/*']);

    const kit = await openTestkit(session);
    const { cycleId } = await kit.evaluate(() =>
      window.testkit.seedTeam(
        'Natholdet',
        [{ name: 'Anne Ærø', email: 'anne@randers.dk' }],
        'tus-iku',
        'draft',
        Date.UTC(2026, 11, 2, 8, 30),
      ),
    );

    await stopWorker(kit);
    // A wake that needs nothing (the benchmark's ping, in test builds) loads nothing more.
    expect(await dash.evaluate(() => chrome.runtime.sendMessage({ type: 'tus.bench.ping' }))).toBe('pong');
    expect(await loaded('getDb')).toBe(false);
    expect(await loaded('work')).toBe(false);
    await stopWorker(kit);
    // A message that needs the database but no machine starts the worker and loads only that.
    expect(await dash.evaluate(() => chrome.runtime.sendMessage({ type: 'tus.syncHosts' }))).toBe(true);
    expect(await loaded('work')).toBe(true);
    expect(await loaded('getDb')).toBe(true);
    expect(await loaded('cycleMachine')).toBe(false);
    expect(await loaded('readReply')).toBe(false);
    // The alarm was found, not made again (that would restart its 15 minutes), and the
    // registrations were compared, not replaced.
    expect((await reminderAlarm())?.scheduledTime).toBe(alarm?.scheduledTime);
    expect(await scripts()).toEqual(registered);

    // A write after a restart: the overlay marks the invitation sent (an event through the machine).
    const page = await session.context.newPage();
    await page.goto(`http://localhost:${server.port}/outlook/compose.html`);
    await page
      .locator('tus-assistent-button')
      .getByRole('button', { name: /TUS-assistent/ })
      .click();
    const frame = (await (await page.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
    const row = frame.locator(`li[data-cycle-id="${cycleId}"]`);
    await row.getByRole('button', { name: 'Indsæt invitation' }).click();
    await expect.poll(() => row.locator('.result').textContent(), { timeout: 15_000 }).toContain('Brevtekst');
    await stopWorker(kit);
    await row.getByRole('button', { name: 'Invitationen er sendt' }).click();
    await expect.poll(() => kit.evaluate((id) => window.testkit.stateOf(id), cycleId), { timeout: 15_000 }).toBe('invited');
    expect(await loaded('cycleMachine')).toBe(true);
    await page.close();
    await kit.close();
    await dash.close();
  });
});
