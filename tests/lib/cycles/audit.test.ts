import { describe, expect, it } from 'vitest';
import type { AuditSource as EventRow } from '../../../lib/cycles/audit';
import { auditLabelOf, auditLine } from '../../../lib/cycles/audit';
import { formatDateTime } from '../../../lib/i18n';
import { da } from '../../../lib/i18n/da';
import { en } from '../../../lib/i18n/en';
import { ARCHIVE_MARKS } from '../../../machines/archive-marks';
import { MACHINE_EVENT_TYPES as machineTypes, sampleRows } from '../../support/machine-events';

const PLACEHOLDER = /\{\w+\}/;

describe('the logbook labels', () => {
  it('finds the event types in the machines themselves', () => {
    // Guards the walk: if it found nothing, every check below would pass vacuously.
    expect(machineTypes).toEqual(
      expect.arrayContaining([
        'leader.updatePlan',
        'leader.drawCard',
        'leader.pausePhase',
        'leader.closeCycle',
        'iku.consent',
        'iku.markFiled',
      ]),
    );
    expect(machineTypes.length).toBeGreaterThanOrEqual(24);
  });

  it.each(machineTypes)('%s has a Danish and an English label and renders without placeholders', (type) => {
    const key = auditLabelOf(type);
    expect(key, `no logbook label for ${type}`).not.toBeNull();
    expect(da[key!]?.trim()).toBeTruthy();
    expect(en[key!]?.trim()).toBeTruthy();
    for (const row of sampleRows(type)) {
      const line = auditLine(row);
      expect(line.key).not.toBe('audit.unknown');
      for (const catalog of [da, en]) {
        const text = catalog[line.key].replace(/\{(\w+)\}/g, (whole, name: string) =>
          name in line.params ? String(line.params[name]) : whole,
        );
        expect(text, `${type} in ${catalog === da ? 'da' : 'en'}`).not.toMatch(PLACEHOLDER);
      }
    }
  });

  it('tells absence from return, the consent channels and the archive marks apart', () => {
    const row = (type: string, payload: Record<string, unknown>): EventRow => ({ seq: 1, type, at: 0, payload });
    const keys = [
      auditLine(row('leader.setAbsent', { employeeId: 'e1', absent: true })).key,
      auditLine(row('leader.setAbsent', { employeeId: 'e1', absent: false })).key,
      ...(['mail', 'paper', 'inPerson'] as const).map(
        (channel) => auditLine(row('iku.consent', { employeeId: 'e1', version: 2, hash: 'h', evidence: { channel } })).key,
      ),
      ...ARCHIVE_MARKS.map((mark) => auditLine(row('iku.markFiled', { employeeId: 'e1', mark })).key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect([da[key], en[key]].every((s) => s.trim() && !PLACEHOLDER.test(s.replace('{version}', '2')))).toBe(true);
  });

  it('reads a broken or old payload without throwing, and names a type it does not know', () => {
    const odd: EventRow[] = [
      { seq: 1, type: 'leader.drawCard', at: 0, payload: { cardId: 5 } },
      { seq: 2, type: 'iku.consent', at: 0, payload: { evidence: 'mail' } },
      { seq: 3, type: 'leader.planFollowUps', at: 0, payload: { dates: ['x', 3] } },
      { seq: 4, type: 'leader.renamedLongAgo', at: 0, payload: {} },
    ];
    const lines = odd.map(auditLine);
    expect(lines[0]!.detail).toBeNull();
    expect(lines[1]!.key).toBe('audit.consent');
    expect(lines[2]!.dates).toEqual([3]);
    expect(lines[3]!.key).toBe('audit.unknown');
    expect(lines[3]!.params.type).toBe('leader.renamedLongAgo');
  });

  it('keeps a blank card’s own words and a pile card’s text', () => {
    expect(auditLine({ seq: 1, type: 'leader.drawCard', at: 0, payload: { cardId: 'blank-9', text: 'Hvem gør hvad?' } }).detail).toBe(
      'Hvem gør hvad?',
    );
    expect(auditLine({ seq: 1, type: 'leader.drawCard', at: 0, payload: { cardId: 'voresTeam-1' } }).detail).toBe(
      'Hvad kendetegner en god dag i vores team?',
    );
  });
});

describe('the leader seeing a change to the log', () => {
  it('names the events the acknowledgement covers', () => {
    const line = auditLine({
      seq: 9,
      type: 'leader.acknowledgeLogChange',
      at: 0,
      payload: {
        breaks: [
          { seq: 3, kind: 'modified' },
          { seq: 5, kind: 'missing' },
        ],
      },
    });
    expect(da[line.key]).toBe('Lederen har set ændringen i logbogen');
    expect(line.detail).toBe('#3, #5');
  });
});

describe('logbook times', () => {
  it('show the minute in Copenhagen time, in both languages', () => {
    const at = Date.UTC(2026, 11, 3, 9, 7, 59);
    expect(formatDateTime(at, 'da')).toBe('03.12.2026, 10.07');
    expect(formatDateTime(at, 'en')).toBe('03/12/2026, 10:07');
  });
});
