import { describe, expect, it } from 'vitest';
import { AuditLog, type LogIntegrity } from '../../../components/dashboard/AuditLog';
import { LocaleContext, translator } from '../../../components/hooks/use-t';
import type { AuditSource as EventRow } from '../../../lib/cycles/audit';
import { auditLine } from '../../../lib/cycles/audit';
import { appendEvent, createCycle } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import { roomScriptEvents, SCRIPT_BLANK_CARD } from '../../../lib/demo/room-script';
import { scriptEvents } from '../../../lib/demo/script';
import type { Locale } from '../../../lib/i18n';
import { addEmployees, createTeam } from '../../../lib/teams/store';
import { SESSION_AT } from '../../support/cycle-events';
import { MACHINE_EVENT_TYPES, sampleRows } from '../../support/machine-events';
import { findAll, renderTree, textOf } from '../../support/vnode-text';

const NAMES = new Map([
  ['e1', 'Anne'],
  ['e2', 'Bo'],
  ['e3', 'Camilla'],
]);

function render(rows: EventRow[], locale: Locale = 'da', integrity?: LogIntegrity) {
  const tree = renderTree(
    <LocaleContext.Provider value={translator(locale)}>
      <AuditLog lines={rows.map(auditLine)} names={NAMES} integrity={integrity} />
    </LocaleContext.Provider>,
  );
  const body = findAll(tree, (el) => el.tag === 'tbody');
  const rowsOut = findAll(body, (el) => el.tag === 'tr').map((tr) => tr.children.filter((c) => typeof c !== 'string').map(textOf));
  return { tree, rows: rowsOut };
}

describe('AuditLog', () => {
  it.each(MACHINE_EVENT_TYPES)('renders a %s line in Danish and English', (type) => {
    const rows = sampleRows(type);
    for (const locale of ['da', 'en'] as const) {
      const out = render(rows, locale).rows;
      expect(out).toHaveLength(rows.length);
      for (const [seq, time, what] of out) {
        expect(seq).toMatch(/^\d+$/);
        expect(time).toMatch(/\d{2}[.:]\d{2}$/);
        expect(what).not.toMatch(/Ukendt hændelse|Unknown event|\{\w+\}/);
      }
    }
  });

  it('shows every row of a session that used every room action, each at its minute', async () => {
    const db = new TusDb(`audit-${crypto.randomUUID()}`);
    await createTeam(db, 'Team Syd', 0, 't1');
    await addEmployees(db, 't1', [
      { id: 'e1', name: 'Anne', email: 'anne@randers.dk' },
      { id: 'e2', name: 'Bo', email: 'bo@randers.dk' },
      { id: 'e3', name: 'Camilla', email: 'camilla@randers.dk' },
    ]);
    const ids = ['e1', 'e2', 'e3'];
    const [plan, ...rest] = scriptEvents('tus-iku', ids, SESSION_AT, 'prepared');
    const { row } = await createCycle(db, {
      teamId: 't1',
      variant: 'tus-iku',
      plan: plan!.type === 'leader.updatePlan' ? plan!.plan : {},
      now: SESSION_AT - 40 * 86_400_000,
    });
    // The store asks the machine: a refused event would throw here, not vanish from the log.
    for (const e of [...rest, ...roomScriptEvents(ids, SESSION_AT)]) await appendEvent(db, row.id, e);
    const logged = await db.events.where('[cycleId+seq]').between([row.id, 0], [row.id, Infinity]).toArray();
    expect(logged.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'leader.setAbsent',
        'leader.reshuffle',
        'leader.setNoteTaker',
        'leader.drawCard',
        'leader.pausePhase',
        'leader.resumePhase',
        'leader.extendPhase',
      ]),
    );

    const { rows } = render(logged);
    expect(rows.map((r) => Number(r[0]))).toEqual(logged.map((e) => e.seq));
    const text = rows.map((r) => r[2]);
    expect(text).toEqual(
      expect.arrayContaining([
        'Meldt fraværende – Camilla',
        'Meldt til stede igen – Camilla',
        'Grupperne er blandet om',
        'Samtalen er startet',
        'Ordstyrer og referent i gruppe 1 – Anne',
        'Ordstyrer og referent i gruppe 2 – Bo',
        'Kort lagt på bordet (Hvad kendetegner en god dag i vores team?)',
        `Kort lagt på bordet (${SCRIPT_BLANK_CARD})`,
        'Fasen er sat på pause',
        'Fasen er genoptaget',
        'Fasen er forlænget med 5 min.',
        'Næste fase i samtalen',
      ]),
    );
    // SESSION_AT is 08:00 UTC, 09:00 in Copenhagen in March; the room's events are a minute apart.
    const times = rows.map((r) => r[1]);
    expect(times).toContain('10.03.2026, 09.00');
    expect(times).toContain('10.03.2026, 09.07');
    db.close();
  });

  it('says nothing of the chain until it is checked', () => {
    const { tree } = render(sampleRows('leader.pausePhase'));
    expect(findAll(tree, (el) => el.props.role === 'alert' || el.props.role === 'status')).toHaveLength(0);
  });

  it('says the chain holds when it does', () => {
    const { tree } = render(sampleRows('leader.pausePhase'), 'da', { ok: true });
    expect(findAll(tree, (el) => el.props.role === 'alert')).toHaveLength(0);
    expect(findAll(tree, (el) => el.props.role === 'status').map(textOf)).toEqual(['Logbogen er kontrolleret: ingen hændelse er ændret.']);
  });

  it('names the first changed event in an alert and marks every changed row', () => {
    const rows: EventRow[] = [1, 2, 3, 4].map((seq) => ({ seq, type: 'leader.pausePhase', at: SESSION_AT + seq * 60_000, payload: {} }));
    const integrity: LogIntegrity = {
      ok: false,
      firstBadSeq: 2,
      kind: 'modified',
      breaks: [
        { seq: 2, kind: 'modified' },
        { seq: 4, kind: 'reordered' },
        { seq: 5, kind: 'missing' },
      ],
    };
    const { tree } = render(rows, 'da', integrity);
    const alerts = findAll(tree, (el) => el.props.role === 'alert').map(textOf);
    expect(alerts).toEqual([
      'Logbogen er ændret, efter den blev skrevet: første ændring er hændelse #2 (ændret). Alle ændringer: #2 ændret, #4 flyttet, #5 mangler.',
    ]);
    const marked = findAll(tree, (el) => el.tag === 'tr' && el.props.class === 'tampered');
    expect(marked.map((tr) => [tr.props['data-seq'], textOf(tr.children[0]!)])).toEqual([
      [2, '2 (ændret)'],
      [4, '4 (flyttet)'],
    ]);
    const english = findAll(
      render(rows, 'en', { ok: false, firstBadSeq: 3, kind: 'inserted' }).tree,
      (el) => el.props.role === 'alert',
    ).map(textOf);
    expect(english).toEqual(['The log has been changed after it was written: the first change is event #3 (inserted from outside).']);
  });
});
