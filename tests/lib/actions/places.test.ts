import { beforeEach, describe, expect, it } from 'vitest';
import { placeLink } from '../../../lib/actions/places';
import { TusDb } from '../../../lib/db/database';
import { setSetting } from '../../../lib/settings/store';
import { inboxTarget } from '../../../lib/webmail/adapters';

let db: TusDb;
beforeEach(() => {
  db = new TusDb(`places-${crypto.randomUUID()}`);
});

describe('the link to where a step is done', () => {
  it('opens the personnel-file host from settings, or says it is missing', async () => {
    expect(await placeLink(db, 'personnelFile', 'c', 'archiveIkus')).toEqual({ place: 'personnelFile', href: null });
    await setSetting(db, 'hosts', [
      { origin: 'https://owa.randers.dk', pattern: 'https://owa.randers.dk/*', kind: 'webmail' },
      { origin: 'https://sd.randers.dk', pattern: 'https://sd.randers.dk/*', kind: 'personnel' },
    ]);
    expect(await placeLink(db, 'personnelFile', 'c', 'archiveIkus')).toEqual({ place: 'personnelFile', href: 'https://sd.randers.dk/' });
  });

  it('opens the chosen webmail: the inbox for replies, a blank new mail for a consent request', async () => {
    expect((await placeLink(db, 'webmailInbox', 'c', 'collectConsent')).href).toBe('https://outlook.cloud.microsoft/mail/');
    await setSetting(db, 'webmail', 'gmail');
    expect((await placeLink(db, 'webmailInbox', 'c', 'collectConsent')).href).toBe('https://mail.google.com/mail/u/0/#inbox');
    expect((await placeLink(db, 'webmailCompose', 'c', 'requestConsent')).href).toMatch(/^https:\/\/mail\.google\.com\/mail\/\?view=cm/);
  });

  it('an own-host OWA’s inbox, and the default when that host was removed', () => {
    expect(inboxTarget('https://owa.randers.dk', ['https://owa.randers.dk'])).toBe('https://owa.randers.dk/owa/');
    expect(inboxTarget('https://owa.randers.dk', [])).toBe('https://outlook.cloud.microsoft/mail/');
  });
});
