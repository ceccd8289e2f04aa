import type { Employee } from '../../lib/domain/types';
import { useT } from '../hooks/use-t';

interface Props {
  employees: Employee[];
  absent: string[];
  groups: Employee[][];
  pairs: Employee[][];
  noteTakers: Record<string, string>;
  format: 'plenum' | 'groups' | 'pairs';
  showPairs: boolean;
  onAbsent: (employeeId: string, absent: boolean) => void;
  onReshuffle: () => void;
  onNoteTaker: (group: number, employeeId: string) => void;
}

export function Room({ employees, absent, groups, pairs, noteTakers, format, showPairs, onAbsent, onReshuffle, onNoteTaker }: Props) {
  const { t } = useT();
  return (
    <section class="room" aria-labelledby="room-heading">
      <h2 id="room-heading">{t('session.room')}</h2>
      <fieldset class="attendance">
        <legend>
          {t('session.absent')} · {t('session.present.count', { count: employees.length - absent.length })}
        </legend>
        {employees.map((e) => (
          <label key={e.id} class="choice">
            <input type="checkbox" checked={absent.includes(e.id)} onChange={(ev) => onAbsent(e.id, ev.currentTarget.checked)} />
            {e.name}
          </label>
        ))}
      </fieldset>
      <button type="button" class="secondary" onClick={onReshuffle}>
        {t('session.reshuffle')}
      </button>
      <div class={`split ${format === 'groups' ? 'active' : ''}`}>
        <h3>{t('session.groups')}</h3>
        <ol class="groups">
          {groups.map((g, i) => (
            <li key={i} data-size={g.length}>
              <strong>{t('session.group', { n: i + 1 })}</strong>: {g.map((e) => e.name).join(', ')}
              <label class="note-taker">
                {t('session.noteTaker')}{' '}
                <select
                  value={noteTakers[String(i)] ?? ''}
                  onChange={(ev) => ev.currentTarget.value && onNoteTaker(i, ev.currentTarget.value)}
                  aria-label={`${t('session.noteTaker')}: ${t('session.group', { n: i + 1 })}`}
                >
                  <option value="">–</option>
                  {g.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ol>
      </div>
      {showPairs && (
        <div class={`split ${format === 'pairs' ? 'active' : ''}`}>
          <h3>{t('session.pairs')}</h3>
          <ol class="pairs">
            {pairs.map((p, i) => (
              <li key={i} data-size={p.length}>
                <strong>{t('session.pair', { n: i + 1 })}</strong>: {p.map((e) => e.name).join(' · ')}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
