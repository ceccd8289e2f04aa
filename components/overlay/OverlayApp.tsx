import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { buildInvitation } from '../../lib/invitations/build';
import { bytesToBase64 } from '../../lib/messaging/base64';
import type { FillComposeResponse } from '../../lib/messaging/protocol';
import type { OverlayCycle } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';
import { ConsentSection } from './ConsentSection';

interface Pending {
  cycleId: string;
  result: FillComposeResponse | null;
  downloads: { name: string; url: string }[];
  error: string | null;
}

// This page runs in an iframe inside the webmail: its storage may be partitioned, so every read
// and write of our data goes through the background.

/** The panel inside the webmail page: open cycles whose invitation is not sent yet. */
export function OverlayApp() {
  const { t, say, error, date } = useT();
  const [cycles, setCycles] = useState<OverlayCycle[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => request({ type: 'tus.overlay.list' }).then((list) => setCycles(list ?? []));
  useEffect(() => {
    void refresh();
  }, []);

  const insert = async (cycle: OverlayCycle) => {
    setBusy(true);
    try {
      const data = await request({ type: 'tus.overlay.invitationData', cycleId: cycle.cycleId });
      if (!data) throw new Error(t('overlay.gone'));
      const built = await buildInvitation(data);
      if (!built.ok) {
        setPending({
          cycleId: cycle.cycleId,
          result: null,
          downloads: [],
          error: built.problems.map((p) => t('overlay.unknownPlaceholder', { placeholder: p.placeholder })).join(' '),
        });
        return;
      }
      const response = await request({
        type: 'tus.fillCompose',
        mail: { ...built.mail, attachments: built.files.map((f) => ({ name: f.name, type: f.type, base64: bytesToBase64(f.bytes) })) },
      });
      const notAttached = new Set(response?.notAttached ?? built.files.map((f) => f.name));
      const downloads = built.files
        .filter((f) => notAttached.has(f.name))
        .map((f) => ({ name: f.name, url: URL.createObjectURL(new Blob([f.bytes], { type: f.type })) }));
      setPending({ cycleId: cycle.cycleId, result: response, downloads, error: response ? null : t('overlay.noAnswer') });
    } catch (e) {
      setPending({ cycleId: cycle.cycleId, result: null, downloads: [], error: error(e) });
    } finally {
      setBusy(false);
    }
  };

  const markSent = async (cycleId: string) => {
    setBusy(true);
    const answer = await request({ type: 'tus.overlay.markSent', cycleId });
    setBusy(false);
    if (!answer?.ok) return setPending((p) => (p ? { ...p, error: answer ? say(answer.error) : t('overlay.noAnswer') } : p));
    setPending(null);
    await refresh();
  };

  if (!cycles) return <p aria-busy="true">{t('popup.loading')}</p>;
  return (
    <main>
      <ConsentSection />
      <h1>{t('overlay.title')}</h1>
      {cycles.length === 0 && <p>{t('overlay.none')}</p>}
      <ul>
        {cycles.map((cycle) => (
          <li key={cycle.cycleId} class="cycle" data-cycle-id={cycle.cycleId}>
            <strong>{cycle.teamName}</strong> · {t(`dash.variant.${cycle.variant}`)} · {date(cycle.sessionAt)}
            <div>
              {cycle.state === 'draft' ? (
                <button type="button" disabled={busy} onClick={() => insert(cycle)}>
                  {t('overlay.insert')}
                </button>
              ) : (
                <span class="ok">✓ {t('overlay.sent')}</span>
              )}
            </div>
            {pending?.cycleId === cycle.cycleId && (
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
                    <button type="button" class="secondary" disabled={busy} onClick={() => markSent(cycle.cycleId)}>
                      {t('overlay.markSent')}
                    </button>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
