import { describe, expect, it, vi } from 'vitest';
import { AgreementStatusList } from '../../../components/dashboard/AgreementStatusList';
import { LocaleContext, translator } from '../../../components/hooks/use-t';
import type { Employee } from '../../../lib/domain/types';
import type { AgreementStatusRow } from '../../../lib/follow-ups/queries';
import type { Locale } from '../../../lib/i18n';
import { findAll, renderTree, textOf } from '../../support/vnode-text';

const AT = Date.UTC(2027, 2, 10, 13, 30);
const agreement = (id: string, employeeId: string | null, text: string) => ({
  id,
  cycleId: 'c',
  employeeId,
  text,
  owner: '',
  due: '',
  createdAt: 0,
  updatedAt: 0,
});
const ROWS: AgreementStatusRow[] = [
  {
    agreement: agreement('g1', null, 'Sparring hver fredag'),
    latest: { status: 'done', note: 'Kører hver uge', at: AT + 60_000 },
    history: [
      { status: 'underWay', note: null, at: AT, seq: 20 },
      { status: 'done', note: 'Kører hver uge', at: AT + 60_000, seq: 22 },
    ],
  },
  { agreement: agreement('g2', null, 'Fælles kursus'), latest: null, history: [] },
  { agreement: agreement('i1', 'a', 'Kursus i forflytning'), latest: null, history: [] },
];
const EMPLOYEES: Employee[] = [
  { id: 'a', teamId: 't', name: 'Anne', email: 'a@x.dk' },
  { id: 'b', teamId: 't', name: 'Bo', email: 'b@x.dk' },
];

function render(canMark: boolean, locale: Locale = 'da') {
  const tree = renderTree(
    <LocaleContext.Provider value={translator(locale)}>
      <AgreementStatusList rows={ROWS} employees={EMPLOYEES} canMark={canMark} busy={false} onMark={vi.fn()} />
    </LocaleContext.Provider>,
  );
  return { tree, text: tree.map(textOf).join(' ') };
}

describe('AgreementStatusList', () => {
  it('groups the team’s agreements and each employee’s, with the latest status and every mark', () => {
    const { tree, text } = render(true);
    expect(findAll(tree, (el) => el.tag === 'h5').map(textOf)).toEqual(['Teamets aftaler', 'Anne']);
    expect(text).toContain('Status: Gennemført – Kører hver uge');
    expect(text).toContain('Status: Ingen status endnu');
    expect(text).toContain('Historik (2)');
    expect(findAll(tree, (el) => el.tag === 'summary').map(textOf)).toEqual(['Historik (2)']);
    // Nothing is chosen yet: each save waits for a choice.
    const saves = findAll(tree, (el) => el.tag === 'button');
    expect(saves.map(textOf)).toEqual(['Gem status', 'Gem status', 'Gem status']);
    expect(saves.every((b) => b.props.disabled === true)).toBe(true);
  });

  it('shows the statuses read-only when marking is not allowed, and in English', () => {
    const { tree, text } = render(false, 'en');
    expect(findAll(tree, (el) => el.tag === 'select')).toHaveLength(0);
    expect(text).toContain("The team's agreements");
    expect(text).toContain('Status: Done – Kører hver uge');
    expect(text).toContain('History (2)');
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
