// Demo data for the documents HR and the team receive: one employee's IKU and a team plan, as a
// realistic sheet after a TUS. `scripts/document-pages.ts` renders their first pages for docs/.
import type { FollowUp } from '../../machines/cycle.machine';
import { zonedToEpoch } from '../dates/datetime';
import type { Agreement } from '../domain/types';
import type { IkuInput } from '../iku/content';
import type { TeamPlanInput } from '../sheet/team-plan-pdf';

export const DEMO_SESSION_AT = zonedToEpoch('2026-12-02', '09:30');

let n = 0;
const row = (employeeId: string | null, text: string, owner: string, due: string, extra: Partial<Agreement> = {}): Agreement => {
  n += 1;
  return { id: `demo-${n}`, cycleId: 'demo', employeeId, text, owner, due, createdAt: n, updatedAt: n, ...extra };
};

export const DEMO_FOLLOW_UPS: FollowUp[] = [
  { at: zonedToEpoch('2027-03-03', '13:00'), heldAt: null, form: 'teamMeeting', place: 'Mødelokalet, Østergade 4' },
  { at: zonedToEpoch('2027-06-09', '13:00'), heldAt: null, form: 'staffMeeting', place: 'Kantinen' },
];

const TEAM_ROWS: Agreement[] = [
  row(null, 'Fast sparring om svære borgerforløb hver fredag kl. 13–13.30', 'Hele teamet', '2027-01-08', { term: 'short' }),
  row(null, 'Sidemandsoplæring i det nye journalsystem: to og to, en vagt hver', 'Mette (superbruger)', '2027-02-01', { term: 'short' }),
  row(null, 'Jobbytte med Hjemmeplejen Vest i en uge for at lære deres rehabiliteringsforløb', 'Lene Leder', '2027-09-30', {
    term: 'long',
  }),
];

/** Anne's IKU: the team's agreements, her own, and one agreed after the TUS. */
export const DEMO_IKU: IkuInput = {
  workplace: 'Randers Kommune, Ældreområdet',
  team: 'Hjemmeplejen Øst',
  leader: 'Lene Leder',
  employee: { id: 'anne', name: 'Anne Holm', number: '10427' },
  sessionAt: DEMO_SESSION_AT,
  agreements: [
    ...TEAM_ROWS,
    row('anne', 'Kursus i forflytning og hjælpemidler (2 dage, AMU)', 'Anne Holm', '2027-03-15'),
    row('anne', 'Mentor for den nye kollega i aftenvagten de første tre måneder', 'Anne Holm og Lene Leder', '2027-04-30'),
    row('anne', 'Deltager i demensnetværkets møder og fortæller teamet om dem', 'Anne Holm', '2027-06-01', { afterTus: true }),
  ],
  followUps: DEMO_FOLLOW_UPS,
};

/** The same team's plan, made by the TRIO. */
export const DEMO_TEAM_PLAN: TeamPlanInput = {
  workplace: DEMO_IKU.workplace,
  team: DEMO_IKU.team,
  leader: DEMO_IKU.leader,
  sessionAt: DEMO_SESSION_AT,
  agreements: TEAM_ROWS,
  followUps: DEMO_FOLLOW_UPS,
  madeBy: 'trio',
  version: 1,
};
