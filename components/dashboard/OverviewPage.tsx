import { useMemo, useState } from 'preact/hooks';
import { BACKUP_DUE_MS } from '../../lib/backup/store';
import type { Variant } from '../../lib/domain/types';
import type { MessageKey } from '../../lib/i18n';
import { ALL_TEAMS, filterOverview, type OverviewFilter, type OverviewRow, type OverviewShow } from '../../lib/teams/overview';
import { useLastBackupAt, useOverview } from '../hooks/use-overview';
import { useT } from '../hooks/use-t';

const SHOWS: readonly OverviewShow[] = ['all', 'overdue', 'duty', 'noCycle'];
const VARIANTS: readonly (Variant | 'all')[] = ['all', 'tus-iku', 'tus'];

/** The dashboard's first page: every team's stage, next step, due date and yearly IKU duty, with a filter and a search. */
export function OverviewPage() {
  const { t } = useT();
  const rows = useOverview();
  const [filter, setFilter] = useState<OverviewFilter>(ALL_TEAMS);
  const shown = useMemo(() => (rows ? filterOverview(rows, filter) : []), [rows, filter]);
  return (
    <section class="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('overview.title')}</h2>
      <BackupLine />
      <Filters filter={filter} onChange={setFilter} />
      {rows && (
        <p role="status" class="overview-count">
          {t('overview.teamsShown', { count: shown.length, total: rows.length })}
        </p>
      )}
      {rows && shown.length === 0 && <p>{t('overview.empty')}</p>}
      {shown.length > 0 && (
        <table class="overview-table">
          <caption class="visually-hidden">{t('overview.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.col.team')}</th>
              <th scope="col">{t('overview.col.stage')}</th>
              <th scope="col">{t('overview.col.next')}</th>
              <th scope="col">{t('overview.col.duty')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Row key={row.teamId} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Filters({ filter, onChange }: { filter: OverviewFilter; onChange: (f: OverviewFilter) => void }) {
  const { t } = useT();
  return (
    <form class="overview-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      {/* Labels by id: a label wrapping a select would take the chosen option into its name. */}
      <label for="overview-search">{t('overview.search')}</label>
      <input
        id="overview-search"
        type="search"
        value={filter.query}
        onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
      />
      <label for="overview-show">{t('overview.filter')}</label>
      <select id="overview-show" value={filter.show} onChange={(e) => onChange({ ...filter, show: e.currentTarget.value as OverviewShow })}>
        {SHOWS.map((s) => (
          <option key={s} value={s}>
            {t(`overview.filter.${s}`)}
          </option>
        ))}
      </select>
      <label for="overview-variant">{t('overview.variant')}</label>
      <select
        id="overview-variant"
        value={filter.variant}
        onChange={(e) => onChange({ ...filter, variant: e.currentTarget.value as Variant | 'all' })}
      >
        {VARIANTS.map((v) => (
          <option key={v} value={v}>
            {v === 'all' ? t('overview.variant.all') : t(`dash.variant.${v}`)}
          </option>
        ))}
      </select>
    </form>
  );
}

function Row({ row }: { row: OverviewRow }) {
  const { t, date } = useT();
  const { step } = row;
  const label =
    step.action === 'startCycle' && row.duty
      ? t('popup.startIkuCycle')
      : t(`step.${step.action}` as MessageKey, { count: step.count ?? 0 });
  return (
    <tr data-team-id={row.teamId} class={step.overdue ? 'overdue' : undefined}>
      <th scope="row">
        <a href={`#teamId=${encodeURIComponent(row.teamId)}`}>{row.name}</a>
      </th>
      <td>
        {row.variant && row.stage ? (
          <a href={`#view=cycle&cycleId=${encodeURIComponent(row.cycleId ?? '')}`}>
            {t(`dash.variant.${row.variant}`)} · {t(`stage.${row.stage}`)}
          </a>
        ) : (
          t('overview.noCycle')
        )}
      </td>
      <td>
        {label}
        {step.dueAt !== null && <> · {t('popup.due', { date: date(step.dueAt) })}</>}
        {step.overdue && <strong class="overdue-mark"> · {t('popup.overdue')}</strong>}
      </td>
      <td>
        <DutyCell row={row} />
      </td>
    </tr>
  );
}

function DutyCell({ row }: { row: OverviewRow }) {
  const { t } = useT();
  const { duty } = row;
  if (!duty) return <>{t('duty.noEmployees')}</>;
  if (!duty.overdue && !duty.dueSoon) return <>{t('duty.ok')}</>;
  return (
    <>
      {duty.overdue > 0 && <strong class="overdue-mark">{t('duty.overdue', { count: duty.overdue })}</strong>}
      {duty.overdue > 0 && duty.dueSoon > 0 && <br />}
      {duty.dueSoon > 0 && <span>{t('duty.dueSoon', { count: duty.dueSoon })}</span>}
    </>
  );
}

/** The backup status: when the last was made, and a way to make one when it is due. */
function BackupLine() {
  const { t, date } = useT();
  const lastAt = useLastBackupAt();
  if (lastAt === undefined) return null;
  const old = lastAt === null || Date.now() - lastAt > BACKUP_DUE_MS;
  const text =
    lastAt === null ? t('overview.backup.never') : t(old ? 'overview.backup.old' : 'overview.backup.last', { date: date(lastAt) });
  return (
    <p class={old ? 'backup-status due' : 'backup-status'} data-backup={lastAt === null ? 'never' : old ? 'old' : 'ok'}>
      {text} {old && <a href="#view=settings">{t('overview.backup.make')}</a>}
    </p>
  );
}
