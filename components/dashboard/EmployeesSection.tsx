import { useState } from 'preact/hooks';
import { privacyActions } from '../../lib/actions/privacy';
import { teamActions } from '../../lib/actions/teams';
import type { Employee, Team } from '../../lib/domain/types';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';
import { useYearlyDuty } from '../hooks/use-yearly-duty';
import { lazyComponent } from '../lazy';
import { EmployeeImport } from './EmployeeImport';
import { EmployeeTable } from './EmployeeTable';

const EraseEmployee = lazyComponent(() => import('./EraseEmployeeDialog').then((m) => m.EraseEmployee));

interface Props {
  teamId: string;
  employees: Employee[];
  otherTeams: Team[];
  run: Run;
}

/** The team's employees: edit, move, remove (asking first: an erasure), access export, add one, or import a list. */
export function EmployeesSection({ teamId, employees, otherTeams, run }: Props) {
  const { t, error } = useT();
  const actions = teamActions(teamId);
  const privacy = privacyActions();
  const [removing, setRemoving] = useState<Employee | null>(null);
  const duty = useYearlyDuty();
  return (
    <>
      <EmployeeTable
        employees={employees}
        otherTeams={otherTeams.filter((o) => o.archived === 0)}
        onSave={async (draft) => {
          const problem = await actions.saveEmployee(draft);
          return problem && { field: problem.field, message: error(problem.error) };
        }}
        onRemove={setRemoving}
        onAccess={(emp) => run(() => privacy.downloadAccess(emp.id))}
        onMove={(emp, to) => run(() => actions.moveEmployee(emp.id, to))}
        duty={duty}
      />
      {removing && <EraseEmployee employee={removing} actions={privacy} run={run} onClose={() => setRemoving(null)} />}
      <EmployeeImport
        existingEmails={employees.map((e) => e.email)}
        onImport={async (rows) => {
          try {
            await actions.importEmployees(rows);
            return null;
          } catch (e) {
            return t('error.generic', { message: error(e) });
          }
        }}
      />
    </>
  );
}
