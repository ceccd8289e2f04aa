import { useEffect, useState } from 'preact/hooks';

/**
 * Where the dashboard is: a team, and the cycle and action the popup's "Gør det" pointed at; the
 * settings; or one cycle's page (`view: 'cycle'` with its cycleId). Nothing: the overview of all teams.
 */
export interface Route {
  teamId?: string;
  cycleId?: string;
  action?: string;
  view?: 'settings' | 'cycle';
}

/**
 * Reads a hash as `dashboardUrl` (lib/browser/pages.ts) writes it: `#teamId=…&cycleId=…&action=…`
 * or `#view=settings`, or `#view=cycle&cycleId=…`. Empty and unknown entries are left out; a cycle
 * page without its cycle is no page.
 */
export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const route: Route = {};
  for (const key of ['teamId', 'cycleId', 'action'] as const) {
    const value = params.get(key);
    if (value) route[key] = value;
  }
  const view = params.get('view');
  if (view === 'settings') route.view = 'settings';
  if (view === 'cycle' && route.cycleId) route.view = 'cycle';
  return route;
}

/** The dashboard's place lives in the URL hash, so the popup can link into it and reload keeps it. */
export function useHashRoute(): [Route, (next: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const navigate = (next: Route) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
    location.hash = params.toString();
  };
  return [route, navigate];
}
