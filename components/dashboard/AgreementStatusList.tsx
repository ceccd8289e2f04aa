import { useState } from 'preact/hooks';
import type { Employee } from '../../lib/domain/types';
import type { AgreementStatusRow } from '../../lib/follow-ups/queries';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../../machines/cycle.machine';
import { useT } from '../hooks/use-t';

interface Props {
  rows: AgreementStatusRow[];
  employees: Employee[];
  /** Marking is allowed now (a meeting is planned and the cycle is open). */
  canMark: boolean;
  busy: boolean;
  /** Resolves to null when saved, or the refusal to show. */
  onMark: (agreementId: string, status: AgreementStatus, note: string) => Promise<string | null>;
}

/** The agreements one by one, each with its latest status, a way to mark it, and its history of marks. */
export function AgreementStatusList({ rows, employees, canMark, busy, onMark }: Props) {
  const { t } = useT();
  if (!rows.length) return <p>{t('followUp.noAgreements')}</p>;
  const team = rows.filter((r) => r.agreement.employeeId === null);
  const groups = [
    { key: 'team', title: t('followUp.teamAgreements'), rows: team },
    ...employees.map((e) => ({ key: e.id, title: e.name, rows: rows.filter((r) => r.agreement.employeeId === e.id) })),
  ].filter((g) => g.rows.length > 0);
  return (
    <section class="agreement-status" aria-labelledby="agreement-status-heading">
      <h4 id="agreement-status-heading">{t('followUp.agreements')}</h4>
      {canMark && <p>{t('followUp.agreementsIntro')}</p>}
      {groups.map((g) => (
        <div key={g.key} class="agreement-group">
          <h5>{g.title}</h5>
          <ul>
            {g.rows.map((row) => (
              <StatusRow key={row.agreement.id} row={row} canMark={canMark} busy={busy} onMark={onMark} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function StatusRow({ row, canMark, busy, onMark }: { row: AgreementStatusRow } & Pick<Props, 'canMark' | 'busy' | 'onMark'>) {
  const { t, dateTime } = useT();
  // Nothing chosen at first: each meeting's mark is a choice, the latest is shown above.
  const [status, setStatus] = useState<AgreementStatus | ''>('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const id = `status-${row.agreement.id}`;
  const needsNote = status === 'dropped' && !note.trim();
  return (
    <li class="agreement-status-row" data-agreement-id={row.agreement.id} data-status={row.latest?.status ?? ''}>
      <p class="agreement-text">{row.agreement.text}</p>
      <p class="status">
        {t('followUp.status')}: <strong>{row.latest ? t(`followUp.status.${row.latest.status}`) : t('followUp.status.none')}</strong>
        {row.latest?.note && <span> – {row.latest.note}</span>}
      </p>
      {canMark && (
        <div class="mark">
          <label for={`${id}-select`}>{t('followUp.status')}</label>
          <select
            id={`${id}-select`}
            value={status}
            onChange={(e) => setStatus(AGREEMENT_STATUSES.find((s) => s === e.currentTarget.value) ?? status)}
          >
            {AGREEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`followUp.status.${s}`)}
              </option>
            ))}
          </select>
          <label for={`${id}-note`}>{t('followUp.note')}</label>
          <input
            id={`${id}-note`}
            value={note}
            aria-describedby={needsNote ? `${id}-need` : undefined}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          {needsNote && (
            <small id={`${id}-need`} class="field-hint">
              {t('followUp.noteRequired')}
            </small>
          )}
          <button
            type="button"
            class="small"
            disabled={busy || status === '' || needsNote}
            onClick={async () => {
              if (status === '') return;
              const refusal = await onMark(row.agreement.id, status, note);
              setMessage(refusal);
              if (refusal) return;
              setStatus('');
              setNote('');
            }}
          >
            {t('followUp.save')}
          </button>
          {message && <span role="alert"> {message}</span>}
        </div>
      )}
      {row.history.length > 0 && (
        <details class="status-history">
          <summary>{t('followUp.history', { count: row.history.length })}</summary>
          <ol>
            {row.history.map((h) => (
              <li key={h.seq}>
                {t('followUp.historyLine', { date: dateTime(h.at), status: t(`followUp.status.${h.status}`) })}
                {h.note && <span> – {h.note}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
