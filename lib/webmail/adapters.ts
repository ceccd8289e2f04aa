// The one list of webmails. Everything that needs to know the webmails (the content script's
// static matches, the background's host check, the compose link, the settings' choice) asks this
// list; adding a webmail is adding its adapter module and one line here.
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { ComposeLink, WebmailAdapter } from './types';

// Gmail first: its structure check is the more specific (a Danish Gmail body is also labelled
// "Meddelelsestekst", like Outlook's).
export const ADAPTERS = [gmail, outlook] as const satisfies readonly WebmailAdapter[];

export type WebmailId = (typeof ADAPTERS)[number]['id'];
export const WEBMAIL_IDS: readonly WebmailId[] = ADAPTERS.map((a) => a.id);

/** The adapter for this page: by URL on the known hosts, by structure on hosts the leader added. */
export function adapterFor(url: URL, doc: Document): WebmailAdapter | null {
  return ADAPTERS.find((a) => a.matchesUrl(url)) ?? ADAPTERS.find((a) => a.detect(doc)) ?? null;
}

export const adapterById = (id: WebmailId): WebmailAdapter => ADAPTERS.find((a) => a.id === id)!;

const KNOWN_HOSTS: readonly string[] = ADAPTERS.flatMap((a) => a.hosts);

/** Is this one of the known webmails' hosts (not a host the leader added)? */
export const isKnownWebmailHost = (hostname: string) => KNOWN_HOSTS.includes(hostname);

/** The content script's static matches (WXT writes them into the manifest at build time). */
export const KNOWN_WEBMAIL_MATCHES = KNOWN_HOSTS.map((host) => `https://${host}/*`);

/** A new message on that webmail's own host. */
export const composeUrl = (id: WebmailId, mail: ComposeLink): string => adapterById(id).composeUrl(mail);

/** The webmail until the leader chooses (settings' default, lib/settings/store.ts, says the same). */
export const DEFAULT_WEBMAIL: WebmailId = 'outlook';

/** The leader's webmail: a known one by id, or a webmail host they added, by its origin. */
export type WebmailChoice = WebmailId | `https://${string}` | `http://${string}`;

export const isOwnHostChoice = (choice: WebmailChoice): choice is `https://${string}` | `http://${string}` => /^https?:\/\//.test(choice);

/**
 * The page "Gør det" opens for an invitation. A known webmail: its compose link, addressed and
 * filled as far as a URL can. An added host (own-host OWA): the new-message page of the adapter
 * that has own hosts, without the mail (the panel fills it). A chosen host the leader has since
 * removed falls back to the default webmail.
 */
export function composeTarget(choice: WebmailChoice, addedWebmailOrigins: readonly string[], mail: ComposeLink): string {
  if (!isOwnHostChoice(choice)) return composeUrl(choice, mail);
  const own = ADAPTERS.find((a) => a.ownHostComposeUrl);
  return own?.ownHostComposeUrl && addedWebmailOrigins.includes(choice) ? own.ownHostComposeUrl(choice) : composeUrl(DEFAULT_WEBMAIL, mail);
}

/** The inbox of the chosen webmail (a removed own host falls back to the default, as composeTarget does). */
export function inboxTarget(choice: WebmailChoice, addedWebmailOrigins: readonly string[]): string {
  if (!isOwnHostChoice(choice)) return adapterById(choice).inboxUrl;
  const own = ADAPTERS.find((a) => a.ownHostInboxUrl);
  return own?.ownHostInboxUrl && addedWebmailOrigins.includes(choice) ? own.ownHostInboxUrl(choice) : adapterById(DEFAULT_WEBMAIL).inboxUrl;
}
