import type { AuditLine } from '../../lib/cycles/audit';
import type { BreakKind } from '../../lib/cycles/queries';
import { useT } from '../hooks/use-t';

/**
 * The outcome of checking the log's hash chain (the chain check's verdict fits): the first
 * event that does not match, its kind of change, and every change found.
 */
export type LogIntegrity =
  | { ok: true }
  | { ok: false; firstBadSeq: number; kind: BreakKind; breaks?: readonly { seq: number; kind: BreakKind }[] };

interface Props {
  lines: AuditLine[];
  names: Map<string, string>;
  /** Left out while the chain is not (yet) checked: then nothing is claimed either way. */
  integrity?: LogIntegrity;
}

export function AuditLog({ lines, names, integrity }: Props) {
  const { t, date, dateTime } = useT();
  const broken = integrity && !integrity.ok ? integrity : null;
  const breaks = broken ? (broken.breaks?.length ? broken.breaks : [{ seq: broken.firstBadSeq, kind: broken.kind }]) : [];
  const breakAt = new Map(breaks.map((b) => [b.seq, b.kind]));
  const kindText = (kind: BreakKind) => t(`audit.break.${kind}`);
  return (
    <div class="audit-log">
      {integrity &&
        (integrity.ok ? (
          <p class="audit-integrity ok" role="status">
            {t('audit.integrity.ok')}
          </p>
        ) : (
          <p class="audit-integrity broken" role="alert">
            {t('audit.integrity.broken', { seq: integrity.firstBadSeq, kind: kindText(integrity.kind) })}
            {breaks.length > 1 &&
              ` ${t('audit.integrity.breaks', { list: breaks.map((b) => `#${b.seq} ${kindText(b.kind)}`).join(', ') })}`}
          </p>
        ))}
      <table class="audit" aria-label={t('dash.auditLog')}>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('audit.time')}</th>
            <th>{t('audit.event')}</th>
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
                <td>{dateTime(l.at)}</td>
                <td>
                  {t(l.key, l.params)}
                  {l.dates.length > 0 && ` ${l.dates.map((d) => date(d)).join(', ')}`}
                  {l.employeeId && ` – ${names.get(l.employeeId) ?? t('dash.removedEmployee')}`}
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
