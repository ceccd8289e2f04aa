import { useEffect, useRef } from 'preact/hooks';
import type { Agreement, Employee } from '../../lib/domain/types';
import { DEVELOPMENT_SUGGESTIONS } from '../../lib/session/cards';
import type { AgreementDraft } from '../../lib/sheet/store';
import type { LockReason } from '../../machines/agreement-writes';
import { useT } from '../hooks/use-t';
import { useAgreementDraft } from './use-agreement-draft';

interface Props {
  title: string;
  employees: Employee[];
  showIndividual: boolean;
  agreements: Agreement[];
  newAgreementFocus: number;
  /** Why the sheet cannot be written (machines/agreement-writes.ts); null while it can. */
  locked: LockReason | null;
  /** Rejects when the store refuses the write; the row then says it was not saved. */
  onSave: (draft: AgreementDraft) => Promise<void>;
  /** Adds an empty row with this id to the team's block (null) or an employee's; rejects when refused. */
  onNew: (employeeId: string | null, id: string) => Promise<void>;
  onDelete: (id: string) => void;
}

function AgreementRow({
  agreement,
  onSave,
  onDelete,
  autoFocus,
}: {
  agreement: Agreement;
  onSave: Props['onSave'];
  onDelete: () => void;
  autoFocus: boolean;
}) {
  const { t, error: describe } = useT();
  const { draft, saved, error, change, flush } = useAgreementDraft(agreement, onSave);
  const id = `agreement-${agreement.id}`;
  return (
    <li class="agreement" data-agreement-id={agreement.id}>
      <label for={id} class="visually-hidden">
        {t('session.agreement')}
      </label>
      <textarea
        id={id}
        rows={2}
        value={draft.text}
        autoFocus={autoFocus}
        onInput={(e) => change({ text: e.currentTarget.value })}
        onBlur={flush}
        placeholder={t('session.agreement')}
      />
      <input
        aria-label={t('session.owner')}
        value={draft.owner}
        placeholder={t('session.owner')}
        onInput={(e) => change({ owner: e.currentTarget.value })}
        onBlur={flush}
      />
      <input
        aria-label={t('session.due')}
        type="date"
        value={draft.due}
        onInput={(e) => change({ due: e.currentTarget.value })}
        onBlur={flush}
      />
      <div class="suggestions" aria-label={t('session.suggestions')}>
        {DEVELOPMENT_SUGGESTIONS.map((s) => (
          <button
            key={s}
            type="button"
            class="chip-button"
            onClick={() => change({ text: draft.text ? `${draft.text.trimEnd()} ${s.toLowerCase()}` : s })}
          >
            {s}
          </button>
        ))}
      </div>
      {saved === 'failed' ? (
        // What was not saved (this row) and why, with what to do (full disk, closed database, locked sheet).
        <span class="save-state bad" role="alert">
          {t('saveError.notSaved', { reason: describe(error) })}
        </span>
      ) : (
        <span class="save-state" aria-live="polite">
          {t(saved === 'saved' ? 'session.saved' : 'session.saving')}
        </span>
      )}
      <button type="button" class="danger small" onClick={onDelete}>
        {t('session.delete')}
      </button>
    </li>
  );
}

/** A row as text: the sheet after the session, when it can no longer be written here. */
function ReadOnlyRow({ agreement }: { agreement: Agreement }) {
  const { t } = useT();
  return (
    <li class="agreement read-only" data-agreement-id={agreement.id}>
      <p class="agreement-text">
        {agreement.text}
        {agreement.afterTus && <small> ({t('sheet.afterTusMark')})</small>}
      </p>
      {(agreement.owner || agreement.due) && (
        <p class="agreement-meta">
          {agreement.owner && `${t('session.owner')}: ${agreement.owner}`}
          {agreement.owner && agreement.due && ' · '}
          {agreement.due && `${t('session.due')}: ${agreement.due}`}
        </p>
      )}
    </li>
  );
}

function Block({ heading, employeeId, props }: { heading: string; employeeId: string | null; props: Props }) {
  const { t } = useT();
  const rows = props.agreements.filter((a) => a.employeeId === employeeId);
  const lastNew = useRef<string | null>(null);
  if (props.locked) {
    return (
      <div class="sheet-block" data-scope={employeeId ?? 'team'}>
        <h3>{heading}</h3>
        <ul class="agreements">
          {rows.map((a) => (
            <ReadOnlyRow key={a.id} agreement={a} />
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div class="sheet-block" data-scope={employeeId ?? 'team'}>
      <h3>{heading}</h3>
      <ul class="agreements">
        {rows.map((a) => (
          <AgreementRow
            key={a.id}
            agreement={a}
            onSave={props.onSave}
            onDelete={() => props.onDelete(a.id)}
            autoFocus={a.id === lastNew.current}
          />
        ))}
      </ul>
      <button
        type="button"
        class="secondary small new-agreement"
        aria-label={`${t('session.newAgreement')}: ${heading}`}
        onClick={() => {
          const id = crypto.randomUUID();
          lastNew.current = id;
          // A refusal is shown by the page's banner; there is no row to mark.
          void props.onNew(employeeId, id).catch(() => undefined);
        }}
      >
        + {t('session.newAgreement')}
      </button>
    </div>
  );
}

/** Det Fælles Kompetenceskema: the team's agreements and one block per employee. */
export function SheetEditor(props: Props) {
  const { t } = useT();
  const teamBlockButton = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.newAgreementFocus > 0) teamBlockButton.current?.querySelector<HTMLButtonElement>('.new-agreement')?.click();
  }, [props.newAgreementFocus]);
  return (
    <section class="sheet" aria-labelledby="sheet-heading">
      <h2 id="sheet-heading">{props.title}</h2>
      {props.locked && (
        <p class="sheet-locked" role="status">
          {t(`sheet.locked.${props.locked}`)}
        </p>
      )}
      <div ref={teamBlockButton}>
        <Block heading={t('session.teamAgreements')} employeeId={null} props={props} />
      </div>
      {props.showIndividual && (
        <>
          <h3>{t('session.individual')}</h3>
          {props.employees.map((e) => (
            <Block key={e.id} heading={e.name} employeeId={e.id} props={props} />
          ))}
        </>
      )}
    </section>
  );
}
