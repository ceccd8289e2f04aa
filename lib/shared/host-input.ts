// Hosts the leader types in settings. (Page detection by URL is each adapter's matchesUrl.)

/** Why a typed host cannot be used: a wildcard (`*.dk` would give the extension every such site) or not a web address. */
export type HostInputProblem = 'wildcard' | 'invalid';

/** A host the leader types in settings, as the origin and the match pattern we register. */
export function parseHostInput(input: string): { origin: string; pattern: string } | null {
  return hostInputProblem(input) ? null : parse(input);
}

/** What is wrong with the typed host, or null when parseHostInput takes it. */
export function hostInputProblem(input: string): HostInputProblem | null {
  // Before parsing: the URL parser keeps "*" in a host, and "https://*.dk/*" is a valid match pattern.
  if (input.includes('*')) return 'wildcard';
  return parse(input) ? null : 'invalid';
}

function parse(input: string): { origin: string; pattern: string } | null {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) return null;
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  // One host by name: letters, digits, dots and hyphens (an IDN arrives here in punycode).
  if (!/^[a-z0-9.-]+$/.test(url.hostname)) return null;
  return { origin: `${url.protocol}//${url.host}`, pattern: `${url.protocol}//${url.hostname}/*` };
}
