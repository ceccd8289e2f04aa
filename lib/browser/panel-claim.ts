import { parsePanelNonce } from '../messaging/protocol';
import { request } from './panel-client';

/**
 * In a panel page (overlay.html, personnel.html): waits for the nonce our content script posts
 * to this frame, and presents it to the background, which binds this frame to it. `onClaimed`
 * runs once, when the background accepted; a page that framed us itself never gets a nonce.
 */
export function claimPanel(onClaimed: () => void): void {
  let claimed = false;
  const onMessage = async (event: MessageEvent) => {
    // Only our parent (the page where the content script runs) can hand it; it is checked by the background anyway.
    if (claimed || event.source !== window.parent) return;
    const nonce = parsePanelNonce(event.data);
    if (!nonce) return;
    const accepted = await request({ type: 'tus.panel.claim', nonce });
    if (accepted !== true || claimed) return;
    claimed = true;
    removeEventListener('message', onMessage);
    onClaimed();
  };
  addEventListener('message', onMessage);
}
