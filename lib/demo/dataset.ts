import type { CycleEvent } from '../../machines/cycle.machine';
import { type Stage, stagesOf } from '../cycles/stages';
import type { Employee, Team, Variant } from '../domain/types';
import { scriptEvents } from './script';

const DAY = 86_400_000;

export interface DatasetCycle {
  id: string;
  teamId: string;
  variant: Variant;
  createdAt: number;
  events: CycleEvent[];
}

export interface Dataset {
  teams: Team[];
  employees: Employee[];
  cycles: DatasetCycle[];
}

export interface DatasetOptions {
  teams: number;
  employeesPerTeam: number;
  /** Closed cycles per team, two a year, before the open one. */
  closedCyclesPerTeam: number;
  now: number;
}

const FIRST = [
  'Anne',
  'Bo',
  'Camilla',
  'Dorte',
  'Erik',
  'Frederik',
  'Gitte',
  'Hans',
  'Ida',
  'Jens',
  'Karen',
  'Lars',
  'Mette',
  'Niels',
  'Ørn',
];
const LAST = ['Andersen', 'Bæk', 'Christensen', 'Dahl', 'Eriksen', 'Frost', 'Grøn', 'Hansen', 'Iversen', 'Jørgensen'];

/** A deterministic dataset of any size: names, e-mails, closed history and one open cycle per team in varied stages. */
export function makeDataset({ teams, employeesPerTeam, closedCyclesPerTeam, now }: DatasetOptions): Dataset {
  const data: Dataset = { teams: [], employees: [], cycles: [] };
  for (let t = 0; t < teams; t++) {
    const teamId = `team-${t}`;
    data.teams.push({
      id: teamId,
      name: `Team ${String(t + 1).padStart(3, '0')} – Hjemmeplejen`,
      archived: 0,
      createdAt: now - 6 * 365 * DAY,
    });
    const ids: string[] = [];
    for (let e = 0; e < employeesPerTeam; e++) {
      const id = `${teamId}-emp-${e}`;
      ids.push(id);
      const n = t * employeesPerTeam + e;
      const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
      data.employees.push({ id, teamId, name, email: `medarbejder${n}@randers.dk` });
    }
    for (let c = 0; c < closedCyclesPerTeam; c++) {
      const variant: Variant = c % 2 === 0 ? 'tus-iku' : 'tus';
      const sessionAt = now - (closedCyclesPerTeam - c + 1) * 182 * DAY;
      data.cycles.push({
        id: `${teamId}-cycle-${c}`,
        teamId,
        variant,
        createdAt: sessionAt - 30 * DAY,
        events: scriptEvents(variant, ids, sessionAt, 'closed'),
      });
    }
    const variant: Variant = t % 3 === 0 ? 'tus' : 'tus-iku';
    const stages = stagesOf(variant).filter((s: Stage) => s !== 'closed');
    const stage = stages[t % stages.length]!;
    const sessionAt = now + ((t % 11) - 5) * 7 * DAY;
    data.cycles.push({
      id: `${teamId}-cycle-open`,
      teamId,
      variant,
      createdAt: sessionAt - 30 * DAY,
      events: scriptEvents(variant, ids, sessionAt, stage),
    });
  }
  return data;
}
