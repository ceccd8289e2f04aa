// The leader's actions on a team from the team page: its name, its archive mark, its employees and
// its own templates. The stores validate and refuse; a refusal of a field says which field.
import type { Employee, Team } from '../domain/types';
import { eraseEmployee } from '../privacy/erase';
import { setTeamTemplates } from '../settings/store';
import {
  addEmployees,
  createTeam as createTeamRow,
  InvalidInputError,
  moveEmployee,
  type NewEmployee,
  renameTeam,
  saveEmployee,
  setTeamArchived,
} from '../teams/store';
import type { TemplateSet } from '../templates/defaults';
import { type ActionDeps, withDeps } from './deps';

export type { NewEmployee };

/** A refused employee form: the field to mark, and the error to show there. */
export interface FieldProblem {
  field: string;
  error: unknown;
}

export function teamActions(teamId: string, deps: Partial<ActionDeps> = {}) {
  const { db, now } = withDeps(deps);
  return {
    rename: (name: string) => renameTeam(db, teamId, name),
    setArchived: (archived: boolean) => setTeamArchived(db, teamId, archived),
    /** Adds or edits one employee; null when saved. */
    saveEmployee: async (draft: NewEmployee): Promise<FieldProblem | null> => {
      try {
        await saveEmployee(db, teamId, draft);
        return null;
      } catch (error) {
        return { field: error instanceof InvalidInputError ? error.field : 'name', error };
      }
    },
    /** "Fjern": the employee's erasure, with their agreements, IKUs and evidence (the view asks first). */
    removeEmployee: async (employeeId: string): Promise<void> => {
      await eraseEmployee(db, employeeId, now());
    },
    moveEmployee: (employeeId: string, toTeamId: string) => moveEmployee(db, employeeId, toTeamId),
    /** The rows of a pasted or opened list, all or none. */
    importEmployees: async (rows: readonly NewEmployee[]): Promise<Employee[]> => addEmployees(db, teamId, rows),
    saveTemplates: (templates: Partial<TemplateSet>) => setTeamTemplates(db, teamId, templates),
  };
}

export type TeamActions = ReturnType<typeof teamActions>;

/** A new team from the dashboard's sidebar; refused (keyed, field `name`) without a valid name. */
export async function createTeam(name: string, deps: Partial<ActionDeps> = {}): Promise<Team> {
  const { db, now } = withDeps(deps);
  return createTeamRow(db, name, now());
}
