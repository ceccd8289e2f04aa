import type { ConsentEvidence } from '../../machines/iku.machine';
import { NotFoundError, readCycleLog } from '../cycles/store';
import type { TusDb } from '../db/database';
import type { Agreement, Correction, Employee, Variant } from '../domain/types';
import { ikuPdfBlob } from '../iku/pdf-bytes';
import { namesEmployee, needleMatcher } from './scrub';

/** Everything the extension holds about one employee, as the access export's JSON gives it. */
export interface EmployeeRecord {
  format: 'tus-assistent/indsigt';
  version: 1;
  exportedAt: number;
  employee: Employee;
  team: { id: string; name: string };
  cycles: {
    id: string;
    teamName: string;
    variant: Variant;
    createdAt: number;
    open: boolean;
    sessionAt: number | null;
    closedAt: number | null;
  }[];
  /** Their own agreements, and team agreements that name them (as owner or in the text). */
  agreements: Agreement[];
  ikuVersions: { cycleId: string; version: number; contentHash: string; pdfSha256: string; fileName: string; createdAt: number }[];
  consent: { cycleId: string; seq: number; at: number; version: number; hash: string; eventHash: string; evidence: ConsentEvidence }[];
  corrections: Correction[];
  /** Every logged event that names them, by id or by name or address. */
  events: { cycleId: string; seq: number; type: string; at: number; hash: string; payload: Record<string, unknown> }[];
}

/** The record plus the IKU PDFs it lists, read in one transaction. */
export interface EmployeeAccess {
  record: EmployeeRecord;
  pdfs: { name: string; blob: Blob }[];
}

const consentOf = (cycleId: string, e: { seq: number; at: number; hash: string; payload: Record<string, unknown> }) => {
  const p = e.payload as { version?: unknown; hash?: unknown; evidence?: unknown };
  if (typeof p.version !== 'number' || typeof p.hash !== 'string' || typeof p.evidence !== 'object' || p.evidence === null) return [];
  return [{ cycleId, seq: e.seq, at: e.at, version: p.version, hash: p.hash, eventHash: e.hash, evidence: p.evidence as ConsentEvidence }];
};

/** Written in an access export where another employee's id or address was. */
export const OTHER_EMPLOYEE = '[anden medarbejder]';

/**
 * An event as the access export shows it: another employee's id, address and mail headers are
 * left out (GDPR art. 15(4): a copy must not give away others' data), the words that name this
 * employee stay.
 */
function forAccess(payload: Record<string, unknown>, employeeId: string): Record<string, unknown> {
  const other = (id: unknown) => typeof id === 'string' && id !== employeeId;
  const next: Record<string, unknown> = { ...payload };
  if (other(next.employeeId)) {
    next.employeeId = OTHER_EMPLOYEE;
    if (typeof next.evidence === 'object' && next.evidence !== null) {
      const e: Record<string, unknown> = { ...(next.evidence as Record<string, unknown>) };
      for (const field of ['from', 'subject', 'messageId'] as const) if (typeof e[field] === 'string') e[field] = OTHER_EMPLOYEE;
      next.evidence = e;
    }
  }
  if (Array.isArray(next.ikus))
    next.ikus = next.ikus.map((i: unknown) =>
      typeof i === 'object' && i !== null && other((i as { employeeId?: unknown }).employeeId) ? { employeeId: OTHER_EMPLOYEE } : i,
    );
  return next;
}

/** Reads everything held about one employee (GDPR art. 15); nothing is written. */
export async function collectEmployeeData(db: TusDb, employeeId: string, now: number): Promise<EmployeeAccess> {
  return db.transaction('r', db.tables, async () => {
    const employee = await db.employees.get(employeeId);
    if (!employee) throw new NotFoundError('employee');
    const matcher = needleMatcher([employee.name, employee.email]);
    const teams = new Map((await db.teams.toArray()).map((t) => [t.id, t.name]));
    const names = (text: string) => {
      if (!matcher) return false;
      matcher.lastIndex = 0;
      return matcher.test(text);
    };
    const agreements = (await db.agreements.toArray())
      .filter((a) => a.employeeId === employeeId || names(a.owner) || names(a.text))
      .map((a) =>
        a.employeeId !== null && a.employeeId !== employeeId
          ? { ...a, employeeId: OTHER_EMPLOYEE, owner: names(a.owner) ? a.owner : OTHER_EMPLOYEE }
          : a,
      );
    const ikus = (await db.ikus.toArray()).filter((v) => v.employeeId === employeeId).sort((a, b) => a.createdAt - b.createdAt);
    const corrections = (await db.corrections.toArray()).filter((c) => c.employeeId === employeeId);
    const record: EmployeeRecord = {
      format: 'tus-assistent/indsigt',
      version: 1,
      exportedAt: now,
      employee,
      team: { id: employee.teamId, name: teams.get(employee.teamId) ?? '' },
      cycles: [],
      agreements,
      ikuVersions: ikus.map(({ cycleId, version, contentHash, pdfSha256, fileName, createdAt }) => ({
        cycleId,
        version,
        contentHash,
        pdfSha256,
        fileName,
        createdAt,
      })),
      consent: [],
      corrections,
      events: [],
    };
    const inRows = new Set([...agreements, ...ikus, ...corrections].map((r) => r.cycleId));
    for (const c of (await db.cycles.toArray()).sort((a, b) => a.createdAt - b.createdAt)) {
      const events = (await readCycleLog(db, c.id)).filter((e) => namesEmployee(e.payload, employeeId, matcher));
      if (events.length === 0 && !inRows.has(c.id)) continue;
      const context = c.cache?.context;
      record.cycles.push({
        id: c.id,
        teamName: teams.get(c.teamId) ?? '',
        variant: c.variant,
        createdAt: c.createdAt,
        open: c.open === 1,
        sessionAt: context?.plan.sessionAt ?? null,
        closedAt: context?.closedAt ?? null,
      });
      for (const e of events) {
        record.events.push({ cycleId: c.id, seq: e.seq, type: e.type, at: e.at, hash: e.hash, payload: forAccess(e.payload, employeeId) });
        if (e.type === 'iku.consent' && e.payload.employeeId === employeeId) record.consent.push(...consentOf(c.id, e));
      }
    }
    return { record, pdfs: ikus.map((v) => ({ name: v.fileName, blob: ikuPdfBlob(v) })) };
  });
}
