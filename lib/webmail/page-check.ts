// "Tjek siden": which of the webmail's fields and message parts the page shows, for the leader
// to send to IT when the webmail changes. Our own selectors, counts and yes/no only: nothing of
// the mail (no address, no subject, no text) is in it.
import type { PageCheck } from '../messaging/protocol';
import { ADAPTERS } from './adapters';
import { matchOf } from './dom';
import type { WebmailAdapter } from './types';

/** Each selector group of the adapter: which alternative matched first, and how many elements it found. */
function groupsOf(adapter: WebmailAdapter, doc: Document, prefix: string): PageCheck['groups'] {
  return Object.entries(adapter.selectorGroups).map(([name, selectors]) => {
    const match = matchOf(doc, selectors);
    const chosen = match && selectors[match.index];
    return {
      name: `${prefix}${name}`,
      alternatives: selectors.length,
      matched: chosen && match ? { index: match.index, css: chosen.css, note: chosen.note, count: match.count } : null,
    };
  });
}

/** The page check of this page: the adapter that takes it (by URL or structure), else every adapter's groups. */
export function checkPage(url: URL, doc: Document): PageCheck {
  const byUrl = ADAPTERS.find((a) => a.matchesUrl(url));
  const adapter: WebmailAdapter | undefined = byUrl ?? ADAPTERS.find((a) => a.detect(doc));
  const mail = adapter?.readOpenMail(doc) ?? null;
  return {
    host: url.hostname,
    webmail: adapter?.id ?? null,
    by: byUrl ? 'url' : adapter ? 'structure' : 'none',
    groups: adapter ? groupsOf(adapter, doc, '') : ADAPTERS.flatMap((a) => groupsOf(a, doc, `${a.id}.`)),
    openMail: mail && {
      sender: mail.fromProblem ?? 'found',
      subject: mail.subject.trim() !== '',
      date: mail.receivedAt !== null,
      text: mail.text.trim() !== '',
    },
  };
}

/** The check as plain text to copy, worded by the caller's translator (keys under `pageCheck.`). */
export function pageCheckText(check: PageCheck, t: (key: PageCheckKey, params?: Record<string, string | number>) => string): string {
  const lines = [
    t('pageCheck.heading'),
    t('pageCheck.host', { host: check.host }),
    check.webmail ? t(`pageCheck.by.${check.by}`, { webmail: check.webmail }) : t('pageCheck.by.none'),
  ];
  for (const g of check.groups) {
    lines.push(
      g.matched
        ? t('pageCheck.found', { name: g.name, n: g.matched.index + 1, of: g.alternatives, count: g.matched.count, css: g.matched.css })
        : t('pageCheck.missing', { name: g.name, of: g.alternatives }),
    );
  }
  const m = check.openMail;
  if (!m) lines.push(t('pageCheck.noMail'));
  else {
    lines.push(t(`pageCheck.sender.${m.sender}`));
    for (const part of ['subject', 'date', 'text'] as const) lines.push(t(m[part] ? `pageCheck.${part}.yes` : `pageCheck.${part}.no`));
  }
  return lines.join('\n');
}

export type PageCheckKey =
  | 'pageCheck.heading'
  | 'pageCheck.host'
  | `pageCheck.by.${PageCheck['by']}`
  | 'pageCheck.found'
  | 'pageCheck.missing'
  | 'pageCheck.noMail'
  | `pageCheck.sender.${NonNullable<PageCheck['openMail']>['sender']}`
  | `pageCheck.${'subject' | 'date' | 'text'}.${'yes' | 'no'}`;
