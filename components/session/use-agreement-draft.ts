import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Agreement } from '../../lib/domain/types';
import { debounced } from '../../lib/sheet/debounce';
import type { AgreementDraft } from '../../lib/sheet/store';

/** Saved as the leader types (0.5 s debounce), and at once when the field is left or the page hides. */
const SAVE_DELAY_MS = 500;

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * One agreement row's draft, saved in the background; `flush` saves a pending change now. Only
 * the newest change's save decides what the row shows (each save writes the whole draft), so a
 * late answer to an older save never turns a failure into "saved" or the reverse; `error` is
 * the newest save's failure, for the row to say why.
 */
export function useAgreementDraft(agreement: Agreement, onSave: (draft: AgreementDraft) => Promise<void>) {
  const [draft, setDraft] = useState<AgreementDraft>(agreement);
  const [state, setState] = useState<{ saved: SaveState; error: unknown }>({ saved: 'saved', error: null });
  const latest = useRef(0);
  const save = useRef(onSave);
  save.current = onSave;
  const saver = useMemo(
    () =>
      debounced(({ value, change }: { value: AgreementDraft; change: number }) => {
        const settle = (next: { saved: SaveState; error: unknown }) => {
          if (change === latest.current) setState(next);
        };
        // Promise.resolve().then: a save that throws at once becomes a rejection, never an uncaught error in the timer.
        void Promise.resolve()
          .then(() => save.current(value))
          .then(
            () => settle({ saved: 'saved', error: null }),
            (error: unknown) => settle({ saved: 'failed', error }),
          );
      }, SAVE_DELAY_MS),
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
    setState({ saved: 'saving', error: null });
    latest.current += 1;
    saver.push({ value: next, change: latest.current });
  };
  return { draft, saved: state.saved, error: state.error, change, flush: () => saver.flush() };
}
