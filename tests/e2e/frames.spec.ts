import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit } from './support/browser';
import { startFixtureServer } from './support/fixture-server';
import { addWebmailHost } from './support/webmail';

let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const TEAM = 'Hjemmeplejen Vest';

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchExtension();
  expect(await addWebmailHost(session, `http://localhost:${server.port}`)).toContain('er tilføjet');
  const kit = await openTestkit(session);
  await kit.evaluate(
    (team) => window.testkit.seedTeam(team, [{ name: 'Anne', email: 'anne@randers.dk' }], 'tus-iku', 'draft', Date.UTC(2026, 11, 2, 8, 30)),
    TEAM,
  );
  await kit.close();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function composePage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`http://localhost:${server.port}/outlook/compose.html`);
  return page;
}

const toggle = (page: Page) =>
  page
    .locator('tus-assistent-button')
    .getByRole('button', { name: /TUS-assistent/ })
    .click();

/** Opens our panel with the TUS button; returns its frame once it lists the seeded team. */
async function ourPanel(page: Page): Promise<{ frame: Frame; src: string }> {
  await toggle(page);
  const handle = await page.waitForSelector('iframe[title="TUS-assistent"]');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('li.cycle');
  // Read in the page's own world, as a hostile page script would.
  const src = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[title="TUS-assistent"]')!.src);
  return { frame, src };
}

/** A frame the page makes itself. */
async function pageFrame(page: Page, id: string, src: string): Promise<Frame> {
  await page.evaluate(
    ([frameId, url]) => {
      const f = document.createElement('iframe');
      f.id = frameId!;
      f.src = url!;
      f.style.cssText = 'width:380px;height:300px';
      document.body.append(f);
    },
    [id, src],
  );
  const frame = (await (await page.waitForSelector(`#${id}`)).contentFrame())!;
  await frame.waitForLoadState('load');
  return frame;
}

type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } };

// Asked from inside a frame, as our panel code would ask.
const ask = (frame: Frame, message: object) =>
  frame.evaluate((m) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m), message);

describe('only our own frame is answered', () => {
  it('gives a frame the page made with our panel URL nothing, even with guessed nonces, while our panel works', async () => {
    const page = await composePage();
    const { frame: ours, src } = await ourPanel(page);
    expect(await ours.locator('li.cycle').first().textContent()).toContain(TEAM);
    // Our frame's URL carries the per-session dynamic id, not the extension's fixed id.
    expect(new URL(src).host).not.toBe(session.extensionId);

    const theirs = await pageFrame(page, 'copy', src);
    // Same page, same tab, allowed host: it renders, but never gets a nonce, so it shows nothing.
    await expect.poll(() => theirs.locator('[role="status"]').textContent(), { timeout: 10_000 }).toContain('åbnet med TUS-knappen');
    expect(await theirs.locator('li.cycle').count()).toBe(0);
    expect(await theirs.locator('main').count()).toBe(0);
    // Its own messages get nothing either: no list, no data, no fill, no registration of its own.
    expect(await ask(theirs, { type: 'tus.overlay.list' })).toBeNull();
    expect(await ask(theirs, { type: 'tus.overlay.consentRequests' })).toBeNull();
    expect(await ask(theirs, { type: 'tus.fillCompose', mail: { to: [], subject: 'x', body: [], attachments: [] } })).toBeNull();
    const nonce = 'f'.repeat(32);
    expect(await ask(theirs, { type: 'tus.panel.register', page: 'overlay', nonce })).toBe(false);
    expect(await ask(theirs, { type: 'tus.panel.claim', nonce })).toBe(false);
    // The page posting a made-up nonce to the frame changes nothing.
    await page.evaluate(() =>
      (document.getElementById('copy') as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'tus.panel.nonce', nonce: '0'.repeat(32) },
        '*',
      ),
    );
    await page.waitForTimeout(300);
    expect(await theirs.locator('li.cycle').count()).toBe(0);
    expect(await ask(theirs, { type: 'tus.overlay.list' })).toBeNull();

    // Meanwhile our own panel is still answered.
    const list = (await ask(ours, { type: 'tus.overlay.list' })) as { teamName: string }[] | null;
    expect(list?.map((c) => c.teamName)).toContain(TEAM);
    await page.close();
  });

  it('answers the panel again after it was closed and reopened (a fresh nonce per opening)', async () => {
    const page = await composePage();
    const { frame: first } = await ourPanel(page);
    await toggle(page); // close
    await expect.poll(() => page.locator('iframe[title="TUS-assistent"]').count()).toBe(0);
    expect(first.isDetached()).toBe(true);
    const { frame: second } = await ourPanel(page);
    expect(await second.locator('li.cycle').first().textContent()).toContain(TEAM);
    await page.close();
  });

  it('does not let a page load our panel from its fixed URL', async () => {
    const page = await composePage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const fixed = `chrome-extension://${session.extensionId}/overlay.html`;
    const framed = await pageFrame(page, 'fixed', fixed);
    // Chromium refuses the load (use_dynamic_url) and shows its error page instead.
    expect(framed.url()).toMatch(/^chrome-error:/);
    expect(errors.join('\n')).toContain(`Denying load of ${fixed}`);
    // Nor can it probe for the extension by fetching that URL.
    expect(
      await page.evaluate(
        (u) =>
          fetch(u).then(
            () => 'loaded',
            () => 'refused',
          ),
        fixed,
      ),
    ).toBe('refused');
    await page.close();
  });
});
