import type { CycleActions, Outcome } from '../../lib/actions/cycle';
import { downloadIkuZip, downloadReceipt } from '../../lib/actions/documents';
import type { CycleRow } from '../../lib/cycles/queries';
import type { Employee } from '../../lib/domain/types';
import { isCorrectionWindowOpen } from '../../machines/correction-window';
import { topState } from '../../machines/next-step';
import { useCycleSheet } from '../hooks/use-cycle';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';
import { CorrectionsPanel } from './CorrectionsPanel';
import type { Progress } from './CycleSection';
import { IkuPanel } from './IkuPanel';

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

/** The open cycle's sheet after the session: the correction period, then the IKUs. */
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
  return (
    <>
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
      {(progress || (sheet && sheet.ikus.length > 0)) && (
        <IkuPanel
          employees={employees}
          ikus={sheet?.ikus ?? []}
          progress={progress}
          busy={busy}
          cycle={cache ?? undefined}
          consented={(cache?.context.ikus ?? []).filter((i) => i.context.consent?.version === i.context.version).map((i) => i.employeeId)}
          onZip={() => run(() => downloadIkuZip(sheet?.ikus ?? [], teamName))}
          onAfterTus={actions.addAfterTus}
          onReceipt={(employeeId) => run(() => downloadReceipt(open.id, employeeId))}
          onRevise={() => run(async () => show(await actions.reviseAll()))}
        />
      )}
    </>
  );
}
