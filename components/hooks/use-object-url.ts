import { useEffect, useMemo } from 'preact/hooks';
import { objectUrl, revokeUrl } from '../../lib/browser/download';

/** A link target for a Blob, revoked when the Blob changes or the link goes. */
export function useObjectUrl(blob: Blob): string {
  const url = useMemo(() => objectUrl(blob), [blob]);
  useEffect(() => () => revokeUrl(url), [url]);
  return url;
}
