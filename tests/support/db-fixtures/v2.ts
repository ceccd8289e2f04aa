import { normalizeEmail } from '../../../lib/domain/email';
import type { Employee } from '../../../lib/domain/types';
import type { DbFixture } from './types';
import { fixtureV1 } from './v1';

/** Schema v2: addresses stored in lower case, and the settings table. */
export async function fixtureV2(): Promise<DbFixture> {
  const { rows } = await fixtureV1();
  return {
    version: 2,
    rows: {
      ...rows,
      employees: (rows.employees as Employee[]).map((e) => ({ ...e, email: normalizeEmail(e.email) })),
      settings: [
        { key: 'leader', value: { name: 'Karen Leder', email: 'karen.leder@randers.dk', workplace: 'Randers Kommune, Sundhed og Omsorg' } },
        { key: 'webmail', value: 'outlook' },
        { key: 'hosts', value: [{ origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*', kind: 'webmail' }] },
        { key: 'notified', value: ['consent:c-nord-2026:e-bo', 'corrections:c-syd-2026'] },
        { key: 'consentWaitWorkingDays', value: 7 },
        {
          key: 'templates:t-nord',
          value: { subject: 'TUS for {team} den {dato}', invitation: 'Kære alle i {team}\n\nVelkommen til TUS den {dato} kl. {tid}.' },
        },
      ],
    },
  };
}
