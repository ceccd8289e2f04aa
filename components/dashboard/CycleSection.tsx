import type { RefObject } from 'preact';
import type { CycleActions, Outcome } from '../../lib/actions/cycle';
import { startCycle } from '../../lib/actions/cycle';
import { sessionUrl } from '../../lib/browser/pages';
import { CHAIN_GUARDED_ACTIONS, isChainBlocked } from '../../lib/cycles/integrity';
import type { CycleRow } from '../../lib/cycles/queries';
import { fromCache, isCacheCurrent } from '../../lib/cycles/replay';
import type { CyclePlan, Employee, Team, Variant } from '../../lib/domain/types';
import type { Message } from '../../lib/i18n/message';
import { useStepOptions } from '../hooks/use-cycle';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';
import { lazyComponent } from '../lazy';
import { CycleTimeline } from './CycleTimeline';
import { IntegrityBanner } from './IntegrityBanner';
import { StartCycleForm } from './StartCycleForm';

// Only before the session, so it loads on its own (the team page's script stays under its budget).
const PreparationPanel = lazyComponent(() => import('./PreparationPanel').then((m) => m.PreparationPanel));

export interface Progress {
  done: number;
  total: number;
}

interface Props {
  sectionRef: RefObject<HTMLElement>;
  team: Team;
  /** undefined while loading. */
  cycles: CycleRow[] | undefined;
  open: CycleRow | undefined;
  actions: CycleActions | null;
  employees: Employee[];
  notice: Message | null;
  busy: boolean;
  run: Run;
  show: (outcome: Outcome) => void;
  onProgress: (progress: Progress | null) => void;
}

/** The open cycle's stages and actions, with the log's warning; or the form that starts one. */
export function CycleSection({ sectionRef, team, cycles, open, actions, employees, notice, busy, run, show, onProgress }: Props) {
  const { t, say, error } = useT();
  const stepOptions = useStepOptions();
  const onStart = async (variant: Variant, plan: CyclePlan) => {
    try {
      await startCycle(team.id, variant, plan);
      return null;
    } catch (e) {
      return t('error.generic', { message: error(e) });
    }
  };
  return (
    <section class="cycle" aria-label={t('dash.cycle')} ref={sectionRef}>
      {notice && (
        <p role="status" class="notice">
          {say(notice)}
        </p>
      )}
      {open?.integrity && actions && (
        <IntegrityBanner integrity={open.integrity} busy={busy} onAcknowledge={() => run(actions.acknowledgeLogChange)} />
      )}
      {open && actions && isCacheCurrent(open.cache) ? (
        <CycleTimeline
          cycleId={open.id}
          sessionHref={sessionUrl(open.id)}
          snapshot={fromCache(open.cache)}
          employees={employees}
          now={Date.now()}
          stepOptions={stepOptions}
          busy={busy || Boolean(open.integrity?.refused)}
          withheld={isChainBlocked(open.integrity) ? CHAIN_GUARDED_ACTIONS : undefined}
          onCycleAction={(id, input) =>
            run(async () => {
              const outcome = await actions.run(id, input, (done, total) => onProgress({ done, total }));
              onProgress(null);
              show(outcome);
            })
          }
          onEmployeeAction={(id, employeeId, input) => run(async () => show(await actions.runForEmployee(id, employeeId, input)))}
        />
      ) : (
        cycles && team.archived === 0 && <StartCycleForm employeeCount={employees.length} onStart={onStart} />
      )}
      {open && <PreparationPanel cycle={open} teamId={team.id} teamName={team.name} />}
    </section>
  );
}
