import { useSession } from '../hooks/use-session';
import { useT } from '../hooks/use-t';
import { StorageAlert } from '../StorageAlert';
import { SessionScreen } from './SessionScreen';

/** The session view of one cycle: waits for its state, then the room. */
export function SessionApp({ cycleId }: { cycleId: string }) {
  const { t, error } = useT();
  const session = useSession(cycleId);
  // A blocked upgrade keeps the session from loading at all: say so instead of "loading" forever.
  if (session.status === 'loading')
    return (
      <>
        <StorageAlert />
        <p aria-busy="true">{t('popup.loading')}</p>
      </>
    );
  if (session.status === 'notFound') return <p role="alert">{t('session.notFound')}</p>;
  if (session.status === 'error') return <p role="alert">{t('error.generic', { message: error(session.error) })}</p>;
  return (
    <>
      <StorageAlert />
      <SessionScreen session={session} />
    </>
  );
}
