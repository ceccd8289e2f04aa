import { DEFAULT_STEP_OPTIONS, type StepOptions } from '../../machines/step-options';
import type { TusDb } from '../db/database';
import type { TemplateSet } from '../templates/defaults';
import type { WebmailChoice } from '../webmail/adapters';

export interface LeaderSettings {
  name: string;
  email: string;
  workplace: string;
}

export interface AddedHost {
  origin: string;
  pattern: string;
  /** A webmail (Outlook on the municipality's own host) or the personnel-file system. */
  kind?: 'webmail' | 'personnel';
}

interface SettingValues {
  leader: LeaderSettings;
  /** A known webmail by id, or a webmail host the leader added, by its origin. */
  webmail: WebmailChoice;
  hosts: AddedHost[];
  /** Keys of reminders already shown, so none is shown twice. */
  notified: string[];
  consentWaitWorkingDays: number;
}

const DEFAULTS: SettingValues = {
  leader: { name: '', email: '', workplace: '' },
  // Type-only import above: the pages that read settings need not carry the adapters' code.
  webmail: 'outlook',
  hosts: [],
  notified: [],
  consentWaitWorkingDays: DEFAULT_STEP_OPTIONS.consentWaitWorkingDays,
};

/**
 * Settings the popup's stored step rows are computed from. They are saved only together with
 * those rows (`saveStepOptions` in lib/cycles/step-options.ts), never through setSetting.
 */
type StepSettingKey = keyof StepOptions;

export async function getSetting<K extends keyof SettingValues>(db: TusDb, key: K): Promise<SettingValues[K]> {
  const row = await db.settings.get(key);
  return (row?.value as SettingValues[K] | undefined) ?? DEFAULTS[key];
}

export async function setSetting<K extends Exclude<keyof SettingValues, StepSettingKey>>(
  db: TusDb,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value });
}

/** The settings the next step depends on; read inside any transaction that writes step rows. */
export async function readStepOptions(db: TusDb): Promise<StepOptions> {
  return { consentWaitWorkingDays: await getSetting(db, 'consentWaitWorkingDays') };
}

/** Only inside the transaction that also rewrites the open cycles' step rows (saveStepOptions). */
export async function writeStepOptions(db: TusDb, options: StepOptions): Promise<void> {
  await db.settings.put({ key: 'consentWaitWorkingDays', value: options.consentWaitWorkingDays });
}

const templateKey = (teamId: string) => `templates:${teamId}`;

export async function getTeamTemplates(db: TusDb, teamId: string): Promise<Partial<TemplateSet>> {
  return ((await db.settings.get(templateKey(teamId)))?.value as Partial<TemplateSet> | undefined) ?? {};
}

export async function setTeamTemplates(db: TusDb, teamId: string, templates: Partial<TemplateSet>): Promise<void> {
  await db.settings.put({ key: templateKey(teamId), value: templates });
}
