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

/** Every cycle of the team, newest first, each with its logbook on request. */
export function HistorySection({ cycles, employees }: Props) {
  const { t, date } = useT();
  const [logFor, setLogFor] = useState<string | null>(null);
  const log = useCycleLog(logFor);
  const names = new Map(employees.map((e) => [e.id, e.name]));
  return (
    <section aria-labelledby="history-heading">
      <h3 id="history-heading">{t('dash.history')}</h3>
      {cycles && cycles.length > 0 ? (
        <ul class="history">
          {cycles.map((c) => (
            <li key={c.id} data-cycle-id={c.id}>
              {t(`dash.variant.${c.variant}`)} · {date(c.cache?.context.plan.sessionAt ?? c.createdAt)} ·{' '}
              {c.open ? t('dash.outcome.open') : t('dash.outcome.closed', { date: date(c.cache?.context.closedAt ?? c.createdAt) })}
              <button type="button" class="link" aria-expanded={logFor === c.id} onClick={() => setLogFor(logFor === c.id ? null : c.id)}>
                {t('dash.showLog')}
              </button>
              {logFor === c.id && log.lines && <AuditLog lines={log.lines} names={names} integrity={log.verdict} />}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('dash.noHistory')}</p>
      )}
    </section>
  );
}
