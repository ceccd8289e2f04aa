import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../lib/webmail/gmail';
import { outlook } from '../../../lib/webmail/outlook';

// Pages built like tests/fixtures/{outlook,gmail}/read.html (structure per shared/notes/webmail-dom.md).
const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="da"><body>${body}</body></html>`).document as unknown as Document;

/** One Outlook message: the sender button, and a body when expanded. */
const outlookMessage = (n: number, from: string, text: string | null, extra = '') =>
  `<div role="listitem"><button type="button" aria-label="Fra: ${from}" ${extra}>${from}</button>${
    text === null ? '' : `<div id="UniqueMessageBody_${n}" role="document" aria-label="Meddelelsestekst">${text}</div>`
  }</div>`;
const outlookPage = (messages: string) =>
  page(`<div role="navigation"><div role="option"><span title="nyhedsbrev@example.com">Nyhedsbrev</span></div></div>
    <div role="main"><div role="heading" aria-level="2" id="CONV_1_SUBJECT">SV: Din IKU til godkendelse [IKU-2026-ABCD]</div>${messages}</div>`);

describe('Outlook: the sender of the one message being read', () => {
  it('a colleague shown by name, the address in the title', () => {
    const mail = outlook.readOpenMail(
      outlookPage(outlookMessage(1, 'Bo Berg', 'Jeg godkender min IKU version 1.', 'title="bo@randers.dk"')),
    );
    expect(mail).toMatchObject({
      from: 'bo@randers.dk',
      fromProblem: null,
      subject: 'SV: Din IKU til godkendelse [IKU-2026-ABCD]',
      text: 'Jeg godkender min IKU version 1.',
    });
  });

  it("the spoof from the issue: the display name is an employee's address, the address is another", () => {
    const doc = outlookPage(outlookMessage(1, '"bo.berg@randers.dk" &lt;mallory@evil.example&gt;', 'Jeg godkender min IKU version 1.'));
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: 'mallory@evil.example', fromProblem: null });
  });

  it('an address-looking display name with no address part is no sender', () => {
    expect(outlook.readOpenMail(outlookPage(outlookMessage(1, 'bo@randers.dk', 'Jeg godkender.')))).toMatchObject({
      from: '',
      fromProblem: 'none',
    });
  });

  it("a conversation of three: the reply (the last expanded message) is read, not the leader's first message", () => {
    const doc = outlookPage(
      outlookMessage(1, 'Lene Leder', 'Her er din IKU. Svar: Jeg godkender min IKU version 1.', 'title="lene@randers.dk"') +
        outlookMessage(2, 'Anne Ærø', null, 'title="anne@randers.dk"') +
        outlookMessage(3, 'Bo Berg', 'Kan du rette datoen?', 'title="bo@randers.dk"'),
    );
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', fromProblem: null, text: 'Kan du rette datoen?' });
  });

  it('newest on top (a reading-pane setting): the newest by received time is read, not the last in the page', () => {
    const at = (shown: string) => `<span data-testid="SentReceivedSavedTime">${shown}</span>`;
    const doc = outlookPage(
      outlookMessage(3, 'Bo Berg', 'Jeg godkender min IKU version 2.', `title="bo@randers.dk"`).replace(
        '</button>',
        `</button>${at('fr 11-12-2026 10:05')}`,
      ) +
        outlookMessage(2, 'Bo Berg', 'Nej, punkt 2 er forkert.', `title="bo@randers.dk"`).replace(
          '</button>',
          `</button>${at('to 10-12-2026 09:12')}`,
        ) +
        outlookMessage(1, 'Lene Leder', 'Her er din IKU.', `title="lene@randers.dk"`).replace(
          '</button>',
          `</button>${at('on 09-12-2026 08:00')}`,
        ),
    );
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', text: 'Jeg godkender min IKU version 2.' });
    // Any time it cannot read: the default order's last expanded message, as before.
    const unsure = outlookPage(
      outlookMessage(2, 'Bo Berg', 'Jeg godkender min IKU version 2.', `title="bo@randers.dk"`).replace(
        '</button>',
        `</button>${at('I går 10:05')}`,
      ) +
        outlookMessage(1, 'Bo Berg', 'Nej, punkt 2 er forkert.', `title="bo@randers.dk"`).replace(
          '</button>',
          `</button>${at('to 10-12-2026 09:12')}`,
        ),
    );
    expect(outlook.readOpenMail(unsure)).toMatchObject({ text: 'Nej, punkt 2 er forkert.' });
    // A time written inside a mail's own text is not its received time (here the header shows none).
    const forged = outlookPage(
      outlookMessage(2, 'Bo Berg', `Jeg godkender min IKU version 1. ${at('lø 31-12-2099 23:59')}`, `title="bo@randers.dk"`) +
        outlookMessage(1, 'Bo Berg', 'Nej, punkt 2 er forkert.', `title="bo@randers.dk"`).replace(
          '</button>',
          `</button>${at('fr 11-12-2026 10:05')}`,
        ),
    );
    expect(outlook.readOpenMail(forged)).toMatchObject({ text: 'Nej, punkt 2 er forkert.' });
  });

  it("a last message whose own sender cannot be found gives no sender, not an earlier message's", () => {
    const doc = outlookPage(
      outlookMessage(1, 'Bo Berg', 'Tidligere svar', 'title="bo@randers.dk"') +
        '<div role="listitem"><span>Mallory</span><div id="UniqueMessageBody_2" role="document">Jeg godkender min IKU version 1.</div></div>',
    );
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: '', fromProblem: 'none', text: 'Jeg godkender min IKU version 1.' });
  });

  it("a sender element imitated inside the mail's own body does not count", () => {
    const fake = '<span aria-label="Fra: Bo Berg" title="bo@randers.dk">Bo Berg</span> Jeg godkender.';
    expect(outlook.readOpenMail(outlookPage(outlookMessage(1, 'Mallory &lt;mallory@evil.example&gt;', fake)))).toMatchObject({
      from: 'mallory@evil.example',
      fromProblem: null,
    });
    expect(outlook.readOpenMail(outlookPage(outlookMessage(1, 'Bo Berg', fake)))).toMatchObject({ from: '', fromProblem: 'none' });
  });

  it('two addresses, or a look-alike, are refused with the reason', () => {
    expect(
      outlook.readOpenMail(outlookPage(outlookMessage(1, 'Bo Berg &lt;mallory@evil.example&gt;', 'x', 'title="bo@randers.dk"'))),
    ).toMatchObject({ from: '', fromProblem: 'several' });
    expect(outlook.readOpenMail(outlookPage(outlookMessage(1, 'Bo Berg', 'x', 'title="b\u043e@randers.dk"')))).toMatchObject({
      from: '',
      fromProblem: 'confusable',
    });
  });

  it('a mailto link in the sender element', () => {
    const doc = outlookPage(outlookMessage(1, '<a href="mailto:Bo@Randers.dk">Bo Berg</a>', 'x'));
    expect(outlook.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', fromProblem: null });
  });
});

/** One Gmail message: expanded (sender chip, recipient chip, body) or collapsed (a row with [email]). */
const gmailMessage = (n: number, name: string, address: string, text: string | null) =>
  text === null
    ? `<div class="kv" data-message-id="#msg-f:${n}"><span class="zF" email="${address}" name="${name}">${name}</span></div>`
    : `<div class="adn ads" data-message-id="#msg-f:${n}"><span class="gD" email="${address}" name="${name}">${name}</span><span class="g2" email="lene@randers.dk" name="Lene">mig</span><span class="g3" data-date="2026-12-10T09:12:00Z"></span><div class="ii gt"><div class="a3s">${text}</div></div></div>`;
const gmailPage = (messages: string) =>
  page(`<div role="main"><table role="grid"><tr class="zA"><td><span class="zF" email="nyhedsbrev@example.com" name="Nyhedsbrev">Nyhedsbrev</span></td></tr></table>
    <h2 class="hP" data-thread-perm-id="thread-f:1">SV: Din IKU til godkendelse [IKU-2026-ABCD]</h2>${messages}</div>`);

describe('Gmail: the sender of the one message being read', () => {
  it("an inbox row's and a collapsed message's [email] elsewhere on the page are ignored", () => {
    const doc = gmailPage(
      gmailMessage(1, 'Anne Ærø', 'anne@randers.dk', null) +
        gmailMessage(2, 'Bo Berg', 'bo@randers.dk', 'Jeg godkender min IKU version 1.'),
    );
    expect(doc.querySelector('[email]')?.getAttribute('email')).toBe('nyhedsbrev@example.com');
    expect(gmail.readOpenMail(doc)).toMatchObject({
      from: 'bo@randers.dk',
      fromProblem: null,
      messageId: '#msg-f:2',
      text: 'Jeg godkender min IKU version 1.',
      receivedAt: Date.UTC(2026, 11, 10, 9, 12),
    });
  });

  it('of two expanded messages, the last is read', () => {
    const doc = gmailPage(
      gmailMessage(1, 'Lene Leder', 'lene@randers.dk', 'Her er din IKU.') +
        gmailMessage(2, 'Bo Berg', 'bo@randers.dk', 'Kan du rette datoen?'),
    );
    expect(gmail.readOpenMail(doc)).toMatchObject({ from: 'bo@randers.dk', messageId: '#msg-f:2', text: 'Kan du rette datoen?' });
  });

  it("a display name that is an employee's address does not count", () => {
    const doc = gmailPage(gmailMessage(1, 'bo@randers.dk', 'mallory@evil.example', 'Jeg godkender min IKU version 1.'));
    expect(gmail.readOpenMail(doc)).toMatchObject({ from: 'mallory@evil.example', fromProblem: null });
  });

  it('a look-alike address is refused', () => {
    expect(gmail.readOpenMail(gmailPage(gmailMessage(1, 'Bo Berg', 'bo@r\u0430nders.dk', 'x')))).toMatchObject({
      from: '',
      fromProblem: 'confusable',
    });
  });
});

describe('Outlook: the subject where the page gives no …_SUBJECT id', () => {
  it('reads the heading that carries the subject as its title (toggl track-extension 2024: div[role=heading][title])', () => {
    const doc = page(`<div role="main"><div role="heading" title="SV: Din IKU [IKU-2026-ABCD]">SV: Din IKU [IKU-2026-ABCD]</div>
      <div role="heading" aria-level="2">Andre mails i samtalen</div>
      ${outlookMessage(1, 'Bo Berg', 'Jeg godkender min IKU version 1.', 'title="bo@randers.dk"')}</div>`);
    expect(outlook.readOpenMail(doc)).toMatchObject({ subject: 'SV: Din IKU [IKU-2026-ABCD]', from: 'bo@randers.dk' });
  });
});
