import { replay, toCache, toRow } from '../../../lib/cycles/replay';
import type { Stage } from '../../../lib/cycles/stages';
import type { CycleRow, EventData } from '../../../lib/db/rows';
import { scriptEvents } from '../../../lib/demo/script';
import type { Variant } from '../../../lib/domain/types';
import { DAY, type DbFixture, SESSION_AT } from './types';

/** The employees of each team, for the scripted cycles' IKUs. */
export const TEAM_EMPLOYEES = { 't-nord': ['e-aase', 'e-bo', 'e-obrien'], 't-syd': ['e-mette', 'e-ali'], 't-arkiv': ['e-gitte'] } as const;

interface CyclePlanned {
  id: string;
  teamId: keyof typeof TEAM_EMPLOYEES;
  variant: Variant;
  stage: Stage;
  sessionAt: number;
  /** 'current': the cache this code writes; 'stale': an older machine's; 'none': never cached. */
  cache: 'current' | 'stale' | 'none';
}

/** Both variants, open and closed, at several stages, with current, stale and missing caches. */
export const CYCLES: readonly CyclePlanned[] = [
  { id: 'c-nord-2025', teamId: 't-nord', variant: 'tus', stage: 'closed', sessionAt: SESSION_AT - 365 * DAY, cache: 'current' },
  { id: 'c-nord-2026', teamId: 't-nord', variant: 'tus-iku', stage: 'consent', sessionAt: SESSION_AT, cache: 'current' },
  { id: 'c-syd-2026', teamId: 't-syd', variant: 'tus-iku', stage: 'corrections', sessionAt: SESSION_AT + 2 * DAY, cache: 'stale' },
  { id: 'c-syd-plan', teamId: 't-syd', variant: 'tus', stage: 'teamPlan', sessionAt: SESSION_AT - 30 * DAY, cache: 'none' },
  { id: 'c-arkiv-2024', teamId: 't-arkiv', variant: 'tus-iku', stage: 'closed', sessionAt: SESSION_AT - 700 * DAY, cache: 'current' },
];

export function cycleEvents(c: CyclePlanned): EventData[] {
  return scriptEvents(c.variant, TEAM_EMPLOYEES[c.teamId], c.sessionAt, c.stage).map((e, i) => toRow(c.id, i + 1, e));
}

function cycleRow(c: CyclePlanned): CycleRow {
  const events = cycleEvents(c);
  const snapshot = replay(c.variant, events);
  const current = toCache(snapshot, events.length);
  const cache = c.cache === 'current' ? current : c.cache === 'stale' ? { ...current, machineVersion: 1 } : null;
  return {
    id: c.id,
    teamId: c.teamId,
    variant: c.variant,
    createdAt: c.sessionAt - 40 * DAY,
    open: snapshot.status === 'done' ? 0 : 1,
    cache,
  };
}

/** Schema v1: teams, employees (addresses as typed, in mixed case), cycles and their logs. */
export async function fixtureV1(): Promise<DbFixture> {
  return {
    version: 1,
    rows: {
      teams: [
        { id: 't-nord', name: 'Hjemmeplejen Nord', archived: 0, createdAt: SESSION_AT - 800 * DAY },
        { id: 't-syd', name: 'Plejecenter Søndergården – dag', archived: 0, createdAt: SESSION_AT - 400 * DAY },
        { id: 't-arkiv', name: 'Rengøring (nedlagt)', archived: 1, createdAt: SESSION_AT - 900 * DAY },
      ],
      employees: [
        { id: 'e-aase', teamId: 't-nord', name: 'Åse Ørnsø', email: '  Aase.Oernsoe@Randers.DK ', number: '1042' },
        { id: 'e-bo', teamId: 't-nord', name: 'Bo Hansen', email: 'BO.HANSEN@randers.dk', role: 'AMR' },
        { id: 'e-obrien', teamId: 't-nord', name: "Siobhán O'Brien", email: "O'Brien@Example.dk" },
        { id: 'e-mette', teamId: 't-syd', name: 'Mette Ærø', email: 'mette.aeroe@randers.dk', role: 'TR', number: '0007' },
        { id: 'e-ali', teamId: 't-syd', name: 'Ali Şahin', email: 'Ali.Sahin@Randers.dk' },
        { id: 'e-gitte', teamId: 't-arkiv', name: 'Gitte Lund', email: 'gitte@randers.dk' },
      ],
      cycles: CYCLES.map(cycleRow),
      events: CYCLES.flatMap(cycleEvents),
    },
  };
}
