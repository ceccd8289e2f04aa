import type { FollowUp } from '../../machines/cycle.machine';
import type { Employee } from '../domain/types';

/**
 * Who a follow-up meeting invites: a one-to-one its employee alone, any other meeting the team.
 * Its own file, without the calendar library, because the service worker needs it too.
 */
export function attendeesOf(meeting: Pick<FollowUp, 'form' | 'employeeId'>, team: readonly Pick<Employee, 'id' | 'name' | 'email'>[]) {
  const invited = meeting.form === 'oneToOne' ? team.filter((e) => e.id === meeting.employeeId) : team;
  return invited.map(({ name, email }) => ({ name, email }));
}
