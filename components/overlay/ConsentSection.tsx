import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { consentList } from '../../lib/consent/consent-list';
import type { MessageKey } from '../../lib/i18n';
import type { ConsentRequestItem, FoundReply } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';
import { ConsentReply, type ReplyChoice } from './ConsentReply';
import { ConsentRound } from './ConsentRound';
import { FillResult } from './FillResult';
import { keyOf, useConsentRound } from './use-consent-round';
import { useFill } from './use-fill';
import { useOpenReply } from './use-open-reply';

/** Why no reply is offered, worth saying; a mail without a reference is named as such (issue 19). */
const SHOWN_REASONS = new Set<MessageKey>([
  'consent.error.severalTokens',
  'consent.error.unknownToken',
  'consent.error.noToken',
  'consent.error.noTokenSeveral',
]);

/** One mail's reply as read now; "not a reply" hides it until the mail or its words change. */
const dismissKey = (c: FoundReply) => JSON.stringify([c.cycleId, c.employeeId, c.mailKey]);

/** Consent requests to send (the round, or one at a time), and the reply in the open mail to record. */
export function ConsentSection() {
  const { t, say } = useT();
  const [items, setItems] = useState<ConsentRequestItem[]>([]);
  const { candidate, reread } = useOpenReply();
  const fill = useFill();
  const round = useConsentRound(fill, setItems);
  const [token, setToken] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const refresh = async () => setItems((await request({ type: 'tus.overlay.consentRequests' })) ?? []);
  useEffect(() => {
    void refresh();
  }, []);

  const record = async (choice: ReplyChoice, version?: number) => {
    if (!candidate?.found) return;
    const shown = { mailKey: candidate.mailKey, ...(version === undefined ? {} : { version }) };
    const answer = await request({ type: 'tus.overlay.recordReply', choice, ...shown });
    const done =
      choice === 'changes' ? 'consent.changesRecorded' : choice === 'leaderReading' ? 'consent.leaderReadingRecorded' : 'consent.recorded';
    setMessage(!answer ? t('overlay.noAnswer') : answer.ok ? t(done) : say(answer.error));
    await Promise.all([refresh(), reread()]);
  };

  const insert = async (item: ConsentRequestItem) => {
    const data = await request({ type: 'tus.overlay.consentRequestData', cycleId: item.cycleId, employeeId: item.employeeId });
    if (!data) return setMessage(t('overlay.gone'));
    setToken(data.token);
    await fill.fill(keyOf(item), data.mail, false, { reference: data.token });
  };

  const markRequested = async (item: ConsentRequestItem, token: string) => {
    const answer = await request({ type: 'tus.overlay.markConsentRequested', cycleId: item.cycleId, employeeId: item.employeeId, token });
    setMessage(!answer ? t('overlay.noAnswer') : answer.ok ? t('consent.requestMarked') : say(answer.error));
    fill.clear();
    await refresh();
  };

  const row = (item: ConsentRequestItem) => (
    <li key={keyOf(item)} class="cycle" data-employee-id={item.employeeId}>
      <strong>{item.employeeName}</strong> · {item.teamName} · v{item.version}
      <div>
        <button type="button" onClick={() => insert(item)}>
          {item.state === 'generated' ? t('consent.insert') : t('consent.insertAgain')}
        </button>
      </div>
      {fill.view?.key === keyOf(item) && token && round.phase.kind === 'idle' && (
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

  return (
    <section class="consent" aria-labelledby="consent-heading">
      <h1 id="consent-heading">{t('consent.title')}</h1>
      {candidate && !candidate.found && SHOWN_REASONS.has(candidate.reason.key) && <p class="bad">{say(candidate.reason)}</p>}
      {candidate?.found && dismissed !== dismissKey(candidate) && (
        <ConsentReply
          key={dismissKey(candidate)}
          candidate={candidate}
          onRecord={record}
          onDismiss={() => setDismissed(dismissKey(candidate))}
        />
      )}
      {message && <p role="status">{message}</p>}
      <ConsentRound round={round} left={consentList(items).left.length} />
      {round.phase.kind !== 'idle' && fill.view && (
        <FillResult view={fill.view} busy={fill.busy} onReplaceTo={fill.replaceTo} onCancel={fill.clear} />
      )}
      <ConsentList items={items} row={row} />
    </section>
  );
}

/** What is left first, the sent ones counted and collapsed behind a toggle, and a filter by name (40 employees). */
function ConsentList({ items, row }: { items: ConsentRequestItem[]; row: (item: ConsentRequestItem) => preact.JSX.Element }) {
  const { t } = useT();
  const [filter, setFilter] = useState('');
  const [showDone, setShowDone] = useState(false);
  const { left, done } = consentList(items, filter);
  if (items.length === 0) return null;
  return (
    <>
      {items.length > 8 && (
        <label>
          {t('consent.filter')} <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
      )}
      {left.length > 0 && <p>{t('consent.leftCount', { count: left.length })}</p>}
      <ul class="left">{left.map(row)}</ul>
      {done.length > 0 && (
        <button type="button" class="secondary" aria-expanded={showDone} onClick={() => setShowDone(!showDone)}>
          {showDone ? t('consent.hideDone') : t('consent.showDone', { count: done.length })}
        </button>
      )}
      {showDone && <ul class="done">{done.map(row)}</ul>}
    </>
  );
}
