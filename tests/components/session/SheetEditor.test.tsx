import Dexie from 'dexie';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SheetEditor } from '../../../components/session/SheetEditor';
import type { Agreement } from '../../../lib/domain/types';
import { mount } from '../../support/mount';

const agreement: Agreement = { id: 'a1', cycleId: 'c1', employeeId: null, text: '', owner: '', due: '', createdAt: 1, updatedAt: 1 };

function sheet(onSave: () => Promise<void>, locale: 'da' | 'en' = 'da') {
  return mount(
    <SheetEditor
      title="Kompetenceskema"
      employees={[]}
      showIndividual={false}
      agreements={[agreement]}
      newAgreementFocus={0}
      locked={null}
      onSave={onSave}
      onNew={() => Promise.resolve()}
      onDelete={() => undefined}
    />,
    locale,
  );
}

function typeInto(root: Element, text: string) {
  const field = root.querySelector('textarea')!;
  act(() => {
    field.value = text;
    field.dispatchEvent(new field.ownerDocument.defaultView!.Event('input', { bubbles: true }));
  });
}

describe('the sheet row', () => {
  it.each([
    ['da', new Dexie.QuotaExceededError('quota'), 'Ikke gemt: Der er ikke plads til flere data i browseren. Frigør plads'],
    [
      'en',
      new Dexie.AbortError('aborted', new DOMException('quota', 'QuotaExceededError')),
      'Not saved: The browser has no room for more data.',
    ],
    ['da', new Dexie.DatabaseClosedError(), 'Ikke gemt: Forbindelsen til dataene blev lukket'],
  ] as const)(
    '(%s) says what was not saved, why and what to do, and no longer "saving", when the write fails with %s',
    async (locale, error, shown) => {
      const view = sheet(() => Promise.reject(error), locale);
      typeInto(view.root, 'Vi holder tavlemøde');
      expect(view.text()).toContain(locale === 'da' ? 'Gemmer …' : 'Saving');
      await view.until(() => expect(view.text()).toContain(shown));
      expect(view.text()).not.toContain(locale === 'da' ? 'Gemmer …' : 'Saving');
      expect(view.root.querySelector('[role="alert"]')?.textContent).toContain(shown);
      view.unmount();
    },
  );
});
