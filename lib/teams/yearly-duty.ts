// The collective agreement's yearly duty (seed: "pligt til, at der udarbejdes en IKU en gang
// årligt"): each employee's last approved IKU, and who is due or overdue. Pure: the caller reads
// the cycles' cached contexts and the employees, and passes the clock.
import type { CycleContext } from '../../machines/cycle.machine';
import { addDays, endOfDayEpoch, epochToZoned, isValidIsoDate } from '../dates/datetime';
import type { Employee } from '../domain/types';

/** Marked as due this many days before the date. */
export const DUE_SOON_DAYS = 30;

/** One employee's approved IKU: when they consented to the version the IKU has. */
export interface Approval {
  employeeId: string;
  at: number;
}

/** ok: approved within the year and not due within 30 days; none: no IKU and no start date to count from. */
export type DutyStatus = 'ok' | 'dueSoon' | 'overdue' | 'none';

export interface EmployeeDuty {
  employeeId: string;
  teamId: string;
  /** null when no approved IKU is known. */
  lastApprovedAt: number | null;
  /** 'YYYY-MM-DD' (Copenhagen) the next IKU is due by; null with status 'none'. */
  dueDate: string | null;
  /** The end of that day, so `now > dueAt` is overdue as everywhere else. */
  dueAt: number | null;
  status: DutyStatus;
}

export interface TeamDuty {
  /** Employees due within 30 days (not yet overdue). */
  dueSoon: number;
  /** Employees past their date, or with no approved IKU and no start date. */
  overdue: number;
  /** The earliest due date of the team's employees; null when none has a date. */
  dueAt: number | null;
  /** Whether anyone's IKU is past due (or missing altogether). */
  isOverdue: boolean;
}

/**
 * The approvals a cycle's context holds: an IKU whose consent is to the version and hash it has
 * now (a consented or archived IKU). A consent voided by a newer version does not count.
 */
export function approvalsOf(context: Pick<CycleContext, 'ikus'>): Approval[] {
  // Every version the employee approved counts, also one a later version replaced: the approval
  // was given (a new version voids consent to the old one, not the fact that it was approved).
  return context.ikus.flatMap(({ employeeId, context: iku }) =>
    (iku.approvals ?? (iku.consent ? [iku.consent] : [])).map((a) => ({ employeeId, at: a.at })),
  );
}

/** Each employee's latest approval. */
export function lastApprovals(approvals: Iterable<Approval>): Map<string, number> {
  const last = new Map<string, number>();
  for (const { employeeId, at } of approvals) if (at > (last.get(employeeId) ?? Number.NEGATIVE_INFINITY)) last.set(employeeId, at);
  return last;
}

/** The same calendar date a year later; 29 February becomes 28 February (never later than a year). */
export function aYearAfter(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const next = `${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(next) ? next : `${y + 1}-02-28`;
}

/**
 * One employee's duty at `now`. Counted from the later of their last approval and their start
 * date: a newcomer is due a year after starting, not at once.
 */
export function employeeDuty(
  employee: Pick<Employee, 'id' | 'teamId' | 'startedAt'>,
  lastApprovedAt: number | null,
  now: number,
): EmployeeDuty {
  const approved = lastApprovedAt === null ? null : epochToZoned(lastApprovedAt).date;
  const started = employee.startedAt && isValidIsoDate(employee.startedAt) ? employee.startedAt : null;
  const from =
    [approved, started]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const base = { employeeId: employee.id, teamId: employee.teamId, lastApprovedAt };
  if (from === null) return { ...base, dueDate: null, dueAt: null, status: 'none' };
  const dueDate = aYearAfter(from);
  const today = epochToZoned(now).date;
  const status: DutyStatus = today > dueDate ? 'overdue' : dueDate <= addDays(today, DUE_SOON_DAYS) ? 'dueSoon' : 'ok';
  return { ...base, dueDate, dueAt: endOfDayEpoch(dueDate), status };
}

/** Every current employee's duty; approvals of employees no longer here (departed) are ignored. */
export function employeesDuty(
  employees: readonly Pick<Employee, 'id' | 'teamId' | 'startedAt'>[],
  approvals: Iterable<Approval>,
  now: number,
): EmployeeDuty[] {
  const last = lastApprovals(approvals);
  return employees.map((e) => employeeDuty(e, last.get(e.id) ?? null, now));
}

/** A team's summary: how many are due and overdue, and the earliest date. */
export function teamDuty(duties: readonly EmployeeDuty[]): TeamDuty {
  let dueSoon = 0;
  let overdue = 0;
  let dueAt: number | null = null;
  for (const d of duties) {
    if (d.status === 'dueSoon') dueSoon++;
    if (d.status === 'overdue' || d.status === 'none') overdue++;
    if (d.dueAt !== null && (dueAt === null || d.dueAt < dueAt)) dueAt = d.dueAt;
  }
  return { dueSoon, overdue, dueAt, isOverdue: overdue > 0 };
}

/** Every team's summary, by team id (a team with no employees has none). */
export function dutyByTeam(duties: readonly EmployeeDuty[]): Map<string, TeamDuty> {
  const byTeam = new Map<string, EmployeeDuty[]>();
  for (const d of duties) {
    const list = byTeam.get(d.teamId);
    if (list) list.push(d);
    else byTeam.set(d.teamId, [d]);
  }
  return new Map([...byTeam].map(([teamId, list]) => [teamId, teamDuty(list)]));
}
