import { useEffect, useState } from 'preact/hooks';
import type { TusDb } from '../../lib/db/database';
import type { Variant } from '../../lib/domain/types';
import { t, type Locale, type MessageKey } from '../../lib/i18n';
import { getTeamTemplates, setTeamTemplates } from '../../lib/settings/store';
import { DEFAULT_TEMPLATES, TEMPLATE_KINDS, type TemplateKind, type TemplateSet } from '../../lib/templates/defaults';
import { PLACEHOLDERS, unknownPlaceholders } from '../../lib/templates/placeholders';

interface Props {
  db: TusDb;
  teamId: string;
  variant: Variant;
  locale: Locale;
}

/** The team's own invitation, guide and question sheet; an unknown {field} is shown, not blanked. */
export function TemplateEditor({ db, teamId, variant, locale }: Props) {
  const [own, setOwn] = useState<Partial<TemplateSet> | null>(null);
  const [kind, setKind] = useState<TemplateKind>('invitation');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void getTeamTemplates(db, teamId).then(setOwn);
  }, [teamId]);
  if (!own) return null;
  const text = own[kind] ?? DEFAULT_TEMPLATES[variant][kind];
  const problems = unknownPlaceholders(text);
  const id = `template-${kind}`;
  return (
    <details class="templates">
      <summary>{t('templates.title', {}, locale)}</summary>
      <p id="template-help">{t('templates.help', { fields: PLACEHOLDERS.map((p) => `{${p}}`).join(' ') }, locale)}</p>
      <div role="tablist" aria-label={t('templates.title', {}, locale)}>
        {TEMPLATE_KINDS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={k === kind} class={k === kind ? '' : 'secondary'} onClick={() => setKind(k)}>
            {t(`templates.${k}` as MessageKey, {}, locale)}
          </button>
        ))}
      </div>
      <label for={id} class="visually-hidden">
        {t(`templates.${kind}` as MessageKey, {}, locale)}
      </label>
      <textarea id={id} rows={kind === 'subject' ? 2 : 14} value={text} aria-invalid={problems.length > 0 || undefined} aria-describedby={problems.length ? `${id}-error` : 'template-help'} onInput={(e) => { setOwn({ ...own, [kind]: e.currentTarget.value }); setSaved(false); }} />
      {problems.length > 0 && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {problems.map((p) => t('templates.unknown', { placeholder: p.placeholder, line: p.line }, locale)).join(' ')}
        </p>
      )}
      <button
        type="button"
        disabled={problems.length > 0}
        onClick={async () => {
          await setTeamTemplates(db, teamId, own);
          setSaved(true);
        }}
      >
        {t('dash.save', {}, locale)}
      </button>
      <button type="button" class="secondary" onClick={() => { const { [kind]: _, ...rest } = own; setOwn(rest); setSaved(false); }}>
        {t('templates.reset', {}, locale)}
      </button>
      {saved && <span role="status"> {t('session.saved', {}, locale)}</span>}
    </details>
  );
}
