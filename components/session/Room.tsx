import type { Employee } from '../../lib/domain/types';
import { t, type Locale } from '../../lib/i18n';

interface Props {
  employees: Employee[];
  absent: string[];
  groups: Employee[][];
  pairs: Employee[][];
  noteTakers: Record<string, string>;
  format: 'plenum' | 'groups' | 'pairs';
  showPairs: boolean;
  locale: Locale;
  onAbsent: (employeeId: string, absent: boolean) => void;
  onReshuffle: () => void;
  onNoteTaker: (group: number, employeeId: string) => void;
}

export function Room({ employees, absent, groups, pairs, noteTakers, format, showPairs, locale, onAbsent, onReshuffle, onNoteTaker }: Props) {
  return (
    <section class="room" aria-labelledby="room-heading">
      <h2 id="room-heading">{t('session.room', {}, locale)}</h2>
      <fieldset class="attendance">
        <legend>
          {t('session.absent', {}, locale)} · {t('session.present.count', { count: employees.length - absent.length }, locale)}
        </legend>
        {employees.map((e) => (
          <label key={e.id} class="choice">
            <input type="checkbox" checked={absent.includes(e.id)} onChange={(ev) => onAbsent(e.id, ev.currentTarget.checked)} />
            {e.name}
          </label>
        ))}
      </fieldset>
      <button type="button" class="secondary" onClick={onReshuffle}>
        {t('session.reshuffle', {}, locale)}
      </button>
      <div class={`split ${format === 'groups' ? 'active' : ''}`}>
        <h3>{t('session.groups', {}, locale)}</h3>
        <ol class="groups">
          {groups.map((g, i) => (
            <li key={i} data-size={g.length}>
              <strong>{t('session.group', { n: i + 1 }, locale)}</strong>: {g.map((e) => e.name).join(', ')}
              <label class="note-taker">
                {t('session.noteTaker', {}, locale)}{' '}
                <select value={noteTakers[String(i)] ?? ''} onChange={(ev) => ev.currentTarget.value && onNoteTaker(i, ev.currentTarget.value)} aria-label={`${t('session.noteTaker', {}, locale)}: ${t('session.group', { n: i + 1 }, locale)}`}>
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
          <h3>{t('session.pairs', {}, locale)}</h3>
          <ol class="pairs">
            {pairs.map((p, i) => (
              <li key={i} data-size={p.length}>
                <strong>{t('session.pair', { n: i + 1 }, locale)}</strong>: {p.map((e) => e.name).join(' · ')}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
