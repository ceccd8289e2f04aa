import { useState } from 'preact/hooks';
import type { Agreement, Correction, Employee } from '../../lib/domain/types';
import { formatDate, t, type Locale } from '../../lib/i18n';

interface Props {
  employees: Employee[];
  agreements: Agreement[];
  corrections: Correction[];
  open: boolean;
  deadline: number | null;
  locale: Locale;
  onCorrect: (agreement: Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'>) => Promise<string | null>;
  cycleId: string;
}

function Row({ agreement, open, locale, onCorrect }: { agreement: Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'>; open: boolean; locale: Locale; onCorrect: Props['onCorrect'] }) {
  const [text, setText] = useState(agreement.text);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <li class="correction-row" data-agreement-id={agreement.id}>
      <textarea aria-label={t('corrections.text', {}, locale)} rows={2} value={text} readOnly={!open} onInput={(e) => setText(e.currentTarget.value)} />
      {open && (
        <button type="button" class="small" disabled={text === agreement.text} onClick={async () => setMessage((await onCorrect({ ...agreement, text })) ?? t('corrections.saved', {}, locale))}>
          {t('corrections.save', {}, locale)}
        </button>
      )}
      {message && <span role="status"> {message}</span>}
    </li>
  );
}

/** The individual rows of the competence sheet during the correction period, and the log of changes. */
export function CorrectionsPanel({ employees, agreements, corrections, open, deadline, locale, onCorrect, cycleId }: Props) {
  return (
    <section class="corrections" aria-labelledby="corrections-heading">
      <h3 id="corrections-heading">{t('corrections.title', {}, locale)}</h3>
      <p>{open ? t('corrections.openUntil', { date: deadline ? formatDate(deadline, locale) : '–' }, locale) : t('corrections.locked', {}, locale)}</p>
      {employees.map((e) => (
        <div key={e.id} class="correction-block" data-employee-id={e.id}>
          <h4>{e.name}</h4>
          <ul>
            {agreements.filter((a) => a.employeeId === e.id && !a.afterTus).map((a) => (
              <Row key={a.id} agreement={a} open={open} locale={locale} onCorrect={onCorrect} />
            ))}
            {/* Keyed by the count, so the blank row starts empty again once a new agreement is saved. */}
            {open && <Row key={`new-${e.id}-${agreements.length}`} agreement={{ id: `${cycleId}-${e.id}-${agreements.length}`, cycleId, employeeId: e.id, text: '', owner: '', due: '' }} open={open} locale={locale} onCorrect={onCorrect} />}
          </ul>
        </div>
      ))}
      {corrections.length > 0 && (
        <table class="correction-log" aria-label={t('corrections.log', {}, locale)}>
          <thead>
            <tr>
              <th>{t('audit.time', {}, locale)}</th>
              <th>{t('dash.name', {}, locale)}</th>
              <th>{t('corrections.before', {}, locale)}</th>
              <th>{t('corrections.after', {}, locale)}</th>
            </tr>
          </thead>
          <tbody>
            {corrections.map((c) => (
              <tr key={c.id}>
                <td>{formatDate(c.at, locale)}</td>
                <td>{employees.find((e) => e.id === c.employeeId)?.name ?? ''} ({t('corrections.byLeader', {}, locale)})</td>
                <td>{c.oldText}</td>
                <td>{c.newText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
