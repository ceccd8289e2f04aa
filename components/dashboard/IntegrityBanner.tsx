import type { ChainBreak, CycleIntegrity } from '../../lib/cycles/queries';
import { useT } from '../hooks/use-t';

interface Props {
  integrity: CycleIntegrity;
  busy: boolean;
  onAcknowledge: () => void;
}

/** Says that the cycle's log was changed or cannot be replayed, naming the first event concerned. */
export function IntegrityBanner({ integrity, busy, onAcknowledge }: Props) {
  const { t, dateTime } = useT();
  const { chain, refused } = integrity;
  const first = chain ? (chain.unseen[0] ?? chain.breaks[0]) : undefined;
  const describe = (b: ChainBreak) => `#${b.seq} ${t(`integrity.kind.${b.kind}`)}`;
  return (
    <>
      {refused && (
        <div class="integrity-banner refused" role="alert">
          <p>{t('integrity.refused', { seq: refused.seq, type: refused.type })}</p>
        </div>
      )}
      {chain && first && (
        <div
          class={chain.seenAt === null ? 'integrity-banner chain' : 'integrity-banner chain seen'}
          role={chain.seenAt === null ? 'alert' : 'status'}
          data-first-bad-seq={first.seq}
        >
          <p>{t('integrity.chain', { seq: first.seq, kind: t(`integrity.kind.${first.kind}`) })}</p>
          {chain.breaks.length > 1 && <p>{t('integrity.all', { list: chain.breaks.map(describe).join(', ') })}</p>}
          {chain.seenAt === null ? (
            <>
              <p>{t('integrity.blocked')}</p>
              <button type="button" disabled={busy} onClick={onAcknowledge}>
                {t('integrity.acknowledge')}
              </button>
            </>
          ) : (
            <p>{t('integrity.seen', { date: dateTime(chain.seenAt) })}</p>
          )}
        </div>
      )}
    </>
  );
}
