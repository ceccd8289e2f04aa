import { useState } from 'preact/hooks';
import { unreadable, type ConsentMessage, type ReplyCandidate, type ReplyChoice } from '../../lib/consent/handlers';
import { t, type Locale } from '../../lib/i18n';

type Found = Extract<ReplyCandidate, { found: true }>;

export const showMessage = (m: ConsentMessage, locale: Locale) => t(m.key, m.params ?? {}, locale);

/**
 * The reply in the open mail: an explicit approval can be recorded as consent; anything else shows
 * the employee's words and why it is not approval, with "changes" and "not a reply", and the
 * leader's own reading as approval only behind a second, explicit step.
 */
export function ConsentReply({ candidate, locale, onRecord, onDismiss }: { candidate: Found; locale: Locale; onRecord: (choice: ReplyChoice, version?: number) => void; onDismiss: () => void }) {
  const [readAsApproval, setReadAsApproval] = useState(false);
  const { reading, version } = candidate;
  const words = (
    <figure style={{ margin: '4px 0' }}>
      <figcaption>{t('consent.ownWords', {}, locale)}</figcaption>
      <blockquote class="own-words" style={{ whiteSpace: 'pre-wrap', margin: '4px 0', paddingLeft: '8px', borderLeft: '3px solid #ccc' }}>
        {reading.ownWords || t('consent.noOwnWords', {}, locale)}
      </blockquote>
    </figure>
  );
  return (
    <div class="reply" role="region" aria-label={t('consent.reply', {}, locale)} data-employee-id={candidate.employeeId}>
      <p>{t('consent.replyFrom', { from: candidate.from || '?', name: candidate.employeeName, version }, locale)}</p>
      {candidate.refusal ? (
        <>
          <p class="bad" role="alert">
            {showMessage(candidate.refusal, locale)}
          </p>
          {words}
        </>
      ) : reading.approval ? (
        <>
          <p>
            <strong>{t('consent.explicitApproval', { version }, locale)}</strong>
          </p>
          {words}
          <button type="button" onClick={() => onRecord('approval')}>
            {t('consent.record', {}, locale)}
          </button>
        </>
      ) : (
        <>
          <p>
            <strong>{t('consent.notApproval', { version }, locale)}</strong> <span class="reason" data-reason={reading.reason}>{t(`consent.reason.${reading.reason}`, { version, sentence: candidate.sentence }, locale)}</span>
          </p>
          {words}
          <button type="button" onClick={() => onRecord('changes')}>
            {t('consent.recordChanges', {}, locale)}
          </button>
          <button type="button" class="secondary" onClick={onDismiss}>
            {t('consent.notAReply', {}, locale)}
          </button>
          {!unreadable(reading) && (
            <div class="leader-reading">
              <label>
                <input type="checkbox" checked={readAsApproval} onChange={(e) => setReadAsApproval(e.currentTarget.checked)} /> {t('consent.leaderReadingConfirm', { version }, locale)}
              </label>
              {readAsApproval && (
                <div>
                  <button type="button" class="secondary" onClick={() => onRecord('leaderReading', version)}>
                    {t('consent.recordLeaderReading', {}, locale)}
                  </button>
                </div>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
