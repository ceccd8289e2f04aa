import { errorMessage } from '../../lib/shared/error-message';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TusDb } from '../../lib/db/database';
import type { Team, Variant, CyclePlan } from '../../lib/domain/types';
import { formatDate, t, type Locale } from '../../lib/i18n';
import { useLiveQuery } from '../hooks/use-live-query';
import { sessionUrl } from '../../lib/browser/pages';
import { addEmployees, InvalidInputError, moveEmployee, removeEmployee, renameTeam, saveEmployee, setTeamArchived } from '../../lib/teams/store';
import { acknowledgeLogChange, appendEvent, createCycle, loadCycle, readCycleLog, verifyCycleLog } from '../../lib/cycles/store';
import { CHAIN_GUARDED_ACTIONS, isChainBlocked } from '../../lib/cycles/integrity';
import { IntegrityBanner } from './IntegrityBanner';
import { fromCache, isCacheCurrent } from '../../lib/cycles/replay';
import { employeeEvent, type CycleActionId, type EmployeeActionId } from '../../lib/cycles/actions';
import { sha256Hex } from '../../lib/shared/hash';
import { correctAgreement, generateAllIkus, latestIkus, reviseIkus } from '../../lib/iku/store';
import { zipFiles } from '../../lib/iku/zip';
import { safeFileName } from '../../lib/shared/file-names';
import { teamPlanPdf } from '../../lib/sheet/team-plan-pdf';
import { agreementsOf, saveAgreement } from '../../lib/sheet/store';
import { getSetting, readStepOptions } from '../../lib/settings/store';
import { topState } from '../../machines/next-step';
import { CorrectionsPanel } from './CorrectionsPanel';
import { IkuPanel } from './IkuPanel';
import { auditLine } from '../../lib/cycles/audit';
import type { CycleEvent } from '../../machines/cycle.machine';
import { receiptInput } from '../../lib/consent/receipt-input';
import { sessionDateOf } from '../../lib/cycles/session-date';
import { consentReceiptPdf, receiptFileName } from '../../lib/consent/receipt-pdf';
import { EmployeeTable } from './EmployeeTable';
import { EmployeeImport } from './EmployeeImport';
import { StartCycleForm } from './StartCycleForm';
import { CycleTimeline, type ActionInput } from './CycleTimeline';
import { AuditLog } from './AuditLog';
import { TemplateEditor } from './TemplateEditor';
import { isCorrectionWindowOpen } from '../../machines/correction-window';

interface Props {
  db: TusDb;
  team: Team;
  otherTeams: Team[];
  locale: Locale;
  onError: (message: string | null) => void;
}


export function TeamPage({ db, team, otherTeams, locale, onError }: Props) {
  const employees = useLiveQuery(() => db.employees.where('teamId').equals(team.id).sortBy('name'), [team.id]).value ?? [];
  const cycles = useLiveQuery(() => db.cycles.where('[teamId+createdAt]').between([team.id, 0], [team.id, Infinity]).reverse().toArray(), [team.id]).value;
  const stepOptions = useLiveQuery(() => readStepOptions(db), []).value;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [renameError, setRenameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [logFor, setLogFor] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [teamPlanUrl, setTeamPlanUrl] = useState<string | null>(null);

  const log = useLiveQuery(
    async () => (logFor ? (await readCycleLog(db, logFor)).map(auditLine) : []),
    [logFor],
  ).value;
  // The logbook verifies the chain it shows (closed cycles too), read only.
  const logCheck = useLiveQuery(async () => (logFor ? (await verifyCycleLog(db, logFor)).verdict : null), [logFor]).value;
  const open = cycles?.find((c) => c.open === 1);
  const sheet = useLiveQuery(
    async () => (open ? { agreements: await agreementsOf(db, open.id), corrections: await db.corrections.where('cycleId').equals(open.id).sortBy('at'), ikus: await latestIkus(db, open.id) } : null),
    [open?.id],
  ).value;
  const names = new Map(employees.map((e) => [e.id, e.name]));

  // Loading verifies the log's hash chain and keeps the outcome on the cycle row, and rebuilds a
  // cache from an older machine version (writes, so not in liveQuery).
  useEffect(() => {
    if (open) void loadCycle(db, open.id).catch((e: unknown) => onError(t('error.generic', { message: errorMessage(e) }, locale)));
  }, [open?.id, open?.cache?.machineVersion]);
  const chainBlocked = isChainBlocked(open?.integrity);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    onError(null);
    try {
      await work();
      // The badge and reminders follow the change at once, not at the next alarm.
      void browser.runtime.sendMessage({ type: 'tus.refreshReminders' }).catch(() => undefined);
    } catch (e) {
      onError(t('error.generic', { message: errorMessage(e) }, locale));
    } finally {
      setBusy(false);
    }
  };

  const onCycleAction = (id: CycleActionId, input: ActionInput) =>
    run(async () => {
      if (!open?.cache) return;
      const at = Date.now();
      const snapshot = fromCache(open.cache);
      let event: CycleEvent;
      if (id === 'generateIkus') {
        const { replaced } = await generateAllIkus(db, open.id, at, (done, total) => setProgress({ done, total }));
        setProgress(null);
        if (replaced.length) setNotice(t('ikus.replaced', { chars: replaced.join(' ') }, locale));
        return;
      }
      if (id === 'completeTeamPlan') {
        const plan = await teamPlanPdf({
          workplace: (await getSetting(db, 'leader')).workplace,
          team: team.name,
          leader: (await getSetting(db, 'leader')).name,
          sessionAt: sessionDateOf(open, snapshot.context),
          agreements: await agreementsOf(db, open.id),
          followUps: snapshot.context.followUps.map((f) => f.at),
        });
        setTeamPlanUrl(URL.createObjectURL(new Blob([plan.bytes], { type: 'application/pdf' })));
        event = { type: 'leader.completeTeamPlan', at, hash: await sha256Hex(plan.bytes) };
      } else if (id === 'planFollowUps') event = { type: 'leader.planFollowUps', at, dates: input.dates ?? [] };
      else if (id === 'reopenCorrections') event = { type: 'leader.reopenCorrections', at, until: input.until ?? at };
      else if (id === 'recordFollowUp') event = { type: 'leader.recordFollowUp', at, index: snapshot.context.followUps.findIndex((f) => f.heldAt === null) };
      else event = { type: `leader.${id}`, at } as CycleEvent;
      await appendEvent(db, open.id, event);
    });

  const onEmployeeAction = (id: EmployeeActionId, employeeId: string, input: ActionInput) =>
    run(async () => {
      if (!open?.cache) return;
      const snapshot = fromCache(open.cache);
      const at = Date.now();
      if (id === 'regenerate') {
        // A new version only when the content changed; the machine then voids the old consent.
        const made = await reviseIkus(db, open.id, at, [employeeId]);
        setNotice(made.length ? t('ikus.revised', { count: made.length }, locale) : t('ikus.unchanged', {}, locale));
        return;
      }
      await appendEvent(db, open.id, employeeEvent(id, snapshot, employeeId, at, input.note ? { note: input.note } : {}));
    });

  const onStart = async (variant: Variant, plan: CyclePlan) => {
    try {
      await createCycle(db, { teamId: team.id, variant, plan, now: Date.now() });
      return null;
    } catch (e) {
      return t('error.generic', { message: errorMessage(e) }, locale);
    }
  };

  return (
    <article class="team-page" aria-labelledby="team-heading">
      <header class="team-header">
        {renaming === null ? (
          <>
            <h2 id="team-heading">{team.name}</h2>
            <button type="button" class="secondary" onClick={() => setRenaming(team.name)}>
              {t('dash.rename', {}, locale)}
            </button>
          </>
        ) : (
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              try {
                await renameTeam(db, team.id, renaming);
                setRenaming(null);
                setRenameError(null);
              } catch (err) {
                setRenameError(errorMessage(err));
              }
            }}
          >
            <label for="rename-team">{t('dash.teamName', {}, locale)}</label>
            <input id="rename-team" value={renaming} autoFocus onInput={(e) => setRenaming(e.currentTarget.value)} aria-describedby={renameError ? 'rename-error' : undefined} />
            {renameError && <p id="rename-error" class="field-error" role="alert">{renameError}</p>}
            <button type="submit">{t('dash.save', {}, locale)}</button>
            <button type="button" class="secondary" onClick={() => { setRenaming(null); setRenameError(null); }}>
              {t('dash.cancel', {}, locale)}
            </button>
          </form>
        )}
        <button type="button" class="secondary" onClick={() => run(() => setTeamArchived(db, team.id, team.archived === 0))}>
          {team.archived === 0 ? t('dash.archiveTeam', {}, locale) : t('dash.unarchiveTeam', {}, locale)}
        </button>
      </header>

      <section class="cycle" aria-label={t('dash.cycle', {}, locale)}>
        {notice && <p role="status" class="notice">{notice}</p>}
        {open?.integrity && (
          <IntegrityBanner integrity={open.integrity} locale={locale} busy={busy} onAcknowledge={() => run(() => acknowledgeLogChange(db, open.id, Date.now()))} />
        )}
        {open?.cache && isCacheCurrent(open.cache) ? (
          <CycleTimeline
            sessionHref={sessionUrl(open.id)}
            snapshot={fromCache(open.cache)}
            employees={employees}
            locale={locale}
            now={Date.now()}
            stepOptions={stepOptions}
            busy={busy || Boolean(open.integrity?.refused)}
            withheld={chainBlocked ? CHAIN_GUARDED_ACTIONS : undefined}
            onCycleAction={onCycleAction}
            onEmployeeAction={onEmployeeAction}
          />
        ) : (
          cycles && team.archived === 0 && <StartCycleForm employeeCount={employees.length} locale={locale} onStart={onStart} />
        )}
      </section>

      {open?.cache && topState(open.cache.value) === 'corrections' && sheet && (
        <CorrectionsPanel
          cycleId={open.id}
          employees={employees}
          agreements={sheet.agreements}
          corrections={sheet.corrections}
          open={isCorrectionWindowOpen(open.cache.context, Date.now())}
          deadline={open.cache.context.plan.correctionDeadline}
          locale={locale}
          onCorrect={async (agreement) => {
            try {
              await correctAgreement(db, agreement, Date.now());
              return null;
            } catch (e) {
              return errorMessage(e);
            }
          }}
        />
      )}
      {open && (progress || (sheet && sheet.ikus.length > 0)) && (
        <IkuPanel
          employees={employees}
          ikus={sheet?.ikus ?? []}
          progress={progress}
          locale={locale}
          busy={busy}
          onZip={async () => {
            const files = await Promise.all((sheet?.ikus ?? []).map(async (v) => ({ name: v.fileName, bytes: new Uint8Array(await v.pdf.arrayBuffer()) })));
            const a = document.createElement('a');
            a.href = URL.createObjectURL(new Blob([zipFiles(files) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
            a.download = safeFileName(`IKU_${team.name}.zip`);
            a.click();
          }}
          cycle={open.cache ?? undefined}
          onAfterTus={async (employeeId, text) => {
            // The new version follows at once: consent to the old one must not outlive the change.
            await saveAgreement(db, { id: crypto.randomUUID(), cycleId: open.id, employeeId, afterTus: true, text, owner: '', due: '' }, Date.now());
            await reviseIkus(db, open.id, Date.now(), [employeeId]);
          }}
          consented={(open.cache?.context.ikus ?? []).filter((i) => i.context.consent?.version === i.context.version).map((i) => i.employeeId)}
          onReceipt={(employeeId) =>
            run(async () => {
              const input = await receiptInput(db, open.id, employeeId);
              if (!input) return;
              const receipt = await consentReceiptPdf(input);
              const a = document.createElement('a');
              a.href = URL.createObjectURL(new Blob([receipt.bytes], { type: 'application/pdf' }));
              a.download = receiptFileName(input);
              a.click();
            })
          }
          onRevise={() =>
            run(async () => {
              const made = await reviseIkus(db, open.id, Date.now());
              setNotice(made.length ? t('ikus.revised', { count: made.length }, locale) : t('ikus.unchanged', {}, locale));
            })
          }
        />
      )}
      {teamPlanUrl && (
        <p>
          <a href={teamPlanUrl} download={safeFileName(`Teamudviklingsplan_${team.name}.pdf`)}>
            {t('teamplan.download', {}, locale)}
          </a>
        </p>
      )}

      <TemplateEditor db={db} teamId={team.id} variant={open?.variant ?? 'tus-iku'} locale={locale} />

      <EmployeeTable
        employees={employees}
        otherTeams={otherTeams.filter((o) => o.archived === 0)}
        locale={locale}
        onSave={async (draft) => {
          try {
            await saveEmployee(db, team.id, draft);
            return null;
          } catch (e) {
            return { field: e instanceof InvalidInputError ? e.field : 'name', message: errorMessage(e) };
          }
        }}
        onRemove={(emp) => run(() => removeEmployee(db, emp.id))}
        onMove={(emp, to) => run(() => moveEmployee(db, emp.id, to))}
      />
      <EmployeeImport
        existingEmails={employees.map((e) => e.email)}
        locale={locale}
        onImport={async (rows) => {
          try {
            await addEmployees(db, team.id, rows);
            return null;
          } catch (e) {
            return t('error.generic', { message: errorMessage(e) }, locale);
          }
        }}
      />

      <section aria-labelledby="history-heading">
        <h3 id="history-heading">{t('dash.history', {}, locale)}</h3>
        {cycles && cycles.length > 0 ? (
          <ul class="history">
            {cycles.map((c) => (
              <li key={c.id} data-cycle-id={c.id}>
                {t(`dash.variant.${c.variant}`, {}, locale)} · {formatDate(c.cache?.context.plan.sessionAt ?? c.createdAt, locale)} ·{' '}
                {c.open ? t('dash.outcome.open', {}, locale) : t('dash.outcome.closed', { date: formatDate(c.cache?.context.closedAt ?? c.createdAt, locale) }, locale)}
                <button type="button" class="link" aria-expanded={logFor === c.id} onClick={() => setLogFor(logFor === c.id ? null : c.id)}>
                  {t('dash.showLog', {}, locale)}
                </button>
                {logFor === c.id && log && <AuditLog lines={log} names={names} locale={locale} integrity={logCheck ?? undefined} />}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('dash.noHistory', {}, locale)}</p>
        )}
      </section>
    </article>
  );
}
