// Hosts the leader types in settings. (Page detection by URL is each adapter's matchesUrl.)

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
