import { base64ToBytes } from '../messaging/base64';
import type { FillComposeResponse, OutgoingMail } from '../messaging/protocol';
import { dropFiles, focusExactly, typeText } from './dom';
import type { WebmailAdapter } from './types';

/** Fills the open compose window; says field by field what worked (problems as message keys, for the panel to word), and never guesses. */
export function fillCompose(adapter: WebmailAdapter | null, doc: Document, mail: OutgoingMail): FillComposeResponse {
  const result: FillComposeResponse = { ok: false, to: false, subject: false, body: false, attached: [], notAttached: [], problems: [] };
  if (!adapter) {
    result.problems.push({ key: 'fill.notWebmail' });
    return result;
  }
  const fields = adapter.findCompose(doc);
  if (!fields) {
    result.problems.push({ key: 'fill.noCompose' });
    result.notAttached = mail.attachments.map((a) => a.name);
    return result;
  }
  if (fields.to && mail.to.length) result.to = typeText(fields.to, adapter.recipientText(mail.to), false);
  if (!result.to && mail.to.length) result.problems.push({ key: 'fill.noTo' });
  if (fields.subject) result.subject = typeText(fields.subject, mail.subject, true);
  if (!result.subject) result.problems.push({ key: 'fill.noSubject' });
  if (fields.body && focusExactly(fields.body)) result.body = adapter.insertBody(fields.body, mail.body);
  if (!result.body) result.problems.push({ key: 'fill.noBody' });
  if (mail.attachments.length) {
    const files = mail.attachments.map((a) => new File([base64ToBytes(a.base64)], a.name, { type: a.type }));
    const accepted = fields.dropTarget ? dropFiles(fields.dropTarget, files) : false;
    (accepted ? result.attached : result.notAttached).push(...mail.attachments.map((a) => a.name));
  }
  result.ok = result.subject && result.body && (result.to || mail.to.length === 0);
  return result;
}
