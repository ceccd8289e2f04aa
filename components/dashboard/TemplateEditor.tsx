import { useState } from 'preact/hooks';
import { teamActions } from '../../lib/actions/teams';
import type { Variant } from '../../lib/domain/types';
import type { MessageKey } from '../../lib/i18n';
import { DEFAULT_TEMPLATES, TEMPLATE_KINDS, type TemplateKind } from '../../lib/templates/defaults';
import { PLACEHOLDERS, unknownPlaceholders } from '../../lib/templates/placeholders';
import { useT } from '../hooks/use-t';
import { useTeamTemplates } from '../hooks/use-team-templates';

interface Props {
  teamId: string;
  variant: Variant;
}

/** The team's own invitation, guide and question sheet; an unknown {field} is shown, not blanked. */
export function TemplateEditor({ teamId, variant }: Props) {
  const { t, error: describe } = useT();
  const [own, setOwn] = useTeamTemplates(teamId);
  const [kind, setKind] = useState<TemplateKind>('invitation');
  // true once saved, the failure's text (what was not saved and why), or false while editing.
  const [saved, setSaved] = useState<string | boolean>(false);
  if (!own) return null;
  const text = own[kind] ?? DEFAULT_TEMPLATES[variant][kind];
  const problems = unknownPlaceholders(text);
  const id = `template-${kind}`;
  return (
    <details class="templates">
      <summary>{t('templates.title')}</summary>
      <p id="template-help">{t('templates.help', { fields: PLACEHOLDERS.map((p) => `{${p}}`).join(' ') })}</p>
      <div role="tablist" aria-label={t('templates.title')}>
        {TEMPLATE_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === kind}
            class={k === kind ? '' : 'secondary'}
            onClick={() => setKind(k)}
          >
            {t(`templates.${k}` as MessageKey)}
          </button>
        ))}
      </div>
      <label for={id} class="visually-hidden">
        {t(`templates.${kind}` as MessageKey)}
      </label>
      <textarea
        id={id}
        rows={kind === 'subject' ? 2 : 14}
        value={text}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length ? `${id}-error` : 'template-help'}
        onInput={(e) => {
          setOwn({ ...own, [kind]: e.currentTarget.value });
          setSaved(false);
        }}
      />
      {problems.length > 0 && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {problems.map((p) => t('templates.unknown', { placeholder: p.placeholder, line: p.line })).join(' ')}
        </p>
      )}
      <button
        type="button"
        disabled={problems.length > 0}
        onClick={() =>
          teamActions(teamId)
            .saveTemplates(own)
            .then(
              () => setSaved(true),
              (e: unknown) => setSaved(t('saveError.notSaved', { reason: describe(e) })),
            )
        }
      >
        {t('dash.save')}
      </button>
      <button
        type="button"
        class="secondary"
        onClick={() => {
          const { [kind]: _, ...rest } = own;
          setOwn(rest);
          setSaved(false);
        }}
      >
        {t('templates.reset')}
      </button>
      {saved === true && <span role="status"> {t('session.saved')}</span>}
      {typeof saved === 'string' && (
        <p class="field-error" role="alert">
          {saved}
        </p>
      )}
    </details>
  );
}
