import type { Agreement } from '../../../lib/domain/types';
import { DAY, type DbFixture, SESSION_AT } from './types';
import { fixtureV2 } from './v2';

const agreement = (over: Partial<Agreement> & Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text'>): Agreement => ({
  owner: '',
  due: '',
  createdAt: SESSION_AT + 3_600_000,
  updatedAt: SESSION_AT + 3_700_000,
  ...over,
});

/** Schema v3: the competence sheet's agreements, team and individual, in both variants. */
export async function fixtureV3(): Promise<DbFixture> {
  const { rows } = await fixtureV2();
  const agreements: Agreement[] = [
    agreement({
      id: 'a-nord-team',
      cycleId: 'c-nord-2026',
      employeeId: null,
      text: 'Vi holder tavlemøde hver mandag kl. 8.15',
      owner: 'Bo',
      due: '2026-03-01',
    }),
    agreement({
      id: 'a-nord-aase',
      cycleId: 'c-nord-2026',
      employeeId: 'e-aase',
      text: 'Åse følger med på en demensvagt',
      owner: 'Åse',
      due: '2026-04-15',
    }),
    agreement({ id: 'a-nord-bo', cycleId: 'c-nord-2026', employeeId: 'e-bo', text: 'Kursus i forflytning <b>og</b> "sikker" hjælp' }),
    agreement({
      id: 'a-nord-obrien',
      cycleId: 'c-nord-2026',
      employeeId: 'e-obrien',
      text: 'Sidemandsoplæring i medicin',
      afterTus: true,
      createdAt: SESSION_AT + 9 * DAY,
      updatedAt: SESSION_AT + 9 * DAY,
    }),
    agreement({ id: 'a-syd-mette', cycleId: 'c-syd-2026', employeeId: 'e-mette', text: 'TR-uddannelse, modul 2', due: '2026-06-01' }),
    agreement({
      id: 'a-syd-plan-kort',
      cycleId: 'c-syd-plan',
      employeeId: null,
      text: 'Fælles overlap kl. 14.45',
      term: 'short',
      owner: 'Alle',
    }),
    agreement({
      id: 'a-syd-plan-lang',
      cycleId: 'c-syd-plan',
      employeeId: null,
      text: 'Ny vagtplan til efteråret',
      term: 'long',
      due: '2026-09-01',
    }),
  ];
  return { version: 3, rows: { ...rows, agreements } };
}
