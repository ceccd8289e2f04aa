// Page detection as pure functions of the URL, each tested by a table of URLs.

export const isOutlookCompose = (url: URL) =>
  ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'].includes(url.hostname) &&
  (/\/mail\/(deeplink\/)?compose/.test(url.pathname) || /\/mail\//.test(url.pathname));

export const isGmail = (url: URL) => url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail/');

/** A host the leader types in settings, as the origin and the match pattern we register. */
export function parseHostInput(input: string): { origin: string; pattern: string } | null {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return { origin: `${url.protocol}//${url.host}`, pattern: `${url.protocol}//${url.hostname}/*` };
}
