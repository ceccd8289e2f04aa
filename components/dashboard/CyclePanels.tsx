import type { CycleActions, Outcome } from '../../lib/actions/cycle';
import { downloadIkuZip, downloadReceipt } from '../../lib/actions/documents';
import type { CycleRow } from '../../lib/cycles/queries';
import type { Employee } from '../../lib/domain/types';
import { isCorrectionWindowOpen } from '../../machines/correction-window';
import { topState } from '../../machines/next-step';
import { useCycleSheet } from '../hooks/use-cycle';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';
import { lazyComponent } from '../lazy';
import { CorrectionsPanel } from './CorrectionsPanel';
import type { Progress } from './CycleSection';
import { IkuContentCheck } from './IkuContentCheck';
import { IkuPanel } from './IkuPanel';
import { TeamPlanPanel } from './TeamPlanPanel';

// Each is shown in a part of the cycle only, so each loads when first shown: the team page's first script stays under 100 KB.
const CarryOver = lazyComponent(() => import('./CarryOver').then((m) => m.CarryOver));
const FollowUpsPanel = lazyComponent(() => import('./FollowUpsPanel').then((m) => m.FollowUpsPanel));

/** The sheet is free and the session not begun: agreements may still be carried over (lib/sheet/store.ts checks it again). */
const PREPARING: readonly string[] = ['draft', 'invited', 'prepared'];

interface Props {
  open: CycleRow;
  actions: CycleActions;
  employees: Employee[];
  teamName: string;
  progress: Progress | null;
  busy: boolean;
  run: Run;
  show: (outcome: Outcome) => void;
}

/** The open cycle's panels: carrying agreements over while preparing; after the session the corrections, the IKUs and the follow-ups. */
export function CyclePanels({ open, actions, employees, teamName, progress, busy, run, show }: Props) {
  const { error } = useT();
  const sheet = useCycleSheet(open.id);
  const cache = open.cache;
  const onCorrect = async (agreement: Parameters<CycleActions['correct']>[0]) => {
    try {
      await actions.correct(agreement);
      return null;
    } catch (e) {
      return error(e);
    }
  };
  const stage = cache ? topState(cache.value) : null;
  return (
    <>
      {stage !== null && PREPARING.includes(stage) && <CarryOver cycleId={open.id} employees={employees} busy={busy} run={run} />}
      {cache && topState(cache.value) === 'corrections' && sheet && (
        <CorrectionsPanel
          cycleId={open.id}
          employees={employees}
          agreements={sheet.agreements}
          corrections={sheet.corrections}
          open={isCorrectionWindowOpen(cache.context, Date.now())}
          deadline={cache.context.plan.correctionDeadline}
          onCorrect={onCorrect}
        />
      )}
      {sheet && (
        <IkuContentCheck
          open={open}
          employees={employees}
          agreements={sheet.agreements}
          actions={actions}
          busy={busy}
          run={run}
          show={show}
        />
      )}
      <TeamPlanPanel open={open} />
      {(progress || (sheet && sheet.ikus.length > 0)) && (
        <IkuPanel
          employees={employees}
          ikus={sheet?.ikus ?? []}
          progress={progress}
          busy={busy}
          cycle={cache ?? undefined}
          cycleId={open.id}
          consented={(cache?.context.ikus ?? []).filter((i) => i.context.consent?.version === i.context.version).map((i) => i.employeeId)}
          onZip={() => run(() => downloadIkuZip(sheet?.ikus ?? [], teamName))}
          onAfterTus={actions.addAfterTus}
          onReceipt={(employeeId) => run(() => downloadReceipt(open.id, employeeId))}
          onRevise={() => run(async () => show(await actions.reviseAll()))}
        />
      )}
      {cache && cache.context.sessionEndedAt !== null && <FollowUpsPanel cycle={open} employees={employees} busy={busy} run={run} />}
    </>
  );
}
