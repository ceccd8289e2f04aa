import type { CycleIntegrity } from '../../lib/db/database';
import type { ChainBreak } from '../../lib/db/chain';
import { formatDateTime, t, type Locale } from '../../lib/i18n';

interface Props {
  integrity: CycleIntegrity;
  locale: Locale;
  busy: boolean;
  onAcknowledge: () => void;
}

const describe = (b: ChainBreak, locale: Locale) => `#${b.seq} ${t(`integrity.kind.${b.kind}`, {}, locale)}`;

/** Says that the cycle's log was changed or cannot be replayed, naming the first event concerned. */
export function IntegrityBanner({ integrity, locale, busy, onAcknowledge }: Props) {
  const { chain, refused } = integrity;
  const first = chain ? (chain.unseen[0] ?? chain.breaks[0]) : undefined;
  return (
    <>
      {refused && (
        <div class="integrity-banner refused" role="alert">
          <p>{t('integrity.refused', { seq: refused.seq, type: refused.type }, locale)}</p>
        </div>
      )}
      {chain && first && (
        <div class={chain.seenAt === null ? 'integrity-banner chain' : 'integrity-banner chain seen'} role={chain.seenAt === null ? 'alert' : 'status'} data-first-bad-seq={first.seq}>
          <p>{t('integrity.chain', { seq: first.seq, kind: t(`integrity.kind.${first.kind}`, {}, locale) }, locale)}</p>
          {chain.breaks.length > 1 && <p>{t('integrity.all', { list: chain.breaks.map((b) => describe(b, locale)).join(', ') }, locale)}</p>}
          {chain.seenAt === null ? (
            <>
              <p>{t('integrity.blocked', {}, locale)}</p>
              <button type="button" disabled={busy} onClick={onAcknowledge}>
                {t('integrity.acknowledge', {}, locale)}
              </button>
            </>
          ) : (
            <p>{t('integrity.seen', { date: formatDateTime(chain.seenAt, locale) }, locale)}</p>
          )}
        </div>
      )}
    </>
  );
}
