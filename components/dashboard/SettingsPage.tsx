import { useState } from 'preact/hooks';
import type { AddedHost, LeaderSettings, SettingsActions } from '../../lib/actions/settings';
import { isOwnHostChoice, WEBMAIL_IDS, type WebmailChoice } from '../../lib/webmail/adapters';
import { useSettings, useStoredLeader } from '../hooks/use-settings';
import { useT } from '../hooks/use-t';
import { BackupSettings } from './BackupSettings';
import { Field } from './Field';
import { HostsSettings } from './HostsSettings';
import { RetentionSettings } from './RetentionSettings';

/** The leader's settings: who they are, their webmail, reminders, and hosts of their own. */
export function SettingsPage() {
  const { t } = useT();
  const { hosts, webmail, consentWait, actions } = useSettings();
  const leader = useStoredLeader();
  if (!leader) return null;
  return (
    <article aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <LeaderForm stored={leader} actions={actions} />
      <WebmailChoices webmail={webmail} hosts={hosts} actions={actions} />
      <section aria-labelledby="reminders-heading">
        <h3 id="reminders-heading">{t('settings.reminders')}</h3>
        {consentWait !== undefined && <ConsentWait days={consentWait} actions={actions} />}
      </section>
      <HostsSettings hosts={hosts} actions={actions} />
      <BackupSettings />
      <RetentionSettings />
    </article>
  );
}

/** The known webmails (from the adapters) and the webmail hosts the leader added: "Gør det" opens the one chosen. */
function WebmailChoices({ webmail, hosts, actions }: { webmail?: WebmailChoice; hosts: AddedHost[]; actions: SettingsActions }) {
  const { t, error: describe } = useT();
  const [failure, setFailure] = useState<string | null>(null);
  // The radio shows the stored choice (live), so a failed save would silently snap back: say so.
  const choose = (w: WebmailChoice) =>
    actions.chooseWebmail(w).then(
      () => setFailure(null),
      (e: unknown) => setFailure(t('saveError.settingNotSaved', { reason: describe(e) })),
    );
  const own = hosts.filter((h) => (h.kind ?? 'webmail') === 'webmail').map((h) => h.origin as WebmailChoice);
  return (
    <section aria-labelledby="webmail-heading">
      <h3 id="webmail-heading">{t('settings.webmail')}</h3>
      {WEBMAIL_IDS.map((w) => (
        <label key={w} class="choice">
          <input type="radio" name="webmail" checked={webmail === w} onChange={() => choose(w)} />
          {t(`settings.webmail.${w}`)}
        </label>
      ))}
      {own.map((origin) => (
        <label key={origin} class="choice">
          <input type="radio" name="webmail" checked={webmail === origin} onChange={() => choose(origin)} />
          {t('settings.webmail.own', { host: new URL(origin).host })}
        </label>
      ))}
      {webmail && isOwnHostChoice(webmail) && <p class="hint">{t('settings.webmail.ownHint')}</p>}
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}

function LeaderForm({ stored, actions }: { stored: LeaderSettings; actions: SettingsActions }) {
  const { t, error: describe } = useT();
  const [leader, setLeader] = useState(stored);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const set = (patch: Partial<LeaderSettings>) => {
    setLeader({ ...leader, ...patch });
    setSaved(false);
  };
  return (
    <section aria-labelledby="leader-heading">
      <h3 id="leader-heading">{t('settings.leader')}</h3>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await actions.saveLeader(leader);
            setSaved(true);
            setFailure(null);
          } catch (problem) {
            setFailure(t('saveError.settingNotSaved', { reason: describe(problem) }));
          }
        }}
      >
        <Field id="leader-name" label={t('settings.leaderName')}>
          <input id="leader-name" value={leader.name} onInput={(e) => set({ name: e.currentTarget.value })} />
        </Field>
        <Field id="leader-email" label={t('settings.leaderEmail')}>
          <input id="leader-email" value={leader.email} onInput={(e) => set({ email: e.currentTarget.value })} />
        </Field>
        <Field id="leader-workplace" label={t('settings.workplace')}>
          <input id="leader-workplace" value={leader.workplace} onInput={(e) => set({ workplace: e.currentTarget.value })} />
        </Field>
        <button type="submit">{t('dash.save')}</button>
        {saved && <span role="status"> {t('session.saved')}</span>}
        {failure && (
          <p class="field-error" role="alert">
            {failure}
          </p>
        )}
      </form>
    </section>
  );
}

function ConsentWait({ days, actions }: { days: number; actions: SettingsActions }) {
  const { t, error: describe } = useT();
  const [error, setError] = useState<string | null>(null);
  return (
    <Field id="consent-wait" label={t('settings.consentWait')} error={error}>
      <input
        id="consent-wait"
        type="number"
        min={1}
        max={30}
        value={days}
        aria-describedby={error ? 'consent-wait-error' : undefined}
        onChange={async (e) => {
          try {
            await actions.saveConsentWait(Number(e.currentTarget.value));
            setError(null);
          } catch (problem) {
            setError(describe(problem));
          }
        }}
      />
    </Field>
  );
}
