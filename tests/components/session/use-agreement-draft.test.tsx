import Dexie from 'dexie';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAgreementDraft } from '../../../components/session/use-agreement-draft';
import { sessionActions } from '../../../lib/actions/session';
import { createCycle } from '../../../lib/cycles/store';
import { TusDb } from '../../../lib/db/database';
import type { Agreement } from '../../../lib/domain/types';
import type { AgreementDraft } from '../../../lib/sheet/store';
import { mount } from '../../support/mount';

const agreement: Agreement = { id: 'a1', cycleId: 'c1', employeeId: null, text: '', owner: '', due: '', createdAt: 1, updatedAt: 1 };

type Change = (patch: Partial<AgreementDraft>) => void;

/** The hook behind every sheet row, with its state as text, the way the row shows it. */
function Row({ onSave, expose }: { onSave: (d: AgreementDraft) => Promise<void>; expose: (change: Change) => void }) {
  const { saved, error, change } = useAgreementDraft(agreement, onSave);
  expose(change);
  return <span>{saved === 'failed' ? `failed: ${error instanceof Error ? error.name : String(error)}` : saved}</span>;
}

function mountRow(onSave: (d: AgreementDraft) => Promise<void>) {
  let change: Change = () => undefined;
  const view = mount(<Row onSave={onSave} expose={(c) => (change = c)} />);
  return { ...view, type: (text: string) => act(() => change({ text })) };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('a sheet row whose save fails', () => {
  it('leaves "saving" and keeps the reason when the table write throws QuotaExceededError', async () => {
    const db = new TusDb(`draft-${crypto.randomUUID()}`);
    await db.teams.add({ id: 't1', name: 'Team', archived: 0, createdAt: 1 });
    await createCycle(db, { id: 'c1', teamId: 't1', variant: 'tus', plan: {}, now: 2 });
    vi.spyOn(db.agreements, 'put').mockImplementation(() => {
      throw new Dexie.QuotaExceededError('The quota has been exceeded.');
    });
    const actions = sessionActions('c1', { db, now: () => 5 });
    const row = mountRow((d) => actions.saveAgreement(d));
    cleanup = row.unmount;
    row.type('Vi holder tavlemøde');
    expect(row.text()).toBe('saving');
    await vi.waitFor(async () => {
      await row.settle(50);
      expect(row.text()).not.toBe('saving');
    });
    expect(row.text()).toBe('failed: QuotaExceededError');
    expect(await db.agreements.count()).toBe(0);
  });

  it("shows the newest save's outcome: an older failure arriving late does not undo a later success", async () => {
    const outcomes: { resolve: () => void; reject: (e: unknown) => void }[] = [];
    const row = mountRow(
      () =>
        new Promise<void>((resolve, reject) => {
          outcomes.push({ resolve, reject });
        }),
    );
    cleanup = row.unmount;
    row.type('a');
    await row.settle(600);
    row.type('ab');
    await row.settle(600);
    expect(outcomes).toHaveLength(2);
    outcomes[1]!.resolve();
    await row.settle();
    expect(row.text()).toBe('saved');
    outcomes[0]!.reject(new Dexie.DatabaseClosedError());
    await row.settle();
    expect(row.text()).toBe('saved');
  });

  it('stays "saving" while a newer change waits, even when the older save already succeeded', async () => {
    const outcomes: (() => void)[] = [];
    const row = mountRow(() => new Promise<void>((resolve) => outcomes.push(resolve)));
    cleanup = row.unmount;
    row.type('a');
    await row.settle(600);
    row.type('ab');
    outcomes[0]!();
    await row.settle();
    expect(row.text()).toBe('saving');
  });

  it('does not leave a save that throws at once (not even a rejected promise) unhandled', async () => {
    const row = mountRow(() => {
      throw new Error('sync');
    });
    cleanup = row.unmount;
    row.type('a');
    await row.settle(600);
    expect(row.text()).toBe('failed: Error');
  });
});
