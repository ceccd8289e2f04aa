import { useMemo, useState } from 'preact/hooks';
import type { Employee, IkuVersion } from '../../lib/domain/types';
import { ikuPdfBlob } from '../../lib/iku/pdf-bytes';
import type { AfterTusDraft } from '../../lib/iku/store';
import { describeCharChanges, pdfCharacterReport } from '../../lib/pdf/winansi';
import { agreementWrites } from '../../machines/agreement-writes';
import type { CycleStateLike } from '../../machines/next-step';
import { useIkusThatWouldChange } from '../hooks/use-iku-preview';
import { useObjectUrl } from '../hooks/use-object-url';
import { useT } from '../hooks/use-t';

interface Props {
  employees: Employee[];
  ikus: IkuVersion[];
  progress: { done: number; total: number } | null;
  onZip: () => void;
  onAfterTus: (employeeId: string, draft: AfterTusDraft) => Promise<void>;
  onRevise: () => void;
  onReceipt: (employeeId: string) => void;
  /** Employees whose current version is consented to: their receipt can be made. */
  consented: string[];
  busy: boolean;
  /**
   * The cycle's state: an agreement after the TUS is offered only for the employees the rule
   * allows (machines/agreement-writes.ts). Without it every row offers one and the store decides.
   */
  cycle?: CycleStateLike;
  /** The cycle's id: "Lav nye versioner" is offered only while an IKU's content would change. */
  cycleId?: string;
}

/** The generated IKUs: download one or all, agreements added after the TUS, new versions. */
export function IkuPanel({ employees, ikus, progress, onZip, onAfterTus, onRevise, onReceipt, consented, busy, cycle, cycleId }: Props) {
  const { t } = useT();
  // Which IKUs are still open to a change is the sheet's rule (agreement-writes.ts): never an archived one.
  const afterTusFor = cycle ? agreementWrites(cycle, Date.now()).afterTusFor : null;
  const wouldChange = useIkusThatWouldChange(cycleId) ?? [];
  const canRevise = (afterTusFor ?? employees.map((e) => e.id)).some((id) => wouldChange.includes(id));
  return (
    <section class="iku-panel" aria-labelledby="iku-heading">
      <h3 id="iku-heading">{t('ikus.title')}</h3>
      {progress && (
        <div>
          <label for="iku-progress">{t('ikus.progress', progress)}</label>
          <progress id="iku-progress" max={progress.total} value={progress.done} />
        </div>
      )}
      {ikus.length > 0 && (
        <>
          <button type="button" onClick={onZip} disabled={busy}>
            {t('ikus.zip', { count: ikus.length })}
          </button>
          <ul class="iku-files">
            {employees.map((e) => {
              const iku = ikus.find((i) => i.employeeId === e.id);
              if (!iku) return null;
              return (
                <li key={e.id} data-employee-id={e.id}>
                  <IkuFile iku={iku} />
                  {consented.includes(e.id) && (
                    <button type="button" class="link" onClick={() => onReceipt(e.id)} aria-label={`${t('ikus.receipt')}: ${e.name}`}>
                      {t('ikus.receipt')}
                    </button>
                  )}
                  {(afterTusFor === null || afterTusFor.includes(e.id)) && (
                    <AfterTus employee={e} busy={busy} onAdd={(text) => onAfterTus(e.id, text)} />
                  )}
                </li>
              );
            })}
          </ul>
          {canRevise && (
            <button type="button" class="secondary" onClick={onRevise} disabled={busy}>
              {t('ikus.revise')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function IkuFile({ iku }: { iku: IkuVersion }) {
  const href = useObjectUrl(useMemo(() => ikuPdfBlob(iku), [iku.pdf]));
  return (
    <>
      <a href={href} download={iku.fileName}>
        {iku.fileName}
      </a>{' '}
      <small>v{iku.version}</small>
    </>
  );
}

/** An agreement made after the TUS for one employee: what, who and when; a refusal is shown at the field. */
function AfterTus({ employee, busy, onAdd }: { employee: Employee; busy: boolean; onAdd: (draft: AfterTusDraft) => Promise<void> }) {
  const { t, error } = useT();
  const empty: AfterTusDraft = { text: '', owner: '', due: '' };
  const [draft, setDraft] = useState(empty);
  const [refused, setRefused] = useState('');
  const set = (patch: Partial<AfterTusDraft>) => setDraft({ ...draft, ...patch });
  const complete = draft.text.trim() !== '' && draft.owner.trim() !== '' && draft.due !== '';
  // Said before the new version is made: it goes straight into the IKU, with no check between.
  const characters = pdfCharacterReport([draft.text, draft.owner]);
  return (
    <div class="after-tus">
      <input
        aria-label={`${t('ikus.afterTus')}: ${employee.name}`}
        value={draft.text}
        placeholder={t('ikus.afterTus')}
        onInput={(ev) => set({ text: ev.currentTarget.value })}
      />
      <input
        aria-label={`${t('ikus.afterTus.owner')} (${t('sheet.required')}): ${employee.name}`}
        aria-required="true"
        value={draft.owner}
        placeholder={`${t('ikus.afterTus.owner')} *`}
        onInput={(ev) => set({ owner: ev.currentTarget.value })}
      />
      <input
        aria-label={`${t('ikus.afterTus.due')} (${t('sheet.required')}): ${employee.name}`}
        aria-required="true"
        type="date"
        value={draft.due}
        onInput={(ev) => set({ due: ev.currentTarget.value })}
      />
      <button
        type="button"
        class="small secondary"
        disabled={busy || !complete}
        onClick={async () => {
          try {
            await onAdd(draft);
            setDraft(empty);
            setRefused('');
          } catch (err) {
            setRefused(t('error.generic', { message: error(err) }));
          }
        }}
      >
        {t('ikus.addAfterTus')}
      </button>
      {characters.length > 0 && (
        <p class="pdf-chars" role="status">
          {t('pdf.chars.before', { chars: describeCharChanges(characters) })}
        </p>
      )}
      {refused && (
        <p class="field-error" role="alert">
          {refused}
        </p>
      )}
    </div>
  );
}
