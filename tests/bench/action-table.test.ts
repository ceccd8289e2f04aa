import { describe, expect, it } from 'vitest';
import { formatActions, perEmployee } from '../../bench/action-table';

describe("the bench's table of the leader's actions", () => {
  it('derives per employee and once from the totals at 12 and 24 (the counts are linear in the team size)', () => {
    expect(perEmployee({ 12: { total: 17 }, 24: { total: 29 } })).toEqual({ perEmployee: 1, once: 5 });
    expect(perEmployee({ 12: { total: 17 } })).toBeNull();
  });

  it('prints measured flows beside the manual baseline, and says which flows are not counted yet', () => {
    const table = formatActions({ archive: { 12: { total: 17 }, 24: { total: 29 } } });
    const archive = table.split('\n').find((l) => l.startsWith('consent → archive marks'))!;
    expect(archive.split('|').map((c) => c.trim())).toEqual([
      'consent → archive marks, our part only',
      '17',
      '29',
      '1 (+5 once)',
      '6 (+2 once)',
      '–',
      '≤ 2 (+3)',
      'OK',
    ]);
    const consent = table.split('\n').find((l) => l.startsWith('IKUs generated'))!;
    expect(consent).toContain('not counted');
    expect(consent).toContain('8 (+3 once)');
  });

  it('flags a flow over its budget', () => {
    const table = formatActions({ archive: { 12: { total: 28 }, 24: { total: 52 } } });
    expect(table.split('\n').find((l) => l.startsWith('consent → archive marks'))).toMatch(/OVER$/);
  });
});
