import { errorMessage } from '../../lib/shared/error-message';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addHost, removeHost } from '../../lib/browser/hosts';
import type { TusDb } from '../../lib/db/database';
import { t, type Locale } from '../../lib/i18n';
import { getSetting, setSetting, type LeaderSettings } from '../../lib/settings/store';
import { saveStepOptions } from '../../lib/cycles/step-options';
import { useLiveQuery } from '../hooks/use-live-query';
import { Field } from './Field';

export function SettingsPage({ db, locale }: { db: TusDb; locale: Locale }) {
  const hosts = useLiveQuery(() => getSetting(db, 'hosts')).value ?? [];
  const webmail = useLiveQuery(() => getSetting(db, 'webmail')).value;
  const wait = useLiveQuery(() => getSetting(db, 'consentWaitWorkingDays')).value;
  const [waitError, setWaitError] = useState<string | null>(null);
  const [leader, setLeader] = useState<LeaderSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const [hostInput, setHostInput] = useState('');
  const [hostKind, setHostKind] = useState<'webmail' | 'personnel'>('webmail');
  const [hostError, setHostError] = useState<string | null>(null);
  const [hostStatus, setHostStatus] = useState<string | null>(null);
  useEffect(() => {
    void getSetting(db, 'leader').then(setLeader);
  }, []);
  if (!leader) return null;
  const set = (patch: Partial<LeaderSettings>) => {
    setLeader({ ...leader, ...patch });
    setSaved(false);
  };
  return (
    <article aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.title', {}, locale)}</h2>
      <section aria-labelledby="leader-heading">
        <h3 id="leader-heading">{t('settings.leader', {}, locale)}</h3>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await setSetting(db, 'leader', { name: leader.name.trim(), email: leader.email.trim().toLowerCase(), workplace: leader.workplace.trim() });
            setSaved(true);
          }}
        >
          <Field id="leader-name" label={t('settings.leaderName', {}, locale)}>
            <input id="leader-name" value={leader.name} onInput={(e) => set({ name: e.currentTarget.value })} />
          </Field>
          <Field id="leader-email" label={t('settings.leaderEmail', {}, locale)}>
            <input id="leader-email" value={leader.email} onInput={(e) => set({ email: e.currentTarget.value })} />
          </Field>
          <Field id="leader-workplace" label={t('settings.workplace', {}, locale)}>
            <input id="leader-workplace" value={leader.workplace} onInput={(e) => set({ workplace: e.currentTarget.value })} />
          </Field>
          <button type="submit">{t('dash.save', {}, locale)}</button>
          {saved && <span role="status"> {t('session.saved', {}, locale)}</span>}
        </form>
      </section>
      <section aria-labelledby="webmail-heading">
        <h3 id="webmail-heading">{t('settings.webmail', {}, locale)}</h3>
        {(['outlook', 'gmail'] as const).map((w) => (
          <label key={w} class="choice">
            <input type="radio" name="webmail" checked={webmail === w} onChange={() => setSetting(db, 'webmail', w)} />
            {w === 'outlook' ? 'Outlook på nettet' : 'Gmail'}
          </label>
        ))}
      </section>
      <section aria-labelledby="reminders-heading">
        <h3 id="reminders-heading">{t('settings.reminders', {}, locale)}</h3>
        {wait !== undefined && (
          <Field id="consent-wait" label={t('settings.consentWait', {}, locale)} error={waitError}>
            <input
              id="consent-wait"
              type="number"
              min={1}
              max={30}
              value={wait}
              aria-describedby={waitError ? 'consent-wait-error' : undefined}
              onChange={async (e) => {
                const days = Number(e.currentTarget.value);
                if (!Number.isInteger(days) || days < 1 || days > 30) return setWaitError(t('settings.consentWaitError', {}, locale));
                setWaitError(null);
                // Saved with every open cycle's step row, then the badge is counted again.
                await saveStepOptions(db, { consentWaitWorkingDays: days });
                void browser.runtime.sendMessage({ type: 'tus.refreshReminders' }).catch(() => undefined);
              }}
            />
          </Field>
        )}
      </section>
      <section aria-labelledby="hosts-heading">
        <h3 id="hosts-heading">{t('settings.hosts', {}, locale)}</h3>
        <p id="hosts-help">{t('settings.hostsHelp', {}, locale)}</p>
        <ul class="hosts">
          {hosts.map((h) => (
            <li key={`${h.kind ?? 'webmail'}:${h.pattern}`} data-pattern={h.pattern}>
              {h.origin} · {t(`settings.kind.${h.kind ?? 'webmail'}`, {}, locale)}{' '}
              <button type="button" class="danger small" onClick={() => removeHost(h)}>
                {t('dash.remove', {}, locale)}
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setHostStatus(null);
            const result = await addHost(hostInput, hostKind).catch((e: unknown) => ({ ok: false as const, reason: errorMessage(e) }));
            if (!result.ok) return setHostError(result.reason);
            setHostError(null);
            setHostInput('');
            setHostStatus(t('settings.hostAdded', { host: result.host.origin }, locale));
          }}
        >
          <Field id="host-input" label={t('settings.addHost', {}, locale)} error={hostError}>
            <input id="host-input" value={hostInput} placeholder="https://mail.kommune.dk" aria-describedby={hostError ? 'host-input-error hosts-help' : 'hosts-help'} onInput={(e) => setHostInput(e.currentTarget.value)} />
          </Field>
          <fieldset>
            <legend>{t('settings.kind', {}, locale)}</legend>
            {(['webmail', 'personnel'] as const).map((k) => (
              <label key={k} class="choice">
                <input type="radio" name="host-kind" checked={hostKind === k} onChange={() => setHostKind(k)} />
                {t(`settings.kind.${k}`, {}, locale)}
              </label>
            ))}
          </fieldset>
          <button type="submit">{t('settings.addHostButton', {}, locale)}</button>
          {hostStatus && <p role="status">{hostStatus}</p>}
        </form>
      </section>
    </article>
  );
}
