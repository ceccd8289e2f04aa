import { useState } from 'preact/hooks';
import type { Employee } from '../../lib/domain/types';
import type { MeetingFormField, MeetingFormInput, MeetingFormResult } from '../../lib/follow-ups/meeting-form';
import type { MessageKey } from '../../lib/i18n';
import { FOLLOW_UP_FORMS } from '../../machines/cycle.machine';
import { useT } from '../hooks/use-t';
import { describedBy, Field } from './Field';

interface Props {
  busy: boolean;
  /** The team, for a one-to-one's employee. */
  employees: readonly Pick<Employee, 'id' | 'name'>[];
  /** Resolves to the form's check (nothing written when it refused), or throws the store's refusal. */
  onPlan: (input: MeetingFormInput) => Promise<MeetingFormResult>;
}

const INITIAL: MeetingFormInput = { date: '', time: '09:00', form: 'teamMeeting', place: '', employeeId: '' };

/** One follow-up meeting: date, time, form and place. */
export function FollowUpForm({ busy, employees, onPlan }: Props) {
  const { t } = useT();
  const [form, setForm] = useState(INITIAL);
  const [errors, setErrors] = useState<Partial<Record<MeetingFormField, MessageKey>>>({});
  const err = (f: MeetingFormField) => (errors[f] ? t(errors[f]) : null);
  const text = (field: 'date' | 'time' | 'place', type: string) => (
    <Field id={`follow-up-${field}`} label={t(`followUp.${field}`)} error={err(field)}>
      <input
        id={`follow-up-${field}`}
        type={type}
        value={form[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(`follow-up-${field}`, err(field))}
        onInput={(e) => setForm({ ...form, [field]: e.currentTarget.value })}
      />
    </Field>
  );
  return (
    <form
      class="follow-up-form"
      aria-labelledby="follow-up-form-heading"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await onPlan(form);
        if (!result.ok) return setErrors(result.errors);
        setErrors({});
        // The next one-to-one is with someone else: the employee is chosen again.
        setForm({ ...INITIAL, time: form.time, form: form.form, place: form.place });
      }}
    >
      <h4 id="follow-up-form-heading">{t('followUp.plan')}</h4>
      {text('date', 'date')}
      {text('time', 'time')}
      <Field id="follow-up-form" label={t('followUp.form')}>
        <select
          id="follow-up-form"
          value={form.form}
          onChange={(e) => setForm({ ...form, form: FOLLOW_UP_FORMS.find((f) => f === e.currentTarget.value) ?? form.form })}
        >
          {FOLLOW_UP_FORMS.map((f) => (
            <option key={f} value={f}>
              {t(`followUp.form.${f}`)}
            </option>
          ))}
        </select>
      </Field>
      {form.form === 'oneToOne' && (
        <Field id="follow-up-employee" label={t('followUp.employee')} error={err('employeeId')}>
          <select
            id="follow-up-employee"
            value={form.employeeId}
            aria-invalid={errors.employeeId ? true : undefined}
            aria-describedby={describedBy('follow-up-employee', err('employeeId'))}
            onChange={(e) => setForm({ ...form, employeeId: e.currentTarget.value })}
          >
            <option value="">{t('followUp.employee.choose')}</option>
            {employees.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {text('place', 'text')}
      <button type="submit" data-action="planFollowUps" disabled={busy}>
        {t('followUp.plan')}
      </button>
    </form>
  );
}
