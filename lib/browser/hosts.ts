import { browser } from 'wxt/browser';
import { getDb } from './db';
import { getSetting, setSetting, type AddedHost } from '../settings/store';
import { parseHostInput } from '../webmail/detect';

const SCRIPTS = { webmail: 'content-scripts/webmail.js', personnel: 'content-scripts/personnel-file.js' } as const;
export const kindOf = (host: AddedHost) => host.kind ?? 'webmail';
const idFor = (host: AddedHost) => `host:${kindOf(host)}:${host.pattern}`;

/**
 * Adds a webmail host the leader typed: asks for that host's permission (must run from the
 * leader's click in an extension page), then registers the webmail content script for it.
 */
export async function addHost(input: string, kind: 'webmail' | 'personnel' = 'webmail'): Promise<{ ok: true; host: AddedHost } | { ok: false; reason: string }> {
  const parsed = parseHostInput(input);
  const host = parsed && { ...parsed, kind };
  if (!host) return { ok: false, reason: 'Skriv en webadresse som https://mail.kommune.dk' };
  const granted = await browser.permissions.request({ origins: [host.pattern] });
  if (!granted) return { ok: false, reason: 'Adgang til siden blev ikke givet.' };
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

/** Registered scripts = the added hosts whose permission is still granted; run at every start. */
export function syncRegisteredHosts(): Promise<void> {
  syncing = syncing.catch(() => undefined).then(syncNow);
  return syncing;
}

async function syncNow(): Promise<void> {
  const hosts = await getSetting(getDb(), 'hosts');
  const wanted: AddedHost[] = [];
  for (const host of hosts) if (await browser.permissions.contains({ origins: [host.pattern] })) wanted.push(host);
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('host:'));
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (wanted.length) {
    await browser.scripting.registerContentScripts(
      wanted.map((host) => ({ id: idFor(host), matches: [host.pattern], js: [SCRIPTS[kindOf(host)]], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
}
