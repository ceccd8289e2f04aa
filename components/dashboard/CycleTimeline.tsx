import { useState } from 'preact/hooks';
import { type ActionInput, availableCycleActions, type CycleActionId, type EmployeeActionId } from '../../lib/cycles/actions';
import type { CycleSnapshot } from '../../lib/cycles/replay';
import { type Stage, stagesOf } from '../../lib/cycles/stages';
import { offPathMiss, webmailStepsOf } from '../../lib/cycles/step-places';
import type { Employee } from '../../lib/domain/types';
import type { MessageKey } from '../../lib/i18n';
import { phaseOf } from '../../lib/session/agenda';
import { isCorrectionWindowOpen } from '../../machines/correction-window';
import { nextStep, topState } from '../../machines/next-step';
import type { StepOptions } from '../../machines/step-options';
import { useStepPlace } from '../hooks/use-step-place';
import { useT } from '../hooks/use-t';
import { CycleActionForm, type InlineForms, needsInput } from './CycleActionForm';
import { IkuTable } from './IkuTable';
import { ConfirmOffPath, StepPlace, WebmailLine } from './StepPlace';

export type { ActionInput };

// Offered by the panels below the timeline, with what they need: marking an agreement's status
// needs the agreement, and the follow-up panel plans and records meetings; generating the IKUs
// goes through the content check. One button per action on the page (the popup's "Gør det"
// focuses the panel's, by its data-action).
const ELSEWHERE: ReadonlySet<CycleActionId> = new Set(['markAgreement', 'planFollowUps', 'recordFollowUp', 'generateIkus']);

interface Props {
  /** The cycle, for the links to where its steps are done. */
  cycleId?: string;
  snapshot: CycleSnapshot;
  employees: Employee[];
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

/** The cycle's stages, the current one with its next step and actions, and the IKUs' own steps. */
export function CycleTimeline({
  cycleId,
  snapshot,
  employees,
  now,
  stepOptions,
  busy,
  sessionHref,
  withheld,
  onCycleAction,
  onEmployeeAction,
}: Props) {
  const { t, date } = useT();
  // One inline form at a time, the cycle's or an employee's (keyed `employeeId:action`).
  const [open, setOpen] = useState<string | null>(null);
  const toggle = (key: string) => setOpen(open === key ? null : key);
  const forms = { open, toggle, close: () => setOpen(null) };
  const variant = snapshot.context.variant;
  const stages = stagesOf(variant);
  const currentIndex = stages.indexOf(topState(snapshot.value) as Stage);
  const phaseId = phaseOf(snapshot.value);
  // The current step's own place line (StepPlace) already leads to the webmail.
  const currentAction = stepOptions ? nextStep(snapshot, now, stepOptions).action : null;
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">
        {t('dash.timeline')}: {t(`dash.variant.${variant}`)}
      </h3>
      <SessionLine snapshot={snapshot} />
      <ol class="stages">
        {stages.map((stage, i) => {
          const state = i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'ahead';
          const at = doneAt(stage, snapshot);
          return (
            <li key={stage} class={`stage ${state}`} aria-current={state === 'current' ? 'step' : undefined} data-stage={stage}>
              <span class="stage-name">{t(`stage.${stage}`)}</span>
              {state === 'done' && at !== null && <span class="stage-date"> · {date(at)}</span>}
              {state === 'current' && phaseId && <span class="phase"> · {t(`phase.${phaseId}` as MessageKey)}</span>}
              {state !== 'done' &&
                webmailStepsOf(stage)
                  .filter((step) => !(state === 'current' && step === currentAction))
                  .map((step) => <WebmailLine key={step} cycleId={cycleId} action={step} />)}
              {state === 'current' && (
                <CurrentStep
                  cycleId={cycleId}
                  stage={stage}
                  snapshot={snapshot}
                  employees={employees}
                  now={now}
                  stepOptions={stepOptions}
                  busy={busy}
                  sessionHref={sessionHref}
                  forms={forms}
                  onCycleAction={onCycleAction}
                />
              )}
            </li>
          );
        })}
      </ol>
      {snapshot.context.ikus.length > 0 && (
        <IkuTable
          cycleId={cycleId}
          snapshot={snapshot}
          employees={employees}
          now={now}
          busy={busy}
          withheld={withheld}
          forms={forms}
          onEmployeeAction={onEmployeeAction}
        />
      )}
    </section>
  );
}

type CurrentProps = Pick<Props, 'cycleId' | 'snapshot' | 'employees' | 'now' | 'stepOptions' | 'busy' | 'sessionHref' | 'onCycleAction'> & {
  stage: Stage;
  forms: InlineForms;
};

/** The current stage: what comes next and when, the session link, and the actions the machine takes now. */
function CurrentStep({ cycleId, stage, snapshot, employees, now, stepOptions, busy, sessionHref, forms, onCycleAction }: CurrentProps) {
  const { t } = useT();
  const place = useStepPlace(cycleId, stepOptions ? nextStep(snapshot, now, stepOptions).action : null);
  const actions = availableCycleActions(
    snapshot,
    employees.map((e) => e.id),
    now,
  ).filter((id) => !ELSEWHERE.has(id));
  const form = actions.find((id) => id === forms.open && needsInput.has(id));
  // While the window is open, a new date moves the deadline (the same logged event as reopening).
  const actionLabel = (id: CycleActionId) =>
    id === 'reopenCorrections' && isCorrectionWindowOpen(snapshot.context, now) ? t('change.deadline') : t(`action.${id}`);
  return (
    <div class="current-step">
      {stepOptions && <NextStepLine snapshot={snapshot} now={now} stepOptions={stepOptions} />}
      {place && <StepPlace link={place} />}
      {(stage === 'prepared' || stage === 'session') && (
        <p>
          <a href={sessionHref} target="_blank" rel="noopener">
            {t('session.open')}
          </a>
        </p>
      )}
      <div class="actions">
        {actions.map((id) => (
          <button
            key={id}
            type="button"
            disabled={busy}
            data-action={id}
            onClick={() => (needsInput.has(id) || offPathMiss(id) ? forms.toggle(id) : onCycleAction(id, {}))}
          >
            {actionLabel(id)}
          </button>
        ))}
      </div>
      {actions.map((id) => {
        const miss = forms.open === id ? offPathMiss(id) : null;
        return (
          miss && (
            <ConfirmOffPath
              key={id}
              miss={miss}
              onCancel={forms.close}
              onConfirm={() => {
                forms.close();
                onCycleAction(id, {});
              }}
            />
          )
        );
      })}
      {form && (
        <CycleActionForm
          id={form}
          plan={snapshot.context.plan}
          onCancel={forms.close}
          onDone={(input) => {
            forms.close();
            onCycleAction(form, input);
          }}
        />
      )}
    </div>
  );
}

/** When and where the session is (or was): the plan as it stands, moved or not. */
function SessionLine({ snapshot }: { snapshot: CycleSnapshot }) {
  const { t, dateTime } = useT();
  const { sessionAt, place } = snapshot.context.plan;
  if (sessionAt === null) return null;
  return (
    <p class="session-when-where">{t('dash.sessionWhenWhere', { date: dateTime(sessionAt), place: place || t('cyclePage.noPlace') })}</p>
  );
}

function NextStepLine({ snapshot, now, stepOptions }: { snapshot: CycleSnapshot; now: number; stepOptions: StepOptions }) {
  const { t, date } = useT();
  const step = nextStep(snapshot, now, stepOptions);
  return (
    <p class="next">
      {t('dash.nextStep')}: <strong>{t(`step.${step.action}` as MessageKey, { count: step.count ?? 0 })}</strong>
      {step.dueAt !== null && <> · {t('popup.due', { date: date(step.dueAt) })}</>}
      {step.overdue && <strong class="overdue-mark"> · {t('popup.overdue')}</strong>}
    </p>
  );
}
