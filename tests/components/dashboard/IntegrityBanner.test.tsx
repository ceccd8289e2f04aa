import { describe, expect, it, vi } from 'vitest';
import { IntegrityBanner } from '../../../components/dashboard/IntegrityBanner';
import { LocaleContext, translator } from '../../../components/hooks/use-t';
import type { ChainStatus, CycleIntegrity } from '../../../lib/db/database';
import type { Locale } from '../../../lib/i18n';
import { findAll, renderTree, textOf } from '../../support/vnode-text';

const chain = (over: Partial<ChainStatus> = {}): ChainStatus => ({
  firstBadSeq: 3,
  kind: 'modified',
  breaks: [
    { seq: 3, kind: 'modified' },
    { seq: 9, kind: 'missing' },
  ],
  unseen: [
    { seq: 3, kind: 'modified' },
    { seq: 9, kind: 'missing' },
  ],
  detectedAt: Date.UTC(2026, 2, 1, 9),
  seenAt: null,
  ...over,
});

function render(integrity: CycleIntegrity, locale: Locale = 'da') {
  const onAcknowledge = vi.fn();
  const tree = renderTree(
    <LocaleContext.Provider value={translator(locale)}>
      <IntegrityBanner integrity={integrity} busy={false} onAcknowledge={onAcknowledge} />
    </LocaleContext.Provider>,
  );
  const text = tree.map(textOf).join(' ');
  const buttons = findAll(tree, (el) => el.tag === 'button');
  const roles = findAll(tree, (el) => typeof el.props.role === 'string').map((el) => el.props.role);
  return { text, buttons, roles, onAcknowledge };
}

describe('IntegrityBanner', () => {
  it('names the first bad event and every break, and offers the acknowledgement while unseen', () => {
    const { text, buttons, roles, onAcknowledge } = render({ chain: chain(), refused: null });
    expect(text).toContain('Logbogen er ændret efter den blev skrevet: hændelse #3 er ændret.');
    expect(text).toContain('Alle afvigelser: #3 er ændret, #9 mangler.');
    expect(text).toContain('Samtykke og arkivering venter');
    expect(roles).toEqual(['alert']);
    expect(buttons.map(textOf)).toEqual(['Jeg har set det']);
    (buttons[0]!.props.onClick as () => void)();
    expect(onAcknowledge).toHaveBeenCalledOnce();
  });

  it('names the first unseen break when an earlier one was seen', () => {
    const { text } = render({ chain: chain({ unseen: [{ seq: 9, kind: 'missing' }] }), refused: null });
    expect(text).toContain('hændelse #9 mangler.');
  });

  it('says when the leader saw it, without a button', () => {
    const { text, buttons, roles } = render({ chain: chain({ unseen: [], seenAt: Date.UTC(2026, 2, 2, 9) }), refused: null });
    expect(text).toContain('hændelse #3 er ændret');
    expect(text).toContain('Du har set det (');
    expect(buttons).toEqual([]);
    expect(roles).toEqual(['status']);
  });

  it('says a refused event stops the cycle, naming it, in English too', () => {
    const refused = { seq: 41, type: 'leader.closeCycle', machineVersion: 5, detectedAt: 0 };
    expect(render({ chain: null, refused }).text).toContain(
      'Logbogen har hændelse #41 (leader.closeCycle), som denne version af TUS-assistent ikke kan afspille.',
    );
    const en = render({ chain: chain(), refused }, 'en');
    expect(en.text).toContain('The log holds event #41 (leader.closeCycle)');
    expect(en.text).toContain('The log was changed after it was written: event #3 was changed.');
    expect(en.buttons.map(textOf)).toEqual(['I have seen it']);
  });
});
