import { browser } from 'wxt/browser';

export interface DashboardTarget {
  teamId?: string;
  cycleId?: string;
  action?: string;
  view?: 'settings';
}

export function dashboardUrl(target: DashboardTarget = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(target)) if (v) params.set(k, v);
  const hash = params.toString();
  return browser.runtime.getURL('/dashboard.html') + (hash ? `#${hash}` : '');
}

/** Opens the dashboard in a tab (or focuses the one already open) at the given target. */
export async function openDashboard(target: DashboardTarget = {}): Promise<void> {
  const url = dashboardUrl(target);
  const base = browser.runtime.getURL('/dashboard.html');
  const [existing] = await browser.tabs.query({ url: `${base}*` });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { url, active: true });
  } else {
    await browser.tabs.create({ url });
  }
}

export const sessionUrl = (cycleId: string) => browser.runtime.getURL('/session.html') + `#cycleId=${encodeURIComponent(cycleId)}`;

/** Opens the session view of a cycle (the screen the leader runs the meeting from). */
export async function openSession(cycleId: string): Promise<void> {
  await browser.tabs.create({ url: sessionUrl(cycleId) });
}
