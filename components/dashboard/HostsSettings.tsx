import { useState } from 'preact/hooks';
import type { AddedHost, SettingsActions } from '../../lib/actions/settings';
import { useT } from '../hooks/use-t';
import { Field } from './Field';

const KINDS = ['webmail', 'personnel'] as const;
type Kind = (typeof KINDS)[number];

/** Webmail and personnel-file systems on the municipality's own addresses: the list, and adding one. */
export function HostsSettings({ hosts, actions }: { hosts: AddedHost[]; actions: SettingsActions }) {
  const { t, error: describe } = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const remove = (h: AddedHost) =>
    actions.removeHost(h).then(
      () => setFailure(null),
      (e: unknown) => setFailure(t('saveError.settingNotSaved', { reason: describe(e) })),
    );
  return (
    <section aria-labelledby="hosts-heading">
      <h3 id="hosts-heading">{t('settings.hosts')}</h3>
      <p id="hosts-help">{t('settings.hostsHelp')}</p>
      <ul class="hosts">
        {hosts.map((h) => (
          <li key={`${h.kind ?? 'webmail'}:${h.pattern}`} data-pattern={h.pattern}>
            {h.origin} · {t(`settings.kind.${h.kind ?? 'webmail'}`)}{' '}
            <button type="button" class="danger small" onClick={() => remove(h)}>
              {t('dash.remove')}
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      <AddHostForm actions={actions} />
    </section>
  );
}

function AddHostForm({ actions }: { actions: SettingsActions }) {
  const { t, error: describe } = useT();
  const [input, setInput] = useState('');
  const [kind, setKind] = useState<Kind>('webmail');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setStatus(null);
        try {
          const host = await actions.addHost(input, kind);
          setError(null);
          setInput('');
          setStatus(t('settings.hostAdded', { host: host.origin }));
        } catch (problem) {
          setError(describe(problem));
        }
      }}
    >
      <Field id="host-input" label={t('settings.addHost')} error={error}>
        <input
          id="host-input"
          value={input}
          placeholder={t('settings.hostPlaceholder')}
          aria-describedby={error ? 'host-input-error hosts-help' : 'hosts-help'}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
      </Field>
      <fieldset>
        <legend>{t('settings.kind')}</legend>
        {KINDS.map((k) => (
          <label key={k} class="choice">
            <input type="radio" name="host-kind" checked={kind === k} onChange={() => setKind(k)} />
            {t(`settings.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {/* Named by what is added: a personnel-file system is no webmail. */}
      <button type="submit">{t(kind === 'personnel' ? 'settings.addHostButton.personnel' : 'settings.addHostButton')}</button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
