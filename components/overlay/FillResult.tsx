import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { copyRichText } from '../../lib/browser/clipboard';
import { useT } from '../hooks/use-t';
import type { FillView } from './use-fill';

const Field = ({ ok, label }: { ok: boolean; label: string }) => (
  <li class={ok ? 'ok' : 'bad'}>
    {ok ? '✓' : '✗'} {label}
  </li>
);

/**
 * What filling the compose window did, as the page showed it: each field ✓ or ✗ with what to do,
 * the question before To is replaced, and the fallbacks (copy the text, download the files).
 * `children` (e.g. "mark as sent") shows only when every field was filled.
 */
export function FillResult(props: {
  view: FillView;
  busy: boolean;
  onReplaceTo: () => void;
  onCancel: () => void;
  children?: ComponentChildren;
}) {
  const { view, busy } = props;
  const { t, say } = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const { result, mail } = view;
  const asking = result?.toHolds !== undefined && result.toHolds.length > 0;
  const copy = async () => setCopied(t((await copyRichText(mail?.body ?? [])) ? 'fill.copied' : 'fill.copyFailed'));
  return (
    <div class="result" role="status">
      {view.error && <p class="bad">{view.error}</p>}
      {asking && (
        <div class="ask">
          <p>{result.problems.map(say).join(' ')}</p>
          <button type="button" disabled={busy} onClick={props.onReplaceTo}>
            {t('fill.replaceTo')}
          </button>{' '}
          <button type="button" class="secondary" disabled={busy} onClick={props.onCancel}>
            {t('fill.keepTo')}
          </button>
        </div>
      )}
      {result && !asking && (
        <ul class="fields">
          <Field ok={result.to} label={t('overlay.to')} />
          <Field ok={result.subject} label={t('overlay.subject')} />
          <Field ok={result.body} label={t('overlay.body')} />
          {result.attached.map((name) => (
            <Field key={name} ok label={t('overlay.attached', { name })} />
          ))}
          {result.problems.map((p) => (
            <li key={p.key} class="bad problem">
              {say(p)}
            </li>
          ))}
        </ul>
      )}
      {mail && !asking && !result?.body && (
        <p>
          <button type="button" class="secondary" onClick={copy}>
            {t('fill.copyRich')}
          </button>
        </p>
      )}
      {copied && <p>{copied}</p>}
      {view.downloads.length > 0 && (
        <div class="files">
          <p>
            <strong>{t('fill.downloadFiles')}</strong>: {t('overlay.downloadHint')}
          </p>
          <ul class="downloads">
            {view.downloads.map((d) => (
              <li key={d.name}>
                <a href={d.url} download={d.name}>
                  {d.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.ok && props.children}
    </div>
  );
}
