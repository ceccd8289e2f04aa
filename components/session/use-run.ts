import { useState } from 'preact/hooks';
import { useT } from '../hooks/use-t';

/** Runs the leader's actions one at a time (`busy` meanwhile) and keeps the last failure for the banner. */
export function useRun() {
  const { t, error: describe } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(t('error.generic', { message: describe(e) }));
  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, fail };
}
