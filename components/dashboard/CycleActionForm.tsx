import { useState } from 'preact/hooks';
import type { ActionInput, CycleActionId } from '../../lib/cycles/actions';
import { endOfDayEpoch, isValidIsoDate, zonedToEpoch } from '../../lib/dates/datetime';
import type { CyclePlan } from '../../lib/domain/types';
import { useT } from '../hooks/use-t';
import { CancelCycle, PlanChange } from './CycleChangeForm';
import { TeamPlanForm } from './TeamPlanForm';

/** The cycle actions that ask the leader for something (or a confirmation) before they are sent. */
export const needsInput: ReadonlySet<CycleActionId> = new Set([
  'planFollowUps',
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
  // One meeting per event now (machine v5); helper C's follow-up form replaces this one.
  if (id === 'planFollowUps')
    return <DatesInput onDone={(dates) => onDone({ meeting: { at: dates[0]!, form: 'teamMeeting', place: '' } })} />;
  if (id === 'reopenCorrections') return <UntilInput onDone={(until) => onDone({ until })} />;
  if (id === 'closeCorrectionsEarly') return <ConfirmClose onConfirm={() => onDone({})} onCancel={onCancel} />;
  if (id === 'updatePlan') return <PlanChange plan={plan} onDone={(change) => onDone({ plan: change })} onCancel={onCancel} />;
  if (id === 'cancelCycle') return <CancelCycle onDone={(reason) => onDone({ reason })} onCancel={onCancel} />;
  if (id === 'completeTeamPlan') return <TeamPlanForm onDone={(madeBy) => onDone({ madeBy })} onCancel={onCancel} />;
  return null;
}

function DatesInput({ onDone }: { onDone: (dates: number[]) => void }) {
  const { t } = useT();
  const [dates, setDates] = useState<string[]>(['']);
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="inline-form">
      <fieldset>
        <legend>{t('dash.followUpDates')}</legend>
        {dates.map((d, i) => (
          <input
            key={i}
            type="date"
            aria-label={`${t('dash.followUpDates')} ${i + 1}`}
            value={d}
            onInput={(e) => setDates(dates.map((x, j) => (j === i ? e.currentTarget.value : x)))}
          />
        ))}
        <button type="button" class="secondary" onClick={() => setDates([...dates, ''])}>
          {t('dash.addDate')}
        </button>
      </fieldset>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          const valid = dates.filter(isValidIsoDate).map((d) => zonedToEpoch(d, '10:00'));
          if (!valid.length) return setError(t('error.followUps'));
          onDone(valid);
        }}
      >
        {t('dash.confirm')}
      </button>
    </div>
  );
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
