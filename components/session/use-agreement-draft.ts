import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Agreement } from '../../lib/domain/types';
import { debounced } from '../../lib/sheet/debounce';
import type { AgreementDraft } from '../../lib/sheet/store';

/** Saved as the leader types (0.5 s debounce), and at once when the field is left or the page hides. */
const SAVE_DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'failed';

/** One agreement row's draft, saved in the background; `flush` saves a pending change now. */
export function useAgreementDraft(agreement: Agreement, onSave: (draft: AgreementDraft) => Promise<void>) {
  const [draft, setDraft] = useState<AgreementDraft>(agreement);
  const [saved, setSaved] = useState<SaveState>('saved');
  const saver = useMemo(
    () =>
      debounced(
        (d: AgreementDraft) =>
          void onSave(d).then(
            () => setSaved('saved'),
            () => setSaved('failed'),
          ),
        SAVE_DELAY_MS,
      ),
    [],
  );
  useEffect(() => {
    const flush = () => saver.flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);
  const change = (patch: Partial<AgreementDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setSaved('saving');
    saver.push(next);
  };
  return { draft, saved, change, flush: () => saver.flush() };
}
