import { useRef, useState } from 'preact/hooks';
import { cycleActions, type Outcome } from '../../lib/actions/cycle';
import { buttonsFor } from '../../lib/cycles/actions';
import type { Team } from '../../lib/domain/types';
import type { Message } from '../../lib/i18n/message';
import { useCycleCheck } from '../hooks/use-cycle';
import { useFocusAction } from '../hooks/use-focus-action';
import { useRun } from '../hooks/use-run';
import { useT } from '../hooks/use-t';
import { useTeam } from '../hooks/use-team';
import { CyclePanels } from './CyclePanels';
import { CycleSection, type Progress } from './CycleSection';
import { EmployeesSection } from './EmployeesSection';
import { HistorySection } from './HistorySection';
import { TeamHeader } from './TeamHeader';
import { TemplateEditor } from './TemplateEditor';

interface Props {
  team: Team;
  otherTeams: Team[];
  onError: (message: string | null) => void;
  /** Opened for a step (the popup's "Gør det"): the cycle and the step or action whose button gets focus. */
  focusCycleId?: string;
  focusAction?: string;
}

export function TeamPage({ team, otherTeams, onError, focusCycleId, focusAction }: Props) {
  const { t, error } = useT();
  const { employees, cycles, open } = useTeam(team.id);
  const { busy, run } = useRun(onError);
  const [notice, setNotice] = useState<Message | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const actions = open ? cycleActions(open, team.name) : null;
  const show = (outcome: Outcome) => {
    if (outcome.notice) setNotice(outcome.notice);
  };
  useCycleCheck(open?.id, open?.cache?.machineVersion, actions?.check, (e) => onError(t('error.generic', { message: error(e) })));
  const cycleRef = useRef<HTMLElement>(null);
  // The whole page: a step's button may sit in a panel below the timeline (follow-up, content check).
  const pageRef = useRef<HTMLElement>(null);
  useFocusAction(pageRef, focusAction && (!focusCycleId || focusCycleId === open?.id) ? buttonsFor(focusAction) : []);

  return (
    <article class="team-page" aria-labelledby="team-heading" ref={pageRef}>
      <TeamHeader team={team} run={run} />
      <CycleSection
        sectionRef={cycleRef}
        team={team}
        cycles={cycles}
        open={open}
        actions={actions}
        employees={employees}
        notice={notice}
        busy={busy}
        run={run}
        show={show}
        onProgress={setProgress}
      />
      {open && actions && (
        <CyclePanels
          open={open}
          actions={actions}
          employees={employees}
          teamName={team.name}
          progress={progress}
          busy={busy}
          run={run}
          show={show}
        />
      )}
      <TemplateEditor teamId={team.id} variant={open?.variant ?? 'tus-iku'} />
      <EmployeesSection teamId={team.id} employees={employees} otherTeams={otherTeams} run={run} />
      <HistorySection cycles={cycles} employees={employees} />
    </article>
  );
}
