// The IKU content as the first release hashed it (before the follow-up meetings, the period's new
// format and the approval block). Kept only to tell an IKU made then from one whose agreements
// changed since: without it, every IKU of a cycle under way at the update would look changed, and
// a new version would void consents given to unchanged content.
import type { Agreement } from '../domain/types';
import { formatDate } from '../i18n';
import { canonicalJson } from '../shared/canonical-json';
import { sha256Hex } from '../shared/hash';
import type { IkuInput } from './content';

const line = (a: Agreement) => ({ text: a.text.trim(), owner: a.owner.trim(), due: a.due });
const byWritten = (a: Agreement, b: Agreement) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** SHA-256 of the first release's content of this employee's IKU, from the same data. */
export function legacyContentHash(input: Omit<IkuInput, 'followUps'>): Promise<string> {
  const filled = input.agreements.filter((a) => a.text.trim() !== '').sort(byWritten);
  const own = filled.filter((a) => a.employeeId === input.employee.id);
  const year = 365 * 86_400_000;
  const doc = {
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
  return sha256Hex(canonicalJson(doc));
}
