import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SheetEditor } from '../../../components/session/SheetEditor';
import type { Agreement, Employee } from '../../../lib/domain/types';
import type { AgreementDraft } from '../../../lib/sheet/store';
import { mount } from '../../support/mount';

const row = (employeeId: string | null, extra: Partial<Agreement> = {}): Agreement => ({
  id: `a-${employeeId ?? 'team'}`,
  cycleId: 'c1',
  employeeId,
  text: '',
  owner: '',
  due: '',
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});
const anne: Employee = { id: 'anne', teamId: 't', name: 'Anne Holm', email: 'anne@x.dk' };

function sheet(agreements: Agreement[], showIndividual: boolean, saved: AgreementDraft[] = []) {
  return mount(
    <SheetEditor
      title="Kompetenceskema"
      employees={[anne]}
      showIndividual={showIndividual}
      agreements={agreements}
      newAgreementFocus={0}
      locked={null}
      onSave={(draft) => {
        saved.push(draft);
        return Promise.resolve();
      }}
      onNew={() => Promise.resolve()}
      onDelete={() => undefined}
    />,
  );
}

function fire(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new el.ownerDocument.defaultView!.Event('input', { bubbles: true }));
  });
}

describe('the sheet: owner and date are required on individual rows', () => {
  it('marks owner and date of an individual row as required, visibly and for screen readers, and the team row not', () => {
    const view = sheet([row(null), row('anne')], true);
    const individual = view.root.querySelector('[data-scope="anne"]')!;
    const team = view.root.querySelector('[data-scope="team"]')!;
    for (const label of ['Ansvarlig (påkrævet)', 'Dato (påkrævet)']) {
      const input = individual.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
      expect(input.getAttribute('aria-required')).toBe('true');
    }
    expect(individual.querySelectorAll('.required-mark')).toHaveLength(2);
    expect(team.querySelector('[aria-required]')).toBeNull();
    expect(team.querySelectorAll('.required-mark')).toHaveLength(0);
    view.unmount();
  });

  it('says what is missing once the row has text, and stops saying it when owner and date are there', () => {
    const view = sheet([row('anne')], true);
    const block = view.root.querySelector('[data-scope="anne"]')!;
    expect(block.textContent).not.toContain('Mangler ansvarlig eller dato.');
    fire(block.querySelector('textarea')!, 'Kursus i forflytning');
    expect(block.textContent).toContain('Mangler ansvarlig eller dato.');
    const owner = block.querySelector<HTMLInputElement>('input[aria-label="Ansvarlig (påkrævet)"]')!;
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(owner.getAttribute('aria-describedby')).toBe('agreement-a-anne-missing');
    fire(owner, 'Anne Holm');
    fire(block.querySelector<HTMLInputElement>('input[type="date"]')!, '2027-03-01');
    expect(block.textContent).not.toContain('Mangler ansvarlig eller dato.');
    expect(owner.getAttribute('aria-invalid')).toBeNull();
    view.unmount();
  });
});

describe('the sheet: the team plan marks each team agreement short or long term', () => {
  it('offers the term on team rows in plain TUS and saves the choice', async () => {
    const saved: AgreementDraft[] = [];
    const view = sheet([row(null, { text: 'Jobbytte' })], false, saved);
    const select = view.root.querySelector<HTMLSelectElement>('select[aria-label="Sigt"]')!;
    expect([...select.querySelectorAll('option')].map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['short', 'Kort sigt'],
      ['long', 'Lang sigt'],
    ]);
    // linkedom reads a select's value from its selected option.
    act(() => {
      for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === 'long');
      select.dispatchEvent(new select.ownerDocument.defaultView!.Event('change', { bubbles: true }));
    });
    await view.until(() => expect(saved.at(-1)).toMatchObject({ id: 'a-team', term: 'long' }));
    view.unmount();
  });

  it('has no term in TUS med IKU', () => {
    const view = sheet([row(null), row('anne')], true);
    expect(view.root.querySelector('select[aria-label="Sigt"]')).toBeNull();
    view.unmount();
  });
});
