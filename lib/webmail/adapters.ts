import { gmail } from './gmail';
import { outlook } from './outlook';
import type { WebmailAdapter } from './types';

// Gmail first: its structure check is the more specific (a Danish Gmail body is also labelled
// "Meddelelsestekst", like Outlook's).
export const ADAPTERS: readonly WebmailAdapter[] = [gmail, outlook];

/** The adapter for this page: by URL on the known hosts, by structure on hosts the leader added. */
export function adapterFor(url: URL, doc: Document): WebmailAdapter | null {
  return ADAPTERS.find((a) => a.matchesUrl(url)) ?? ADAPTERS.find((a) => a.detect(doc)) ?? null;
}
