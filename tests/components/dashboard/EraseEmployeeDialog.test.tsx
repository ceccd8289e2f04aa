import { describe, expect, it, vi } from 'vitest';
import { EraseEmployeeDialog } from '../../../components/dashboard/EraseEmployeeDialog';
import { LocaleContext, translator } from '../../../components/hooks/use-t';
import type { ErasurePlan } from '../../../lib/actions/privacy';
import type { Locale } from '../../../lib/i18n';
import { KeyedError } from '../../../lib/i18n/message';
import { findAll, renderTree, textOf } from '../../support/vnode-text';

const PLAN: ErasurePlan = {
  employee: { id: 'bo', name: 'Bo Ege', email: 'bo@x.dk', teamId: 't' },
  teamName: 'Team Øst',
  agreements: 2,
  ikuVersions: 3,
  corrections: 1,
  cycles: [
    { cycleId: 'a', teamName: 'Team Øst', createdAt: 0, open: false, events: 9 },
    { cycleId: 'b', teamName: 'Team Øst', createdAt: 1, open: true, events: 2 },
  ],
  unfinishedIn: [],
  colleagueIkus: 4,
  settings: 2,
};

function render(plan: ErasurePlan | undefined, locale: Locale = 'da', failed: unknown = null) {
  const calls = { onAccess: vi.fn(), onErase: vi.fn(), onClose: vi.fn() };
  const tree = renderTree(
    <LocaleContext.Provider value={translator(locale)}>
      <EraseEmployeeDialog employee={{ name: 'Bo Ege' }} plan={plan} failed={failed} {...calls} />
    </LocaleContext.Provider>,
  );
  const dialog = findAll(tree, (el) => el.props.role === 'alertdialog')[0]!;
  const buttons = findAll(tree, (el) => el.tag === 'button');
  return { text: tree.map(textOf).join(' '), dialog, buttons, calls };
}

describe('EraseEmployeeDialog', () => {
  it('says what goes, that the personnel file is the record of reference, and erases only on the confirm button', () => {
    const { text, dialog, buttons, calls } = render(PLAN);
    expect(dialog.props['aria-labelledby']).toBe('erase-title');
    expect(text).toContain('Fjern og slet Bo Ege');
    for (const part of [
      '2 egne aftaler',
      '3 IKU-versioner (PDF)',
      '1 rettelse',
      '11 hændelser i 2 forløbs logbog',
      '2 påmindelser, der er vist om medarbejderen',
      '4 kollegers IKU’er nævner medarbejderen; de ændres ikke, fordi de er godkendt.',
      'personalesagen',
      'kan ikke fortrydes',
    ])
      expect(text).toContain(part);
    expect(buttons.map(textOf)).toEqual(['Hent alt om Bo Ege (indsigt)', 'Fjern og slet', 'Annullér']);
    expect(buttons[1]!.props.disabled).toBe(false);
    (buttons[1]!.props.onClick as () => void)();
    expect(calls.onErase).toHaveBeenCalledOnce();
    (buttons[0]!.props.onClick as () => void)();
    expect(calls.onAccess).toHaveBeenCalledOnce();
  });

  it('closes on Escape, and only on Escape', () => {
    const { dialog, calls } = render(PLAN);
    const key = dialog.props.onKeyDown as (e: { key: string }) => void;
    key({ key: 'Enter' });
    expect(calls.onClose).not.toHaveBeenCalled();
    key({ key: 'Escape' });
    expect(calls.onClose).toHaveBeenCalledOnce();
  });

  it('cannot erase while loading, while an IKU waits, or when the plan failed', () => {
    expect(render(undefined).buttons[1]!.props.disabled).toBe(true);
    const waiting = render({ ...PLAN, unfinishedIn: ['Team Nord'] });
    expect(waiting.buttons[1]!.props.disabled).toBe(true);
    expect(waiting.text).toContain('IKU’en i det igangværende forløb for Team Nord er ikke arkiveret');
    const failed = render(undefined, 'da', new KeyedError('error.notFound.employee'));
    expect(failed.buttons[1]!.props.disabled).toBe(true);
  });

  it('speaks English too', () => {
    const { text, buttons } = render(PLAN, 'en');
    expect(text).toContain('Remove and erase Bo Ege');
    expect(text).toContain('record of reference');
    expect(buttons.map(textOf)).toEqual(['Download everything about Bo Ege (access request)', 'Remove and erase', 'Cancel']);
  });
});
