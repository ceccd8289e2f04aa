import { useState } from 'preact/hooks';
import { decodeText, type ParsedEmployee, type ParseResult, parseEmployees } from '../../lib/teams/parse-employees';
import { useT } from '../hooks/use-t';

interface Props {
  existingEmails: string[];
  onImport: (rows: ParsedEmployee[]) => Promise<string | null>;
}

/** Paste from Excel or open a CSV; a preview shows each row accepted or rejected with its reason. */
export function EmployeeImport({ existingEmails, onImport }: Props) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ParseResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const preview = (value: string) => {
    setText(value);
    setResult(value.trim() ? parseEmployees(value, existingEmails) : null);
    setMessage(null);
  };
  return (
    <details class="import">
      <summary>{t('dash.import')}</summary>
      <p id="import-help">{t('dash.importHelp')}</p>
      <label for="import-text" class="visually-hidden">
        {t('dash.import')}
      </label>
      <textarea id="import-text" rows={8} aria-describedby="import-help" value={text} onInput={(e) => preview(e.currentTarget.value)} />
      <label class="file">
        {t('dash.importFile')}
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) preview(decodeText(new Uint8Array(await file.arrayBuffer())));
          }}
        />
      </label>
      {result && (
        <>
          <ImportPreview result={result} />
          <button
            type="button"
            disabled={result.accepted.length === 0}
            onClick={async () => {
              const problem = await onImport(result.accepted);
              if (problem) return setMessage(problem);
              setMessage(t('dash.importDone', { count: result.accepted.length }));
              setText('');
              setResult(null);
            }}
          >
            {t('dash.importWrite', { count: result.accepted.length })}
          </button>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </details>
  );
}

function ImportPreview({ result }: { result: ParseResult }) {
  const { t, say } = useT();
  return (
    <table class="import-preview" aria-label={t('dash.preview')}>
      <thead>
        <tr>
          <th>{t('dash.importLine')}</th>
          <th>{t('dash.name')}</th>
          <th>{t('dash.email')}</th>
          <th>{t('dash.startedAtShort')}</th>
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
              <td>{row.employee.startedAt ?? ''}</td>
              <td>{t('dash.importAccepted')}</td>
            </tr>
          ) : (
            <tr key={row.line} class="rejected">
              <td>{row.line}</td>
              <td colSpan={3}>{row.raw}</td>
              <td>
                {t('dash.importRejected')}: <span class="reason">{say(row.reason)}</span>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
