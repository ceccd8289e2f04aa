import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConsentRequestItem, RecordResult, ReplyCandidate, ReplyChoice } from '../../lib/consent/handlers';
import { parseFillResponse, type FillComposeResponse, type OutgoingMail, type OverlayRequest } from '../../lib/messaging/protocol';
import { t, type Locale, type MessageKey } from '../../lib/i18n';
import { ConsentReply, showMessage } from './ConsentReply';

const ask = <T,>(request: OverlayRequest) => browser.runtime.sendMessage(request) as Promise<T>;

/** Why no reply is offered, worth saying; a mail without a reference is just another mail. */
const SHOWN_REASONS = new Set<MessageKey>(['consent.error.severalTokens', 'consent.error.unknownToken']);

/** One mail's reply as read now; "not a reply" hides it until the mail or its words change. */
const keyOf = (c: Extract<ReplyCandidate, { found: true }>) => JSON.stringify([c.cycleId, c.employeeId, c.subject, c.reading.ownWords]);

/** Consent requests to insert into a new mail, and the reply in the open mail to record. */
export function ConsentSection({ locale }: { locale: Locale }) {
  const [items, setItems] = useState<ConsentRequestItem[]>([]);
  const [candidate, setCandidate] = useState<ReplyCandidate | null>(null);
  const [inserted, setInserted] = useState<{ key: string; token: string; result: FillComposeResponse | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const refresh = async () => {
    setItems((await ask<ConsentRequestItem[] | null>({ type: 'tus.overlay.consentRequests' })) ?? []);
    setCandidate(await ask<ReplyCandidate | null>({ type: 'tus.overlay.consentCandidate' }));
  };
  useEffect(() => {
    void refresh();
  }, []);

  const record = async (choice: ReplyChoice, version?: number) => {
    const answer = await ask<RecordResult>({ type: 'tus.overlay.recordReply', choice, ...(version === undefined ? {} : { version }) });
    const done = choice === 'changes' ? 'consent.changesRecorded' : choice === 'leaderReading' ? 'consent.leaderReadingRecorded' : 'consent.recorded';
    setMessage(answer.ok ? t(done, {}, locale) : showMessage(answer.error, locale));
    await refresh();
  };

  const insert = async (item: ConsentRequestItem) => {
    const data = await ask<{ token: string; mail: OutgoingMail } | null>({ type: 'tus.overlay.consentRequestData', cycleId: item.cycleId, employeeId: item.employeeId }).catch(() => null);
    if (!data) return setMessage(t('overlay.gone', {}, locale));
    const result = parseFillResponse(await browser.runtime.sendMessage({ type: 'tus.fillCompose', mail: data.mail }));
    setInserted({ key: `${item.cycleId}:${item.employeeId}`, token: data.token, result });
  };

  return (
    <section class="consent" aria-labelledby="consent-heading">
      <h1 id="consent-heading">{t('consent.title', {}, locale)}</h1>
      {candidate && !candidate.found && SHOWN_REASONS.has(candidate.reason.key) && <p class="bad">{showMessage(candidate.reason, locale)}</p>}
      {candidate?.found && dismissed !== keyOf(candidate) && (
        <ConsentReply key={keyOf(candidate)} candidate={candidate} locale={locale} onRecord={record} onDismiss={() => setDismissed(keyOf(candidate))} />
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
