import { useState } from 'preact/hooks';
import type { Employee, Role, Team } from '../../lib/domain/types';
import { t, type Locale } from '../../lib/i18n';
import type { NewEmployee } from '../../lib/teams/store';
import { describedBy, Field } from './Field';

interface Props {
  employees: Employee[];
  otherTeams: Team[];
  locale: Locale;
  /** Resolves to null on success, or the field and message of the refusal. */
  onSave: (employee: NewEmployee) => Promise<{ field: string; message: string } | null>;
  onRemove: (employee: Employee) => void;
  onMove: (employee: Employee, teamId: string) => void;
}

const EMPTY: NewEmployee = { name: '', email: '', number: '' };
const ROLES: (Role | '')[] = ['', 'TR', 'AMR', 'leader'];

function EmployeeForm({ initial, locale, onSave, onCancel }: { initial: NewEmployee; locale: Locale; onSave: Props['onSave']; onCancel?: () => void }) {
  const [draft, setDraft] = useState<NewEmployee>(initial);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const prefix = initial.id ? `emp-${initial.id}` : 'emp-new';
  const err = (field: string) => (error?.field === field ? error.message : null);
  const set = (patch: Partial<NewEmployee>) => setDraft({ ...draft, ...patch });
  return (
    <form
      class="employee-form"
      aria-label={initial.id ? t('dash.edit', {}, locale) : t('dash.addEmployee', {}, locale)}
      onSubmit={async (e) => {
        e.preventDefault();
        const problem = await onSave(draft);
        setError(problem);
        if (!problem && !initial.id) setDraft(EMPTY);
      }}
    >
      <Field id={`${prefix}-name`} label={t('dash.name', {}, locale)} error={err('name')}>
        <input id={`${prefix}-name`} value={draft.name} aria-describedby={describedBy(`${prefix}-name`, err('name'))} onInput={(e) => set({ name: e.currentTarget.value })} />
      </Field>
      <Field id={`${prefix}-email`} label={t('dash.email', {}, locale)} error={err('email')}>
        <input id={`${prefix}-email`} type="text" inputMode="email" value={draft.email} aria-describedby={describedBy(`${prefix}-email`, err('email'))} onInput={(e) => set({ email: e.currentTarget.value })} />
      </Field>
      <Field id={`${prefix}-number`} label={t('dash.number', {}, locale)}>
        <input id={`${prefix}-number`} value={draft.number ?? ''} onInput={(e) => set({ number: e.currentTarget.value })} />
      </Field>
      <Field id={`${prefix}-role`} label={t('dash.role', {}, locale)}>
        <select id={`${prefix}-role`} value={draft.role ?? ''} onChange={(e) => set({ role: (e.currentTarget.value || undefined) as Role | undefined })}>
          {ROLES.map((r) => (
            <option value={r} key={r}>
              {t(r ? `dash.role.${r}` : 'dash.role.none', {}, locale)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">{initial.id ? t('dash.save', {}, locale) : t('dash.addEmployee', {}, locale)}</button>
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          {t('dash.cancel', {}, locale)}
        </button>
      )}
    </form>
  );
}

export function EmployeeTable({ employees, otherTeams, locale, onSave, onRemove, onMove }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="employees-heading">
      <h3 id="employees-heading">
        {t('dash.employees', {}, locale)} ({employees.length})
      </h3>
      {employees.length === 0 ? (
        <p>{t('dash.noEmployees', {}, locale)}</p>
      ) : (
        <table class="employees">
          <thead>
            <tr>
              <th>{t('dash.name', {}, locale)}</th>
              <th>{t('dash.email', {}, locale)}</th>
              <th>{t('dash.number', {}, locale)}</th>
              <th>{t('dash.role', {}, locale)}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {employees.map((emp) =>
              editing === emp.id ? (
                <tr key={emp.id}>
                  <td colSpan={5}>
                    <EmployeeForm initial={emp} locale={locale} onCancel={() => setEditing(null)} onSave={async (d) => { const r = await onSave(d); if (!r) setEditing(null); return r; }} />
                  </td>
                </tr>
              ) : (
                <tr key={emp.id} data-employee-id={emp.id}>
                  <td>{emp.name}</td>
                  <td>{emp.email}</td>
                  <td>{emp.number ?? ''}</td>
                  <td>{emp.role ? t(`dash.role.${emp.role}`, {}, locale) : ''}</td>
                  <td class="row-actions">
                    <button type="button" class="secondary" onClick={() => setEditing(emp.id)} aria-label={`${t('dash.edit', {}, locale)} ${emp.name}`}>
                      {t('dash.edit', {}, locale)}
                    </button>
                    {otherTeams.length > 0 && (
                      <select aria-label={`${t('dash.moveTo', {}, locale)}: ${emp.name}`} value="" onChange={(e) => e.currentTarget.value && onMove(emp, e.currentTarget.value)}>
                        <option value="">{t('dash.moveTo', {}, locale)} …</option>
                        {otherTeams.map((team) => (
                          <option key={team.id} value={team.id}>
                            {team.name}
                          </option>
                        ))}
                      </select>
                    )}
                    <button type="button" class="danger" onClick={() => onRemove(emp)} aria-label={`${t('dash.remove', {}, locale)} ${emp.name}`}>
                      {t('dash.remove', {}, locale)}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <EmployeeForm initial={EMPTY} locale={locale} onSave={onSave} />
    </section>
  );
}
