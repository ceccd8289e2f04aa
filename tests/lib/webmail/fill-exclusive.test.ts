import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { OutgoingMail } from '../../../lib/messaging/protocol';
import { fillCompose } from '../../../lib/webmail/fill';
import { outlook } from '../../../lib/webmail/outlook';

// Issue 19: one compose holds exactly one employee. A consent request (`exclusive`) goes only into
// an empty compose; one holding anything else is refused before anything is filled.
const fixture = (): Document => parseHTML(readFileSync('tests/fixtures/outlook/compose.html', 'utf8')).document as unknown as Document;

const request: OutgoingMail = {
  to: ['anne@randers.dk'],
  subject: 'Din IKU til godkendelse [IKU-2026-2222]',
  body: [{ kind: 'p', text: 'Svar med: Jeg godkender min IKU version 1. [IKU-2026-2222]' }],
  attachments: [{ name: 'IKU_Anne_v1.pdf', type: 'application/pdf', base64: '' }],
};
const exclusive = { reference: 'IKU-2026-2222' };

/** Fills and returns what the compose showed after: nothing may change on a refusal. */
async function refused(doc: Document) {
  const before = doc.querySelector('.compose')!.innerHTML;
  const result = await fillCompose(outlook, doc, request, { exclusive, bodyWaitMs: 0, filesWaitMs: 0, focused: doc.querySelector('.to') });
  expect(result.ok).toBe(false);
  expect(doc.querySelector('.compose')!.innerHTML).toBe(before);
  return result.problems;
}

describe('a consent request only into an empty compose', () => {
  it('refuses a compose whose To holds someone else, and offers no replacing', async () => {
    const doc = fixture();
    // A pill as Outlook (roosterjs) makes it: a read-only entity inside To, its aria-label the address.
    const pill = doc.createElement('span');
    pill.className = '_Entity _EType_RECIPIENT_ENTITY _EReadonly_1';
    pill.setAttribute('contenteditable', 'false');
    pill.setAttribute('aria-label', 'bo@randers.dk');
    pill.textContent = 'Bo';
    doc.querySelector('.to')!.append(pill);
    expect(await refused(doc)).toEqual([{ key: 'fill.composeHoldsTo', params: { addresses: 'bo@randers.dk' } }]);
  });

  it("refuses a compose holding another employee's reference in its body or subject", async () => {
    const doc = fixture();
    doc.querySelector('.body')!.prepend('Svar med … [IKU-2026-3333]');
    expect(await refused(doc)).toEqual([{ key: 'fill.composeHoldsReference', params: { references: 'IKU-2026-3333' } }]);
    const other = fixture();
    other.querySelector<HTMLInputElement>('.subject')!.value = 'Din IKU til godkendelse [iku-2026-4444]';
    expect(await refused(other)).toEqual([{ key: 'fill.composeHoldsReference', params: { references: 'IKU-2026-4444' } }]);
  });

  it('refuses a compose with a file attached that is not ours', async () => {
    const doc = fixture();
    const card = doc.createElement('div');
    card.setAttribute('title', 'IKU_Bo_v1.pdf');
    card.textContent = 'IKU_Bo_v1.pdf';
    doc.querySelector('.attachments')!.append(card);
    expect(await refused(doc)).toEqual([{ key: 'fill.composeHoldsFiles', params: { names: 'IKU_Bo_v1.pdf' } }]);
  });

  it('lets a compose holding only our own reference and file past the check (Node cannot type: the editor is left out)', async () => {
    const doc = fixture();
    doc.querySelector('.subject')!.setAttribute('value', 'Din IKU til godkendelse [IKU-2026-2222]');
    const card = doc.createElement('div');
    card.setAttribute('title', 'IKU_Anne_v1.pdf');
    doc.querySelector('.attachments')!.append(card);
    doc.querySelector('.body')!.remove();
    const result = await fillCompose(outlook, doc, { ...request, to: [] }, { exclusive, focused: doc.querySelector('.subject') });
    expect(result.problems.map((p) => p.key)).not.toContain('fill.composeHoldsTo');
    expect(result.problems.map((p) => p.key).some((k) => k.startsWith('fill.composeHolds'))).toBe(false);
  });
});
