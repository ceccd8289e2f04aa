import { useEffect, useRef } from 'preact/hooks';
import type { Agreement, Employee } from '../../lib/domain/types';
import { DEVELOPMENT_SUGGESTIONS } from '../../lib/session/cards';
import type { AgreementDraft } from '../../lib/sheet/store';
import type { LockReason } from '../../machines/agreement-writes';
import { useT } from '../hooks/use-t';
import { type SaveState, useAgreementDraft } from './use-agreement-draft';

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
  showTerm,
}: {
  agreement: Agreement;
  onSave: Props['onSave'];
  onDelete: () => void;
  autoFocus: boolean;
  showTerm: boolean;
}) {
  const { t } = useT();
  const { draft, saved, error, change, flush } = useAgreementDraft(agreement, onSave);
  const id = `agreement-${agreement.id}`;
  // An individual row goes into the employee's IKU: who and when are required (the content check asks the same).
  const individual = agreement.employeeId !== null;
  const incomplete = individual && draft.text.trim() !== '' && (!draft.owner.trim() || !draft.due);
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
      <RequiredInput
        label={t('session.owner')}
        required={individual}
        invalid={incomplete && !draft.owner.trim()}
        describedBy={incomplete ? `${id}-missing` : undefined}
        value={draft.owner}
        onInput={(owner) => change({ owner })}
        onBlur={flush}
      />
      <RequiredInput
        label={t('session.due')}
        type="date"
        required={individual}
        invalid={incomplete && !draft.due}
        describedBy={incomplete ? `${id}-missing` : undefined}
        value={draft.due}
        onInput={(due) => change({ due })}
        onBlur={flush}
      />
      {showTerm && <TermSelect value={draft.term ?? 'short'} onChange={(term) => change({ term })} onBlur={flush} />}
      {incomplete && (
        <p class="field-error" id={`${id}-missing`}>
          {t('sheet.missingOwnerDue')} {t('sheet.requiredHint')}
        </p>
      )}
      <RowTools
        text={draft.text}
        saved={saved}
        error={error}
        onSuggest={(s) => change({ text: draft.text ? `${draft.text.trimEnd()} ${s.toLowerCase()}` : s })}
        onDelete={onDelete}
      />
    </li>
  );
}

/** A row's development suggestions, its save state and its delete button. */
function RowTools(props: { text: string; saved: SaveState; error: unknown; onSuggest: (s: string) => void; onDelete: () => void }) {
  const { t, error: describe } = useT();
  return (
    <>
      <div class="suggestions" aria-label={t('session.suggestions')}>
        {DEVELOPMENT_SUGGESTIONS.map((s) => (
          <button key={s} type="button" class="chip-button" onClick={() => props.onSuggest(s)}>
            {s}
          </button>
        ))}
      </div>
      {props.saved === 'failed' ? (
        // What was not saved (this row) and why, with what to do (full disk, closed database, locked sheet).
        <span class="save-state bad" role="alert">
          {t('saveError.notSaved', { reason: describe(props.error) })}
        </span>
      ) : (
        <span class="save-state" aria-live="polite">
          {t(props.saved === 'saved' ? 'session.saved' : 'session.saving')}
        </span>
      )}
      <button type="button" class="danger small" onClick={props.onDelete}>
        {t('session.delete')}
      </button>
    </>
  );
}

/** Owner or date: for an individual row required, marked with a visible star and aria-required. */
function RequiredInput(props: {
  label: string;
  type?: 'date';
  required: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  value: string;
  onInput: (value: string) => void;
  onBlur: () => void;
}) {
  const { t } = useT();
  const label = props.required ? `${props.label} (${t('sheet.required')})` : props.label;
  return (
    <span class="sheet-field">
      <input
        aria-label={label}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={props.describedBy}
        type={props.type}
        value={props.value}
        placeholder={props.required ? `${props.label} *` : props.label}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
      {props.required && (
        <span class="required-mark" aria-hidden="true" title={t('sheet.required')}>
          *
        </span>
      )}
    </span>
  );
}

/** A team plan row's term: short or long (the seed's "kort og lang sigt"). */
function TermSelect({
  value,
  onChange,
  onBlur,
}: {
  value: 'short' | 'long';
  onChange: (term: 'short' | 'long') => void;
  onBlur: () => void;
}) {
  const { t } = useT();
  return (
    <select
      aria-label={t('sheet.term')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value === 'long' ? 'long' : 'short')}
      onBlur={onBlur}
    >
      <option value="short">{t('sheet.term.short')}</option>
      <option value="long">{t('sheet.term.long')}</option>
    </select>
  );
}

/** A row as text: the sheet after the session, when it can no longer be written here. */
function ReadOnlyRow({ agreement, showTerm }: { agreement: Agreement; showTerm: boolean }) {
  const { t } = useT();
  return (
    <li class="agreement read-only" data-agreement-id={agreement.id}>
      <p class="agreement-text">
        {agreement.text}
        {agreement.afterTus && <small> ({t('sheet.afterTusMark')})</small>}
        {showTerm && <small> ({t(agreement.term === 'long' ? 'sheet.term.long' : 'sheet.term.short')})</small>}
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
  // The team plan (plain TUS) sorts its team agreements by term; an IKU has no terms.
  const showTerm = employeeId === null && !props.showIndividual;
  if (props.locked) {
    return (
      <div class="sheet-block" data-scope={employeeId ?? 'team'}>
        <h3>{heading}</h3>
        <ul class="agreements">
          {rows.map((a) => (
            <ReadOnlyRow key={a.id} agreement={a} showTerm={showTerm} />
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
            showTerm={showTerm}
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
