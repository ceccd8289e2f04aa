import { useState } from 'preact/hooks';
import { carryOver } from '../../lib/actions/follow-ups';
import type { Employee } from '../../lib/domain/types';
import type { CarryOverRow } from '../../lib/sheet/queries';
import { useCarryOver } from '../hooks/use-follow-ups';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';

interface Props {
  cycleId: string;
  employees: Employee[];
  busy: boolean;
  run: Run;
}

/** Preparing a new cycle: the team's last agreements with their latest status, to carry chosen ones over. */
export function CarryOver({ cycleId, employees, busy, run }: Props) {
  const { t, date } = useT();
  const source = useCarryOver(cycleId);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<number | null>(null);
  if (!source) return null;
  const name = new Map(employees.map((e) => [e.id, e.name]));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <section class="carry-over" aria-labelledby="carry-over-heading">
      <h3 id="carry-over-heading">{t('carry.title')}</h3>
      <p>{t('carry.intro', { date: date(source.sessionAt) })}</p>
      <ul>
        {source.rows.map((row) => (
          <CarryRow
            key={row.agreement.id}
            row={row}
            who={row.agreement.employeeId === null ? t('followUp.teamAgreements') : (name.get(row.agreement.employeeId) ?? '')}
            checked={chosen.has(row.agreement.id)}
            onToggle={toggle}
          />
        ))}
      </ul>
      <button
        type="button"
        disabled={busy || chosen.size === 0}
        onClick={() =>
          run(async () => {
            setDone(await carryOver(source.cycleId, cycleId, [...chosen]));
            setChosen(new Set());
          })
        }
      >
        {t('carry.submit')}
      </button>
      {done !== null && <p role="status">{t('carry.done', { count: done })}</p>}
    </section>
  );
}

function CarryRow({
  row,
  who,
  checked,
  onToggle,
}: {
  row: CarryOverRow;
  who: string;
  checked: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t } = useT();
  const { agreement, status } = row;
  return (
    <li data-agreement-id={agreement.id} data-carried={row.carried ? 'true' : 'false'}>
      <label class="choice">
        <input
          type="checkbox"
          checked={row.carried || checked}
          disabled={row.carried}
          onChange={(e) => onToggle(agreement.id, e.currentTarget.checked)}
        />
        <span class="who">{who}:</span> {agreement.text}
      </label>
      <small>
        {' '}
        {status ? t(`followUp.status.${status.status}`) : t('followUp.status.none')}
        {status?.note ? ` – ${status.note}` : ''}
        {row.carried ? ` · ${t('carry.carried')}` : ''}
      </small>
    </li>
  );
}
