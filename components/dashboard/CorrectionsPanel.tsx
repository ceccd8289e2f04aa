import { useState } from 'preact/hooks';
import type { Agreement, Correction, Employee } from '../../lib/domain/types';
import { useT } from '../hooks/use-t';

type Row = Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'>;

interface Props {
  employees: Employee[];
  agreements: Agreement[];
  corrections: Correction[];
  open: boolean;
  deadline: number | null;
  /** Resolves to null when saved, or the refusal to show. */
  onCorrect: (agreement: Row) => Promise<string | null>;
  cycleId: string;
}

function CorrectionRow({ agreement, open, onCorrect }: { agreement: Row; open: boolean; onCorrect: Props['onCorrect'] }) {
  const { t } = useT();
  const [text, setText] = useState(agreement.text);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <li class="correction-row" data-agreement-id={agreement.id}>
      <textarea aria-label={t('corrections.text')} rows={2} value={text} readOnly={!open} onInput={(e) => setText(e.currentTarget.value)} />
      {open && (
        <button
          type="button"
          class="small"
          disabled={text === agreement.text}
          onClick={async () => setMessage((await onCorrect({ ...agreement, text })) ?? t('corrections.saved'))}
        >
          {t('corrections.save')}
        </button>
      )}
      {message && <span role="status"> {message}</span>}
    </li>
  );
}

/** The individual rows of the competence sheet during the correction period, and the log of changes. */
export function CorrectionsPanel({ employees, agreements, corrections, open, deadline, onCorrect, cycleId }: Props) {
  const { t, date } = useT();
  return (
    <section class="corrections" aria-labelledby="corrections-heading">
      <h3 id="corrections-heading">{t('corrections.title')}</h3>
      <p>{open ? t('corrections.openUntil', { date: deadline ? date(deadline) : '–' }) : t('corrections.locked')}</p>
      {employees.map((e) => (
        <div key={e.id} class="correction-block" data-employee-id={e.id}>
          <h4>{e.name}</h4>
          <ul>
            {agreements
              .filter((a) => a.employeeId === e.id && !a.afterTus)
              .map((a) => (
                <CorrectionRow key={a.id} agreement={a} open={open} onCorrect={onCorrect} />
              ))}
            {/* Keyed by the count, so the blank row starts empty again once a new agreement is saved. */}
            {open && (
              <CorrectionRow
                key={`new-${e.id}-${agreements.length}`}
                agreement={{ id: `${cycleId}-${e.id}-${agreements.length}`, cycleId, employeeId: e.id, text: '', owner: '', due: '' }}
                open={open}
                onCorrect={onCorrect}
              />
            )}
          </ul>
        </div>
      ))}
      {corrections.length > 0 && <CorrectionLog corrections={corrections} employees={employees} />}
    </section>
  );
}

function CorrectionLog({ corrections, employees }: { corrections: Correction[]; employees: Employee[] }) {
  // To the minute: two corrections on the same day must read apart.
  const { t, dateTime } = useT();
  return (
    <table class="correction-log" aria-label={t('corrections.log')}>
      <thead>
        <tr>
          <th>{t('audit.time')}</th>
          <th>{t('dash.name')}</th>
          <th>{t('corrections.before')}</th>
          <th>{t('corrections.after')}</th>
        </tr>
      </thead>
      <tbody>
        {corrections.map((c) => (
          <tr key={c.id}>
            <td>{dateTime(c.at)}</td>
            <td>
              {employees.find((e) => e.id === c.employeeId)?.name ?? ''} ({t('corrections.byLeader')})
            </td>
            <td>
              <CorrectionSide text={c.oldText} owner={c.oldOwner} due={c.oldDue} />
            </td>
            <td>
              <CorrectionSide text={c.newText} owner={c.newOwner} due={c.newDue} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One side of a logged correction: the text, and who and when where the log holds them. */
function CorrectionSide({ text, owner, due }: { text: string; owner?: string; due?: string }) {
  const { t } = useT();
  return (
    <>
      {text}
      {owner !== undefined && (
        <small class="correction-meta">
          {' · '}
          {t('corrections.owner', { owner: owner || '–' })} · {t('corrections.due', { due: due || '–' })}
        </small>
      )}
    </>
  );
}
