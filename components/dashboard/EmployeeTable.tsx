import { useState } from 'preact/hooks';
import type { NewEmployee } from '../../lib/actions/teams';
import type { Employee, Role, Team } from '../../lib/domain/types';
import type { EmployeeDuty } from '../../lib/teams/yearly-duty';
import { useT } from '../hooks/use-t';
import { describedBy, Field } from './Field';

interface Props {
  employees: Employee[];
  otherTeams: Team[];
  /** Resolves to null on success, or the field and message of the refusal. */
  onSave: (employee: NewEmployee) => Promise<{ field: string; message: string } | null>;
  onRemove: (employee: Employee) => void;
  /** The access export (GDPR): everything held about the employee, in one zip. */
  onAccess: (employee: Employee) => void;
  onMove: (employee: Employee, teamId: string) => void;
  /** Each employee's yearly IKU duty, by id; empty while it loads. */
  duty?: ReadonlyMap<string, EmployeeDuty>;
}

const EMPTY: NewEmployee = { name: '', email: '', number: '', startedAt: '' };
const ROLES: (Role | '')[] = ['', 'TR', 'AMR', 'leader'];

function EmployeeForm({ initial, onSave, onCancel }: { initial: NewEmployee; onSave: Props['onSave']; onCancel?: () => void }) {
  const { t } = useT();
  const [draft, setDraft] = useState<NewEmployee>(initial);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const prefix = initial.id ? `emp-${initial.id}` : 'emp-new';
  const err = (field: string) => (error?.field === field ? error.message : null);
  const set = (patch: Partial<NewEmployee>) => setDraft({ ...draft, ...patch });
  return (
    <form
      class="employee-form"
      aria-label={initial.id ? t('dash.edit') : t('dash.addEmployee')}
      onSubmit={async (e) => {
        e.preventDefault();
        const problem = await onSave(draft);
        setError(problem);
        if (!problem && !initial.id) setDraft(EMPTY);
      }}
    >
      <Field id={`${prefix}-name`} label={t('dash.name')} error={err('name')}>
        <input
          id={`${prefix}-name`}
          value={draft.name}
          aria-describedby={describedBy(`${prefix}-name`, err('name'))}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </Field>
      <Field id={`${prefix}-email`} label={t('dash.email')} error={err('email')}>
        <input
          id={`${prefix}-email`}
          type="text"
          inputMode="email"
          value={draft.email}
          aria-describedby={describedBy(`${prefix}-email`, err('email'))}
          onInput={(e) => set({ email: e.currentTarget.value })}
        />
      </Field>
      <Field id={`${prefix}-number`} label={t('dash.number')}>
        <input id={`${prefix}-number`} value={draft.number ?? ''} onInput={(e) => set({ number: e.currentTarget.value })} />
      </Field>
      <Field id={`${prefix}-started`} label={t('dash.startedAt')} error={err('startedAt')}>
        <input
          id={`${prefix}-started`}
          type="date"
          value={draft.startedAt ?? ''}
          aria-describedby={describedBy(`${prefix}-started`, err('startedAt'))}
          onInput={(e) => set({ startedAt: e.currentTarget.value })}
        />
      </Field>
      <Field id={`${prefix}-role`} label={t('dash.role')}>
        <select
          id={`${prefix}-role`}
          value={draft.role ?? ''}
          onChange={(e) => set({ role: (e.currentTarget.value || undefined) as Role | undefined })}
        >
          {ROLES.map((r) => (
            <option value={r} key={r}>
              {t(r ? `dash.role.${r}` : 'dash.role.none')}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit">{initial.id ? t('dash.save') : t('dash.addEmployee')}</button>
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          {t('dash.cancel')}
        </button>
      )}
    </form>
  );
}

export function EmployeeTable({ employees, otherTeams, onSave, onRemove, onAccess, onMove, duty }: Props) {
  const { t } = useT();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="employees-heading">
      <h3 id="employees-heading">
        {t('dash.employees')} ({employees.length})
      </h3>
      {employees.length === 0 ? (
        <p>{t('dash.noEmployees')}</p>
      ) : (
        <table class="employees">
          <thead>
            <tr>
              <th>{t('dash.name')}</th>
              <th>{t('dash.email')}</th>
              <th>{t('dash.number')}</th>
              <th>{t('dash.role')}</th>
              <th>{t('dash.startedAtShort')}</th>
              <th>{t('duty.lastIku')}</th>
              <th>
                <span class="visually-hidden">{t('dash.employeeActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {employees.map((emp) =>
              editing === emp.id ? (
                <tr key={emp.id}>
                  <td colSpan={7}>
                    <EmployeeForm
                      initial={emp}
                      onCancel={() => setEditing(null)}
                      onSave={async (d) => {
                        const r = await onSave(d);
                        if (!r) setEditing(null);
                        return r;
                      }}
                    />
                  </td>
                </tr>
              ) : (
                <EmployeeRow
                  key={emp.id}
                  emp={emp}
                  otherTeams={otherTeams}
                  onEdit={() => setEditing(emp.id)}
                  onRemove={onRemove}
                  onAccess={onAccess}
                  onMove={onMove}
                  duty={duty?.get(emp.id)}
                />
              ),
            )}
          </tbody>
        </table>
      )}
      <EmployeeForm initial={EMPTY} onSave={onSave} />
    </section>
  );
}

type RowProps = Pick<Props, 'otherTeams' | 'onRemove' | 'onAccess' | 'onMove'> & {
  emp: Employee;
  onEdit: () => void;
  duty: EmployeeDuty | undefined;
};

/** The last approved IKU and when the next is due, marked when due within 30 days or overdue. */
function DutyCell({ duty }: { duty: EmployeeDuty | undefined }) {
  const { t, date } = useT();
  if (!duty) return <td />;
  const mark = duty.status === 'overdue' || duty.status === 'none' ? 'overdue' : duty.status === 'dueSoon' ? 'dueSoon' : null;
  return (
    <td class={mark ? `duty ${mark}` : 'duty'} data-duty={duty.status}>
      {duty.lastApprovedAt === null ? t('duty.cell.none') : date(duty.lastApprovedAt)}
      {duty.dueAt !== null && <> · {t('duty.cell.next', { date: date(duty.dueAt) })}</>}
      {mark && <strong class="overdue-mark"> · {t(`duty.mark.${mark === 'overdue' ? 'overdue' : 'dueSoon'}`)}</strong>}
    </td>
  );
}

function EmployeeRow({ emp, otherTeams, onEdit, onRemove, onAccess, onMove, duty }: RowProps) {
  const { t, date } = useT();
  return (
    <tr data-employee-id={emp.id}>
      <td>{emp.name}</td>
      <td>{emp.email}</td>
      <td>{emp.number ?? ''}</td>
      <td>{emp.role ? t(`dash.role.${emp.role}`) : ''}</td>
      <td>{emp.startedAt ? date(Date.parse(`${emp.startedAt}T12:00:00Z`)) : ''}</td>
      <DutyCell duty={duty} />
      <td class="row-actions">
        <button type="button" class="secondary" onClick={onEdit} aria-label={`${t('dash.edit')} ${emp.name}`}>
          {t('dash.edit')}
        </button>
        {otherTeams.length > 0 && (
          <select
            aria-label={`${t('dash.moveTo')}: ${emp.name}`}
            value=""
            onChange={(e) => e.currentTarget.value && onMove(emp, e.currentTarget.value)}
          >
            <option value="">{t('dash.moveTo')} …</option>
            {otherTeams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        )}
        <button type="button" class="secondary" onClick={() => onAccess(emp)} aria-label={t('privacy.accessLabel', { name: emp.name })}>
          {t('privacy.access')}
        </button>
        <button type="button" class="danger" onClick={() => onRemove(emp)} aria-label={`${t('dash.remove')} ${emp.name}`}>
          {t('dash.remove')}
        </button>
      </td>
    </tr>
  );
}
