import { useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { base64ToBytes } from '../../lib/messaging/base64';
import type { FillComposeResponse, OutgoingMail } from '../../lib/messaging/protocol';
import { useRevokeWhenGone } from '../hooks/use-revoke-when-gone';
import { useT } from '../hooks/use-t';

/** What the last fill of one item (an invitation, a consent request) did, and what it filled. */
export interface FillView {
  /** Which item of the panel the result belongs to. */
  key: string;
  mail: OutgoingMail | null;
  result: FillComposeResponse | null;
  /** The files the page does not show as attached, to download and attach by hand. */
  downloads: { name: string; url: string }[];
  error: string | null;
}

/**
 * Filling the compose window from the panel: the request, the question before To is replaced
 * (`replaceTo` answers it), and the files offered as downloads where the page did not attach them.
 */
export function useFill() {
  const { t } = useT();
  const [view, setView] = useState<FillView | null>(null);
  // The files offered for download: revoked when replaced (show) and when the panel goes.
  useRevokeWhenGone(view?.downloads.map((d) => d.url) ?? []);
  const [busy, setBusy] = useState(false);

  const show = (next: FillView | null) =>
    setView((old) => {
      for (const d of old?.downloads ?? []) URL.revokeObjectURL(d.url);
      return next;
    });

  /** `exclusive`: a consent request with its reference, only into an empty compose (lib/webmail/fill.ts). */
  const fill = async (
    key: string,
    mail: OutgoingMail,
    replaceTo = false,
    exclusive?: { reference: string },
  ): Promise<FillComposeResponse | null> => {
    setBusy(true);
    try {
      const result = await request({
        type: 'tus.fillCompose',
        mail,
        ...(replaceTo ? { replaceTo: true } : {}),
        ...(exclusive ? { exclusive } : {}),
      });
      const asking = (result?.toHolds?.length ?? 0) > 0;
      const notAttached = new Set(result ? result.notAttached : mail.attachments.map((a) => a.name));
      const downloads = asking
        ? []
        : mail.attachments
            .filter((a) => notAttached.has(a.name))
            .map((a) => ({ name: a.name, url: URL.createObjectURL(new Blob([base64ToBytes(a.base64)], { type: a.type })) }));
      show({ key, mail, result, downloads, error: result ? null : t('overlay.noAnswer') });
      return result;
    } finally {
      setBusy(false);
    }
  };

  return {
    view,
    busy,
    fill,
    /** The leader answered yes to "To holds …; replace?". */
    replaceTo: () => (view?.mail ? fill(view.key, view.mail, true) : Promise.resolve(null)),
    fail: (key: string, error: string) => show({ key, mail: null, result: null, downloads: [], error }),
    setError: (error: string) => setView((v) => (v ? { ...v, error } : v)),
    clear: () => show(null),
  };
}
