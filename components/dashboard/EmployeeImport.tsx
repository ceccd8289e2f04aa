import { useState } from 'preact/hooks';
import { t, type Locale } from '../../lib/i18n';
import { decodeText, parseEmployees, type ParseResult } from '../../lib/teams/parse-employees';
import type { ParsedEmployee } from '../../lib/teams/parse-employees';

interface Props {
  existingEmails: string[];
  locale: Locale;
  onImport: (rows: ParsedEmployee[]) => Promise<string | null>;
}

/** Paste from Excel or open a CSV; a preview shows each row accepted or rejected with its reason. */
export function EmployeeImport({ existingEmails, locale, onImport }: Props) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<ParseResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const preview = (value: string) => {
    setResult(value.trim() ? parseEmployees(value, existingEmails) : null);
    setMessage(null);
  };
  return (
    <details class="import">
      <summary>{t('dash.import', {}, locale)}</summary>
      <p id="import-help">{t('dash.importHelp', {}, locale)}</p>
      <label for="import-text" class="visually-hidden">
        {t('dash.import', {}, locale)}
      </label>
      <textarea id="import-text" rows={8} aria-describedby="import-help" value={text} onInput={(e) => { setText(e.currentTarget.value); preview(e.currentTarget.value); }} />
      <label class="file">
        {t('dash.importFile', {}, locale)}
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
            setText(decoded);
            preview(decoded);
          }}
        />
      </label>
      {result && (
        <>
          <table class="import-preview" aria-label={t('dash.preview', {}, locale)}>
            <thead>
              <tr>
                <th>{t('dash.importLine', {}, locale)}</th>
                <th>{t('dash.name', {}, locale)}</th>
                <th>{t('dash.email', {}, locale)}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) =>
                row.status === 'accepted' ? (
                  <tr key={row.line} class="accepted">
                    <td>{row.line}</td>
                    <td>{row.employee.name}</td>
                    <td>{row.employee.email}</td>
                    <td>{t('dash.importAccepted', {}, locale)}</td>
                  </tr>
                ) : (
                  <tr key={row.line} class="rejected">
                    <td>{row.line}</td>
                    <td colSpan={2}>{row.raw}</td>
                    <td>
                      {t('dash.importRejected', {}, locale)}: <span class="reason">{row.reason}</span>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          <button
            type="button"
            disabled={result.accepted.length === 0}
            onClick={async () => {
              const problem = await onImport(result.accepted);
              if (problem) return setMessage(problem);
              setMessage(t('dash.importDone', { count: result.accepted.length }, locale));
              setText('');
              setResult(null);
            }}
          >
            {t('dash.importWrite', { count: result.accepted.length }, locale)}
          </button>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </details>
  );
}
