import { sha256Hex } from '../shared/hash';

/** What identifies one message as read: its id, subject, date and text (not the sender, which a contact card may resolve later). */
export interface MailIdentity {
  messageId: string | null;
  subject: string;
  receivedAt: number | null;
  text: string;
}

/**
 * The message the panel showed, as a hash: the record click sends it back, and the background,
 * having read the page again, refuses when the page now shows another message (or other words).
 */
export const mailKey = (mail: MailIdentity): Promise<string> =>
  sha256Hex(JSON.stringify([mail.messageId ?? '', mail.subject, mail.receivedAt ?? null, mail.text]));
