import { base64ToBytes } from '../messaging/base64';
import type { FillComposeResponse, OutgoingMail } from '../messaging/protocol';
import { toText } from '../templates/mail-body';
import { isTextField, leadsWithText, pickCompose, showsAttachment, showsText, showsValue, textCount, waitUntil } from './compose';
import { typeText } from './dom';
import type { ComposeFields, WebmailAdapter } from './types';

type Message = FillComposeResponse['problems'][number];

export interface FillOptions {
  /** The leader confirmed, after our question, that what To holds may be replaced. */
  replaceTo?: boolean;
  /** Only into a compose that is empty or already holds exactly this mail (a consent request and its reference): see `holdsOther`. */
  exclusive?: { reference: string };
  /** Told which compose window was filled (the content script watches it close). */
  onCompose?: (root: HTMLElement) => void;
  /** The page element that last had focus (compose.ts rememberFocus); decides between composes. */
  focused?: Element | null;
  /** How long an editor may take to show the body, and the page to show the attachment cards. */
  bodyWaitMs?: number;
  filesWaitMs?: number;
}

/** A list for a message parameter, within the reply schema's 5,000 characters. */
const listed = (items: readonly string[]) => {
  const text = items.join(', ');
  return text.length <= 5000 ? text : `${text.slice(0, 4990)} …`;
};

const sameAddresses = (a: readonly string[], b: readonly string[]) => {
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.trim().toLowerCase()));
  const [x, y] = [lower(a), lower(b)];
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/**
 * Fills the one compose window the leader means and says, field by field, what the page now shows
 * (problems as message keys, for the panel to word). It checks after every step and never reports
 * what it did not see; when To already holds addresses it fills nothing and asks first.
 */
export async function fillCompose(
  adapter: WebmailAdapter | null,
  doc: Document,
  mail: OutgoingMail,
  options: FillOptions = {},
): Promise<FillComposeResponse> {
  const names = mail.attachments.map((a) => a.name);
  const result: FillComposeResponse = { ok: false, to: false, subject: false, body: false, attached: [], notAttached: [], problems: [] };
  if (!adapter) return { ...result, notAttached: names, problems: [{ key: 'fill.notWebmail' }] };
  const choice = pickCompose(adapter.findComposes(doc), options.focused ?? doc.activeElement);
  if ('problem' in choice) return { ...result, notAttached: names, problems: [{ key: choice.problem }] };
  const compose = choice.compose;

  const holds = compose.to ? adapter.recipientsShown(compose) : [];
  const already = holds.length > 0 && sameAddresses(holds, mail.to);
  if (options.exclusive) {
    const other = holdsOther(compose, holds, already, mail, options.exclusive.reference);
    if (other) return { ...result, notAttached: names, problems: [other] };
  }
  options.onCompose?.(compose.root);
  if (holds.length > 0 && !already && !options.replaceTo) {
    const toHolds = holds.slice(0, 50).map((h) => h.slice(0, 320));
    return { ...result, toHolds, problems: [{ key: 'fill.toHolds', params: { addresses: listed(toHolds) } }] };
  }
  const problems: Message[] = [];
  result.to = await fillTo(adapter, compose, mail.to, holds.length > 0 && !already, already, problems);
  result.subject = fillSubject(compose, mail.subject, problems);
  result.body = await fillBody(adapter, compose, mail, options.bodyWaitMs ?? 2000, problems);
  if (mail.attachments.length) {
    const files = mail.attachments.map((a) => new File([base64ToBytes(a.base64)], a.name, { type: a.type }));
    const shown = await attach(adapter, compose, files, options.filesWaitMs ?? 3000, problems);
    result.attached = names.filter((n) => shown.has(n));
    result.notAttached = names.filter((n) => !shown.has(n));
  }
  result.problems = problems.slice(0, 10);
  result.ok = result.to && result.subject && result.body;
  return result;
}

/** An IKU reference in a body or subject, as the request mail writes it. */
const REFERENCE = /IKU-\d{4}-[2-9A-HJ-NP-Z]{4}/gi;
/**
 * An attachment card: an element outside the editor and the To field whose label or own text is a
 * file name. Our guess (no source shows the cards; the fixtures' cards carry the name as text and title).
 */
const FILE_NAME = /[^\s/\\<>"]+\.(?:pdf|ics|docx?|xlsx?|pptx?|zip|png|jpe?g|txt|csv)\b/i;
function filesShown(compose: ComposeFields): string[] {
  const found = new Set<string>();
  for (const el of compose.root.querySelectorAll('*')) {
    if (compose.body?.contains(el) || compose.to?.contains(el) || el === compose.subject) continue;
    const own = el.childElementCount === 0 ? (el.textContent ?? '') : '';
    for (const text of [el.getAttribute('title') ?? '', own]) {
      const m = FILE_NAME.exec(text);
      if (m) found.add(m[0]);
    }
  }
  return [...found];
}

/**
 * Why this compose may not take the consent request: To holds anyone else, the body or subject
 * holds another employee's reference, or a file other than ours is attached. One compose holds
 * exactly one employee, always (issue 19: an IKU once reached two employees this way).
 */
function holdsOther(compose: ComposeFields, holds: string[], sameTo: boolean, mail: OutgoingMail, reference: string): Message | null {
  if (holds.length > 0 && !sameTo) return { key: 'fill.composeHoldsTo', params: { addresses: listed(holds.slice(0, 50)) } };
  const subject = compose.subject ? (isTextField(compose.subject) ? compose.subject.value : (compose.subject.textContent ?? '')) : '';
  const text = `${subject} ${compose.body?.textContent ?? ''}`;
  const others = [...new Set([...text.matchAll(REFERENCE)].map((m) => m[0].toUpperCase()))].filter((r) => r !== reference.toUpperCase());
  if (others.length > 0) return { key: 'fill.composeHoldsReference', params: { references: listed(others) } };
  const ours = new Set(mail.attachments.map((a) => a.name));
  const files = filesShown(compose).filter((f) => !ours.has(f));
  if (files.length > 0) return { key: 'fill.composeHoldsFiles', params: { names: listed(files) } };
  return null;
}

async function fillTo(
  adapter: WebmailAdapter,
  compose: ComposeFields,
  to: readonly string[],
  replace: boolean,
  already: boolean,
  problems: Message[],
): Promise<boolean> {
  if (to.length === 0 || already) return true;
  const addresses = listed(to);
  if (!compose.to) {
    problems.push({ key: 'fill.noTo', params: { addresses } });
    return false;
  }
  if (replace && !(await adapter.clearRecipients(compose))) {
    problems.push({ key: 'fill.toNotCleared', params: { addresses } });
    return false;
  }
  const added = new Set((await adapter.addRecipients(compose, to)).map((a) => a.toLowerCase()));
  const missing = to.filter((a) => !added.has(a.toLowerCase()));
  // Each address became a pill or chip, and To shows nothing else (no stray text, no one else's).
  if (missing.length > 0 || adapter.recipientsShown(compose).length !== to.length) {
    problems.push({ key: 'fill.toNotShown', params: { addresses: listed(missing.length ? missing : to) } });
    return false;
  }
  return true;
}

function fillSubject(compose: ComposeFields, subject: string, problems: Message[]): boolean {
  if (!compose.subject) {
    problems.push({ key: 'fill.noSubject', params: { subject } });
    return false;
  }
  if (!showsValue(compose.subject, subject)) typeText(compose.subject, subject, true);
  if (showsValue(compose.subject, subject)) return true;
  problems.push({ key: 'fill.subjectNotShown', params: { subject } });
  return false;
}

async function fillBody(adapter: WebmailAdapter, compose: ComposeFields, mail: OutgoingMail, waitMs: number, problems: Message[]) {
  const text = toText(mail.body);
  const body = compose.body;
  if (!body) {
    problems.push({ key: 'fill.noBody' });
    return false;
  }
  // Already there (the leader clicked twice): inserting again would double the text.
  // A quoted earlier request holding the same text does not count: the text must lead the editor.
  if (text && leadsWithText(body, text)) return true;
  const before = textCount(body, text);
  body.focus();
  adapter.insertBody(body, mail.body);
  if (await waitUntil(() => showsText(body, text, before), waitMs)) return true;
  problems.push({ key: 'fill.bodyNotShown' });
  return false;
}

/** Drops what is not shown yet on the page's own drop target; the names the page then shows as attached. */
async function attach(adapter: WebmailAdapter, compose: ComposeFields, files: File[], waitMs: number, problems: Message[]) {
  const isShownFile = (f: File) => showsAttachment(compose, f.name);
  const todo = files.filter((f) => !isShownFile(f));
  const taken = todo.length === 0 || (await adapter.attachFiles(compose, todo));
  if (taken) await waitUntil(() => files.every(isShownFile), waitMs);
  const shown = new Set(files.filter(isShownFile).map((f) => f.name));
  const missing = files.filter((f) => !shown.has(f.name)).map((f) => f.name);
  if (missing.length) problems.push({ key: taken ? 'fill.filesNotShown' : 'fill.filesNotTaken', params: { names: listed(missing) } });
  return shown;
}
