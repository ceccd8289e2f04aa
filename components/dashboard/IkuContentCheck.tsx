import { useState } from 'preact/hooks';
import type { CycleActions, Outcome } from '../../lib/actions/cycle';
import { availableCycleActions } from '../../lib/cycles/actions';
import type { CycleRow } from '../../lib/cycles/queries';
import { fromCache } from '../../lib/cycles/replay';
import type { Agreement, Employee } from '../../lib/domain/types';
import { type EmployeeCheck, type RowProblem, unresolved } from '../../lib/iku/content-check';
import { describeCharChanges } from '../../lib/pdf/winansi';
import { isCorrectionWindowOpen } from '../../machines/correction-window';
import { topState } from '../../machines/next-step';
import { useIkuPreview } from '../hooks/use-iku-preview';
import type { Run } from '../hooks/use-run';
import { useT } from '../hooks/use-t';

interface Props {
  open: CycleRow;
  employees: Employee[];
  agreements: Agreement[];
  actions: CycleActions;
  busy: boolean;
  run: Run;
  show: (outcome: Outcome) => void;
}

type Overrides = Record<string, { on: boolean; reason: string }>;

/**
 * Before the IKUs are generated (TUS med IKU, correction period): per employee what the content
 * check finds, the rows to fix while the correction window is open, "generate anyway" with a
 * reason, and the characters the PDFs will not show as typed. The store asks the same check.
 */
export function IkuContentCheck({ open, employees, agreements, actions, busy, run, show }: Props) {
  const { t } = useT();
  const preview = useIkuPreview(open.id);
  const [overrides, setOverrides] = useState<Overrides>({});
  const [notice, setNotice] = useState<string | null>(null);
  const cache = open.cache;
  if (!cache || cache.context.variant !== 'tus-iku' || topState(cache.value) !== 'corrections' || !preview) return null;
  const now = Date.now();
  const windowOpen = isCorrectionWindowOpen(cache.context, now);
  const names = new Map(employees.map((e) => [e.id, e.name]));
  const given = Object.entries(overrides)
    .filter(([, o]) => o.on)
    .map(([employeeId, o]) => ({ employeeId, reason: o.reason }));
  const fix = async (row: FixDraft) => {
    try {
      await actions.correct(row);
      setNotice(t('check.saved'));
    } catch (e) {
      setNotice(null);
      throw e;
    }
  };
  return (
    <section class="content-check" aria-labelledby="check-heading">
      <h3 id="check-heading">{t('check.title')}</h3>
      <p>{t('check.intro')}</p>
      {preview.characters.length > 0 && (
        <p class="pdf-chars">{t('pdf.chars.before', { chars: describeCharChanges(preview.characters) })}</p>
      )}
      {!preview.followUpsPlanned && <p class="rule">{t('check.noFollowUps')}</p>}
      {preview.teamMinutes.length > 0 && (
        <div class="team-minutes">
          <p>{t('check.teamMinutes')}</p>
          <ul>
            {preview.teamMinutes.map((r) => (
              <li key={r.agreementId} class="own-words">
                {r.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.checks.length === 0 ? (
        <p role="status">{t('check.allGood')}</p>
      ) : (
        <ul class="check-list">
          {preview.checks.map((check) => (
            <EmployeeProblems
              key={check.employeeId}
              cycleId={open.id}
              check={check}
              name={names.get(check.employeeId) ?? check.employeeId}
              agreements={agreements}
              windowOpen={windowOpen}
              override={overrides[check.employeeId] ?? { on: false, reason: '' }}
              onOverride={(o) => setOverrides({ ...overrides, [check.employeeId]: o })}
              onFix={(row) => run(() => fix(row))}
            />
          ))}
        </ul>
      )}
      {notice && <p role="status">{notice}</p>}
      {preview.checks.length > 0 && !windowOpen && <p>{t('check.fixClosed')}</p>}
      {windowOpen && <p class="rule">{t('check.waitWindow')}</p>}
      {availableCycleActions(fromCache(cache), [...names.keys()], now).includes('generateIkus') && (
        <Generate
          blocked={unresolved(preview.checks, given).map((id) => names.get(id) ?? id)}
          busy={busy}
          onGenerate={(onProgress) => run(async () => show(await actions.run('generateIkus', { overrides: given }, onProgress)))}
        />
      )}
    </section>
  );
}

type FixDraft = Pick<Agreement, 'id' | 'cycleId' | 'employeeId' | 'text' | 'owner' | 'due'>;

interface ProblemsProps {
  cycleId: string;
  check: EmployeeCheck;
  name: string;
  agreements: Agreement[];
  windowOpen: boolean;
  override: { on: boolean; reason: string };
  onOverride: (o: { on: boolean; reason: string }) => void;
  onFix: (row: FixDraft) => void;
}

/** One employee's findings: each row with what is missing (editable while the window is open), and "generate anyway". */
function EmployeeProblems({ cycleId, check, name, agreements, windowOpen, override, onOverride, onFix }: ProblemsProps) {
  const { t } = useT();
  const reasonId = `check-reason-${check.employeeId}`;
  return (
    <li class="check-employee" data-employee-id={check.employeeId}>
      <h4>{name}</h4>
      {check.empty && <p>{t('check.empty')}</p>}
      <ul>
        {check.rows.map((problem) => {
          const row = agreements.find((a) => a.id === problem.agreementId);
          return (
            <li key={problem.agreementId} class="check-row" data-agreement-id={problem.agreementId}>
              <ProblemLine problem={problem} />
              {windowOpen && row && <FixRow row={row} onFix={onFix} />}
            </li>
          );
        })}
        {check.empty && windowOpen && (
          <li class="check-row">
            <FixRow
              key={`new-${check.employeeId}-${agreements.length}`}
              row={{
                // Unique: two tabs adding a row at once must not overwrite each other.
                id: crypto.randomUUID(),
                cycleId,
                employeeId: check.employeeId,
                text: '',
                owner: '',
                due: '',
              }}
              onFix={onFix}
            />
          </li>
        )}
      </ul>
      <label class="choice">
        <input type="checkbox" checked={override.on} onChange={(e) => onOverride({ ...override, on: e.currentTarget.checked })} />{' '}
        {t('check.anyway', { name })}
      </label>
      {override.on && (
        <div class="field">
          <label for={reasonId}>{t('check.reason', { name })}</label>
          <textarea
            id={reasonId}
            rows={2}
            aria-required="true"
            aria-invalid={override.reason.trim() ? undefined : 'true'}
            value={override.reason}
            onInput={(e) => onOverride({ ...override, reason: e.currentTarget.value })}
          />
          {!override.reason.trim() && <p class="field-error">{t('check.reasonRequired')}</p>}
        </div>
      )}
    </li>
  );
}

function ProblemLine({ problem }: { problem: RowProblem }) {
  const { t } = useT();
  const what = [
    ...problem.missing.map((m) => t(m === 'owner' ? 'check.missingOwner' : 'check.missingDue')),
    ...(problem.minutes ? [t('check.minutes')] : []),
  ];
  return (
    <p>
      <q>{problem.text.length > 120 ? `${problem.text.slice(0, 117)}…` : problem.text}</q>: {what.join(', ')}
    </p>
  );
}

/** The row as a logged correction: what, who and when. */
function FixRow({ row, onFix }: { row: FixDraft; onFix: (row: FixDraft) => void }) {
  const { t } = useT();
  const [draft, setDraft] = useState(row);
  const set = (patch: Partial<FixDraft>) => setDraft({ ...draft, ...patch });
  const changed = draft.text !== row.text || draft.owner !== row.owner || draft.due !== row.due;
  return (
    <div class="inline-form fix-row">
      <textarea
        aria-label={row.text ? t('check.text') : t('check.newRow')}
        rows={2}
        value={draft.text}
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      <input
        aria-label={t('session.owner')}
        aria-required="true"
        placeholder={`${t('session.owner')} *`}
        value={draft.owner}
        onInput={(e) => set({ owner: e.currentTarget.value })}
      />
      <input
        aria-label={t('session.due')}
        aria-required="true"
        type="date"
        value={draft.due}
        onInput={(e) => set({ due: e.currentTarget.value })}
      />
      <button type="button" class="small" disabled={!changed || !draft.text.trim()} onClick={() => onFix(draft)}>
        {t('check.save')}
      </button>
    </div>
  );
}

/** Generates when nothing is left unfixed or unexplained; says who is still in the way. */
function Generate({
  blocked,
  busy,
  onGenerate,
}: {
  blocked: string[];
  busy: boolean;
  onGenerate: (onProgress: (done: number, total: number) => void) => void;
}) {
  const { t } = useT();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  return (
    <div class="generate">
      {blocked.length > 0 && <p id="check-blocked">{t('check.blocked', { names: blocked.join(', ') })}</p>}
      <button
        type="button"
        class="generate-ikus"
        data-action="generateIkus"
        disabled={busy || blocked.length > 0}
        aria-describedby={blocked.length ? 'check-blocked' : undefined}
        onClick={() => onGenerate((done, total) => setProgress(done < total ? { done, total } : null))}
      >
        {t('action.generateIkus')}
      </button>
      {progress && <progress max={progress.total} value={progress.done} aria-label={t('ikus.progress', progress)} />}
    </div>
  );
}
