import { useState } from 'preact/hooks';
import type { Variant } from '../../lib/domain/types';
import { t, type Locale, type MessageKey } from '../../lib/i18n';
import { validateCycleForm, type CycleForm, type CycleFormField } from '../../lib/cycles/cycle-form';
import type { CyclePlan } from '../../lib/domain/types';
import { isValidIsoDate } from '../../lib/dates/datetime';
import { describedBy, Field } from './Field';

interface Props {
  employeeCount: number;
  locale: Locale;
  onStart: (variant: Variant, plan: CyclePlan) => Promise<string | null>;
}

const INITIAL: CycleForm = {
  variant: 'tus-iku',
  date: '',
  time: '09:00',
  place: '',
  durationMin: '90',
  deadline: '',
  facilitator: 'leader',
  delegateName: '',
  leaderPresent: false,
};

export function StartCycleForm({ employeeCount, locale, onStart }: Props) {
  const [form, setForm] = useState(INITIAL);
  const [deadlineTouched, setDeadlineTouched] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<CycleFormField, MessageKey>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (patch: Partial<CycleForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    // The deadline follows the session date (five working days) until the leader sets it. The
    // holiday rules are loaded on demand: they are most of the dashboard's code by size.
    const date = patch.date;
    if (date !== undefined && !deadlineTouched && isValidIsoDate(date)) {
      void import('../../lib/dates/working-days').then(({ defaultCorrectionDeadline }) =>
        setForm((current) => (current.date === date ? { ...current, deadline: defaultCorrectionDeadline(date) } : current)),
      );
    }
  };
  const err = (f: CycleFormField) => (errors[f] ? t(errors[f]!, {}, locale) : null);
  const input = (field: 'date' | 'time' | 'place' | 'durationMin' | 'deadline', type: string, label: MessageKey, help?: string) => (
    <Field id={`cycle-${field}`} label={t(label, {}, locale)} error={err(field)} help={help}>
      <input
        id={`cycle-${field}`}
        type={type}
        value={form[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(`cycle-${field}`, err(field), help)}
        onInput={(e) => {
          if (field === 'deadline') setDeadlineTouched(true);
          set({ [field]: e.currentTarget.value });
        }}
      />
    </Field>
  );
  return (
    <form
      class="start-cycle"
      aria-labelledby="start-cycle-heading"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = validateCycleForm(form, employeeCount);
        if (!result.ok) return setErrors(result.errors);
        setErrors({});
        setFailure(await onStart(result.variant, result.plan));
      }}
    >
      <h3 id="start-cycle-heading">{t('dash.startCycle', {}, locale)}</h3>
      <fieldset>
        <legend>{t('dash.variant', {}, locale)}</legend>
        {(['tus-iku', 'tus'] as const).map((v) => (
          <label key={v} class="choice">
            <input type="radio" name="variant" value={v} checked={form.variant === v} onChange={() => set({ variant: v })} />
            {t(`dash.variant.${v}`, {}, locale)}
          </label>
        ))}
      </fieldset>
      {input('date', 'date', 'dash.date')}
      {input('time', 'time', 'dash.time')}
      {input('place', 'text', 'dash.place')}
      {input('durationMin', 'number', 'dash.duration')}
      {form.variant === 'tus-iku' && input('deadline', 'date', 'dash.deadline', t('dash.deadlineHelp', {}, locale))}
      <fieldset>
        <legend>{t('dash.facilitator', {}, locale)}</legend>
        {(['leader', 'delegate'] as const).map((f) => (
          <label key={f} class="choice">
            <input type="radio" name="facilitator" value={f} checked={form.facilitator === f} onChange={() => set({ facilitator: f })} />
            {t(`dash.facilitator.${f}`, {}, locale)}
          </label>
        ))}
        {form.facilitator === 'delegate' && (
          <>
            <Field id="cycle-delegate" label={t('dash.delegateName', {}, locale)} error={err('delegateName')}>
              <input id="cycle-delegate" value={form.delegateName} aria-describedby={describedBy('cycle-delegate', err('delegateName'))} onInput={(e) => set({ delegateName: e.currentTarget.value })} />
            </Field>
            <p class="rule">{t('dash.delegateRule', {}, locale)}</p>
            <Field id="cycle-leader-present" label={t('dash.leaderPresent', {}, locale)} error={err('leaderPresent')}>
              <input id="cycle-leader-present" type="checkbox" checked={form.leaderPresent} onChange={(e) => set({ leaderPresent: e.currentTarget.checked })} />
            </Field>
          </>
        )}
      </fieldset>
      {errors.employees && <p role="alert" class="field-error">{t(errors.employees, {}, locale)}</p>}
      {failure && <p role="alert" class="field-error">{failure}</p>}
      <button type="submit">{t('dash.startCycle', {}, locale)}</button>
    </form>
  );
}
