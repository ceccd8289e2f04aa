// Pure: what keeps an employee's IKU from being the concrete plan the seed asks for ("IKU'en skal
// indeholde konkrete aftaler"). The dashboard shows it before generation and the store refuses to
// generate without it being fixed or overridden with a reason, so both ask this one function.
//
// The rule, kept simple on purpose (a hint to the leader, not a language model):
// - an individual row (not a team row, not one agreed after the TUS) with text but no owner or no date;
// - a row that reads like minutes: it starts with "Vi talte om", "Vi drøftede", "Vi snakkede",
//   "Vi diskuterede", or with one to three capitalised words followed by "synes", "mener" or
//   "føler" ("Dorthe synes …"); or it is longer than 200 characters and lacks an owner or a date;
// - an empty individual section: no individual row with text at all.
// Rows with blank text are not printed (lib/iku/content.ts), so they are not checked either.

import type { Agreement } from '../domain/types';

/** Longer than this, a row without owner or date reads as narrative rather than an agreement. */
export const NARRATIVE_CHARS = 200;

const MINUTES_OPENINGS = ['vi talte om', 'vi drøftede', 'vi snakkede', 'vi diskuterede'];
// "Dorthe synes", "Anne Marie mener", "Bo Ærø-Hansen føler": someone's view, not an agreement.
const SOMEONE_THINKS = /^(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:synes|mener|føler)\b/u;

export type MissingField = 'owner' | 'due';

export interface RowProblem {
  agreementId: string;
  text: string;
  missing: MissingField[];
  /** The row reads like minutes rather than an agreement. */
  minutes: boolean;
}

export interface EmployeeCheck {
  employeeId: string;
  /** No individual row with text. */
  empty: boolean;
  rows: RowProblem[];
}

/** True when the text reads like minutes of a talk rather than an agreement (see the rule above). */
export function readsLikeMinutes(text: string, hasOwnerAndDue: boolean): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  const lower = t.toLowerCase();
  if (MINUTES_OPENINGS.some((o) => lower === o || lower.startsWith(`${o} `))) return true;
  if (SOMEONE_THINKS.test(t)) return true;
  return t.length > NARRATIVE_CHARS && !hasOwnerAndDue;
}

/** One row's problems, or null when it names what, who and when and does not read like minutes. */
export function checkRow(a: Pick<Agreement, 'id' | 'text' | 'owner' | 'due'>): RowProblem | null {
  const missing: MissingField[] = [];
  if (!a.owner.trim()) missing.push('owner');
  if (!a.due.trim()) missing.push('due');
  const minutes = readsLikeMinutes(a.text, missing.length === 0);
  return missing.length || minutes ? { agreementId: a.id, text: a.text.trim(), missing, minutes } : null;
}

/** What an employee's IKU lacks; an employee with nothing to fix is not in the list. */
export function checkIkuContent(employees: readonly { id: string }[], agreements: readonly Agreement[]): EmployeeCheck[] {
  const out: EmployeeCheck[] = [];
  for (const { id } of employees) {
    const own = agreements
      .filter((a) => a.employeeId === id && !a.afterTus && a.text.trim() !== '')
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
    const rows = own.map(checkRow).filter((p): p is RowProblem => p !== null);
    if (own.length === 0 || rows.length) out.push({ employeeId: id, empty: own.length === 0, rows });
  }
  return out;
}

/**
 * The team's rows that read like minutes. They print in every IKU, but the session's team rows
 * cannot be corrected afterwards (the correction log is per employee), so they are shown as a
 * warning before generation rather than blocking it.
 */
export function teamRowsLikeMinutes(agreements: readonly Agreement[]): Pick<RowProblem, 'agreementId' | 'text'>[] {
  return agreements
    .filter((a) => a.employeeId === null && !a.afterTus && a.text.trim() !== '')
    .filter((a) => readsLikeMinutes(a.text, a.owner.trim() !== '' && a.due.trim() !== ''))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((a) => ({ agreementId: a.id, text: a.text.trim() }));
}

/** The employees the check found something for that the leader has not overridden with a non-blank reason. */
export function unresolved(checks: readonly EmployeeCheck[], overrides: readonly { employeeId: string; reason: string }[]): string[] {
  const reasoned = new Set(overrides.filter((o) => o.reason.trim() !== '').map((o) => o.employeeId));
  return checks.map((c) => c.employeeId).filter((id) => !reasoned.has(id));
}
