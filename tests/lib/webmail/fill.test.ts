import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../../lib/messaging/protocol';
import { parseReply } from '../../../lib/messaging/protocol-map';
import { fillCompose } from '../../../lib/webmail/fill';
import { outlook } from '../../../lib/webmail/outlook';

const page = (body: string): Document =>
  parseHTML(`<!doctype html><html lang="da"><body>${body}</body></html>`).document as unknown as Document;
const mail: OutgoingMail = {
  to: ['bo@randers.dk'],
  subject: 'Invitation',
  body: [],
  attachments: [{ name: 'Guide.pdf', type: 'application/pdf', base64: '' }],
};

// The content script's answer: what went wrong as message keys the panel words in the leader's
// language (issue 16), and a shape the background's reply schema accepts.
describe('fillCompose when it cannot fill', () => {
  it('on a page no adapter knows: a key, not a Danish sentence', () => {
    const result = fillCompose(null, page('<main></main>'), mail);
    expect(result.problems).toEqual([{ key: 'fill.notWebmail' }]);
    expect(parseReply('tus.fillCompose', result)).toEqual(result);
  });

  it('with no compose window open: a key, and every attachment left to attach by hand', () => {
    const result = fillCompose(outlook, page('<div role="main"></div>'), mail);
    expect(result).toMatchObject({ ok: false, problems: [{ key: 'fill.noCompose' }], notAttached: ['Guide.pdf'] });
    expect(parseReply('tus.fillCompose', result)).toEqual(result);
  });
});
