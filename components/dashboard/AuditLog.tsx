import type { AuditLine } from '../../lib/cycles/audit';
import type { BreakKind } from '../../lib/db/chain';
import { formatDate, formatDateTime, t, type Locale } from '../../lib/i18n';

/**
 * The outcome of checking the log's hash chain (lib/db/chain.ts's verdict fits): the first
 * event that does not match, its kind of change, and every change found.
 */
export type LogIntegrity = { ok: true } | { ok: false; firstBadSeq: number; kind: BreakKind; breaks?: readonly { seq: number; kind: BreakKind }[] };

interface Props {
  lines: AuditLine[];
  names: Map<string, string>;
  locale: Locale;
  /** Left out while the chain is not (yet) checked: then nothing is claimed either way. */
  integrity?: LogIntegrity;
}

export function AuditLog({ lines, names, locale, integrity }: Props) {
  const broken = integrity && !integrity.ok ? integrity : null;
  const breaks = broken ? (broken.breaks?.length ? broken.breaks : [{ seq: broken.firstBadSeq, kind: broken.kind }]) : [];
  const breakAt = new Map(breaks.map((b) => [b.seq, b.kind]));
  const kindText = (kind: BreakKind) => t(`audit.break.${kind}`, {}, locale);
  return (
    <div class="audit-log">
      {integrity &&
        (integrity.ok ? (
          <p class="audit-integrity ok" role="status">
            {t('audit.integrity.ok', {}, locale)}
          </p>
        ) : (
          <p class="audit-integrity broken" role="alert">
            {t('audit.integrity.broken', { seq: integrity.firstBadSeq, kind: kindText(integrity.kind) }, locale)}
            {breaks.length > 1 && ` ${t('audit.integrity.breaks', { list: breaks.map((b) => `#${b.seq} ${kindText(b.kind)}`).join(', ') }, locale)}`}
          </p>
        ))}
      <table class="audit" aria-label={t('dash.auditLog', {}, locale)}>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('audit.time', {}, locale)}</th>
            <th>{t('audit.event', {}, locale)}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const changed = breakAt.get(l.seq);
            return (
              <tr key={l.seq} data-seq={l.seq} class={changed ? 'tampered' : undefined}>
                <td>
                  {l.seq}
                  {changed && ` (${kindText(changed)})`}
                </td>
                <td>{formatDateTime(l.at, locale)}</td>
                <td>
                  {t(l.key, l.params, locale)}
                  {l.dates.length > 0 && ` ${l.dates.map((d) => formatDate(d, locale)).join(', ')}`}
                  {l.employeeId && ` – ${names.get(l.employeeId) ?? t('dash.removedEmployee', {}, locale)}`}
                  {l.detail && ` (${l.detail})`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
