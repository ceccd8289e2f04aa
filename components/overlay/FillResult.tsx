import { useT } from '../hooks/use-t';
import type { Pending } from './use-overlay-cycles';

/** What filling the compose window did: each field, attachments, files to drag in, and "mark sent". */
export function FillResult({ pending, busy, onMarkSent }: { pending: Pending; busy: boolean; onMarkSent: () => void }) {
  const { t, say } = useT();
  return (
    <div class="result" role="status">
      {pending.error && <p class="bad">{pending.error}</p>}
      {pending.result && (
        <ul>
          <li class={pending.result.to ? 'ok' : 'bad'}>
            {pending.result.to ? '✓' : '✗'} {t('overlay.to')}
          </li>
          <li class={pending.result.subject ? 'ok' : 'bad'}>
            {pending.result.subject ? '✓' : '✗'} {t('overlay.subject')}
          </li>
          <li class={pending.result.body ? 'ok' : 'bad'}>
            {pending.result.body ? '✓' : '✗'} {t('overlay.body')}
          </li>
          {pending.result.attached.map((name) => (
            <li key={name} class="ok">
              ✓ {t('overlay.attached', { name })}
            </li>
          ))}
          {pending.result.problems.map((p) => (
            <li key={p.key} class="bad">
              {say(p)}
            </li>
          ))}
        </ul>
      )}
      {pending.downloads.length > 0 && (
        <>
          <p>{t('overlay.downloadHint')}</p>
          <ul class="downloads">
            {pending.downloads.map((d) => (
              <li key={d.name}>
                <a href={d.url} download={d.name}>
                  {d.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {pending.result?.ok && (
        <>
          <p>
            <small>{t('overlay.confirmHint')}</small>
          </p>
          <button type="button" class="secondary" disabled={busy} onClick={onMarkSent}>
            {t('overlay.markSent')}
          </button>
        </>
      )}
    </div>
  );
}
