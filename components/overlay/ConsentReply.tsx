import { useState } from 'preact/hooks';
import type { RequestOf } from '../../lib/messaging/protocol-map';
import type { FoundReply } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';

export type ReplyChoice = RequestOf<'tus.overlay.recordReply'>['choice'];

/**
 * The reply in the open mail: an explicit approval can be recorded as consent; anything else shows
 * the employee's words and why it is not approval, with "changes" and "not a reply", and the
 * leader's own reading as approval only behind a second, explicit step.
 */
export function ConsentReply({
  candidate,
  onRecord,
  onDismiss,
}: {
  candidate: FoundReply;
  onRecord: (choice: ReplyChoice, version?: number) => void;
  onDismiss: () => void;
}) {
  const { t, say } = useT();
  const [readAsApproval, setReadAsApproval] = useState(false);
  const { reading, version } = candidate;
  const words = (
    <figure style={{ margin: '4px 0' }}>
      <figcaption>{t('consent.ownWords')}</figcaption>
      <blockquote class="own-words" style={{ whiteSpace: 'pre-wrap', margin: '4px 0', paddingLeft: '8px', borderLeft: '3px solid #ccc' }}>
        {reading.ownWords || t('consent.noOwnWords')}
      </blockquote>
    </figure>
  );
  return (
    <div class="reply" role="region" aria-label={t('consent.reply')} data-employee-id={candidate.employeeId}>
      <ShownMail candidate={candidate} />
      <p>{t('consent.replyFrom', { from: candidate.from || '?', name: candidate.employeeName, version })}</p>
      {candidate.matchedBy === 'sender' && (
        <p class="matched-by-sender">{t('consent.matchedBySender', { name: candidate.employeeName })}</p>
      )}
      {candidate.refusal ? (
        <>
          <p class="bad" role="alert">
            {say(candidate.refusal)}
          </p>
          {words}
        </>
      ) : reading.approval ? (
        <>
          <p>
            <strong>{t('consent.explicitApproval', { version })}</strong>
          </p>
          {words}
          <button type="button" onClick={() => onRecord('approval')}>
            {t('consent.record')}
          </button>
        </>
      ) : (
        <>
          <p>
            <strong>{t('consent.notApproval', { version })}</strong>{' '}
            <span class="reason" data-reason={reading.reason}>
              {t(`consent.reason.${reading.reason}`, { version, sentence: candidate.sentence })}
            </span>
          </p>
          {words}
          <button type="button" onClick={() => onRecord('changes')}>
            {t('consent.recordChanges')}
          </button>
          <button type="button" class="secondary" onClick={onDismiss}>
            {t('consent.notAReply')}
          </button>
          {candidate.leaderMayRead && (
            <div class="leader-reading">
              <label>
                <input type="checkbox" checked={readAsApproval} onChange={(e) => setReadAsApproval(e.currentTarget.checked)} />{' '}
                {t('consent.leaderReadingConfirm', { version })}
              </label>
              {readAsApproval && (
                <div>
                  <button type="button" class="secondary" onClick={() => onRecord('leaderReading', version)}>
                    {t('consent.recordLeaderReading')}
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

/** Which message the panel read (subject, sender, date): the click records this one, or nothing. */
function ShownMail({ candidate }: { candidate: FoundReply }) {
  const { t, dateTime } = useT();
  const from = candidate.from || '?';
  return (
    <p class="shown-mail">
      {candidate.receivedAt === null
        ? t('consent.shownMailNoDate', { subject: candidate.subject, from })
        : t('consent.shownMail', { subject: candidate.subject, from, date: dateTime(candidate.receivedAt) })}
    </p>
  );
}
