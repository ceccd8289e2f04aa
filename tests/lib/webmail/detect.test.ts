import { describe, expect, it } from 'vitest';
import { parseHostInput } from '../../../lib/shared/host-input';
import { composeUrl } from '../../../lib/webmail/deep-links';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';

describe('page detection by URL', () => {
  it.each([
    ['https://outlook.office.com/mail/deeplink/compose?to=a', true, false],
    ['https://outlook.office365.com/mail/inbox', true, false],
    ['https://outlook.live.com/mail/0/', true, false],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', false, true],
    ['https://calendar.google.com/calendar/', false, false],
    ['https://outlook.office.com.evil.example/mail/', false, false],
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
  ])('%s', (input, expected) => {
    expect(parseHostInput(input)).toEqual(expected);
  });
});

describe('compose deep links', () => {
  const mail = { to: ['a@x.dk', 'b@x.dk'], subject: 'TUS & IKU', body: 'Kære alle\nVenlig hilsen' };
  it('encodes every field for Outlook and Gmail', () => {
    const o = new URL(composeUrl('outlook', mail));
    expect(o.origin + o.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(Object.fromEntries(o.searchParams)).toEqual({ to: 'a@x.dk,b@x.dk', subject: 'TUS & IKU', body: 'Kære alle\nVenlig hilsen' });
    const g = new URL(composeUrl('gmail', mail));
    expect(Object.fromEntries(g.searchParams)).toMatchObject({ view: 'cm', to: 'a@x.dk,b@x.dk', su: 'TUS & IKU' });
  });
});
