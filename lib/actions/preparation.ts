// The leader's preparation on the team page: short answers to the seeds' preparation questions
// (kept with the cycle through `leader.updatePlan`), the leader guide and the wheel on paper.
import { download } from '../browser/download';
import { cycleEvent } from '../cycles/actions';
import { appendEvent, cycleTables, loadCycle } from '../cycles/store';
import { KeyedError } from '../i18n/message';
import type { CharChange } from '../pdf/winansi';
import { ownCardsOf } from '../session/custom-cards';
import type { PreparationField } from '../session/guide';
import { leaderGuidePdf } from '../session/leader-guide-pdf';
import { withAnswer } from '../session/preparation';
import { wheelPdf } from '../session/wheel-pdf';
import { getSetting } from '../settings/store';
import { safeFileName } from '../shared/file-names';
import { type ActionDeps, withDeps } from './deps';

/** Characters the PDF could not show as typed (replaced by '?'), for the page to name. */
export interface PdfOutcome {
  /** Every character the PDF did not show as typed (✓ → v as well as 🎯 → ?). */
  changed: CharChange[];
}

export function preparationActions(cycleId: string, deps: Partial<ActionDeps> = {}) {
  const { db, now } = withDeps(deps);
  return {
    /**
     * One answer, saved when the leader leaves the field: the whole preparation with this answer
     * changed goes into one `leader.updatePlan`; nothing is logged when the text did not change.
     * The machine refuses it once the session has started.
     */
    // Read and written in one transaction: another tab's answer to another question, saved in
    // between, is carried along rather than overwritten. `base` is the answer the field showed
    // when the leader began typing: if another tab saved a different one since, this is refused
    // (the leader sees it and may save again over it), never silently lost.
    save: (field: PreparationField, text: string, base?: string): Promise<void> =>
      db.transaction('rw', cycleTables(db), async () => {
        const { snapshot } = await loadCycle(db, cycleId);
        const saved = snapshot.context.plan.preparation?.[field] ?? '';
        if (base !== undefined && saved !== base.trim() && saved !== text.trim())
          throw new KeyedError('prep.error.changedElsewhere', { text: saved });
        const preparation = withAnswer(snapshot.context.plan.preparation, field, text);
        if (preparation) await appendEvent(db, cycleId, cycleEvent('updatePlan', snapshot, now(), { plan: { preparation } }));
      }),
    /** The leader guide with the answers given so far, saved at once. */
    downloadGuide: async (teamName: string): Promise<PdfOutcome> => {
      const { snapshot } = await loadCycle(db, cycleId);
      const { context } = snapshot;
      const leader = await getSetting(db, 'leader');
      const pdf = await leaderGuidePdf({
        variant: context.variant,
        team: teamName,
        leader: leader.name,
        sessionAt: context.plan.sessionAt,
        answers: context.plan.preparation ?? {},
      });
      download(pdf.bytes, safeFileName(`Lederguide_${teamName}.pdf`), 'application/pdf');
      return { changed: pdf.changed };
    },
  };
}

export type PreparationActions = ReturnType<typeof preparationActions>;

/** The wheel with its themes and questions, the team's own cards included, saved at once. */
export async function downloadWheel(teamId: string, teamName: string, deps: Partial<ActionDeps> = {}): Promise<PdfOutcome> {
  const { db } = withDeps(deps);
  const pdf = await wheelPdf({ team: teamName, ownCards: await ownCardsOf(db, teamId) });
  download(pdf.bytes, safeFileName(teamName ? `Samtalehjul_${teamName}.pdf` : 'Samtalehjul.pdf'), 'application/pdf');
  return { changed: pdf.changed };
}
