// The panel's consent list for a team of 40: what is left to do first, finished rows counted and
// collapsed, and a filter by name. Pure, so the ordering and the filter are tested without a page.
import type { ConsentRequestItem } from '../messaging/replies';

export interface ConsentList {
  /** Requests not sent yet, in the order the round sends them (team, then name). */
  left: ConsentRequestItem[];
  /** Requests sent and waiting for a reply: done for the round, shown only on the toggle. */
  done: ConsentRequestItem[];
}

/** Case-insensitive by Danish rules: "sø" finds "Søren". */
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('da');

const byTeamThenName = (a: ConsentRequestItem, b: ConsentRequestItem) =>
  a.teamName.localeCompare(b.teamName, 'da') ||
  a.employeeName.localeCompare(b.employeeName, 'da') ||
  a.employeeId.localeCompare(b.employeeId);

/** Splits and orders the list; `filter` keeps the rows whose employee's name contains it (blank keeps all). */
export function consentList(items: readonly ConsentRequestItem[], filter = ''): ConsentList {
  const needle = fold(filter.trim());
  const kept = [...items].filter((i) => needle === '' || fold(i.employeeName).includes(needle)).sort(byTeamThenName);
  return { left: kept.filter((i) => i.state === 'generated'), done: kept.filter((i) => i.state !== 'generated') };
}

/** The next employee of the round: the first left to do, never one already sent (or skipped this round). */
export function nextInRound(items: readonly ConsentRequestItem[], skipped: ReadonlySet<string> = new Set()): ConsentRequestItem | null {
  return consentList(items).left.find((i) => !skipped.has(`${i.cycleId}:${i.employeeId}`)) ?? null;
}
