import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../lib/browser/panel-client';
import { nextInRound } from '../../lib/consent/consent-list';
import type { ConsentRequestItem } from '../../lib/messaging/replies';
import { useT } from '../hooks/use-t';
import type { useFill } from './use-fill';

/** Where the round is: filling one employee's mail, waiting for the webmail's Send, asking, or over. */
export type RoundPhase =
  | { kind: 'idle' }
  | { kind: 'filling'; name: string }
  | { kind: 'waiting'; item: ConsentRequestItem; token: string }
  | { kind: 'ask'; item: ConsentRequestItem; token: string }
  | { kind: 'noCompose' }
  | { kind: 'stopped'; note: string | null }
  | { kind: 'done' };

const WATCH_MS = 600;
export const keyOf = (i: { cycleId: string; employeeId: string }) => `${i.cycleId}:${i.employeeId}`;

/**
 * The consent round in one pass (issue 19): fill the first employee's request into an empty compose,
 * wait for the webmail's own Send (the content script watches the compose close), record the request
 * with its reference, open the next compose with the page's "New mail" button and fill it. A compose
 * closed without a Send we saw is asked about ("Sendt?"), never recorded on a guess.
 */
export function useConsentRound(fill: ReturnType<typeof useFill>, setItems: (items: ConsentRequestItem[]) => void) {
  const { t, say } = useT();
  const [phase, setPhase] = useState<RoundPhase>({ kind: 'idle' });
  const [note, setNote] = useState<string | null>(null);
  const skipped = useRef(new Set<string>());

  const fillNext = async (): Promise<void> => {
    const items = (await request({ type: 'tus.overlay.consentRequests' })) ?? [];
    setItems(items);
    const item = nextInRound(items, skipped.current);
    if (!item) return setPhase({ kind: 'done' });
    setPhase({ kind: 'filling', name: item.employeeName });
    const data = await request({ type: 'tus.overlay.consentRequestData', cycleId: item.cycleId, employeeId: item.employeeId });
    if (!data) return setPhase({ kind: 'stopped', note: t('overlay.gone') });
    const exclusive = { reference: data.token };
    let result = await fill.fill(keyOf(item), data.mail, false, exclusive);
    if (result?.problems.some((p) => p.key === 'fill.noCompose')) {
      const opened = await request({ type: 'tus.overlay.compose', action: 'new' });
      if (opened?.state !== 'open') return setPhase({ kind: 'noCompose' });
      result = await fill.fill(keyOf(item), data.mail, false, exclusive);
    }
    // A refused or failed fill stops the round; the fill's result says why, field by field.
    if (!result?.ok) return setPhase({ kind: 'stopped', note: null });
    setPhase({ kind: 'waiting', item, token: data.token });
  };

  const sent = async (item: ConsentRequestItem, token: string) => {
    const answer = await request({ type: 'tus.overlay.markConsentRequested', cycleId: item.cycleId, employeeId: item.employeeId, token });
    if (!answer?.ok) return setPhase({ kind: 'stopped', note: answer ? say(answer.error) : t('overlay.noAnswer') });
    setNote(t('consent.round.sent', { name: item.employeeName, token }));
    fill.clear();
    setItems((await request({ type: 'tus.overlay.consentRequests' })) ?? []);
    const opened = await request({ type: 'tus.overlay.compose', action: 'new' });
    if (opened?.state !== 'open') return setPhase({ kind: 'noCompose' });
    await fillNext();
  };

  useEffect(() => {
    if (phase.kind !== 'waiting') return;
    let alive = true;
    const timer = setInterval(async () => {
      const status = await request({ type: 'tus.overlay.compose', action: 'state' });
      if (!alive || !status || status.state === 'open') return;
      alive = false;
      clearInterval(timer);
      if (status.state === 'sent') await sent(phase.item, phase.token);
      else if (status.state === 'discarded') {
        fill.clear();
        setPhase({ kind: 'stopped', note: t('consent.round.discarded', { name: phase.item.employeeName }) });
      } else setPhase({ kind: 'ask', item: phase.item, token: phase.token });
    }, WATCH_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [phase]);

  return {
    phase,
    note,
    start: () => {
      setNote(null);
      skipped.current.clear();
      return fillNext();
    },
    /** The leader's answer to "Sendt?". */
    answer: async (wasSent: boolean) => {
      if (phase.kind !== 'ask') return;
      if (wasSent) return sent(phase.item, phase.token);
      skipped.current.add(keyOf(phase.item));
      fill.clear();
      setPhase({ kind: 'stopped', note: null });
    },
    resume: fillNext,
    stop: () => setPhase({ kind: 'stopped', note: t('consent.round.stopped') }),
  };
}
