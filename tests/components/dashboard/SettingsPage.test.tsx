import Dexie from 'dexie';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../../components/dashboard/SettingsPage';
import { getDb } from '../../../lib/browser/db';
import { mount } from '../../support/mount';

// The page uses the extension's database singleton (fake-indexeddb here); its settings table is made to fail.
afterEach(async () => {
  vi.restoreAllMocks();
  await getDb().settings.clear();
});

function event(root: Element, selector: string, type: string, value?: string) {
  const el = root.querySelector(selector) as HTMLInputElement;
  act(() => {
    if (value !== undefined) el.value = value;
    el.dispatchEvent(new el.ownerDocument.defaultView!.Event(type, { bubbles: true, cancelable: true }));
  });
}

async function settingsPage() {
  const view = mount(<SettingsPage />);
  await vi.waitFor(async () => {
    await view.settle(10);
    expect(view.root.querySelector('#leader-email')).not.toBeNull();
  });
  return view;
}

const alerts = (root: Element) => Array.from(root.querySelectorAll('[role="alert"]')).map((e) => e.textContent);

describe('the settings page when a write fails', () => {
  it('says the leader was not saved, why and what to do, when the disk is full; and never "Gemt"', async () => {
    vi.spyOn(getDb().settings, 'put').mockImplementation(() => {
      throw new Dexie.QuotaExceededError('quota');
    });
    const view = await settingsPage();
    event(view.root, '#leader-name', 'input', 'Lene Leder');
    event(view.root, 'form', 'submit');
    await view.until(() =>
      expect(alerts(view.root)).toContain(
        'Indstillingen er ikke gemt: Der er ikke plads til flere data i browseren. Frigør plads på computeren (tøm papirkurven, slet store filer), og prøv igen.',
      ),
    );
    expect(view.text()).not.toContain('Gemt');
    view.unmount();
  });

  it("refuses a leader address outside the one e-mail rule, and takes o'brien@…", async () => {
    const view = await settingsPage();
    event(view.root, '#leader-email', 'input', 'lene@randers');
    event(view.root, 'form', 'submit');
    await view.until(() =>
      expect(alerts(view.root)).toContain(
        'Indstillingen er ikke gemt: Din e-mail er ikke gyldig: lene@randers. Ret den, eller lad feltet stå tomt.',
      ),
    );
    expect(await getDb().settings.get('leader')).toBeUndefined();
    event(view.root, '#leader-email', 'input', "O'Brien@Randers.dk");
    event(view.root, 'form', 'submit');
    await view.until(async () => expect((await getDb().settings.get('leader'))?.value).toMatchObject({ email: "o'brien@randers.dk" }));
    await view.until(() => expect(alerts(view.root)).toEqual([]));
    view.unmount();
  });

  it('says the webmail choice was not saved when the database is closed', async () => {
    vi.spyOn(getDb().settings, 'put').mockRejectedValue(new Dexie.DatabaseClosedError());
    const view = await settingsPage();
    event(view.root, 'input[name="webmail"]:not(:checked)', 'change');
    await view.until(() =>
      expect(alerts(view.root).join(' ')).toContain('Indstillingen er ikke gemt: Forbindelsen til dataene blev lukket'),
    );
    view.unmount();
  });
});
