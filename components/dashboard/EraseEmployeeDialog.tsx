import { useEffect, useRef } from 'preact/hooks';
import type { ErasurePlan, PrivacyActions } from '../../lib/actions/privacy';
import type { Employee } from '../../lib/domain/types';
import { useErasurePlan } from '../hooks/use-erasure-plan';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';

interface Props {
  employee: Employee;
  actions: PrivacyActions;
  run: Run;
  onClose: () => void;
}

/** "Fjern" on an employee: asks first, with what the erasure removes read live. */
export function EraseEmployee({ employee, actions, run, onClose }: Props) {
  const { value: plan, error: failed } = useErasurePlan(employee.id);
  return (
    <EraseEmployeeDialog
      employee={employee}
      plan={plan}
      failed={failed}
      onAccess={() => run(() => actions.downloadAccess(employee.id))}
      onErase={() =>
        run(async () => {
          await actions.erase(employee.id);
          onClose();
        })
      }
      onClose={onClose}
    />
  );
}

interface DialogProps {
  employee: Pick<Employee, 'name'>;
  plan: ErasurePlan | undefined;
  failed: unknown;
  onAccess: () => void;
  onErase: () => void;
  onClose: () => void;
}

/**
 * What erasing the employee removes, that the personnel file's copy is the record of reference,
 * and an access export before it goes. Focus starts on Annullér; Escape closes it.
 */
export function EraseEmployeeDialog({ employee, plan, failed, onAccess, onErase, onClose }: DialogProps) {
  const { t, error } = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const blocked = !plan || plan.unfinishedIn.length > 0;
  return (
    <div
      class="inline-form erase-dialog"
      role="alertdialog"
      aria-labelledby="erase-title"
      aria-describedby="erase-intro"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h4 id="erase-title">{t('privacy.erase.title', { name: employee.name })}</h4>
      <p id="erase-intro">{t('privacy.erase.intro', { name: employee.name })}</p>
      {failed ? <p role="alert">{error(failed)}</p> : plan ? <PlanList plan={plan} /> : <p>{t('privacy.loading')}</p>}
      {plan && plan.unfinishedIn.length > 0 && (
        <p role="alert">{t('privacy.erase.unfinished', { name: employee.name, teams: plan.unfinishedIn.join(', ') })}</p>
      )}
      {plan && plan.colleagueIkus > 0 && (
        <p data-erase="colleague-ikus">{t('privacy.erase.colleagueIkus', { count: plan.colleagueIkus })}</p>
      )}
      <p>{t('privacy.erase.reference')}</p>
      <p>
        <strong>{t('privacy.erase.final')}</strong>
      </p>
      <button type="button" class="secondary" onClick={onAccess}>
        {t('privacy.accessLabel', { name: employee.name })}
      </button>
      <button type="button" class="danger" disabled={blocked} onClick={onErase}>
        {t('privacy.erase.confirm')}
      </button>
      <button type="button" class="secondary" ref={cancel} onClick={onClose}>
        {t('dash.cancel')}
      </button>
    </div>
  );
}

function PlanList({ plan }: { plan: ErasurePlan }) {
  const { t } = useT();
  const events = plan.cycles.reduce((n, c) => n + c.events, 0);
  return (
    <ul>
      <li>{t('privacy.erase.row', { team: plan.teamName })}</li>
      <li>{t('privacy.erase.agreements', { count: plan.agreements })}</li>
      <li>{t('privacy.erase.ikus', { count: plan.ikuVersions })}</li>
      <li>{t('privacy.erase.corrections', { count: plan.corrections })}</li>
      {plan.cycles.length > 0 && <li>{t('privacy.erase.events', { events, cycles: plan.cycles.length })}</li>}
      {plan.settings > 0 && <li>{t('privacy.erase.settings', { count: plan.settings })}</li>}
    </ul>
  );
}
