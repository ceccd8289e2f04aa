// The leader's actions on the settings page: who they are, their webmail, the consent wait, and
// webmail or personnel-file hosts on the municipality's own addresses.
import { addHost, removeHost } from '../browser/hosts';
import { requestReminderRun } from '../browser/reminder-request';
import { InvalidStepOptionsError, saveStepOptions } from '../cycles/step-options';
import { isEmail, normalizeEmail } from '../domain/email';
import { KeyedError } from '../i18n/message';
import { type AddedHost, type LeaderSettings, setSetting } from '../settings/store';
import type { WebmailChoice } from '../webmail/adapters';
import { type ActionDeps, withDeps } from './deps';

export type { AddedHost, LeaderSettings };

export function settingsActions(deps: Partial<ActionDeps> = {}) {
  const { db } = withDeps(deps);
  return {
    /**
     * Saves the leader as typed, trimmed, the address in lower case; returns what was saved. The
     * address may be left empty; otherwise it must pass the one e-mail rule (it is the invitation's organizer).
     */
    saveLeader: async (leader: LeaderSettings): Promise<LeaderSettings> => {
      const email = normalizeEmail(leader.email);
      if (email && !isEmail(email)) throw new KeyedError('settings.leaderEmailInvalid', { email: leader.email.trim() });
      const saved = { name: leader.name.trim(), email, workplace: leader.workplace.trim() };
      await setSetting(db, 'leader', saved);
      return saved;
    },
    chooseWebmail: (webmail: WebmailChoice) => setSetting(db, 'webmail', webmail),
    /**
     * Saves the consent wait with every open cycle's step row, then has the badge counted again.
     * Anything but 1–30 whole working days is refused with the form's own message, nothing written.
     */
    saveConsentWait: async (days: number): Promise<void> => {
      try {
        await saveStepOptions(db, { consentWaitWorkingDays: days });
      } catch (e) {
        throw e instanceof InvalidStepOptionsError ? new KeyedError('settings.consentWaitError') : e;
      }
      requestReminderRun();
    },
    /** Asks for the host's permission (from the leader's click) and registers it; a refusal is thrown, keyed. */
    addHost: async (input: string, kind: NonNullable<AddedHost['kind']>): Promise<AddedHost> => {
      const result = await addHost(input, kind);
      if (!result.ok) throw new KeyedError(result.reason.key, result.reason.params);
      return result.host;
    },
    removeHost: (host: AddedHost) => removeHost(host),
  };
}

export type SettingsActions = ReturnType<typeof settingsActions>;
