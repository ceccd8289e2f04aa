import { useState } from 'preact/hooks';
import { type CycleForm, type CycleFormField, validateCycleForm } from '../../lib/cycles/cycle-form';
import { isValidIsoDate } from '../../lib/dates/datetime';
import type { CyclePlan, Variant } from '../../lib/domain/types';
import type { MessageKey } from '../../lib/i18n';
import { useT } from '../hooks/use-t';
import { describedBy, Field } from './Field';

interface Props {
  employeeCount: number;
  /** Resolves to null when started, or the refusal to show. */
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

type Errors = Partial<Record<CycleFormField, MessageKey>>;
type TextField = 'date' | 'time' | 'place' | 'durationMin' | 'deadline';

export function StartCycleForm({ employeeCount, onStart }: Props) {
  const { t } = useT();
  const [form, setForm] = useState(INITIAL);
  const [deadlineTouched, setDeadlineTouched] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
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
  const input = (field: TextField, type: string, label: MessageKey, help?: string) => (
    <TextInput
      field={field}
      type={type}
      label={label}
      help={help}
      value={form[field]}
      errors={errors}
      onInput={(value) => {
        if (field === 'deadline') setDeadlineTouched(true);
        set({ [field]: value });
      }}
    />
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
      <h3 id="start-cycle-heading">{t('dash.startCycle')}</h3>
      <fieldset>
        <legend>{t('dash.variant')}</legend>
        {(['tus-iku', 'tus'] as const).map((v) => (
          <label key={v} class="choice">
            <input type="radio" name="variant" value={v} checked={form.variant === v} onChange={() => set({ variant: v })} />
            {t(`dash.variant.${v}`)}
          </label>
        ))}
      </fieldset>
      {input('date', 'date', 'dash.date')}
      {input('time', 'time', 'dash.time')}
      {input('place', 'text', 'dash.place')}
      {input('durationMin', 'number', 'dash.duration')}
      {form.variant === 'tus-iku' && input('deadline', 'date', 'dash.deadline', t('dash.deadlineHelp'))}
      <FacilitatorFields form={form} errors={errors} set={set} />
      {errors.employees && (
        <p role="alert" class="field-error">
          {t(errors.employees)}
        </p>
      )}
      {failure && (
        <p role="alert" class="field-error">
          {failure}
        </p>
      )}
      <button type="submit">{t('dash.startCycle')}</button>
    </form>
  );
}

interface TextInputProps {
  field: TextField;
  type: string;
  label: MessageKey;
  help?: string;
  value: string;
  errors: Errors;
  onInput: (value: string) => void;
}

function TextInput({ field, type, label, help, value, errors, onInput }: TextInputProps) {
  const { t } = useT();
  const error = errors[field] ? t(errors[field]) : null;
  return (
    <Field id={`cycle-${field}`} label={t(label)} error={error} help={help}>
      <input
        id={`cycle-${field}`}
        type={type}
        value={value}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(`cycle-${field}`, error, help)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Field>
  );
}

/** Who leads the session; a delegate needs a name, and the leader must be there (the rule). */
function FacilitatorFields({ form, errors, set }: { form: CycleForm; errors: Errors; set: (patch: Partial<CycleForm>) => void }) {
  const { t } = useT();
  const err = (f: CycleFormField) => (errors[f] ? t(errors[f]) : null);
  return (
    <fieldset>
      <legend>{t('dash.facilitator')}</legend>
      {(['leader', 'delegate'] as const).map((f) => (
        <label key={f} class="choice">
          <input type="radio" name="facilitator" value={f} checked={form.facilitator === f} onChange={() => set({ facilitator: f })} />
          {t(`dash.facilitator.${f}`)}
        </label>
      ))}
      {form.facilitator === 'delegate' && (
        <>
          <Field id="cycle-delegate" label={t('dash.delegateName')} error={err('delegateName')}>
            <input
              id="cycle-delegate"
              value={form.delegateName}
              aria-describedby={describedBy('cycle-delegate', err('delegateName'))}
              onInput={(e) => set({ delegateName: e.currentTarget.value })}
            />
          </Field>
          <p class="rule">{t('dash.delegateRule')}</p>
          <Field id="cycle-leader-present" label={t('dash.leaderPresent')} error={err('leaderPresent')}>
            <input
              id="cycle-leader-present"
              type="checkbox"
              checked={form.leaderPresent}
              onChange={(e) => set({ leaderPresent: e.currentTarget.checked })}
            />
          </Field>
        </>
      )}
    </fieldset>
  );
}
