// Where each step is done. The team page leads there (issue 19: every step opens the place where
// it is done), and a mark made on the team page without that path asks first, saying what goes missing.
import type { ActionId } from '../../machines/next-step';
import type { CycleActionId, EmployeeActionId } from './actions';

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
