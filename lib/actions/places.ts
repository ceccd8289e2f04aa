// The address of the place a step is done in, from the leader's settings: their webmail (a new
// mail, or the inbox for replies) and the personnel-file system's host.
import type { Place } from '../cycles/step-places';
import type { TusDb } from '../db/database';
import { invitationComposeUrl } from '../invitations/compose-link';
import { getSetting } from '../settings/store';
import { composeTarget, inboxTarget } from '../webmail/adapters';

export interface PlaceLink {
  place: Place;
  /** null when the place is not set up (no personnel-file host in settings). */
  href: string | null;
}

/**
 * Where the step is done, as a link. The invitation's new mail is addressed and filled as far as a
 * URL can; a consent request's is blank (the TUS button in the webmail fills it, with its reference).
 */
export async function placeLink(db: TusDb, place: Place, cycleId: string, action: string): Promise<PlaceLink> {
  const [webmail, hosts] = await Promise.all([getSetting(db, 'webmail'), getSetting(db, 'hosts')]);
  const added = hosts.filter((h) => (h.kind ?? 'webmail') === 'webmail').map((h) => h.origin);
  if (place === 'personnelFile') {
    const host = hosts.find((h) => h.kind === 'personnel');
    return { place, href: host ? `${host.origin}/` : null };
  }
  if (place === 'webmailInbox') return { place, href: inboxTarget(webmail, added) };
  if (action === 'sendInvitation') return { place, href: await invitationComposeUrl(db, cycleId) };
  return { place, href: composeTarget(webmail, added, { to: [], subject: '', body: '' }) };
}
