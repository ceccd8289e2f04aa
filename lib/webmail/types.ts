import type { OpenMail } from '../messaging/protocol';
import type { Block } from '../templates/mail-body';

export type WebmailId = 'outlook' | 'gmail';

export interface ComposeFields {
  to: HTMLElement | null;
  subject: HTMLElement | null;
  body: HTMLElement | null;
  /** Where a dropped file becomes an attachment. */
  dropTarget: HTMLElement | null;
}

/** One adapter per webmail: where its compose fields are and how its editor takes a body. */
export interface WebmailAdapter {
  id: WebmailId;
  /** Pure function of the URL: is this page this webmail (on its known hosts)? */
  matchesUrl(url: URL): boolean;
  /** Structure check, for hosts the leader adds (e.g. OWA on the municipality's own host). */
  detect(doc: Document): boolean;
  findCompose(doc: Document): ComposeFields | null;
  /** Inserts the body at the start of the editor; false when the editor refused it. */
  insertBody(body: HTMLElement, blocks: readonly Block[]): boolean;
  /** The mail open in the reading pane, as the page shows it; null when none is open. */
  readOpenMail(doc: Document): OpenMail | null;
  /** Recipients as the host's field wants them typed. */
  recipientText(to: readonly string[]): string;
}
