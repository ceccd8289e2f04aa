import type { FollowUp } from '../../machines/cycle.machine';
import { epochToZoned } from '../dates/datetime';
import type { Agreement } from '../domain/types';
import { formatDate } from '../i18n';
import { type FollowUpLine, followUpLines } from '../sheet/agreement-lines';

export type { FollowUpLine };

export interface AgreementLine {
  text: string;
  owner: string;
  due: string;
}

/**
 * Everything an IKU says: what its hash covers and its PDF shows (the version and the hash itself
 * are printed beside it). Randers' form holds concrete agreements only, no minutes.
 */
export interface IkuDocument {
  workplace: string;
  team: string;
  leader: string;
  employee: { id: string; name: string; number: string };
  sessionAt: number;
  /**
   * The twelve months the plan covers, from the session, as calendar dates: hashed as ISO dates,
   * never as the browser's formatted text, which an update of its locale data could change.
   */
  period: { from: string; to: string };
  teamAgreements: AgreementLine[];
  individual: AgreementLine[];
  afterTus: AgreementLine[];
  /** How and when the agreements are followed up: the cycle's planned meetings, by date. */
  followUps: FollowUpLine[];
}

export interface IkuInput {
  workplace: string;
  team: string;
  leader: string;
  employee: { id: string; name: string; number?: string };
  sessionAt: number;
  agreements: readonly Agreement[];
  followUps: readonly FollowUp[];
}

const line = (a: Agreement): AgreementLine => ({ text: a.text.trim(), owner: a.owner.trim(), due: a.due });
const byWritten = (a: Agreement, b: Agreement) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** Twelve calendar months from the session day (the yearly IKU duty), as Copenhagen dates. */
export function planPeriodDates(sessionAt: number): { from: string; to: string } {
  const from = epochToZoned(sessionAt).date;
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls a day 0 back into the month before, and 29 February over to 1 March.
  const to = new Date(Date.UTC(y + 1, m - 1, d - 1, 12)).toISOString().slice(0, 10);
  return { from, to };
}

/** "28. nov. 2026 – 27. nov. 2027": the period as the PDF prints it. */
export function formatPeriod({ from, to }: { from: string; to: string }): string {
  // Noon UTC is that calendar day in Copenhagen too.
  const noon = (date: string) => Date.parse(`${date}T12:00:00Z`);
  return `${formatDate(noon(from))} – ${formatDate(noon(to))}`;
}

export const planPeriod = (sessionAt: number): string => formatPeriod(planPeriodDates(sessionAt));

/** The team's agreements plus this employee's own, and nobody else's; the cycle's follow-up meetings. */
export function buildIkuDocument(input: IkuInput): IkuDocument {
  const filled = input.agreements.filter((a) => a.text.trim() !== '').sort(byWritten);
  const own = filled.filter((a) => a.employeeId === input.employee.id);
  return {
    workplace: input.workplace,
    team: input.team,
    leader: input.leader,
    employee: { id: input.employee.id, name: input.employee.name, number: input.employee.number ?? '' },
    sessionAt: input.sessionAt,
    period: planPeriodDates(input.sessionAt),
    teamAgreements: filled.filter((a) => a.employeeId === null).map(line),
    individual: own.filter((a) => !a.afterTus).map(line),
    afterTus: own.filter((a) => a.afterTus).map(line),
    followUps: followUpLines(input.followUps),
  };
}

export { canonicalJson } from '../shared/canonical-json';
