import Dexie from 'dexie';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplateEditor } from '../../../components/dashboard/TemplateEditor';
import { getDb } from '../../../lib/browser/db';
import { mount } from '../../support/mount';

afterEach(() => vi.restoreAllMocks());

describe('the template editor when saving fails', () => {
  it('says the texts were not saved and why, instead of "Gemt"', async () => {
    vi.spyOn(getDb().settings, 'put').mockImplementation(() => {
      throw new Dexie.AbortError('aborted', new DOMException('quota', 'QuotaExceededError'));
    });
    const view = mount(<TemplateEditor teamId="t1" variant="tus" />);
    await vi.waitFor(async () => {
      await view.settle(10);
      expect(view.root.querySelector('textarea')).not.toBeNull();
    });
    const save = Array.from(view.root.querySelectorAll('button')).find((b) => b.textContent === 'Gem')!;
    act(() => {
      save.dispatchEvent(new save.ownerDocument.defaultView!.Event('click', { bubbles: true }));
    });
    await view.until(() =>
      expect(view.root.querySelector('[role="alert"]')?.textContent).toBe(
        'Ikke gemt: Der er ikke plads til flere data i browseren. Frigør plads på computeren (tøm papirkurven, slet store filer), og prøv igen.',
      ),
    );
    expect(view.root.querySelector('[role="status"]')).toBeNull();
    view.unmount();
  });
});
