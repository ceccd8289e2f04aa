import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CycleRow } from '../../lib/cycles/queries';
import type { Employee } from '../../lib/domain/types';
import { useCycleLog } from '../hooks/use-cycle-log';
import { useT } from '../hooks/use-t';
import { AuditLog } from './AuditLog';

interface Props {
  /** undefined while loading. */
  cycles: CycleRow[] | undefined;
  employees: Employee[];
}

/**
 * The open cycle, then the team's closed cycles ("Tidligere forløb"), newest first: each with its
 * logbook on request and a link to its page, where its documents stay reachable.
 */
export function HistorySection({ cycles, employees }: Props) {
  const { t } = useT();
  const [logFor, setLogFor] = useState<string | null>(null);
  const log = useCycleLog(logFor);
  const names = new Map(employees.map((e) => [e.id, e.name]));
  const open = cycles?.filter((c) => c.open === 1) ?? [];
  const closed = cycles?.filter((c) => c.open === 0) ?? [];
  const line = (c: CycleRow) => (
    <CycleLine
      key={c.id}
      cycle={c}
      logOpen={logFor === c.id}
      onToggleLog={() => setLogFor(logFor === c.id ? null : c.id)}
      log={logFor === c.id && log.lines ? <AuditLog lines={log.lines} names={names} integrity={log.verdict} /> : null}
    />
  );
  return (
    <>
      {open.length > 0 && (
        <section aria-labelledby="current-cycle-heading">
          <h3 id="current-cycle-heading">{t('dash.currentCycle')}</h3>
          <ul class="current-cycle">{open.map(line)}</ul>
        </section>
      )}
      <section aria-labelledby="history-heading">
        <h3 id="history-heading">{t('dash.history')}</h3>
        {closed.length > 0 ? <ul class="history">{closed.map(line)}</ul> : cycles && <p>{t('dash.noHistory')}</p>}
      </section>
    </>
  );
}

interface LineProps {
  cycle: CycleRow;
  logOpen: boolean;
  onToggleLog: () => void;
  log: ComponentChildren;
}

function CycleLine({ cycle: c, logOpen, onToggleLog, log }: LineProps) {
  const { t, date } = useT();
  // An older cache may lack `cancelled` (machine v4); then the cycle was not cancelled.
  const context = c.cache?.context;
  const when = date(context?.plan.sessionAt ?? c.createdAt);
  const outcome = c.open
    ? t('dash.outcome.open')
    : context?.cancelled
      ? t('dash.outcome.cancelled', { date: date(context.cancelled.at) })
      : t('dash.outcome.closed', { date: date(context?.closedAt ?? c.createdAt) });
  return (
    <li data-cycle-id={c.id}>
      {t(`dash.variant.${c.variant}`)} · {when} · {outcome}{' '}
      <a
        href={`#view=cycle&cycleId=${encodeURIComponent(c.id)}`}
        aria-label={t('cyclePage.openLabel', { variant: t(`dash.variant.${c.variant}`), date: when })}
      >
        {t('cyclePage.open')}
      </a>
      <button type="button" class="link" aria-expanded={logOpen} onClick={onToggleLog}>
        {t('dash.showLog')}
      </button>
      {log}
    </li>
  );
}
