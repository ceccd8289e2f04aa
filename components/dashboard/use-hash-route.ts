import { useEffect, useState } from 'preact/hooks';

export interface Route {
  teamId?: string;
  cycleId?: string;
  action?: string;
  view?: 'settings';
}

const read = (): Route => Object.fromEntries(new URLSearchParams(location.hash.slice(1))) as Route;

/** The dashboard's place lives in the URL hash, so the popup can link into it and reload keeps it. */
export function useHashRoute(): [Route, (next: Route) => void] {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
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
