import type { ActionInput, CycleActionId } from '../../lib/cycles/actions';
import { endOfDayEpoch } from '../../lib/dates/datetime';
import type { CyclePlan } from '../../lib/domain/types';
import { useT } from '../hooks/use-t';
import { CancelCycle, PlanChange } from './CycleChangeForm';
import { TeamPlanForm } from './TeamPlanForm';

/** The cycle actions that ask the leader for something (or a confirmation) before they are sent. */
export const needsInput: ReadonlySet<CycleActionId> = new Set([
  'reopenCorrections',
  'closeCorrectionsEarly',
  'updatePlan',
  'cancelCycle',
  'completeTeamPlan',
]);

/** Which inline form is open, shared by the cycle's actions and the employees' (keyed `employeeId:action`). */
export interface InlineForms {
  open: string | null;
  toggle: (key: string) => void;
  close: () => void;
}

interface Props {
  id: CycleActionId;
  /** The plan as it stands (the change form starts from it). */
  plan: CyclePlan;
  onDone: (input: ActionInput) => void;
  onCancel: () => void;
}

/** The inline form of an action in `needsInput`. */
export function CycleActionForm({ id, plan, onDone, onCancel }: Props) {
  if (id === 'reopenCorrections') return <UntilInput onDone={(until) => onDone({ until })} />;
  if (id === 'closeCorrectionsEarly') return <ConfirmClose onConfirm={() => onDone({})} onCancel={onCancel} />;
  if (id === 'updatePlan') return <PlanChange plan={plan} onDone={(change) => onDone({ plan: change })} onCancel={onCancel} />;
  if (id === 'cancelCycle') return <CancelCycle onDone={(reason) => onDone({ reason })} onCancel={onCancel} />;
  if (id === 'completeTeamPlan') return <TeamPlanForm onDone={(madeBy) => onDone({ madeBy })} onCancel={onCancel} />;
  return null;
}

function UntilInput({ onDone }: { onDone: (until: number) => void }) {
  const { t } = useT();
  return (
    <div class="inline-form">
      <label>
        {t('dash.reopenUntil')}
        <input
          type="date"
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v) onDone(endOfDayEpoch(v));
          }}
        />
      </label>
    </div>
  );
}

function ConfirmClose({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useT();
  return (
    <div class="inline-form" role="alertdialog" aria-label={t('action.closeCorrectionsEarly')}>
      <p>{t('action.closeCorrectionsEarly.confirm')}</p>
      <button type="button" onClick={onConfirm}>
        {t('dash.confirm')}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        {t('dash.cancel')}
      </button>
    </div>
  );
}
