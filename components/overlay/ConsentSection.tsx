import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConsentRequestItem, ReplyCandidate } from '../../lib/consent/handlers';
import { parseFillResponse, type FillComposeResponse, type OutgoingMail, type OverlayRequest } from '../../lib/messaging/protocol';
import { t, type Locale } from '../../lib/i18n';

const ask = <T,>(request: OverlayRequest) => browser.runtime.sendMessage(request) as Promise<T>;

/** Consent requests to insert into a new mail, and the reply in the open mail to record. */
export function ConsentSection({ locale }: { locale: Locale }) {
  const [items, setItems] = useState<ConsentRequestItem[]>([]);
  const [candidate, setCandidate] = useState<ReplyCandidate | null>(null);
  const [inserted, setInserted] = useState<{ key: string; token: string; result: FillComposeResponse | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = async () => {
    setItems((await ask<ConsentRequestItem[] | null>({ type: 'tus.overlay.consentRequests' })) ?? []);
    setCandidate(await ask<ReplyCandidate | null>({ type: 'tus.overlay.consentCandidate' }));
  };
  useEffect(() => {
    void refresh();
  }, []);

  const insert = async (item: ConsentRequestItem) => {
    const data = await ask<{ token: string; mail: OutgoingMail } | null>({ type: 'tus.overlay.consentRequestData', cycleId: item.cycleId, employeeId: item.employeeId });
    if (!data) return setMessage(t('overlay.gone', {}, locale));
    const result = parseFillResponse(await browser.runtime.sendMessage({ type: 'tus.fillCompose', mail: data.mail }));
    setInserted({ key: `${item.cycleId}:${item.employeeId}`, token: data.token, result });
  };

  return (
    <section class="consent" aria-labelledby="consent-heading">
      <h1 id="consent-heading">{t('consent.title', {}, locale)}</h1>
      {candidate?.found && (
        <div class="reply" role="region" aria-label={t('consent.reply', {}, locale)} data-employee-id={candidate.employeeId}>
          <p>
            {t('consent.replyFrom', { from: candidate.from, name: candidate.employeeName, version: candidate.version }, locale)}
          </p>
          <p>
            <strong>{candidate.kind === 'consent' ? t('consent.saysYes', {}, locale) : t('consent.saysChanges', {}, locale)}</strong>
          </p>
          {candidate.refusal ? (
            <p class="bad" role="alert">
              {candidate.refusal}
            </p>
          ) : (
            <button
              type="button"
              onClick={async () => {
                const answer = await ask<{ ok: boolean; kind?: string; error?: string }>({ type: 'tus.overlay.recordReply' });
                setMessage(answer.ok ? (answer.kind === 'consent' ? t('consent.recorded', {}, locale) : t('consent.changesRecorded', {}, locale)) : (answer.error ?? ''));
                await refresh();
              }}
            >
              {candidate.kind === 'consent' ? t('consent.record', {}, locale) : t('consent.recordChanges', {}, locale)}
            </button>
          )}
        </div>
      )}
      {message && <p role="status">{message}</p>}
      <ul>
        {items.map((item) => {
          const key = `${item.cycleId}:${item.employeeId}`;
          return (
            <li key={key} class="cycle" data-employee-id={item.employeeId}>
              <strong>{item.employeeName}</strong> · {item.teamName} · v{item.version}
              <div>
                <button type="button" onClick={() => insert(item)}>
                  {item.state === 'generated' ? t('consent.insert', {}, locale) : t('consent.insertAgain', {}, locale)}
                </button>
              </div>
              {inserted?.key === key && (
                <div class="result" role="status">
                  {inserted.result?.ok ? (
                    <>
                      <p class="ok">✓ {t('consent.insertedWith', { token: inserted.token }, locale)}</p>
                      {inserted.result.notAttached.length > 0 && <p class="bad">{t('consent.attachYourself', {}, locale)}</p>}
                      <button
                        type="button"
                        class="secondary"
                        onClick={async () => {
                          const answer = await ask<{ ok: boolean; error?: string }>({ type: 'tus.overlay.markConsentRequested', cycleId: item.cycleId, employeeId: item.employeeId, token: inserted.token });
                          setMessage(answer.ok ? t('consent.requestMarked', {}, locale) : (answer.error ?? ''));
                          setInserted(null);
                          await refresh();
                        }}
                      >
                        {t('consent.markRequested', {}, locale)}
                      </button>
                    </>
                  ) : (
                    <p class="bad">{inserted.result?.problems.join(' ') ?? t('overlay.noAnswer', {}, locale)}</p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
