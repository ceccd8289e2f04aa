import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openTestkit, screenshot } from './support/browser';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const SESSION_AT = Date.UTC(2026, 2, 10, 8, 0);

describe('a changed log in Chromium', () => {
  it('the team page names the first changed event, withholds consent until the leader has seen it, and the logbook says so', async () => {
    const kit = await openTestkit(session);
    const { teamId, cycleId } = await kit.evaluate((at) => window.testkit.seedCycle('tus-iku', 2, 'consent', at), SESSION_AT);

    const page = await session.open(`dashboard.html#teamId=${teamId}`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const consentButtons = page.getByRole('button', { name: /^Registrér samtykke/ });
    await expect.poll(() => consentButtons.count()).toBe(2);
    expect(await page.locator('.integrity-banner').count()).toBe(0);

    // Someone edits event #2 straight in IndexedDB, as the devtools would let them.
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tus-assistent');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('events', 'readwrite');
            const store = tx.objectStore('events');
            const get = store.get([id, 2]);
            get.onsuccess = () => store.put({ ...get.result, at: get.result.at + 60_000 });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      cycleId,
    );
    await page.reload();

    const banner = page.locator('.integrity-banner.chain');
    await expect.poll(() => banner.textContent()).toContain('Logbogen er ændret efter den blev skrevet: hændelse #2 er ændret.');
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await consentButtons.count()).toBe(0);
    await screenshot(page, 'chain-broken-banner');

    await page.locator(`li[data-cycle-id="${cycleId}"]`).getByRole('button', { name: 'Vis logbog' }).click();
    await expect.poll(() => page.locator('.audit-log [role="alert"]').count()).toBe(1);

    await banner.getByRole('button', { name: 'Jeg har set det' }).click();
    await expect.poll(() => banner.getAttribute('role')).toBe('status');
    expect(await banner.textContent()).toContain('Du har set det');
    await expect.poll(() => consentButtons.count()).toBe(2);
    expect(await page.locator('table.audit tbody tr').last().textContent()).toContain('Lederen har set ændringen i logbogen');
    expect(errors).toEqual([]);
  });
});
