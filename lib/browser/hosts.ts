import { browser } from 'wxt/browser';
import { getDb } from './db';
import { getSetting, setSetting, type AddedHost } from '../settings/store';
import { parseHostInput } from '../webmail/detect';

const SCRIPT = 'content-scripts/webmail.js';
const idFor = (host: AddedHost) => `host:${host.pattern}`;

/**
 * Adds a webmail host the leader typed: asks for that host's permission (must run from the
 * leader's click in an extension page), then registers the webmail content script for it.
 */
export async function addHost(input: string): Promise<{ ok: true; host: AddedHost } | { ok: false; reason: string }> {
  const host = parseHostInput(input);
  if (!host) return { ok: false, reason: 'Skriv en webadresse som https://mail.kommune.dk' };
  const granted = await browser.permissions.request({ origins: [host.pattern] });
  if (!granted) return { ok: false, reason: 'Adgang til siden blev ikke givet.' };
  const db = getDb();
  const hosts = (await getSetting(db, 'hosts')).filter((h) => h.pattern !== host.pattern);
  await setSetting(db, 'hosts', [...hosts, host]);
  await syncRegisteredHosts();
  return { ok: true, host };
}

export async function removeHost(pattern: string): Promise<void> {
  const db = getDb();
  await setSetting(db, 'hosts', (await getSetting(db, 'hosts')).filter((h) => h.pattern !== pattern));
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await syncRegisteredHosts();
}

/** Registered scripts = the added hosts whose permission is still granted; run at every start. */
export async function syncRegisteredHosts(): Promise<void> {
  const hosts = await getSetting(getDb(), 'hosts');
  const wanted: AddedHost[] = [];
  for (const host of hosts) if (await browser.permissions.contains({ origins: [host.pattern] })) wanted.push(host);
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('host:'));
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (wanted.length) {
    await browser.scripting.registerContentScripts(
      wanted.map((host) => ({ id: idFor(host), matches: [host.pattern], js: [SCRIPT], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  }
}
