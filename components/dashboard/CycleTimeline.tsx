import { useState } from 'preact/hooks';
import { ARCHIVE_MARKS } from '../../machines/archive-marks';
import { nextStep, topState } from '../../machines/next-step';
import type { StepOptions } from '../../machines/step-options';
import type { Employee } from '../../lib/domain/types';
import { formatDate, t, type Locale, type MessageKey } from '../../lib/i18n';
import { stagesOf, type Stage } from '../../lib/cycles/stages';
import type { CycleSnapshot } from '../../lib/cycles/replay';
import { endOfDayEpoch, isValidIsoDate, zonedToEpoch } from '../../lib/dates/datetime';
import { phaseOf } from '../../lib/session/agenda';
import { availableCycleActions, availableEmployeeActions, type CycleActionId, type EmployeeActionId } from '../../lib/cycles/actions';

export interface ActionInput {
  dates?: number[];
  until?: number;
  note?: string;
}

interface Props {
  snapshot: CycleSnapshot;
  employees: Employee[];
  locale: Locale;
  now: number;
  /** The leader's settings the next step's due date depends on; undefined while they load. */
  stepOptions: StepOptions | undefined;
  busy: boolean;
  sessionHref: string;
  /** Employee actions not offered now though the machine would take them (the store refuses them too). */
  withheld?: readonly EmployeeActionId[];
  onCycleAction: (id: CycleActionId, input: ActionInput) => void;
  onEmployeeAction: (id: EmployeeActionId, employeeId: string, input: ActionInput) => void;
}

function doneAt(stage: Stage, s: CycleSnapshot): number | null {
  const c = s.context;
  const map: Partial<Record<Stage, number | null>> = {
    invited: c.invitedAt,
    session: c.sessionStartedAt,
    corrections: c.sessionEndedAt,
    teamPlan: c.sessionEndedAt,
    ikusGenerated: c.ikusGeneratedAt,
    closed: c.closedAt,
  };
  return map[stage] ?? null;
}

const needsInput: Partial<Record<CycleActionId, 'dates' | 'until' | 'confirm'>> = {
  planFollowUps: 'dates',
  reopenCorrections: 'until',
  closeCorrectionsEarly: 'confirm',
};

function DatesInput({ locale, onDone }: { locale: Locale; onDone: (dates: number[]) => void }) {
  const [dates, setDates] = useState<string[]>(['']);
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="inline-form">
      <fieldset>
        <legend>{t('dash.followUpDates', {}, locale)}</legend>
        {dates.map((d, i) => (
          <input key={i} type="date" aria-label={`${t('dash.followUpDates', {}, locale)} ${i + 1}`} value={d} onInput={(e) => setDates(dates.map((x, j) => (j === i ? e.currentTarget.value : x)))} />
        ))}
        <button type="button" class="secondary" onClick={() => setDates([...dates, ''])}>
          {t('dash.addDate', {}, locale)}
        </button>
      </fieldset>
      {error && <p class="field-error" role="alert">{error}</p>}
      <button
        type="button"
        onClick={() => {
          const valid = dates.filter(isValidIsoDate).map((d) => zonedToEpoch(d, '10:00'));
          if (!valid.length) return setError(t('error.followUps', {}, locale));
          onDone(valid);
        }}
      >
        {t('dash.confirm', {}, locale)}
      </button>
    </div>
  );
}

function NoteInput({ label, onDone, locale }: { label: string; locale: Locale; onDone: (note: string) => void }) {
  const [note, setNote] = useState('');
  return (
    <div class="inline-form">
      <label>
        {label}
        <input value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => onDone(note.trim())}>
        {t('dash.confirm', {}, locale)}
      </button>
    </div>
  );
}

export function CycleTimeline({ snapshot, employees, locale, now, stepOptions, busy, sessionHref, withheld, onCycleAction, onEmployeeAction }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const variant = snapshot.context.variant;
  const current = topState(snapshot.value) as Stage;
  const stages = stagesOf(variant);
  const currentIndex = stages.indexOf(current);
  const step = stepOptions ? nextStep(snapshot, now, stepOptions) : null;
  const employeeIds = employees.map((e) => e.id);
  const actions = availableCycleActions(snapshot, employeeIds, now);
  const phaseId = phaseOf(snapshot.value);
  const phase = phaseId ? (`phase.${phaseId}` as MessageKey) : null;
  const names = new Map(employees.map((e) => [e.id, e.name]));

  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">
        {t('dash.timeline', {}, locale)}: {t(`dash.variant.${variant}`, {}, locale)}
      </h3>
      <ol class="stages">
        {stages.map((stage, i) => {
          const state = i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'ahead';
          const at = doneAt(stage, snapshot);
          return (
            <li key={stage} class={`stage ${state}`} aria-current={state === 'current' ? 'step' : undefined} data-stage={stage}>
              <span class="stage-name">{t(`stage.${stage}`, {}, locale)}</span>
              {state === 'done' && at !== null && <span class="stage-date"> · {formatDate(at, locale)}</span>}
              {state === 'current' && phase && <span class="phase"> · {t(phase, {}, locale)}</span>}
              {state === 'current' && (
                <div class="current-step">
                  {step && (
                    <p class="next">
                      {t('dash.nextStep', {}, locale)}: <strong>{t(`step.${step.action}` as MessageKey, { count: step.count ?? 0 }, locale)}</strong>
                      {step.dueAt !== null && <> · {t('popup.due', { date: formatDate(step.dueAt, locale) }, locale)}</>}
                      {step.overdue && <strong class="overdue-mark"> · {t('popup.overdue', {}, locale)}</strong>}
                    </p>
                  )}
                  {(stage === 'prepared' || stage === 'session') && (
                    <p>
                      <a href={sessionHref} target="_blank" rel="noopener">
                        {t('session.open', {}, locale)}
                      </a>
                    </p>
                  )}
                  <div class="actions">
                    {actions.map((id) => (
                      <button key={id} type="button" disabled={busy} data-action={id} onClick={() => (needsInput[id] ? setOpen(open === id ? null : id) : onCycleAction(id, {}))}>
                        {t(`action.${id}`, {}, locale)}
                      </button>
                    ))}
                  </div>
                  {open === 'planFollowUps' && actions.includes('planFollowUps') && <DatesInput locale={locale} onDone={(dates) => { setOpen(null); onCycleAction('planFollowUps', { dates }); }} />}
                  {open === 'reopenCorrections' && actions.includes('reopenCorrections') && (
                    <div class="inline-form">
                      <label>
                        {t('dash.reopenUntil', {}, locale)}
                        <input type="date" onChange={(e) => { const v = e.currentTarget.value; if (v) { setOpen(null); onCycleAction('reopenCorrections', { until: endOfDayEpoch(v) }); } }} />
                      </label>
                    </div>
                  )}
                  {open === 'closeCorrectionsEarly' && actions.includes('closeCorrectionsEarly') && (
                    <div class="inline-form" role="alertdialog" aria-label={t('action.closeCorrectionsEarly', {}, locale)}>
                      <p>{t('action.closeCorrectionsEarly.confirm', {}, locale)}</p>
                      <button type="button" onClick={() => { setOpen(null); onCycleAction('closeCorrectionsEarly', {}); }}>
                        {t('dash.confirm', {}, locale)}
                      </button>
                      <button type="button" class="secondary" onClick={() => setOpen(null)}>
                        {t('dash.cancel', {}, locale)}
                      </button>
                    </div>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {snapshot.context.ikus.length > 0 && (
        <table class="ikus" aria-label="IKU">
          <tbody>
            {snapshot.context.ikus.map((iku) => {
              const empActions = availableEmployeeActions(snapshot, iku.employeeId, now).filter((id) => !withheld?.includes(id));
              const name = names.get(iku.employeeId) ?? t('dash.removedEmployee', {}, locale);
              const key = (id: string) => `${iku.employeeId}:${id}`;
              return (
                <tr key={iku.employeeId} data-employee-id={iku.employeeId}>
                  <th scope="row">{name}</th>
                  <td class="chips">
                    <span class="chip">{t('chip.iku', { version: iku.context.version }, locale)}</span>
                    <span class={`chip state-${iku.value}`}>{t(`iku.state.${iku.value}`, {}, locale)}</span>
                    {iku.context.consent && <span class="chip on">{t('chip.consent', {}, locale)}</span>}
                    {ARCHIVE_MARKS.map((m) => (
                      <span key={m} class={iku.context.marks[m] !== undefined ? 'chip on' : 'chip off'} title={iku.context.marks[m] !== undefined ? formatDate(iku.context.marks[m]!, locale) : undefined}>
                        {iku.context.marks[m] !== undefined ? '✓ ' : ''}
                        {t(`chip.${m}`, {}, locale)}
                      </span>
                    ))}
                  </td>
                  <td class="actions">
                    {empActions.map((id) => (
                      <button
                        key={id}
                        type="button"
                        class="small"
                        disabled={busy}
                        aria-label={`${t(`emp.${id}`, {}, locale)}: ${name}`}
                        onClick={() => (id === 'recordConsent' || id === 'requestChanges' ? setOpen(open === key(id) ? null : key(id)) : onEmployeeAction(id, iku.employeeId, {}))}
                      >
                        {t(`emp.${id}`, {}, locale)}
                      </button>
                    ))}
                    {open === key('recordConsent') && <NoteInput locale={locale} label={t('dash.consentNote', {}, locale)} onDone={(note) => { setOpen(null); onEmployeeAction('recordConsent', iku.employeeId, { note }); }} />}
                    {open === key('requestChanges') && <NoteInput locale={locale} label={t('dash.changesNote', {}, locale)} onDone={(note) => { setOpen(null); onEmployeeAction('requestChanges', iku.employeeId, { note }); }} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
