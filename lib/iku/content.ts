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
  /** The twelve months the plan covers, from the session. */
  period: string;
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

/** "28. nov. 2026 – 27. nov. 2027": twelve calendar months from the session day (the yearly IKU duty). */
export function planPeriod(sessionAt: number): string {
  const [y, m, d] = epochToZoned(sessionAt).date.split('-').map(Number) as [number, number, number];
  // Noon UTC is that calendar day in Copenhagen too; Date.UTC rolls 29 February over to 1 March.
  const end = Date.UTC(y + 1, m - 1, d - 1, 12);
  return `${formatDate(sessionAt)} – ${formatDate(end)}`;
}

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
    period: planPeriod(input.sessionAt),
    teamAgreements: filled.filter((a) => a.employeeId === null).map(line),
    individual: own.filter((a) => !a.afterTus).map(line),
    afterTus: own.filter((a) => a.afterTus).map(line),
    followUps: followUpLines(input.followUps),
  };
}

export { canonicalJson } from '../shared/canonical-json';
