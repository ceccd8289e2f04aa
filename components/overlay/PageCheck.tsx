import { useRef, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { pageCheckText } from '../../lib/webmail/page-check';
import { useT } from '../hooks/use-t';

/**
 * "Tjek siden": which of the webmail's fields and message parts this page shows, as text the
 * leader can copy and send to IT. The check holds our selectors and yes/no only, no mail content.
 */
export function PageCheck() {
  const { t } = useT();
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const run = async () => {
    setStatus(null);
    const check = await request({ type: 'tus.overlay.pageCheck' });
    setText(check ? pageCheckText(check, t) : null);
    if (!check) setStatus(t('pageCheck.failed'));
  };
  const area = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(text ?? '');
      copied = true;
    } catch {
      // A frame inside another site's page may be denied the clipboard API; selecting and copying
      // is the older way, and leaves the text selected for the leader if that fails too.
      area.current?.select();
      copied = document.execCommand('copy');
    }
    setStatus(t(copied ? 'pageCheck.copied' : 'pageCheck.copyFailed'));
  };
  return (
    <section class="page-check">
      <button type="button" class="secondary" onClick={run}>
        {t('pageCheck.button')}
      </button>
      {text !== null && (
        <>
          <p>
            <small>{t('pageCheck.help')}</small>
          </p>
          <textarea ref={area} readOnly rows={10} style={{ width: '100%' }} aria-label={t('pageCheck.heading')} value={text} />
          <button type="button" onClick={copy}>
            {t('pageCheck.copy')}
          </button>
        </>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
