import { afterEach, describe, expect, it, vi } from 'vitest';
import { TusDb } from '../../../lib/db/database';
import { agreementsOf, deleteAgreement, saveAgreement } from '../../../lib/sheet/store';
import { debounced } from '../../../lib/sheet/debounce';

describe('competence sheet store', () => {
  it('keeps the first save time, orders team agreements first, deletes', async () => {
    const db = new TusDb(`sheet-${crypto.randomUUID()}`);
    await saveAgreement(db, { id: 'i1', cycleId: 'c', employeeId: 'e1', text: 'Kursus', owner: '', due: '' }, 1);
    await saveAgreement(db, { id: 't1', cycleId: 'c', employeeId: null, text: 'Sparring', owner: 'Alle', due: '2027-01-31' }, 2);
    const again = await saveAgreement(db, { id: 'i1', cycleId: 'c', employeeId: 'e1', text: 'Kursus i forflytning', owner: '', due: '' }, 5);
    expect(again).toMatchObject({ createdAt: 1, updatedAt: 5, text: 'Kursus i forflytning' });
    expect((await agreementsOf(db, 'c')).map((a) => a.id)).toEqual(['t1', 'i1']);
    await deleteAgreement(db, 't1');
    expect((await agreementsOf(db, 'c')).map((a) => a.id)).toEqual(['i1']);
  });
});

describe('debounced save', () => {
  afterEach(() => vi.useRealTimers());
  it('saves the last value after quiet typing, and at once on flush', () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const d = debounced((v: string) => saved.push(v), 500);
    d.push('a');
    d.push('ab');
    vi.advanceTimersByTime(499);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(['ab']);
    d.push('abc');
    d.flush();
    expect(saved).toEqual(['ab', 'abc']);
    d.flush();
    expect(saved).toEqual(['ab', 'abc']);
  });
});
