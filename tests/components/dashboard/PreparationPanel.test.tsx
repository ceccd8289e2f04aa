import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Answer } from '../../../components/dashboard/PreparationPanel';
import { KeyedError } from '../../../lib/i18n/message';
import { mount } from '../../support/mount';

function fire(el: Element, type: 'input' | 'blur', value?: string) {
  act(() => {
    if (value !== undefined) (el as HTMLTextAreaElement).value = value;
    el.dispatchEvent(new el.ownerDocument.defaultView!.Event(type, { bubbles: type === 'input' }));
  });
}

describe('a preparation answer', () => {
  it('is saved when the leader leaves the field, not per keystroke, and not again without an edit', async () => {
    const saved: string[] = [];
    const view = mount(<Answer field="purpose" question="Formål?" stored="" onSave={async (_f, text) => void saved.push(text)} />);
    const box = view.root.querySelector('textarea')!;
    for (const text of ['F', 'Fæ', 'Fælles retning']) fire(box, 'input', text);
    expect(saved).toEqual([]);
    fire(box, 'blur');
    await view.settle();
    expect(saved).toEqual(['Fælles retning']);
    expect(view.root.querySelector('.save-state')!.textContent).toBe('Gemt');
    view.unmount();
  });

  it('does not save a blur when the text is what is stored, and shows a refusal', async () => {
    let calls = 0;
    const view = mount(
      <Answer
        field="roles"
        question="Roller?"
        stored="AMR tager noter"
        onSave={async () => {
          calls++;
          throw new KeyedError('prep.error.tooLong', { max: 1000 });
        }}
      />,
    );
    const box = view.root.querySelector('textarea')!;
    fire(box, 'blur');
    await view.settle();
    expect(calls).toBe(0);
    fire(box, 'input', 'For lang');
    fire(box, 'blur');
    await view.settle();
    expect(calls).toBe(1);
    expect(view.root.querySelector('[role="alert"]')!.textContent).toBe(' Svaret må højst være 1000 tegn.');
    view.unmount();
  });
});
