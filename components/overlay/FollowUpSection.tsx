import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { buildFollowUpInvitation } from '../../lib/invitations/follow-up-mail';
import { bytesToBase64 } from '../../lib/messaging/base64';
import type { OverlayFollowUp } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';
import { FillResult } from './FillResult';
import { useFill } from './use-fill';

const keyOf = (m: OverlayFollowUp) => `follow-up:${m.cycleId}:${m.meeting.at}`;

/**
 * Follow-up meetings not yet held: each one's invitation (a short mail and the calendar file)
 * inserted into the compose window the same way as the session's. Nothing is marked as sent.
 */
export function FollowUpSection() {
  const { t, dateTime, error } = useT();
  const [meetings, setMeetings] = useState<OverlayFollowUp[] | null>(null);
  const fill = useFill();
  const [building, setBuilding] = useState(false);
  useEffect(() => {
    void request({ type: 'tus.overlay.followUps' }).then((list) => setMeetings(list ?? []));
  }, []);

  const insert = async (m: OverlayFollowUp) => {
    setBuilding(true);
    try {
      const data = await request({ type: 'tus.overlay.followUpData', cycleId: m.cycleId, at: m.meeting.at });
      if (!data) throw new Error(t('overlay.gone'));
      const built = buildFollowUpInvitation(data);
      if (!built.ok) return fill.fail(keyOf(m), built.error);
      const attachments = built.files.map((f) => ({ name: f.name, type: f.type, base64: bytesToBase64(f.bytes) }));
      await fill.fill(keyOf(m), { ...built.mail, attachments });
    } catch (e) {
      fill.fail(keyOf(m), error(e));
    } finally {
      setBuilding(false);
    }
  };

  if (!meetings) return null;
  const busy = building || fill.busy;
  return (
    <section class="follow-up-invitations" aria-labelledby="overlay-follow-ups-heading">
      <h2 id="overlay-follow-ups-heading">{t('overlay.followUps.title')}</h2>
      {meetings.length === 0 && <p>{t('overlay.followUps.none')}</p>}
      <ul>
        {meetings.map((m) => (
          <li key={keyOf(m)} class="follow-up" data-follow-up={keyOf(m)}>
            <strong>{m.teamName}</strong> · {t(`followUp.form.${m.meeting.form}`)}
            {m.employeeName !== undefined && ` ${t('followUp.with', { name: m.employeeName })}`} · {dateTime(m.meeting.at)}
            {m.meeting.place && <span> · {m.meeting.place}</span>}
            <div>
              <button type="button" disabled={busy} onClick={() => insert(m)}>
                {t('overlay.insert')}
              </button>
            </div>
            {fill.view?.key === keyOf(m) && (
              <FillResult view={fill.view} busy={busy} onReplaceTo={fill.replaceTo} onCancel={fill.clear}>
                <p>
                  <small>{t('overlay.followUps.sendHint')}</small>
                </p>
              </FillResult>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
