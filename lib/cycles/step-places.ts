// Where each step is done. The team page leads there (issue 19: every step opens the place where
// it is done), and a mark made on the team page without that path asks first, saying what goes missing.
import type { ActionId } from '../../machines/next-step';
import type { CycleActionId, EmployeeActionId } from './actions';
import type { Stage } from './stages';

/** The page a step is done in: a new mail, the inbox (the replies), the personnel-file system. */
export type Place = 'webmailCompose' | 'webmailInbox' | 'personnelFile';

const PLACES: Partial<Record<ActionId, Place>> = {
  sendInvitation: 'webmailCompose',
  requestConsent: 'webmailCompose',
  collectConsent: 'webmailInbox',
  archiveIkus: 'personnelFile',
};

/** The place a next step is done in; null for steps done on our own pages (or a wait). */
export const placeOf = (action: ActionId): Place | null => PLACES[action] ?? null;

/** The steps of a stage that happen in the webmail, with the TUS button there (the team page says so, one line each). */
export type WebmailStep = Extract<ActionId, 'sendInvitation' | 'requestConsent' | 'collectConsent'>;

const WEBMAIL_STEPS: Partial<Record<Stage, readonly WebmailStep[]>> = {
  draft: ['sendInvitation'],
  ikusGenerated: ['requestConsent'],
  consent: ['requestConsent', 'collectConsent'],
};

export const webmailStepsOf = (stage: Stage): readonly WebmailStep[] => WEBMAIL_STEPS[stage] ?? [];

/** What a mark made on the team page misses, compared with making it where the step is done. */
export type OffPathMiss = 'invitation' | 'reference' | 'archiveFile';

const OFF_PATH: Partial<Record<CycleActionId | EmployeeActionId, OffPathMiss>> = {
  // The question sheet, the guide and the .ics go in only through the panel.
  invitationSent: 'invitation',
  // A request sent without the panel has no [IKU-…] reference: the reply is never matched.
  requestConsent: 'reference',
  // The archive file (IKU and receipt in one) is made in the personnel-file panel.
  ikuFiled: 'archiveFile',
  consentFiled: 'archiveFile',
};

/** Whether a team-page mark skips the path (and must be confirmed), and what it then misses. */
export const offPathMiss = (action: CycleActionId | EmployeeActionId): OffPathMiss | null => OFF_PATH[action] ?? null;
