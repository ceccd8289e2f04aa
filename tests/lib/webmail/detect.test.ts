import { describe, expect, it } from 'vitest';
import { hostInputProblem, parseHostInput } from '../../../lib/shared/host-input';
import { ADAPTERS, composeTarget, composeUrl, isKnownWebmailHost, KNOWN_WEBMAIL_MATCHES } from '../../../lib/webmail/adapters';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';

describe('page detection by URL', () => {
  it.each([
    // Where Microsoft 365 tenants now land (notes 2026-11).
    ['https://outlook.cloud.microsoft/mail/inbox', true, false],
    ['https://outlook.office.com/mail/deeplink/compose?to=a', true, false],
    ['https://outlook.office365.com/mail/inbox', true, false],
    ['https://outlook.live.com/mail/0/', true, false],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', false, true],
    ['https://calendar.google.com/calendar/', false, false],
    ['https://outlook.office.com.evil.example/mail/', false, false],
    ['https://outlook.cloud.microsoft.evil.example/mail/', false, false],
    ['http://mail.google.com/mail/', false, false],
  ])('%s', (href, isOutlook, isGm) => {
    const url = new URL(href);
    expect(outlook.matchesUrl(url)).toBe(isOutlook);
    expect(gmail.matchesUrl(url)).toBe(isGm);
  });

  it('takes OWA on a municipal host by its /owa/ path', () => {
    expect(outlook.matchesUrl(new URL('https://mail.randers.dk/owa/#path=/mail'))).toBe(true);
  });
});

describe('hosts a leader adds', () => {
  it.each([
    ['mail.randers.dk', { origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*' }],
    ['https://mail.randers.dk/owa/', { origin: 'https://mail.randers.dk', pattern: 'https://mail.randers.dk/*' }],
    ['http://localhost:8080', { origin: 'http://localhost:8080', pattern: 'http://localhost/*' }],
    ['http://mail.randers.dk', null],
    ['not a host', null],
    ['intranet', null],
    ['', null],
    ['*.dk', null],
    ['https://*.randers.dk', null],
    ['mail.*.dk', null],
  ])('%s', (input, expected) => {
    expect(parseHostInput(input)).toEqual(expected);
  });

  it('says a wildcard is a wildcard, not merely an invalid address', () => {
    // The URL parser keeps "*" in a host, and https://*.dk/* is a valid match pattern: it must be refused before.
    expect(new URL('https://*.dk').hostname).toBe('*.dk');
    expect(hostInputProblem('*.dk')).toBe('wildcard');
    expect(hostInputProblem('https://*.randers.dk/owa/')).toBe('wildcard');
    expect(hostInputProblem('not a host')).toBe('invalid');
    expect(hostInputProblem('mail.randers.dk')).toBeNull();
  });
});

describe('the adapters are the one list of webmails', () => {
  it('their hosts make the static matches and the host check, outlook.cloud.microsoft among them', () => {
    expect(KNOWN_WEBMAIL_MATCHES).toEqual(ADAPTERS.flatMap((a) => a.hosts.map((h) => `https://${h}/*`)));
    expect(KNOWN_WEBMAIL_MATCHES).toContain('https://outlook.cloud.microsoft/*');
    expect(isKnownWebmailHost('outlook.cloud.microsoft')).toBe(true);
    expect(isKnownWebmailHost('mail.randers.dk')).toBe(false);
  });

  it('each adapter takes its own hosts by URL and no other adapter does', () => {
    for (const adapter of ADAPTERS)
      for (const host of adapter.hosts)
        expect(ADAPTERS.filter((a) => a.matchesUrl(new URL(`https://${host}/mail/`))).map((a) => a.id)).toEqual([adapter.id]);
  });
});

describe('compose deep links', () => {
  const mail = { to: ['a@x.dk', 'b@x.dk'], subject: 'TUS & IKU', body: 'Kære alle\nVenlig hilsen' };
  it('encodes every field for Outlook (on the new host) and Gmail', () => {
    // The new host: the old host's deep link can end on a bare inbox after its redirect (notes 2026-11).
    const o = new URL(composeUrl('outlook', mail));
    expect(o.origin + o.pathname).toBe('https://outlook.cloud.microsoft/mail/deeplink/compose');
    expect(Object.fromEntries(o.searchParams)).toEqual({ to: 'a@x.dk,b@x.dk', subject: 'TUS & IKU', body: 'Kære alle\nVenlig hilsen' });
    const g = new URL(composeUrl('gmail', mail));
    expect(Object.fromEntries(g.searchParams)).toMatchObject({ view: 'cm', to: 'a@x.dk,b@x.dk', su: 'TUS & IKU' });
  });

  it("opens the leader's own choice: a known webmail, or an added OWA host's new-message page", () => {
    const added = ['https://mail.randers.dk'];
    expect(new URL(composeTarget('gmail', added, mail)).hostname).toBe('mail.google.com');
    expect(new URL(composeTarget('outlook', added, mail)).hostname).toBe('outlook.cloud.microsoft');
    // The URL carries no mail on an own host: the panel fills it.
    expect(composeTarget('https://mail.randers.dk', added, mail)).toBe('https://mail.randers.dk/owa/?path=/mail/action/compose');
    // A chosen host the leader has since removed: the default webmail, never a host no longer allowed.
    expect(new URL(composeTarget('https://mail.randers.dk', [], mail)).hostname).toBe('outlook.cloud.microsoft');
  });
});
