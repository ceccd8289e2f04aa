import { useEffect, useRef } from 'preact/hooks';
import { revokeUrl } from '../../lib/browser/download';

/**
 * Object URLs a view shows as links: each is revoked once the view no longer shows it (replaced
 * by another file, or the view unmounted), so the Blob behind it can be freed.
 */
export function useRevokeWhenGone(urls: readonly string[]): void {
  const shown = useRef<ReadonlySet<string>>(new Set());
  const key = urls.join('\n');
  useEffect(() => {
    const now = new Set(urls);
    for (const url of shown.current) if (!now.has(url)) revokeUrl(url);
    shown.current = now;
  }, [key]);
  useEffect(
    () => () => {
      for (const url of shown.current) revokeUrl(url);
    },
    [],
  );
}
