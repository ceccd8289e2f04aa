import { describe, expect, it } from 'vitest';
import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import { type IkuEvent, ikuMachine } from '../../machines/iku.machine';

type Snapshot = SnapshotFrom<typeof ikuMachine>;

const events = (s: Snapshot): IkuEvent[] => [
  { type: 'iku.generate', at: 1, hash: `h${s.context.version + 1}` },
  { type: 'iku.requestConsent', at: 2 },
  { type: 'iku.consent', at: 3, version: s.context.version, hash: s.context.hash ?? '', evidence: { channel: 'mail' } },
  { type: 'iku.consent', at: 3, version: s.context.version, hash: 'not-the-hash', evidence: { channel: 'mail' } },
  { type: 'iku.requestChanges', at: 4, note: 'Ret punkt 1' },
  { type: 'iku.markFiled', at: 5, mark: 'ikuFiled' },
  { type: 'iku.markFiled', at: 5, mark: 'consentFiled' },
  { type: 'iku.markFiled', at: 5, mark: 'sentToEBoks' },
];

const serialize = (s: Snapshot) => JSON.stringify([s.value, Object.keys(s.context.marks).sort()]);

describe('IKU machine, model-based', () => {
  const paths = getShortestPaths(ikuMachine, { events, serializeState: serialize });
  const all = getStateNodes(ikuMachine.root)
    .map((n) => n.path.join('.'))
    .filter(Boolean);

  it('visits every state', () => {
    const visited = new Set(paths.map((p) => p.state.value as string));
    console.log(`iku: ${paths.length} shortest paths, ${visited.size} states visited of ${all.length}`);
    expect([...visited].sort()).toEqual([...all].sort());
  });

  it.each(paths.map((p) => [serialize(p.state), p] as const))('%s: archived only with consent to the exact version', (_k, path) => {
    let [s] = initialTransition(ikuMachine);
    for (const step of path.steps) [s] = transition(ikuMachine, s, step.event);
    expect(serialize(s)).toBe(serialize(path.state));
    if (Object.keys(s.context.marks).length > 0 || s.value === 'archived') {
      expect(s.context.consent).toMatchObject({ version: s.context.version, hash: s.context.hash });
    }
    // A consent to another hash is never accepted.
    expect(s.can({ type: 'iku.consent', at: 9, version: s.context.version, hash: 'forged', evidence: { channel: 'mail' } })).toBe(false);
  });
});

describe('IKU versions', () => {
  it('a new version voids the consent and the archive marks', () => {
    let [s] = initialTransition(ikuMachine);
    const send = (e: IkuEvent) => ([s] = transition(ikuMachine, s, e));
    send({ type: 'iku.generate', at: 1, hash: 'h1' });
    send({ type: 'iku.requestConsent', at: 2 });
    send({ type: 'iku.consent', at: 3, version: 1, hash: 'h1', evidence: { channel: 'mail' } });
    send({ type: 'iku.markFiled', at: 4, mark: 'ikuFiled' });
    expect(s.value).toBe('consented');
    send({ type: 'iku.generate', at: 5, hash: 'h2' });
    expect(s.value).toBe('generated');
    expect(s.context).toMatchObject({ version: 2, hash: 'h2', consent: null, marks: {} });
    expect(s.can({ type: 'iku.consent', at: 6, version: 1, hash: 'h1', evidence: { channel: 'mail' } })).toBe(false);
    expect(s.can({ type: 'iku.markFiled', at: 6, mark: 'ikuFiled' })).toBe(false);
  });
});

describe('stepIku (the pure step the cycle uses)', () => {
  it('returns null for every event the IKU machine refuses, and the next state otherwise', async () => {
    const { stepIku } = await import('../../machines/iku-step');
    const generated = stepIku(undefined, { type: 'iku.generate', at: 1, hash: 'h1' });
    expect(generated).toMatchObject({ value: 'generated', context: { version: 1, hash: 'h1' } });
    expect(stepIku(generated!, { type: 'iku.markFiled', at: 2, mark: 'ikuFiled' })).toBeNull();
    expect(stepIku(generated!, { type: 'iku.requestChanges', at: 2, note: '' })).toBeNull();
    expect(stepIku(undefined, { type: 'iku.requestConsent', at: 2 })).toBeNull();
    expect(stepIku(generated!, { type: 'iku.requestConsent', at: 2 })).toMatchObject({ value: 'consentRequested' });
  });
});

describe('approvals kept across versions (machine v7)', () => {
  it('a new version voids the consent but keeps the record that the earlier version was approved', () => {
    let [s] = initialTransition(ikuMachine);
    for (const e of [
      { type: 'iku.generate', hash: 'h1', at: 1 },
      { type: 'iku.consent', version: 1, hash: 'h1', at: 2, evidence: { channel: 'paper' } },
      { type: 'iku.generate', hash: 'h2', at: 3 },
    ] as const)
      [s] = transition(ikuMachine, s, e);
    expect(s.context.consent).toBeNull();
    expect(s.context.approvals).toEqual([{ version: 1, hash: 'h1', at: 2 }]);
  });
});
