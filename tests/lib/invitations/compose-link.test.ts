import { beforeEach, describe, expect, it } from 'vitest';
import { TusDb } from '../../../lib/db/database';
import { importDataset } from '../../../lib/demo/import-dataset';
import { scriptEvents } from '../../../lib/demo/script';
import { invitationComposeUrl } from '../../../lib/invitations/compose-link';
import { setSetting } from '../../../lib/settings/store';

// The popup's "Gør det" for an invitation opens this URL: the leader's own choice of webmail.
const SESSION = Date.UTC(2026, 11, 2, 8, 30);
let db: TusDb;

beforeEach(async () => {
  db = new TusDb(`compose-link-${crypto.randomUUID()}`);
  await importDataset(db, {
    teams: [{ id: 't', name: 'Teamet', archived: 0, createdAt: 0 }],
    employees: [
      { id: 'e1', teamId: 't', name: 'Anne', email: 'anne@randers.dk' },
      { id: 'e2', teamId: 't', name: 'Bo', email: 'bo@randers.dk' },
    ],
    cycles: [{ id: 'c', teamId: 't', variant: 'tus-iku', createdAt: 0, events: scriptEvents('tus-iku', ['e1', 'e2'], SESSION, 'draft') }],
  });
});

describe("the invitation's compose link", () => {
  it('by default: an empty new message on the new Outlook host; the panel alone fills it (issue 19: one path, no doubled text)', async () => {
    const url = new URL((await invitationComposeUrl(db, 'c'))!);
    expect(url.origin + url.pathname).toBe('https://outlook.cloud.microsoft/mail/deeplink/compose');
    for (const field of ['to', 'subject', 'body']) expect(url.searchParams.get(field) ?? '').toBe('');
    expect(url.href).not.toContain('anne');
  });

  it('Gmail when chosen', async () => {
    await setSetting(db, 'webmail', 'gmail');
    expect(new URL((await invitationComposeUrl(db, 'c'))!).hostname).toBe('mail.google.com');
  });

  it('an own-host OWA the leader added and chose: its new-message page; a chosen host removed since: the default', async () => {
    await setSetting(db, 'hosts', [{ origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*', kind: 'webmail' }]);
    await setSetting(db, 'webmail', 'https://mail.randers.dk');
    expect(await invitationComposeUrl(db, 'c')).toBe('https://mail.randers.dk/owa/?path=/mail/action/compose');
    // Added as a personnel-file system, the same origin is no webmail.
    await setSetting(db, 'hosts', [{ origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*', kind: 'personnel' }]);
    expect(new URL((await invitationComposeUrl(db, 'c'))!).hostname).toBe('outlook.cloud.microsoft');
  });
});
