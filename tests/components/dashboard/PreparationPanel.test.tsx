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
  it('takes another tab’s saved answer into a field not edited here, and keeps an edited one for the leader to decide', async () => {
    const saves: [string, string][] = [];
    const onSave = async (_f: string, text: string, base: string) => {
      saves.push([text, base]);
      if (base !== 'Fra den anden fane') throw new KeyedError('prep.error.changedElsewhere', { text: 'Fra den anden fane' });
    };
    const view = mount(<Answer field="purpose" question="Formål?" stored="" onSave={onSave} />);
    const box = () => view.root.querySelector('textarea')!;
    // Another tab saved while this field was untouched: the field shows it.
    view.rerender(<Answer field="purpose" question="Formål?" stored="Fra den anden fane" onSave={onSave} />);
    await view.settle();
    expect(box().value).toBe('Fra den anden fane');
    fire(box(), 'input', 'Mit svar');
    fire(box(), 'blur');
    await view.settle();
    expect(saves).toEqual([['Mit svar', 'Fra den anden fane']]);
    view.unmount();

    // Edited here while the other tab saved: refused once, with the other answer shown; a second blur saves it over.
    saves.length = 0;
    const edited = mount(<Answer field="purpose" question="Formål?" stored="" onSave={onSave} />);
    const field = () => edited.root.querySelector('textarea')!;
    fire(field(), 'input', 'Mit svar');
    edited.rerender(<Answer field="purpose" question="Formål?" stored="Fra den anden fane" onSave={onSave} />);
    await edited.settle();
    expect(field().value).toBe('Mit svar');
    fire(field(), 'blur');
    await edited.settle();
    expect(edited.root.querySelector('[role="alert"]')!.textContent).toContain('Fra den anden fane');
    fire(field(), 'blur');
    await edited.settle();
    expect(saves).toEqual([
      ['Mit svar', ''],
      ['Mit svar', 'Fra den anden fane'],
    ]);
    expect(edited.root.querySelector('[role="alert"]')).toBeNull();
    edited.unmount();
  });
});
