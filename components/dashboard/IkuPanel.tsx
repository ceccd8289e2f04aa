import { useState } from 'preact/hooks';
import type { Employee, IkuVersion } from '../../lib/domain/types';
import { t, type Locale } from '../../lib/i18n';
import { errorMessage } from '../../lib/shared/error-message';
import { agreementWrites } from '../../machines/agreement-writes';
import type { CycleStateLike } from '../../machines/next-step';

interface Props {
  employees: Employee[];
  ikus: IkuVersion[];
  progress: { done: number; total: number } | null;
  locale: Locale;
  onZip: () => void;
  onAfterTus: (employeeId: string, text: string) => Promise<void>;
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
}

/** The generated IKUs: download one or all, agreements added after the TUS, new versions. */
export function IkuPanel({ employees, ikus, progress, locale, onZip, onAfterTus, onRevise, onReceipt, consented, busy, cycle }: Props) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<Record<string, string>>({});
  const afterTusFor = cycle ? agreementWrites(cycle, Date.now()).afterTusFor : null;
  return (
    <section class="iku-panel" aria-labelledby="iku-heading">
      <h3 id="iku-heading">{t('ikus.title', {}, locale)}</h3>
      {progress && (
        <div>
          <label for="iku-progress">{t('ikus.progress', progress, locale)}</label>
          <progress id="iku-progress" max={progress.total} value={progress.done} />
        </div>
      )}
      {ikus.length > 0 && (
        <>
          <button type="button" onClick={onZip} disabled={busy}>
            {t('ikus.zip', { count: ikus.length }, locale)}
          </button>
          <ul class="iku-files">
            {employees.map((e) => {
              const iku = ikus.find((i) => i.employeeId === e.id);
              if (!iku) return null;
              return (
                <li key={e.id} data-employee-id={e.id}>
                  <a href={URL.createObjectURL(iku.pdf)} download={iku.fileName}>
                    {iku.fileName}
                  </a>{' '}
                  <small>v{iku.version}</small>
                  {consented.includes(e.id) && (
                    <button type="button" class="link" onClick={() => onReceipt(e.id)} aria-label={`${t('ikus.receipt', {}, locale)}: ${e.name}`}>
                      {t('ikus.receipt', {}, locale)}
                    </button>
                  )}
                  {(afterTusFor === null || afterTusFor.includes(e.id)) && (
                    <div class="after-tus">
                      <input aria-label={`${t('ikus.afterTus', {}, locale)}: ${e.name}`} value={drafts[e.id] ?? ''} placeholder={t('ikus.afterTus', {}, locale)} onInput={(ev) => setDrafts({ ...drafts, [e.id]: ev.currentTarget.value })} />
                      <button
                        type="button"
                        class="small secondary"
                        disabled={busy || !(drafts[e.id] ?? '').trim()}
                        onClick={async () => {
                          try {
                            await onAfterTus(e.id, drafts[e.id]!.trim());
                            setDrafts({ ...drafts, [e.id]: '' });
                            setRefused({ ...refused, [e.id]: '' });
                          } catch (err) {
                            setRefused({ ...refused, [e.id]: t('error.generic', { message: errorMessage(err) }, locale) });
                          }
                        }}
                      >
                        {t('ikus.addAfterTus', {}, locale)}
                      </button>
                      {refused[e.id] && (
                        <p class="field-error" role="alert">
                          {refused[e.id]}
                        </p>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <button type="button" class="secondary" onClick={onRevise} disabled={busy}>
            {t('ikus.revise', {}, locale)}
          </button>
        </>
      )}
    </section>
  );
}
