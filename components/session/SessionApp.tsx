import { useSession } from '../hooks/use-session';
import { useT } from '../hooks/use-t';
import { SessionScreen } from './SessionScreen';

/** The session view of one cycle: waits for its state, then the room. */
export function SessionApp({ cycleId }: { cycleId: string }) {
  const { t } = useT();
  const session = useSession(cycleId);
  if (session.status === 'loading') return <p aria-busy="true">{t('popup.loading')}</p>;
  if (session.status === 'notFound') return <p role="alert">{t('session.notFound')}</p>;
  return <SessionScreen session={session} />;
}
