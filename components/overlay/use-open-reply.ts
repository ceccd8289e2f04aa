import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import type { ReplyCandidate } from '../../lib/messaging/replies';

/** How often the panel asks which mail the reading pane shows (a key only: nothing on the page is clicked). */
const POLL_MS = 800;

/**
 * The reply in the mail the leader has open, following the reading pane as it changes without a
 * reload (issue 19). We poll from the panel rather than push from a MutationObserver: the answer
 * comes through the background, which asks our content script only, so a page cannot feed the
 * panel a mail; and a poll of the mail's key is cheap. The full reading (which may open the
 * sender's contact card) runs only when the key changes.
 */
export function useOpenReply() {
  const [candidate, setCandidate] = useState<ReplyCandidate | null>(null);
  const lastKey = useRef<string | null | undefined>(undefined);
  const busy = useRef(false);

  const read = async () => {
    busy.current = true;
    try {
      setCandidate(await request({ type: 'tus.overlay.consentCandidate' }));
    } finally {
      busy.current = false;
    }
  };

  useEffect(() => {
    let alive = true;
    const tick = async () => {
      if (busy.current) return;
      const key = await request({ type: 'tus.overlay.openMailKey' });
      if (!alive || key === lastKey.current) return;
      lastKey.current = key;
      await read();
    };
    void tick();
    const timer = setInterval(() => void tick(), POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  return { candidate, reread: read };
}
