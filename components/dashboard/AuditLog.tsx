import type { AuditLine } from '../../lib/cycles/audit';
import { formatDateTime, t, type Locale } from '../../lib/i18n';

interface Props {
  lines: AuditLine[];
  names: Map<string, string>;
  locale: Locale;
}

export function AuditLog({ lines, names, locale }: Props) {
  return (
    <table class="audit" aria-label={t('dash.auditLog', {}, locale)}>
      <thead>
        <tr>
          <th>#</th>
          <th>{t('audit.time', {}, locale)}</th>
          <th>{t('audit.event', {}, locale)}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.seq}>
            <td>{l.seq}</td>
            <td>{formatDateTime(l.at, locale)}</td>
            <td>
              {t(l.key, {}, locale)}
              {l.employeeId && ` – ${names.get(l.employeeId) ?? t('dash.removedEmployee', {}, locale)}`}
              {l.detail && ` (${l.detail})`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
