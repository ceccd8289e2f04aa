import type { EventRow } from '../db/database';
import type { MessageKey } from '../i18n';

export interface AuditLine {
  seq: number;
  at: number;
  key: MessageKey;
  employeeId: string | null;
  detail: string | null;
}

/** A readable line per logged event: what happened, to whom, with the note or evidence given. */
export function auditLine(row: EventRow): AuditLine {
  const employeeId = typeof row.payload.employeeId === 'string' ? row.payload.employeeId : null;
  const [who, what] = row.type.split('.') as [string, string];
  let key: MessageKey;
  if (who === 'iku') {
    key = (what === 'markFiled' ? `emp.${String(row.payload.mark)}` : `audit.${what}`) as MessageKey;
  } else {
    key = (what === 'updatePlan' ? 'audit.updatePlan' : `action.${what}`) as MessageKey;
  }
  const evidence = row.payload.evidence as { note?: string; from?: string } | undefined;
  const detail =
    (typeof row.payload.note === 'string' && row.payload.note) ||
    evidence?.note ||
    evidence?.from ||
    (typeof row.payload.version === 'number' ? `v${row.payload.version}` : null) ||
    null;
  return { seq: row.seq, at: row.at, key, employeeId, detail };
}
