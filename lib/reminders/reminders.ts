import { consentDueAt, topState } from '../../machines/next-step';
import type { StepOptions } from '../../machines/step-options';
import { buildPopupItems } from '../cycles/team-steps';
import type { CycleRow } from '../db/database';
import { toStepRows } from '../db/step-rows';
import type { Employee, Team } from '../domain/types';
import { formatDateTime } from '../i18n';
import { type Message, message } from '../i18n/message';

export type ReminderKind = 'correctionDeadlinePassed' | 'consentMissing' | 'consentNotFiled' | 'followUpSoon';

export interface Reminder {
  /** Stable per occasion: the same reminder is never shown twice. */
  key: string;
  kind: ReminderKind;
  /** Keys, not text: the background shows them in the browser's language. */
  title: Message;
  message: Message;
}

export interface ReminderInput {
  teams: readonly Team[];
  openCycles: readonly CycleRow[];
  employees: readonly Pick<Employee, 'id' | 'name'>[];
  now: number;
  /** The leader's settings, among them the consent wait: the same the step rows are made with. */
  options: StepOptions;
}

/** Overdue steps for the badge, and the reminders due now, from stored deadlines only (idempotent). */
export function computeReminders(input: ReminderInput): { badge: number; reminders: Reminder[] } {
  // The badge counts what the popup marks overdue, from the same step rows.
  const badge = buildPopupItems(input.teams, toStepRows(input.openCycles, input.options), input.now).filter((i) => i.step.overdue).length;
  const wait = input.options.consentWaitWorkingDays;
  const teamName = new Map(input.teams.map((t) => [t.id, t.name]));
  const name = new Map(input.employees.map((e) => [e.id, e.name]));
  const reminders: Reminder[] = [];
  for (const cycle of input.openCycles) {
    const c = cycle.cache?.context;
    if (!cycle.cache || !c) continue;
    const team = teamName.get(cycle.teamId) ?? '';
    const state = topState(cycle.cache.value);
    const deadline = c.plan.correctionDeadline;
    if (state === 'corrections' && deadline !== null && input.now >= deadline) {
      reminders.push({
        key: `deadline:${cycle.id}:${deadline}`,
        kind: 'correctionDeadlinePassed',
        title: message('reminder.correctionDeadlinePassed.title', { team }),
        message: message('reminder.correctionDeadlinePassed.message'),
      });
    }
    reminders.push(...followUpReminders(cycle.id, team, c.followUps, input.now));
    for (const iku of c.ikus) {
      const who = name.get(iku.employeeId) ?? '';
      const requestedAt = iku.context.requestedAt;
      if (iku.value === 'consentRequested' && requestedAt !== null) {
        // The date the popup and the dashboard show for this request (nextStep's collectConsent).
        if (input.now >= consentDueAt(requestedAt, wait)) {
          reminders.push({
            key: `consent-missing:${cycle.id}:${iku.employeeId}:${requestedAt}`,
            kind: 'consentMissing',
            title: message('reminder.consentMissing.title', { name: who }),
            message: message('reminder.consentMissing.message', { name: who, team, days: wait }),
          });
        }
      }
      if (iku.value === 'consented' && iku.context.consent && iku.context.marks.consentFiled === undefined) {
        reminders.push({
          key: `consent-filed:${cycle.id}:${iku.employeeId}:${iku.context.consent.at}`,
          kind: 'consentNotFiled',
          title: message('reminder.consentNotFiled.title', { name: who }),
          message: message('reminder.consentNotFiled.message', { name: who }),
        });
      }
    }
  }
  return { badge, reminders };
}

/** How long before a follow-up meeting the leader is reminded: time to print the agreements and book a room. */
export const FOLLOW_UP_REMINDER_LEAD_MS = 2 * 86_400_000;

/**
 * One reminder per follow-up meeting not yet held, from two days before it. Keyed by its time, so a
 * meeting planned at another time is reminded of again; shown once (runReminders keeps the keys).
 * The time is written the Danish way in both languages: a message's parameters are text.
 */
export function followUpReminders(
  cycleId: string,
  team: string,
  followUps: readonly { at: number; heldAt: number | null }[],
  now: number,
): Reminder[] {
  return followUps
    .filter((f) => f.heldAt === null && now >= f.at - FOLLOW_UP_REMINDER_LEAD_MS)
    .map((f) => ({
      key: `follow-up:${cycleId}:${f.at}`,
      kind: 'followUpSoon',
      title: message('reminder.followUpSoon.title', { team }),
      message: message('reminder.followUpSoon.message', { when: formatDateTime(f.at, 'da') }),
    }));
}
