import type { OpenMail } from '../messaging/protocol';
import type { WebmailAdapter } from './types';

/**
 * The open mail with its sender resolved as far as the page allows: with `contactCard`, when the
 * message read shows its sender by name only (a colleague in the same organisation), the adapter
 * opens the contact card and reads the address there. A card that gives none leaves the refusal
 * (`none`) standing. Without it nothing on the page is clicked.
 */
export async function readOpenMailResolved(adapter: WebmailAdapter | null, doc: Document, contactCard: boolean): Promise<OpenMail | null> {
  const mail = adapter?.readOpenMail(doc) ?? null;
  if (!contactCard || !mail || mail.fromProblem !== 'none' || !adapter?.senderFromCard) return mail;
  const fromCard = await adapter.senderFromCard(doc);
  return fromCard ? { ...mail, ...fromCard } : mail;
}
