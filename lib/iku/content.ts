import type { Agreement } from '../domain/types';
import { formatDate } from '../i18n';

export interface AgreementLine {
  text: string;
  owner: string;
  due: string;
}

/** Everything an IKU says: what its hash covers and its PDF shows. Randers' form holds concrete agreements only, no minutes. */
export interface IkuDocument {
  workplace: string;
  team: string;
  leader: string;
  employee: { id: string; name: string; number: string };
  sessionAt: number;
  period: string;
  teamAgreements: AgreementLine[];
  individual: AgreementLine[];
  afterTus: AgreementLine[];
}

export interface IkuInput {
  workplace: string;
  team: string;
  leader: string;
  employee: { id: string; name: string; number?: string };
  sessionAt: number;
  agreements: readonly Agreement[];
}

const line = (a: Agreement): AgreementLine => ({ text: a.text.trim(), owner: a.owner.trim(), due: a.due });
const byWritten = (a: Agreement, b: Agreement) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** The team's agreements plus this employee's own, and nobody else's. */
export function buildIkuDocument(input: IkuInput): IkuDocument {
  const filled = input.agreements.filter((a) => a.text.trim() !== '').sort(byWritten);
  const own = filled.filter((a) => a.employeeId === input.employee.id);
  const year = 365 * 86_400_000;
  return {
    workplace: input.workplace,
    team: input.team,
    leader: input.leader,
    employee: { id: input.employee.id, name: input.employee.name, number: input.employee.number ?? '' },
    sessionAt: input.sessionAt,
    period: `${formatDate(input.sessionAt)} – ${formatDate(input.sessionAt + year)}`,
    teamAgreements: filled.filter((a) => a.employeeId === null).map(line),
    individual: own.filter((a) => !a.afterTus).map(line),
    afterTus: own.filter((a) => a.afterTus).map(line),
  };
}

export { canonicalJson } from '../shared/canonical-json';
