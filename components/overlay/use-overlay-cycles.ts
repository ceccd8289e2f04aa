import { useEffect, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { buildInvitation } from '../../lib/invitations/build';
import { bytesToBase64 } from '../../lib/messaging/base64';
import type { FillComposeResponse } from '../../lib/messaging/protocol';
import type { OverlayCycle } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';

/** What the last "insert" did for one cycle: the fill result, files to drag in, or why it failed. */
export interface Pending {
  cycleId: string;
  result: FillComposeResponse | null;
  downloads: { name: string; url: string }[];
  error: string | null;
}

// This page runs in an iframe inside the webmail: its storage may be partitioned, so every read
// and write of our data goes through the background.

/** The overlay's open cycles, and inserting an invitation into the compose window / marking it sent. */
export function useOverlayCycles() {
  const { t, say, error } = useT();
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

  return { cycles, pending, busy, insert, markSent };
}
