import { describe, expect, it } from 'vitest';
import { IkuPanel } from '../../../components/dashboard/IkuPanel';
import { replay, toRow } from '../../../lib/cycles/replay';
import { scriptEvents, scriptHash } from '../../../lib/demo/script';
import type { Employee, IkuVersion } from '../../../lib/domain/types';
import { ARCHIVE_MARKS } from '../../../machines/archive-marks';
import type { CycleEvent } from '../../../machines/cycle.machine';
import { DAY, SESSION_AT } from '../../support/cycle-events';
import { mount } from '../../support/mount';

const employees: Employee[] = ['e1', 'e2'].map((id) => ({ id, teamId: 't', name: `Navn ${id}`, email: `${id}@x.dk` }));
const ikus: IkuVersion[] = employees.map((e) => ({
  id: `c:${e.id}:1`,
  cycleId: 'c',
  employeeId: e.id,
  version: 1,
  contentHash: scriptHash(e.id, 1),
  pdfSha256: 'x',
  pdf: new Blob(['%PDF-'], { type: 'application/pdf' }),
  fileName: `IKU_${e.id}.pdf`,
  createdAt: 1,
}));

/** e1's IKU consented and filed with every mark (archived); e2's still waiting for consent. */
function stateWithE1Archived() {
  const events: CycleEvent[] = scriptEvents('tus-iku', ['e1', 'e2'], SESSION_AT, 'consent');
  const at = SESSION_AT + 12 * DAY;
  events.push({ type: 'iku.consent', employeeId: 'e1', at, version: 1, hash: scriptHash('e1', 1), evidence: { channel: 'paper' } });
  for (const mark of ARCHIVE_MARKS) events.push({ type: 'iku.markFiled', employeeId: 'e1', mark, at: at + 1 });
  return replay(
    'tus-iku',
    events.map((e, i) => toRow('c', i + 1, e)),
  );
}

const panel = (cycle: ReturnType<typeof replay>) =>
  mount(
    <IkuPanel
      employees={employees}
      ikus={ikus}
      progress={null}
      onZip={() => undefined}
      onAfterTus={() => Promise.resolve()}
      onRevise={() => undefined}
      onReceipt={() => undefined}
      consented={[]}
      busy={false}
      cycle={cycle}
    />,
  );

describe('the IKU panel offers only what the state allows', () => {
  it('no agreement after the TUS for an archived IKU, and one (what, who, when) for an open one', () => {
    const snapshot = stateWithE1Archived();
    expect(snapshot.context.ikus.find((i) => i.employeeId === 'e1')?.value).toBe('archived');
    const view = panel(snapshot);
    const row = (id: string) => view.root.querySelector(`li[data-employee-id="${id}"]`)!;
    expect(row('e1').querySelector('.after-tus')).toBeNull();
    const open = row('e2').querySelector('.after-tus')!;
    expect([...open.querySelectorAll('input')].map((i) => i.getAttribute('aria-label'))).toEqual([
      'Aftale efter TUS: Navn e2',
      'Ansvarlig (påkrævet): Navn e2',
      'Dato (påkrævet): Navn e2',
    ]);
    view.unmount();
  });

  it('nothing after the TUS and no new versions once the cycle is archived', () => {
    const events = scriptEvents('tus-iku', ['e1', 'e2'], SESSION_AT, 'archived');
    const view = panel(
      replay(
        'tus-iku',
        events.map((e, i) => toRow('c', i + 1, e)),
      ),
    );
    expect(view.root.querySelector('.after-tus')).toBeNull();
    expect(view.text()).not.toContain('Lav nye versioner');
    view.unmount();
  });

  it('offers "Lav nye versioner" only when an IKU would change (unknown here: no cycle id, so not offered)', () => {
    const view = panel(stateWithE1Archived());
    expect(view.text()).not.toContain('Lav nye versioner');
    view.unmount();
  });
});
