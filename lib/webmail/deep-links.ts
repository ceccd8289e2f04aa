import type { WebmailId } from './types';

export interface ComposeLink {
  to: readonly string[];
  subject: string;
  body: string;
}

/**
 * A new message opened by URL (community-documented for Outlook, long-standing for Gmail).
 * A URL carries plain text only; the overlay then fills in the formatted body and attachments.
 */
export function composeUrl(webmail: WebmailId, mail: ComposeLink): string {
  if (webmail === 'gmail') {
    const q = new URLSearchParams({ view: 'cm', fs: '1', to: mail.to.join(','), su: mail.subject, body: mail.body });
    return `https://mail.google.com/mail/?${q}`;
  }
  const q = new URLSearchParams({ to: mail.to.join(','), subject: mail.subject, body: mail.body });
  return `https://outlook.office.com/mail/deeplink/compose?${q}`;
}
