import { followUpActions } from '../../lib/actions/follow-ups';
import type { CycleRow } from '../../lib/cycles/queries';
import { fromCache } from '../../lib/cycles/replay';
import type { Employee } from '../../lib/domain/types';
import { meetingsOf, nextMeetingOf } from '../../lib/follow-ups/queries';
import { followUpRights } from '../../lib/follow-ups/rights';
import { useAgreementStatus } from '../hooks/use-follow-ups';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';
import { AgreementStatusList } from './AgreementStatusList';
import { FollowUpForm } from './FollowUpForm';

interface Props {
  cycle: CycleRow;
  employees: Employee[];
  busy: boolean;
  run: Run;
}

/** After the session: the follow-up meetings, planning one, and taking status of the agreements at the next. */
export function FollowUpsPanel({ cycle, employees, busy, run }: Props) {
  const { t, error } = useT();
  const rows = useAgreementStatus(cycle.id);
  if (!cycle.cache || cycle.cache.context.sessionEndedAt === null) return null;
  const snapshot = fromCache(cycle.cache);
  const rights = followUpRights(snapshot, Date.now());
  const actions = followUpActions(cycle);
  const meetings = meetingsOf(snapshot.context);
  const next = nextMeetingOf(snapshot.context);
  const marked = (rows ?? []).some((r) => r.history.length > 0);
  return (
    <section class="follow-ups" aria-labelledby="follow-ups-heading" data-cycle-id={cycle.id}>
      <h3 id="follow-ups-heading">{t('followUp.title')}</h3>
      <p>{t('followUp.intro')}</p>
      {meetings.length === 0 ? (
        <p>{t('followUp.none')}</p>
      ) : (
        <MeetingList cycle={cycle} employees={employees} next={next?.index ?? null} busy={busy} run={run} />
      )}
      {meetings.some((m) => m.heldAt === null) && <p class="hint">{t('followUp.inviteHint')}</p>}
      {rights.plan && (
        <FollowUpForm
          busy={busy}
          employees={employees}
          onPlan={async (input) => {
            // The form's own refusals come back; a store refusal goes to the page's error line.
            let result: Awaited<ReturnType<typeof actions.plan>> = { ok: false, errors: {} };
            await run(async () => {
              result = await actions.plan(input);
            });
            return result;
          }}
        />
      )}
      {rows && (rights.mark || marked) && (
        <AgreementStatusList
          rows={rows}
          employees={employees}
          canMark={rights.mark}
          busy={busy}
          onMark={async (agreementId, status, note) => {
            try {
              await actions.mark(agreementId, status, note);
              return null;
            } catch (e) {
              return error(e);
            }
          }}
        />
      )}
      {next && rights.record.includes(next.index) && (
        <button type="button" data-action="recordFollowUp" disabled={busy} onClick={() => run(() => actions.held(next.index))}>
          {t('followUp.markHeld')}
        </button>
      )}
    </section>
  );
}

function MeetingList({
  cycle,
  employees,
  next,
  busy,
  run,
}: {
  cycle: CycleRow;
  employees: Employee[];
  next: number | null;
  busy: boolean;
  run: Run;
}) {
  const { t, dateTime, date } = useT();
  if (!cycle.cache) return null;
  const actions = followUpActions(cycle);
  return (
    <ul class="meetings">
      {meetingsOf(cycle.cache.context).map((m) => (
        <li key={`${m.index}-${m.at}`} data-meeting-index={m.index} data-held={m.heldAt === null ? 'false' : 'true'}>
          <strong>{dateTime(m.at)}</strong>
          {m.form && <span> · {t(`followUp.form.${m.form}`)}</span>}
          {m.employeeId && <span> {t('followUp.with', { name: employees.find((e) => e.id === m.employeeId)?.name ?? '?' })}</span>}
          {m.place && <span> · {m.place}</span>}
          <span class="meeting-state">
            {' · '}
            {m.heldAt !== null
              ? t('followUp.held', { date: date(m.heldAt) })
              : m.index === next
                ? t('followUp.next')
                : t('followUp.planned')}
          </span>{' '}
          <button type="button" class="small secondary" disabled={busy} onClick={() => run(() => actions.downloadIcs(m.index))}>
            {t('followUp.ics')}
          </button>
        </li>
      ))}
    </ul>
  );
}
