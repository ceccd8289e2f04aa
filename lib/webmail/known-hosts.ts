/**
 * The webmails we know, by host. The adapters recognise their pages by these, the manifest's
 * content-script matches are made from them, and the background answers a webmail panel only
 * on these or on a host the leader added: one list, so they cannot drift apart.
 */
export const KNOWN_WEBMAIL_HOSTS = {
  outlook: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  gmail: ['mail.google.com'],
} as const;

const all: readonly string[] = Object.values(KNOWN_WEBMAIL_HOSTS).flat();

export const isKnownWebmailHost = (hostname: string) => all.includes(hostname);
export const KNOWN_WEBMAIL_MATCHES = all.map((host) => `https://${host}/*`);
