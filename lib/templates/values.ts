import { epochToZoned } from '../dates/datetime';
import type { CyclePlan } from '../domain/types';
import { formatDate } from '../i18n';
import type { PlaceholderValues } from './placeholders';

/** The placeholder values of a planned cycle, formatted the Danish way. */
export function placeholderValues(teamName: string, leaderName: string, plan: CyclePlan): PlaceholderValues {
  const hours = Math.floor(plan.durationMin / 60);
  const minutes = plan.durationMin % 60;
  const duration = [hours ? `${hours} ${hours === 1 ? 'time' : 'timer'}` : '', minutes ? `${minutes} minutter` : '']
    .filter(Boolean)
    .join(' og ');
  return {
    team: teamName,
    dato: plan.sessionAt === null ? '' : formatLongDate(plan.sessionAt),
    tid: plan.sessionAt === null ? '' : epochToZoned(plan.sessionAt).time.replace(':', '.'),
    sted: plan.place,
    varighed: duration,
    leder: leaderName,
    frist: plan.correctionDeadline === null ? '' : formatDate(plan.correctionDeadline),
  };
}

const longDate = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Copenhagen',
});
/** "onsdag den 2. december 2026". */
export function formatLongDate(ms: number): string {
  const parts = Object.fromEntries(longDate.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.weekday} den ${parts.day}. ${parts.month} ${parts.year}`;
}
