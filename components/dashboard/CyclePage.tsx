import { useMemo, useState } from 'preact/hooks';
import { downloadCancellation, downloadReceipt } from '../../lib/actions/documents';
import type { CycleDocuments } from '../../lib/cycles/documents';
import type { Stage } from '../../lib/cycles/stages';
import type { IkuVersion, TeamPlanVersion } from '../../lib/domain/types';
import type { MessageKey } from '../../lib/i18n';
import { ikuPdfBlob } from '../../lib/iku/pdf-bytes';
import { hasCancellation } from '../../lib/invitations/cancellation';
import { topState } from '../../machines/next-step';
import { useCycleDocuments } from '../hooks/use-cycle-documents';
import { useCycleLog } from '../hooks/use-cycle-log';
import { useObjectUrl } from '../hooks/use-object-url';
import { useT } from '../hooks/use-t';
import { AuditLog } from './AuditLog';

// A status outside these comes from a log the machine did not write; it is shown as it stands.
const STATUSES: ReadonlySet<string> = new Set(['notStarted', 'underWay', 'done', 'dropped']);

/**
 * One cycle's page, closed ones too: its IKUs (every version), the consent receipts, the stored
 * team plans, the follow-up history and the logbook. Reached from the team's history and the overview.
 */
export function CyclePage({ cycleId }: { cycleId: string }) {
  const { t } = useT();
  const docs = useCycleDocuments(cycleId);
  if (docs === undefined) return <p aria-busy="true">{t('popup.loading')}</p>;
  if (docs === null) return <p role="alert">{t('cyclePage.notFound')}</p>;
  const name = (id: string) => docs.names[id] ?? t('cyclePage.erased');
  return (
    <article class="cycle-page" aria-labelledby="cycle-page-heading" data-cycle-id={cycleId}>
      <CycleHeading docs={docs} />
      {hasCancellation(docs.context, Date.now()) && <CancellationFile cycleId={cycleId} />}
      <IkuVersions ikus={docs.ikus} docs={docs} name={name} />
      <Receipts docs={docs} name={name} />
      {docs.cycle.variant === 'tus' && <TeamPlans plans={docs.teamPlans} />}
      <FollowUpHistory docs={docs} />
      <Logbook cycleId={cycleId} names={docs.names} />
    </article>
  );
}

function CycleHeading({ docs }: { docs: CycleDocuments }) {
  const { t, date, dateTime } = useT();
  const { plan, cancelled, closedAt } = docs.context;
  const stage = topState(docs.value) as Stage;
  return (
    <header>
      <p>
        <a href={`#teamId=${encodeURIComponent(docs.cycle.teamId)}`}>{t('cyclePage.back', { team: docs.teamName ?? '' })}</a>
      </p>
      <h2 id="cycle-page-heading">
        {t(`dash.variant.${docs.cycle.variant}`)} · {docs.teamName}
      </h2>
      <p class="cycle-session">
        {plan.sessionAt === null
          ? t('cyclePage.noSession')
          : t('cyclePage.session', { date: dateTime(plan.sessionAt), place: plan.place || t('cyclePage.noPlace') })}
      </p>
      <p class="cycle-state">
        {cancelled
          ? t('cyclePage.state.cancelled', { date: date(cancelled.at), reason: cancelled.reason })
          : closedAt !== null
            ? t('cyclePage.state.closed', { date: date(closedAt) })
            : t('cyclePage.state.open', { stage: t(`stage.${stage}`) })}
      </p>
    </header>
  );
}

function IkuVersions({ ikus, docs, name }: { ikus: IkuVersion[]; docs: CycleDocuments; name: (id: string) => string }) {
  const { t } = useT();
  if (docs.cycle.variant !== 'tus-iku') return null;
  const approved = new Map(docs.consents.map((c) => [`${c.employeeId}:${c.version}`, c.at]));
  return (
    <section aria-labelledby="cycle-ikus-heading">
      <h3 id="cycle-ikus-heading">{t('cyclePage.ikus')}</h3>
      {ikus.length === 0 ? (
        <p>{t('cyclePage.noIkus')}</p>
      ) : (
        <ul class="cycle-ikus">
          {ikus.map((v) => (
            <IkuLine key={v.id} version={v} name={name(v.employeeId)} approvedAt={approved.get(`${v.employeeId}:${v.version}`) ?? null} />
          ))}
        </ul>
      )}
    </section>
  );
}

function IkuLine({ version, name, approvedAt }: { version: IkuVersion; name: string; approvedAt: number | null }) {
  const { t, dateTime } = useT();
  const href = useObjectUrl(useMemo(() => ikuPdfBlob(version), [version.pdf]));
  return (
    <li data-iku-id={version.id}>
      {name} · {t('cyclePage.version', { version: version.version })} · {t('cyclePage.made', { date: dateTime(version.createdAt) })}
      {approvedAt !== null && <strong> · {t('cyclePage.approved', { date: dateTime(approvedAt) })}</strong>}{' '}
      <a href={href} download={version.fileName} aria-label={t('cyclePage.downloadLabel', { file: version.fileName })}>
        {t('cyclePage.download')}
      </a>
    </li>
  );
}

function Receipts({ docs, name }: { docs: CycleDocuments; name: (id: string) => string }) {
  const { t, dateTime, error } = useT();
  const [problem, setProblem] = useState<string | null>(null);
  if (docs.cycle.variant !== 'tus-iku') return null;
  // Every approval has its receipt; one of a version since replaced says so, here and on the receipt.
  const current = new Map(docs.context.ikus.map((i) => [i.employeeId, i.context.version]));
  return (
    <section aria-labelledby="cycle-receipts-heading">
      <h3 id="cycle-receipts-heading">{t('cyclePage.receipts')}</h3>
      {docs.consents.length === 0 && <p>{t('cyclePage.noReceipts')}</p>}
      <ul class="cycle-receipts">
        {docs.consents.map((c) => (
          <li key={`${c.employeeId}:${c.version}:${c.at}`} data-version={c.version}>
            {name(c.employeeId)} · {t('cyclePage.version', { version: c.version })} · {t('cyclePage.approved', { date: dateTime(c.at) })}{' '}
            {current.get(c.employeeId) !== c.version && <span>{t('cyclePage.replaced')} </span>}
            <button
              type="button"
              class="link"
              aria-label={t('cyclePage.receiptLabel', { name: name(c.employeeId), version: c.version })}
              onClick={() =>
                downloadReceipt(docs.cycle.id, c.employeeId, c.version).then(
                  () => setProblem(null),
                  (e: unknown) => setProblem(error(e)),
                )
              }
            >
              {t('cyclePage.receipt')}
            </button>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

function TeamPlans({ plans }: { plans: TeamPlanVersion[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="cycle-plans-heading">
      <h3 id="cycle-plans-heading">{t('cyclePage.teamPlans')}</h3>
      {plans.length === 0 ? (
        <p>{t('cyclePage.noTeamPlans')}</p>
      ) : (
        <ul class="cycle-team-plans">
          {plans.map((p) => (
            <TeamPlanLine key={p.id} plan={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TeamPlanLine({ plan }: { plan: TeamPlanVersion }) {
  const { t, dateTime } = useT();
  const href = useObjectUrl(plan.pdf);
  return (
    <li data-plan-id={plan.id}>
      {t('cyclePage.version', { version: plan.version })} · {t(`cyclePage.madeBy.${plan.madeBy}`)} ·{' '}
      {t('cyclePage.made', { date: dateTime(plan.createdAt) })}{' '}
      <a href={href} download={plan.fileName} aria-label={t('cyclePage.downloadLabel', { file: plan.fileName })}>
        {t('cyclePage.download')}
      </a>
    </li>
  );
}

function FollowUpHistory({ docs }: { docs: CycleDocuments }) {
  const { t, dateTime } = useT();
  return (
    <section aria-labelledby="cycle-followups-heading">
      <h3 id="cycle-followups-heading">{t('cyclePage.followUps')}</h3>
      {docs.followUps.length === 0 ? (
        <p>{t('cyclePage.noFollowUps')}</p>
      ) : (
        <ul class="cycle-follow-ups">
          {docs.followUps.map((f, i) => (
            <li key={i}>
              {dateTime(f.at)}
              {f.form && <> · {t(`cyclePage.form.${f.form}` as MessageKey)}</>}
              {f.place && <> · {f.place}</>} ·{' '}
              {f.heldAt === null ? t('cyclePage.notHeld') : t('cyclePage.held', { date: dateTime(f.heldAt) })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('cyclePage.marks')}</h4>
      {docs.marks.length === 0 ? (
        <p>{t('cyclePage.noMarks')}</p>
      ) : (
        <ul class="cycle-marks">
          {docs.marks.map((m) => (
            <li key={m.seq}>
              {dateTime(m.at)} · {m.text ?? t('cyclePage.unknownAgreement')} ·{' '}
              <strong>{STATUSES.has(m.status) ? t(`cyclePage.status.${m.status}` as MessageKey) : m.status}</strong>
              {m.note && <> · {m.note}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Logbook({ cycleId, names }: { cycleId: string; names: Record<string, string> }) {
  const { t } = useT();
  const log = useCycleLog(cycleId);
  return (
    <section aria-labelledby="cycle-log-heading">
      <h3 id="cycle-log-heading">{t('cyclePage.log')}</h3>
      {log.lines && <AuditLog lines={log.lines} names={new Map(Object.entries(names))} integrity={log.verdict} />}
    </section>
  );
}

/** A cancelled cycle whose invitation went out: the calendar file that removes the booking. */
function CancellationFile({ cycleId }: { cycleId: string }) {
  const { t, error } = useT();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section class="cancellation" aria-labelledby="cancellation-heading">
      <h3 id="cancellation-heading">{t('cyclePage.cancellation')}</h3>
      <p>{t('cyclePage.cancellationHint')}</p>
      <button
        type="button"
        onClick={() =>
          downloadCancellation(cycleId).then(
            () => setProblem(null),
            (e: unknown) => setProblem(error(e)),
          )
        }
      >
        {t('cyclePage.cancellationFile')}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
