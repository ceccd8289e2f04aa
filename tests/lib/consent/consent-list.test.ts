import { describe, expect, it } from 'vitest';
import { consentList, nextInRound } from '../../../lib/consent/consent-list';
import type { ConsentRequestItem } from '../../../lib/messaging/replies';

const item = (employeeName: string, state: ConsentRequestItem['state'], teamName = 'Hjemmeplejen'): ConsentRequestItem => ({
  cycleId: `c-${teamName}`,
  employeeId: `e-${employeeName}`,
  employeeName,
  teamName,
  version: 1,
  state,
});

describe('the consent list for 40 employees', () => {
  const items = [
    item('Øjvind', 'generated'),
    item('Anne', 'consentRequested'),
    item('Søren', 'generated'),
    item('Bo', 'generated', 'Aftenvagten'),
    item('Åse', 'generated'),
  ];

  it('puts what is left first, by team then Danish name order, and the sent ones apart', () => {
    const { left, done } = consentList(items);
    expect(left.map((i) => i.employeeName)).toEqual(['Bo', 'Søren', 'Øjvind', 'Åse']);
    expect(done.map((i) => i.employeeName)).toEqual(['Anne']);
  });

  it('filters by name, case-insensitively, in both parts', () => {
    expect(consentList(items, 'sø').left.map((i) => i.employeeName)).toEqual(['Søren']);
    expect(consentList(items, ' ANNE ').done.map((i) => i.employeeName)).toEqual(['Anne']);
    expect(consentList(items, 'ANNE').left).toEqual([]);
    expect(consentList(items, '').left).toHaveLength(4);
  });

  it('gives the round the next one left, never one already sent or skipped', () => {
    expect(nextInRound(items)?.employeeName).toBe('Bo');
    expect(nextInRound(items, new Set(['c-Aftenvagten:e-Bo']))?.employeeName).toBe('Søren');
    expect(nextInRound([item('Anne', 'consentRequested')])).toBeNull();
  });
});
