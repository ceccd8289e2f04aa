import { errorMessage } from '../../lib/shared/error-message';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildInvitation } from '../../lib/invitations/build';
import { bytesToBase64 } from '../../lib/messaging/base64';
import { parseFillResponse, type FillComposeResponse, type OverlayRequest } from '../../lib/messaging/protocol';
import type { OverlayCycle } from '../../lib/invitations/overlay-handlers';
import type { InvitationInput } from '../../lib/invitations/build';
import { formatDate, pickLocale, t } from '../../lib/i18n';
import { ConsentSection } from './ConsentSection';

const locale = pickLocale(navigator.languages);

// This page runs in an iframe inside the webmail: its storage may be partitioned, so every read
// and write of our data goes through the background.
const ask = <T,>(request: OverlayRequest) => browser.runtime.sendMessage(request) as Promise<T>;

interface Pending {
  cycleId: string;
  result: FillComposeResponse | null;
  downloads: { name: string; url: string }[];
  error: string | null;
}

/** The panel inside the webmail page: open cycles whose invitation is not sent yet. */
export function OverlayApp() {
  const [cycles, setCycles] = useState<OverlayCycle[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => ask<OverlayCycle[] | null>({ type: 'tus.overlay.list' }).then((list) => setCycles(list ?? []));
  useEffect(() => {
    void refresh();
  }, []);

  const insert = async (cycle: OverlayCycle) => {
    setBusy(true);
    try {
      const data = await ask<InvitationInput | null>({ type: 'tus.overlay.invitationData', cycleId: cycle.cycleId });
      if (!data) throw new Error(t('overlay.gone', {}, locale));
      const built = await buildInvitation(data);
      if (!built.ok) {
        setPending({ cycleId: cycle.cycleId, result: null, downloads: [], error: built.problems.map((p) => t('overlay.unknownPlaceholder', { placeholder: p.placeholder }, locale)).join(' ') });
        return;
      }
      const response = parseFillResponse(
        await browser.runtime.sendMessage({
          type: 'tus.fillCompose',
          mail: { ...built.mail, attachments: built.files.map((f) => ({ name: f.name, type: f.type, base64: bytesToBase64(f.bytes) })) },
        }),
      );
      const notAttached = new Set(response?.notAttached ?? built.files.map((f) => f.name));
      const downloads = built.files.filter((f) => notAttached.has(f.name)).map((f) => ({ name: f.name, url: URL.createObjectURL(new Blob([f.bytes], { type: f.type })) }));
      setPending({ cycleId: cycle.cycleId, result: response, downloads, error: response ? null : t('overlay.noAnswer', {}, locale) });
    } catch (e) {
      setPending({ cycleId: cycle.cycleId, result: null, downloads: [], error: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const markSent = async (cycleId: string) => {
    setBusy(true);
    const answer = (await ask<{ ok: boolean; error?: string } | null>({ type: 'tus.overlay.markSent', cycleId })) ?? { ok: false };
    setBusy(false);
    if (!answer.ok) return setPending((p) => (p ? { ...p, error: answer.error ?? '' } : p));
    setPending(null);
    await refresh();
  };

  if (!cycles) return <p aria-busy="true">{t('popup.loading', {}, locale)}</p>;
  return (
    <main>
      <ConsentSection locale={locale} />
      <h1>{t('overlay.title', {}, locale)}</h1>
      {cycles.length === 0 && <p>{t('overlay.none', {}, locale)}</p>}
      <ul>
        {cycles.map((cycle) => (
          <li key={cycle.cycleId} class="cycle" data-cycle-id={cycle.cycleId}>
            <strong>{cycle.teamName}</strong> · {t(`dash.variant.${cycle.variant}`, {}, locale)} · {formatDate(cycle.sessionAt, locale)}
            <div>
              {cycle.state === 'draft' ? (
                <button type="button" disabled={busy} onClick={() => insert(cycle)}>
                  {t('overlay.insert', {}, locale)}
                </button>
              ) : (
                <span class="ok">✓ {t('overlay.sent', {}, locale)}</span>
              )}
            </div>
            {pending?.cycleId === cycle.cycleId && (
              <div class="result" role="status">
                {pending.error && <p class="bad">{pending.error}</p>}
                {pending.result && (
                  <ul>
                    <li class={pending.result.to ? 'ok' : 'bad'}>{pending.result.to ? '✓' : '✗'} {t('overlay.to', {}, locale)}</li>
                    <li class={pending.result.subject ? 'ok' : 'bad'}>{pending.result.subject ? '✓' : '✗'} {t('overlay.subject', {}, locale)}</li>
                    <li class={pending.result.body ? 'ok' : 'bad'}>{pending.result.body ? '✓' : '✗'} {t('overlay.body', {}, locale)}</li>
                    {pending.result.attached.map((name) => (
                      <li key={name} class="ok">✓ {t('overlay.attached', { name }, locale)}</li>
                    ))}
                    {pending.result.problems.map((p) => (
                      <li key={p} class="bad">{p}</li>
                    ))}
                  </ul>
                )}
                {pending.downloads.length > 0 && (
                  <>
                    <p>{t('overlay.downloadHint', {}, locale)}</p>
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
                      <small>{t('overlay.confirmHint', {}, locale)}</small>
                    </p>
                    <button type="button" class="secondary" disabled={busy} onClick={() => markSent(cycle.cycleId)}>
                      {t('overlay.markSent', {}, locale)}
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
