import type { Frame, Page } from 'playwright-core';
import type { ExtensionSession } from './browser';

/** Adds `origin` as a webmail in settings, as the leader would; returns what the page then says. */
export async function addWebmailHost(session: ExtensionSession, origin: string): Promise<string> {
  const dash = await session.open('dashboard.html#view=settings');
  await dash.getByLabel('Adresse', { exact: true }).fill(origin);
  await dash.getByRole('button', { name: 'Tilføj webmail' }).click();
  // The hosts section's own status: the settings page has other live regions (backup, passphrase).
  const status = dash.locator('section[aria-labelledby="hosts-heading"]').getByRole('status');
  await status.waitFor();
  const said = (await status.textContent()) ?? '';
  await dash.close();
  return said;
}

/** Opens our panel with the TUS button in a webmail page; returns its frame once it has rendered. */
export async function openOverlay(page: Page): Promise<Frame> {
  await page
    .locator('tus-assistent-button')
    .getByRole('button', { name: /TUS-assistent/ })
    .click();
  const frame = (await (await page.waitForSelector('iframe[title="TUS-assistent"]')).contentFrame())!;
  await frame.waitForSelector('main');
  return frame;
}
