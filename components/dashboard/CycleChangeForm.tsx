// Changing a started cycle: moving its session (date, time, place, and the correction deadline with
// it), or cancelling it with a reason. Shown only when the machine takes the event (the timeline asks
// availableCycleActions); the store asks again when it is written.
import { useState } from 'preact/hooks';
import { type PlanChangeForm, planChangeForm, validatePlanChange } from '../../lib/cycles/plan-change';
import type { CyclePlan } from '../../lib/domain/types';
import { useT } from '../hooks/use-t';
import { describedBy, Field } from './Field';

/** The session's new date, time and place (and deadline, in TUS med IKU); only what changed is sent. */
export function PlanChange({
  plan,
  onDone,
  onCancel,
}: {
  plan: CyclePlan;
  onDone: (plan: Partial<CyclePlan>) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const [form, setForm] = useState<PlanChangeForm>(() => planChangeForm(plan));
  const [errors, setErrors] = useState<Partial<Record<keyof PlanChangeForm, string>>>({});
  const field = (key: keyof PlanChangeForm, label: string, type: string) => (
    <Field id={`change-${key}`} label={label} error={errors[key]}>
      <input
        id={`change-${key}`}
        type={type}
        value={form[key]}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={describedBy(`change-${key}`, errors[key])}
        onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    </Field>
  );
  return (
    <form
      class="inline-form change-plan"
      aria-label={t('change.plan')}
      onSubmit={(e) => {
        e.preventDefault();
        const result = validatePlanChange(form, plan);
        if (!result.ok) return setErrors(Object.fromEntries(Object.entries(result.errors).map(([k, key]) => [k, t(key)])));
        setErrors({});
        if (Object.keys(result.plan).length === 0) return onCancel();
        onDone(result.plan);
      }}
    >
      {field('date', t('change.date'), 'date')}
      {field('time', t('change.time'), 'time')}
      {field('place', t('change.place'), 'text')}
      {plan.correctionDeadline !== null && field('deadline', t('change.deadlineDate'), 'date')}
      <button type="submit">{t('change.save')}</button>
      <button type="button" class="secondary" onClick={onCancel}>
        {t('dash.cancel')}
      </button>
    </form>
  );
}

/** Cancelling the cycle: a reason is required, and the leader confirms knowing it cannot be undone. */
export function CancelCycle({ onDone, onCancel }: { onDone: (reason: string) => void; onCancel: () => void }) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="inline-form cancel-cycle"
      role="alertdialog"
      aria-label={t('change.cancelCycle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setError(t('change.reasonMissing'));
        onDone(reason.trim());
      }}
    >
      <p id="cancel-cycle-help">{t('change.cancelHelp')}</p>
      <Field id="cancel-reason" label={t('change.reason')} error={error}>
        <textarea
          id="cancel-reason"
          rows={2}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('cancel-reason', error, undefined) ?? 'cancel-cycle-help'}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="danger">
        {t('change.confirmCancel')}
      </button>
      <button type="button" class="secondary" onClick={onCancel}>
        {t('dash.cancel')}
      </button>
    </form>
  );
}
