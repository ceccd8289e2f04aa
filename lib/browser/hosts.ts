import { type Browser, browser } from 'wxt/browser';
import { type Message, message } from '../i18n/message';
import { type AddedHost, getSetting, setSetting } from '../settings/store';
import { hostInputProblem, parseHostInput } from '../shared/host-input';
import { getDb } from './db';

export const SCRIPTS = { webmail: 'content-scripts/webmail.js', personnel: 'content-scripts/personnel-file.js' } as const;
export const kindOf = (host: AddedHost) => host.kind ?? 'webmail';
const idFor = (host: AddedHost) => `host:${kindOf(host)}:${host.pattern}`;

/**
 * Adds a webmail host the leader typed: asks for that host's permission (must run from the
 * leader's click in an extension page), then registers the webmail content script for it.
 */
export async function addHost(
  input: string,
  kind: 'webmail' | 'personnel' = 'webmail',
): Promise<{ ok: true; host: AddedHost } | { ok: false; reason: Message }> {
  const parsed = parseHostInput(input);
  const host = parsed && { ...parsed, kind };
  if (!host)
    return { ok: false, reason: message(hostInputProblem(input) === 'wildcard' ? 'settings.hostWildcard' : 'settings.hostInvalid') };
  const granted = await browser.permissions.request({ origins: [host.pattern] });
  if (!granted) return { ok: false, reason: message('settings.hostDenied') };
  const db = getDb();
  const hosts = (await getSetting(db, 'hosts')).filter((h) => idFor(h) !== idFor(host));
  await setSetting(db, 'hosts', [...hosts, host]);
  await askBackgroundToSync();
  return { ok: true, host };
}

export async function removeHost(host: AddedHost): Promise<void> {
  const db = getDb();
  const rest = (await getSetting(db, 'hosts')).filter((h) => idFor(h) !== idFor(host));
  await setSetting(db, 'hosts', rest);
  // Keep the permission while another kind still uses the same host.
  if (!rest.some((h) => h.pattern === host.pattern)) await browser.permissions.remove({ origins: [host.pattern] }).catch(() => false);
  await askBackgroundToSync();
}

/** Registration happens in the background only, one sync at a time (no duplicate-id races). */
const askBackgroundToSync = () => browser.runtime.sendMessage({ type: 'tus.syncHosts' });

let syncing: Promise<void> = Promise.resolve();

/** Registered scripts = the added hosts whose permission is still granted. */
export function syncRegisteredHosts(): Promise<void> {
  syncing = syncing.catch(() => undefined).then(syncNow);
  return syncing;
}

type Registration = Browser.scripting.RegisteredContentScript;

/** Only what we set decides whether a registration is current. */
const sameRegistration = (a: Registration, b: Registration) =>
  a.id === b.id &&
  a.runAt === b.runAt &&
  a.persistAcrossSessions === b.persistAcrossSessions &&
  sameList(a.matches, b.matches) &&
  sameList(a.js, b.js);
const sameList = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A stored host settings would still take: earlier builds accepted wildcards (`*.dk`), and a
 * restored or edited setting may hold anything, so each is checked again before it is registered.
 */
const stillValid = (host: AddedHost) => {
  const parsed = parseHostInput(host.origin);
  return parsed !== null && parsed.origin === host.origin && parsed.pattern === host.pattern;
};

async function syncNow(): Promise<void> {
  const hosts = (await getSetting(getDb(), 'hosts')).filter(stillValid);
  const wanted: Registration[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [host.pattern] })) {
      wanted.push({
        id: idFor(host),
        matches: [host.pattern],
        js: [SCRIPTS[kindOf(host)]],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      });
    }
  }
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('host:'));
  // Changed only where they differ: unregistering and registering again at every sync would
  // leave a moment with no script, and costs the browser a rewrite of its registrations.
  const stale = existing.filter((s) => !wanted.some((w) => sameRegistration(w, s)));
  const missing = wanted.filter((w) => !existing.some((s) => sameRegistration(w, s)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  if (missing.length) await browser.scripting.registerContentScripts(missing);
}
