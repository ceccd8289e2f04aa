import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { t } from '../../../lib/i18n';
import { PageCheck, parsePageCheck } from '../../../lib/messaging/protocol';
import { parseReply } from '../../../lib/messaging/protocol-map';
import { checkPage, pageCheckText } from '../../../lib/webmail/page-check';
import { fixturePage } from './fixture-page';

const SUBJECT = 'SV: Din IKU til godkendelse [IKU-2026-ABCD]';
const TEXT = 'Kan du rette datoen i punkt 2?';
const query = { subject: SUBJECT, text: TEXT, from: 'bo@randers.dk', name: 'Bo Berg', date: '2026-12-10T09:12:00Z' };
const group = (check: PageCheck, name: string) => check.groups.find((g) => g.name === name);

describe('"Tjek siden": what the page shows, without mail content', () => {
  it('on the Outlook fixture: every read group found by its first, sourced alternative; the compose fields missing', () => {
    const doc = fixturePage('outlook/read.html', { ...query, earlier: 'Lene Leder|lene@randers.dk|Her er din IKU.' });
    const check = checkPage(new URL('https://outlook.cloud.microsoft/mail/inbox'), doc);
    expect(check).toMatchObject({ host: 'outlook.cloud.microsoft', webmail: 'outlook', by: 'url' });
    expect(group(check, 'readSubject')?.matched).toMatchObject({ index: 0, count: 1 });
    expect(group(check, 'readBody')?.matched).toMatchObject({ index: 0, count: 2, css: '[role="main"] [id^="UniqueMessageBody"]' });
    expect(group(check, 'readDate')?.matched).toMatchObject({ index: 0, count: 2 });
    // Danish page: the sender is found only by the Danish fallback label, and the check says so.
    expect(group(check, 'readFrom')?.matched).toMatchObject({ index: 1, count: 2 });
    for (const name of ['to', 'subject', 'body']) expect(group(check, name)?.matched, name).toBeNull();
    // A name-only sender: the header gives no address (the card is tried when the reply is read, not by the check).
    expect(check.openMail).toEqual({ sender: 'none', subject: true, date: true, text: true });
    expect(doc.querySelectorAll('.persona-card')).toHaveLength(0);
  });

  it('on the Gmail fixture: the sourced selectors match, the sender is found', () => {
    const check = checkPage(new URL('https://mail.google.com/mail/u/0/'), fixturePage('gmail/read.html', query));
    expect(check).toMatchObject({ webmail: 'gmail', by: 'url', openMail: { sender: 'found', subject: true, date: true, text: true } });
    for (const name of ['readSubject', 'readFrom', 'readBody', 'readDate']) expect(group(check, name)?.matched?.index, name).toBe(0);
  });

  it('holds none of the mail: no subject, address, name or text, in the data or the text to copy', () => {
    for (const [path, url] of [
      ['outlook/read.html', 'https://outlook.office.com/mail/'],
      ['gmail/read.html', 'http://localhost:8080/mail'],
    ] as const) {
      const check = checkPage(new URL(url), fixturePage(path, { ...query, title: 'bo@randers.dk' }));
      const all = JSON.stringify(check) + pageCheckText(check, (key, params) => t(key, params, 'da'));
      for (const secret of ['IKU-2026-ABCD', 'Din IKU', 'bo@randers.dk', 'Bo Berg', 'rette datoen', 'lene@randers.dk'])
        expect(all, `${path}: ${secret}`).not.toContain(secret);
    }
  });

  it('a host the leader added is recognised by structure; an unknown page lists every adapter’s groups', () => {
    expect(checkPage(new URL('http://localhost:8080/'), fixturePage('gmail/read.html', query))).toMatchObject({
      webmail: 'gmail',
      by: 'structure',
    });
    const none = checkPage(
      new URL('https://example.com/'),
      parseHTML('<html><body><p>Hej</p></body></html>').document as unknown as Document,
    );
    expect(none).toMatchObject({ webmail: null, by: 'none', openMail: null });
    expect(none.groups.map((g) => g.name)).toEqual(expect.arrayContaining(['gmail.readSubject', 'outlook.readSubject', 'outlook.to']));
    expect(none.groups.every((g) => g.matched === null)).toBe(true);
  });

  it('fits its schema both ways, and the text says per group what matched, in Danish and English', () => {
    const check = checkPage(new URL('https://outlook.office.com/mail/'), fixturePage('outlook/read.html', query));
    expect(parsePageCheck(check)).toEqual(check);
    expect(parseReply('tus.overlay.pageCheck', check)).toEqual(check);
    expect(parsePageCheck({ ...check, groups: [{ name: 'x', alternatives: -1, matched: null }] })).toBeNull();
    const da = pageCheckText(check, (key, params) => t(key, params, 'da'));
    expect(da).toContain('readBody: fundet med alternativ 1 af 3, 1 element(er): [role="main"] [id^="UniqueMessageBody"]');
    expect(da).toContain('to: ikke fundet');
    expect(da).toContain('Afsenderens adresse: ikke i mailens hoved');
    expect(pageCheckText(check, (key, params) => t(key, params, 'en'))).toContain('readBody: found by alternative 1 of 3');
  });
});
