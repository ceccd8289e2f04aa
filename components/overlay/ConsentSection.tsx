import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import type { MessageKey } from '../../lib/i18n';
import type { ConsentRequestItem, FoundReply, ReplyCandidate } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';
import { ConsentReply, type ReplyChoice } from './ConsentReply';
import { FillResult } from './FillResult';
import { useFill } from './use-fill';

/** Why no reply is offered, worth saying; a mail without a reference is just another mail. */
const SHOWN_REASONS = new Set<MessageKey>(['consent.error.severalTokens', 'consent.error.unknownToken']);

/** One mail's reply as read now; "not a reply" hides it until the mail or its words change. */
const keyOf = (c: FoundReply) => JSON.stringify([c.cycleId, c.employeeId, c.subject, c.reading.ownWords]);

/** Consent requests to insert into a new mail, and the reply in the open mail to record. */
export function ConsentSection() {
  const { t, say } = useT();
  const [items, setItems] = useState<ConsentRequestItem[]>([]);
  const [candidate, setCandidate] = useState<ReplyCandidate | null>(null);
  const fill = useFill();
  const [token, setToken] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const refresh = async () => {
    setItems((await request({ type: 'tus.overlay.consentRequests' })) ?? []);
    setCandidate(await request({ type: 'tus.overlay.consentCandidate' }));
  };
  useEffect(() => {
    void refresh();
  }, []);

  const record = async (choice: ReplyChoice, version?: number) => {
    const answer = await request({ type: 'tus.overlay.recordReply', choice, ...(version === undefined ? {} : { version }) });
    const done =
      choice === 'changes' ? 'consent.changesRecorded' : choice === 'leaderReading' ? 'consent.leaderReadingRecorded' : 'consent.recorded';
    setMessage(!answer ? t('overlay.noAnswer') : answer.ok ? t(done) : say(answer.error));
    await refresh();
  };

  const insert = async (item: ConsentRequestItem) => {
    const data = await request({ type: 'tus.overlay.consentRequestData', cycleId: item.cycleId, employeeId: item.employeeId });
    if (!data) return setMessage(t('overlay.gone'));
    setToken(data.token);
    await fill.fill(`${item.cycleId}:${item.employeeId}`, data.mail);
  };

  const markRequested = async (item: ConsentRequestItem, token: string) => {
    const answer = await request({ type: 'tus.overlay.markConsentRequested', cycleId: item.cycleId, employeeId: item.employeeId, token });
    setMessage(!answer ? t('overlay.noAnswer') : answer.ok ? t('consent.requestMarked') : say(answer.error));
    fill.clear();
    await refresh();
  };

  return (
    <section class="consent" aria-labelledby="consent-heading">
      <h1 id="consent-heading">{t('consent.title')}</h1>
      {candidate && !candidate.found && SHOWN_REASONS.has(candidate.reason.key) && <p class="bad">{say(candidate.reason)}</p>}
      {candidate?.found && dismissed !== keyOf(candidate) && (
        <ConsentReply key={keyOf(candidate)} candidate={candidate} onRecord={record} onDismiss={() => setDismissed(keyOf(candidate))} />
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
                  {item.state === 'generated' ? t('consent.insert') : t('consent.insertAgain')}
                </button>
              </div>
              {fill.view?.key === key && token && (
                <FillResult view={fill.view} busy={fill.busy} onReplaceTo={fill.replaceTo} onCancel={fill.clear}>
                  <p class="ok">✓ {t('consent.insertedWith', { token })}</p>
                  {fill.view.result?.notAttached.length ? <p class="bad">{t('consent.attachYourself')}</p> : null}
                  <button type="button" class="secondary" onClick={() => markRequested(item, token)}>
                    {t('consent.markRequested')}
                  </button>
                </FillResult>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
