import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../lib/domain/types';
import {
  checkIkuContent,
  checkRow,
  NARRATIVE_CHARS,
  readsLikeMinutes,
  teamRowsLikeMinutes,
  unresolved,
} from '../../../lib/iku/content-check';

let n = 0;
const row = (employeeId: string | null, text: string, owner = 'Anne', due = '2027-03-01', extra: Partial<Agreement> = {}): Agreement => ({
  id: `a${++n}`,
  cycleId: 'c',
  employeeId,
  text,
  owner,
  due,
  createdAt: n,
  updatedAt: n,
  ...extra,
});
const people = [{ id: 'anne' }, { id: 'bo' }];

describe('IKU content check', () => {
  it('passes a row with what, who and when', () => {
    expect(checkRow(row('anne', 'Kursus i forflytning'))).toBeNull();
    expect(checkIkuContent([{ id: 'anne' }], [row('anne', 'Kursus i forflytning')])).toEqual([]);
  });

  it('names a missing owner, a missing date, or both', () => {
    const noOwner = row('anne', 'Kursus i forflytning', '  ');
    const noDue = row('anne', 'Sidemandsoplæring', 'Bo', '');
    const neither = row('anne', 'Mentorordning', '', '');
    expect(checkRow(noOwner)).toEqual({ agreementId: noOwner.id, text: 'Kursus i forflytning', missing: ['owner'], minutes: false });
    expect(checkRow(noDue)?.missing).toEqual(['due']);
    expect(checkRow(neither)?.missing).toEqual(['owner', 'due']);
  });

  it.each([
    'Vi talte om at Dorthe synes det er hårdt med aftenvagterne',
    'vi drøftede vagtplanen',
    'Vi snakkede om kurser',
    'Vi diskuterede ny struktur',
    'Dorthe synes det er hårdt',
    'Anne Marie mener at vi skal have mere sparring',
    'Bo Ærø-Hansen føler sig presset',
  ])('flags "%s" as minutes even with owner and date', (text) => {
    expect(readsLikeMinutes(text, true)).toBe(true);
    expect(checkRow(row('anne', text))).toMatchObject({ missing: [], minutes: true });
  });

  it.each([
    'Kursus i forflytning',
    'Vi aftaler sparring hver fredag', // "Vi" + an agreement is not minutes
    'Anne tager kurset i demens',
    'Videndeling om synes-skemaet',
  ])('does not flag "%s"', (text) => {
    expect(readsLikeMinutes(text, true)).toBe(false);
  });

  it('flags long narrative text only without owner or date', () => {
    const start = 'Anne fortæller om sin hverdag ';
    const long = start + 'x'.repeat(NARRATIVE_CHARS + 1 - start.length);
    expect(readsLikeMinutes(long, false)).toBe(true);
    expect(readsLikeMinutes(long, true)).toBe(false);
    expect(readsLikeMinutes(long.slice(0, NARRATIVE_CHARS), false)).toBe(false);
    expect(checkRow(row('anne', long, ''))).toMatchObject({ missing: ['owner'], minutes: true });
  });

  it('reports an empty individual section, and blank rows count as empty', () => {
    const checks = checkIkuContent(people, [row('anne', 'Kursus i forflytning'), row('bo', '   ', '', '')]);
    expect(checks).toEqual([{ employeeId: 'bo', empty: true, rows: [] }]);
  });

  it('does not count team rows or rows agreed after the TUS for or against an employee', () => {
    const checks = checkIkuContent(people, [
      row(null, 'Vi talte om at alle er trætte', '', ''),
      row('anne', 'Kursus', 'Anne', '2027-01-01'),
      row('bo', 'Efter TUS uden ejer', '', '', { afterTus: true }),
    ]);
    // The team row is nobody's problem; Bo's only row is after the TUS, so his section is empty.
    expect(checks).toEqual([{ employeeId: 'bo', empty: true, rows: [] }]);
  });

  it('lists each employee with their own problem rows in the order written', () => {
    const a1 = row('anne', 'Vi talte om vagter');
    const a2 = row('anne', 'Kursus', '');
    const b1 = row('bo', 'Mentor', 'Bo', '2027-01-01');
    const checks = checkIkuContent(people, [a2, b1, a1]);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.employeeId).toBe('anne');
    expect(checks[0]!.rows.map((r) => r.agreementId)).toEqual([a1.id, a2.id]);
  });

  it('an employee is resolved only by an override with a non-blank reason', () => {
    const checks = checkIkuContent(people, []);
    expect(unresolved(checks, [])).toEqual(['anne', 'bo']);
    expect(unresolved(checks, [{ employeeId: 'anne', reason: '  ' }])).toEqual(['anne', 'bo']);
    expect(unresolved(checks, [{ employeeId: 'anne', reason: 'Aftales efter TUS' }])).toEqual(['bo']);
  });
});

describe('team rows that read like minutes (a warning: they print in every IKU)', () => {
  const row = (id: string, employeeId: string | null, text: string, extra: Partial<Agreement> = {}): Agreement => ({
    id,
    cycleId: 'c',
    employeeId,
    text,
    owner: '',
    due: '',
    createdAt: Number(id.slice(1)),
    updatedAt: 0,
    ...extra,
  });

  it('lists only the team rows that read like minutes, in the order written', () => {
    expect(
      teamRowsLikeMinutes([
        row('a3', null, 'Dorthe synes aftenvagterne er hårde'),
        row('a1', null, 'Vi talte om at alle er trætte'),
        row('a2', null, 'Sparring hver fredag', { owner: 'Hele teamet', due: '2027-01-01' }),
        row('a4', 'anne', 'Vi talte om kurset'),
        row('a5', null, 'Vi drøftede mødeformen', { afterTus: true }),
      ]),
    ).toEqual([
      { agreementId: 'a1', text: 'Vi talte om at alle er trætte' },
      { agreementId: 'a3', text: 'Dorthe synes aftenvagterne er hårde' },
    ]);
  });
});
