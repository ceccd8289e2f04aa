import { useState } from 'preact/hooks';
import { type ActionInput, availableEmployeeActions, type EmployeeActionId } from '../../lib/cycles/actions';
import type { CycleSnapshot } from '../../lib/cycles/replay';
import { offPathMiss } from '../../lib/cycles/step-places';
import type { Employee } from '../../lib/domain/types';
import { ARCHIVE_MARKS } from '../../machines/archive-marks';
import type { IkuEntry } from '../../machines/cycle.machine';
import { useIkusThatWouldChange } from '../hooks/use-iku-preview';
import { useT } from '../hooks/use-t';
import type { InlineForms } from './CycleActionForm';
import { ConfirmOffPath } from './StepPlace';

interface Props {
  /** The cycle's id: "Ny version" is offered only for an IKU whose content would change (lib/iku/changes.ts). */
  cycleId?: string;
  snapshot: CycleSnapshot;
  employees: Employee[];
  now: number;
  busy: boolean;
  withheld?: readonly EmployeeActionId[];
  forms: InlineForms;
  onEmployeeAction: (id: EmployeeActionId, employeeId: string, input: ActionInput) => void;
}

/** Each employee's IKU: version, state, consent and archive marks, and the steps the machine takes now. */
export function IkuTable({ cycleId, snapshot, employees, now, busy, withheld, forms, onEmployeeAction }: Props) {
  const { t } = useT();
  const names = new Map(employees.map((e) => [e.id, e.name]));
  // The machine takes a new version at any time; it is meaningful only when the content changed.
  const wouldChange = useIkusThatWouldChange(cycleId) ?? [];
  const offered = (employeeId: string) =>
    availableEmployeeActions(snapshot, employeeId, now).filter(
      (id) => !withheld?.includes(id) && (id !== 'regenerate' || wouldChange.includes(employeeId)),
    );
  return (
    <table class="ikus" aria-label="IKU">
      <tbody>
        {snapshot.context.ikus.map((iku) => (
          <IkuRow
            key={iku.employeeId}
            iku={iku}
            name={names.get(iku.employeeId) ?? t('dash.removedEmployee')}
            actions={offered(iku.employeeId)}
            busy={busy}
            forms={forms}
            onAction={(id, input) => onEmployeeAction(id, iku.employeeId, input)}
          />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  iku: IkuEntry;
  name: string;
  actions: EmployeeActionId[];
  busy: boolean;
  forms: InlineForms;
  onAction: (id: EmployeeActionId, input: ActionInput) => void;
}

/** The employee actions that ask for a note first. */
const NOTES: Partial<Record<EmployeeActionId, 'dash.consentNote' | 'dash.changesNote'>> = {
  recordConsent: 'dash.consentNote',
  requestChanges: 'dash.changesNote',
};

function IkuRow({ iku, name, actions, busy, forms, onAction }: RowProps) {
  const { t } = useT();
  const key = (id: EmployeeActionId) => `${iku.employeeId}:${id}`;
  return (
    <tr data-employee-id={iku.employeeId}>
      <th scope="row">{name}</th>
      <td class="chips">
        <IkuChips iku={iku} />
      </td>
      <td class="actions">
        {actions.map((id) => (
          <button
            key={id}
            type="button"
            class="small"
            disabled={busy}
            data-action={id}
            aria-label={`${t(`emp.${id}`)}: ${name}`}
            onClick={() => (NOTES[id] || offPathMiss(id) ? forms.toggle(key(id)) : onAction(id, {}))}
          >
            {t(`emp.${id}`)}
          </button>
        ))}
        {actions.map((id) => {
          const miss = forms.open === key(id) ? offPathMiss(id) : null;
          return (
            miss && (
              <ConfirmOffPath
                key={id}
                miss={miss}
                onCancel={forms.close}
                onConfirm={() => {
                  forms.close();
                  onAction(id, {});
                }}
              />
            )
          );
        })}
        {(['recordConsent', 'requestChanges'] as const).map(
          (id) =>
            forms.open === key(id) && (
              <NoteInput
                key={id}
                label={t(NOTES[id]!)}
                onDone={(note) => {
                  forms.close();
                  onAction(id, { note });
                }}
              />
            ),
        )}
      </td>
    </tr>
  );
}

function IkuChips({ iku }: { iku: IkuEntry }) {
  const { t, date } = useT();
  const { marks } = iku.context;
  return (
    <>
      <span class="chip">{t('chip.iku', { version: iku.context.version })}</span>
      <span class={`chip state-${iku.value}`}>{t(`iku.state.${iku.value}`)}</span>
      {iku.context.consent && <span class="chip on">{t('chip.consent')}</span>}
      {ARCHIVE_MARKS.map((m) => {
        const at = marks[m];
        return (
          <span key={m} class={at !== undefined ? 'chip on' : 'chip off'} title={at !== undefined ? date(at) : undefined}>
            {at !== undefined ? '✓ ' : ''}
            {t(`chip.${m}`)}
          </span>
        );
      })}
    </>
  );
}

function NoteInput({ label, onDone }: { label: string; onDone: (note: string) => void }) {
  const { t } = useT();
  const [note, setNote] = useState('');
  return (
    <div class="inline-form">
      <label>
        {label}
        <input value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => onDone(note.trim())}>
        {t('dash.confirm')}
      </button>
    </div>
  );
}
