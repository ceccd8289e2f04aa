import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { buildInvitation } from '../../lib/invitations/build';
import { bytesToBase64 } from '../../lib/messaging/base64';
import type { OverlayCycle } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';
import { useFill } from './use-fill';

// This page runs in an iframe inside the webmail: its storage may be partitioned, so every read
// and write of our data goes through the background.

/** The overlay's open cycles, and inserting an invitation into the compose window / marking it sent. */
export function useOverlayCycles() {
  const { t, say, error } = useT();
  const [cycles, setCycles] = useState<OverlayCycle[] | null>(null);
  const fill = useFill();
  const [building, setBuilding] = useState(false);
  const refresh = () => request({ type: 'tus.overlay.list' }).then((list) => setCycles(list ?? []));
  useEffect(() => {
    void refresh();
  }, []);

  const insert = async (cycle: OverlayCycle) => {
    setBuilding(true);
    try {
      const data = await request({ type: 'tus.overlay.invitationData', cycleId: cycle.cycleId });
      if (!data) throw new Error(t('overlay.gone'));
      const built = await buildInvitation(data);
      if (!built.ok) {
        return fill.fail(
          cycle.cycleId,
          built.problems.map((p) => t('overlay.unknownPlaceholder', { placeholder: p.placeholder })).join(' '),
        );
      }
      const attachments = built.files.map((f) => ({ name: f.name, type: f.type, base64: bytesToBase64(f.bytes) }));
      await fill.fill(cycle.cycleId, { ...built.mail, attachments });
    } catch (e) {
      fill.fail(cycle.cycleId, error(e));
    } finally {
      setBuilding(false);
    }
  };

  const markSent = async (cycleId: string) => {
    setBuilding(true);
    const answer = await request({ type: 'tus.overlay.markSent', cycleId });
    setBuilding(false);
    if (!answer?.ok) return fill.setError(answer ? say(answer.error) : t('overlay.noAnswer'));
    fill.clear();
    await refresh();
  };

  return { cycles, fill, busy: building || fill.busy, insert, markSent };
}
